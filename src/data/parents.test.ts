import { describe, expect, test } from 'vitest';
import { SourceSchema } from '../schemas/source.ts';
import { findPhoneNumbers, helplineNumbers } from '../content/lint/phones.ts';
import { findHarmfulPhrases } from '../content/lint/phrases.ts';
import { measureReadability } from '../content/lint/readability.ts';
import { helplineById } from './helplines.ts';
import {
	parentGuide,
	parentGuideLead,
	parentHelplines,
	parentSources,
	type ParentAdvice,
} from './parents.ts';

const items: readonly ParentAdvice[] = [
	parentGuideLead,
	...parentGuide.flatMap((p): readonly ParentAdvice[] => p.items),
];
/** Everything the guide says, as a parent reads it. */
const allText = [
	parentGuideLead.text,
	...parentGuide.flatMap((p) => [
		p.heading,
		'intro' in p ? p.intro : '',
		...p.items.map((i) => `${'title' in i ? `${i.title} ` : ''}${i.text}`),
	]),
].join('\n');
const section = (id: string) => {
	const found = parentGuide.find((p) => p.id === id);
	if (!found) throw new Error(`no section ${id}`);
	return found.items.map((i) => `${'title' in i ? i.title : ''} ${i.text}`).join(' ');
};

describe('the parent and carer guide', () => {
	test('every source is a valid source with a unique id', () => {
		for (const source of parentSources) expect(SourceSchema.parse(source)).toEqual(source);
		const ids = parentSources.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('every fact and piece of advice cites at least one listed source', () => {
		const ids = new Set<string>(parentSources.map((s) => s.id));
		expect(items.length).toBeGreaterThan(20);
		for (const item of items) {
			expect(item.sources.length, item.text).toBeGreaterThan(0);
			for (const id of item.sources) expect(ids.has(id), `${item.text}: unknown ${id}`).toBe(true);
		}
	});

	test('it covers what a parent needs: what it is, signs, what to say and not say, tonight, help', () => {
		expect(parentGuide.map((p) => p.id)).toEqual([
			'what-it-is',
			'signs',
			'say',
			'not-say',
			'tonight',
			'before',
		]);
		expect(parentGuideLead.text).toContain('it is not their fault');
		expect(parentGuideLead.text).toContain('never too late');
		expect(section('say')).toContain('You did the right thing');
		expect(section('say')).toContain('not your fault');
		expect(section('say')).toMatch(/not in trouble/);
		expect(section('not-say')).toMatch(/Don.t ask to see the image/);
		// What to do tonight, in order: don't pay, stop contact, keep evidence, report, remove, support.
		const tonight = parentGuide.find((p) => p.id === 'tonight');
		expect(tonight?.items.map((i) => ('title' in i ? i.title : ''))).toEqual([
			'Don\u2019t pay, or don\u2019t pay anything more.',
			'Stop contact.',
			'Keep the evidence.',
			'Report it.',
			'Get images taken down.',
			'Look after them, and yourself.',
		]);
		expect(section('tonight')).toContain('CEOP');
		expect(section('tonight')).toContain('Report Remove');
		expect(section('tonight')).toContain('Childline');
	});

	test('it never tells a parent the police keep a child\u2019s report secret', () => {
		// For an under-18 the police usually involve a parent or carer; the guide says what the help
		// boxes say of the police, nothing more (a safeguarding lead's read).
		for (const item of items) expect(item.text).not.toMatch(/in confidence/);
		expect(section('tonight')).toContain(helplineById('police').note);
	});

	test('every phone number it prints is in the helpline table', () => {
		const known = helplineNumbers();
		const found = findPhoneNumbers(allText);
		expect(found.map((p) => p.digits)).toEqual(
			expect.arrayContaining(['999', '101', '08001111', '116123', '08088005000']),
		);
		for (const phone of found) expect(known.has(phone.digits), phone.written).toBe(true);
	});

	test('it never blames the child (the content lint phrase list) and reads plainly', () => {
		expect(findHarmfulPhrases(allText).map((m) => m.found)).toEqual([]);
		const reading = measureReadability([
			{ parts: allText.split('\n'), where: { file: 'parents.ts', line: 1 } },
		]);
		// Two-thirds of UK adults read comfortably at about 13 (src/content/lint/readability.ts); the
		// guide is for every parent, so it aims lower (9.8 when written).
		expect(reading.readingAge, JSON.stringify(reading.longest)).toBeLessThanOrEqual(11);
	});

	test('its help lines are all in the helpline table: the police, CEOP, Report Remove, Childline', () => {
		const ids = parentHelplines.map((l) => l.helpline);
		for (const id of ids) expect(() => helplineById(id)).not.toThrow();
		expect(ids).toEqual(
			expect.arrayContaining(['police', 'ceop', 'report-remove', 'childline', 'nspcc']),
		);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
