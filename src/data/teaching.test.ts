import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SourceSchema } from '../schemas/source.ts';
import { curriculum } from './curriculum.ts';
import { teachingGuidance, teachingSources } from './teaching.ts';

const lessonIds = readdirSync('lessons')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''));

describe('teacher pack data', () => {
	test('every source is a valid source with a unique id', () => {
		for (const source of teachingSources) expect(SourceSchema.parse(source)).toEqual(source);
		const ids = teachingSources.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('every piece of guidance cites at least one listed source', () => {
		const ids = new Set(teachingSources.map((s) => s.id));
		for (const [audience, guidance] of Object.entries(teachingGuidance))
			for (const item of [
				...guidance.groundRules,
				...guidance.safeTeaching,
				...guidance.disclosure,
				...guidance.adultDisclosure,
				...guidance.withdrawal,
			]) {
				expect(item.sources.length, `${audience}: ${item.text}`).toBeGreaterThan(0);
				for (const id of item.sources) expect(ids.has(id), `${audience}: unknown ${id}`).toBe(true);
			}
	});

	test('the disclosure steps say the words that matter, and never to view an image', () => {
		for (const guidance of Object.values(teachingGuidance)) {
			const text = guidance.disclosure.map((g) => g.text).join(' ');
			expect(text).toContain('You did the right thing telling me');
			expect(text).toMatch(/Never view, copy, save, share or ask for an image/);
			// A disclosure can come with thoughts of suicide: the steps say what to do then. Not 999
			// for every such remark (blue lights teach a group not to say it again): stay, get the
			// people whose job it is now, and 999 when someone is in danger (a safeguarding lead's
			// read, December 2026).
			expect(text).toMatch(/not wanting to live, do not leave them on their own: stay with them/);
			expect(text).toMatch(/Call 999 if (anyone is|they are) in danger now/);
			expect(text).not.toMatch(/not wanting to live, stay with them and call 999/);
		}
	});

	test("the school pack's step for a pupil of 18 sends an adult to adults' routes, never CEOP's", () => {
		// An 18-year-old in the sixth form is an adult: CEOP and Report Remove turn them away (a
		// teacher's review, December 2026). Only what the services' own pages say: no route of the
		// school's own is named, as no current guidance we could cite sets one.
		const text = teachingGuidance.school.adultDisclosure.map((g) => g.text).join(' ');
		expect(text).toMatch(/^If the pupil is 18 or over, they are an adult/);
		expect(text).toContain('Tell the DSL as you would for any disclosure');
		expect(text).toContain('CEOP and Report Remove are for under-18s');
		for (const route of ['101', '999', 'Revenge Porn Helpline on 0345 6000 459', 'StopNCII.org'])
			expect(text).toContain(route);
		expect(teachingGuidance.school.adultDisclosure.flatMap((g) => g.sources)).toEqual(
			expect.arrayContaining(['ceop-help', 'report-remove', 'rph-sextortion', 'stopncii']),
		);
		// The forces steps are written for adults already.
		expect(teachingGuidance.forces.adultDisclosure).toEqual([]);
	});

	test('the curriculum mapping names only lessons that exist', () => {
		for (const framework of Object.values(curriculum))
			for (const link of framework.links)
				for (const id of link.lessons) expect(lessonIds, link.area).toContain(id);
	});
});
