import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseLesson } from '../content/read.ts';
import type { LoadedLesson } from '../content/types.ts';
import { guidedLines, guidedSources, guidedStepList } from './guided-help.ts';
import { helplineById } from './helplines.ts';
import { parentGuide, parentSources, type ParentAdvice } from './parents.ts';

/** Take It Down, as its own FAQ page names it (https://takeitdown.ncmec.org/faq/). */
const NAME = 'Take It Down';
const ADDRESS = 'takeitdown.ncmec.org';
const FAQ = 'https://takeitdown.ncmec.org/faq/';

const lessons: LoadedLesson[] = readdirSync('lessons')
	.filter((f) => f.endsWith('.mdx'))
	.flatMap((f) => parseLesson(`lessons/${f}`, readFileSync(`lessons/${f}`, 'utf8')).lesson ?? []);

/** One text that names Take It Down: where, what it says, and whether it cites the FAQ. */
interface Naming {
	where: string;
	text: string;
	/** Whether it cites Take It Down's FAQ; `undefined` where a text carries no citations. */
	citesFaq: boolean | undefined;
}

/**
 * Every text a learner or parent reads that names Take It Down: the lessons' summaries, objectives,
 * key messages and activities (which carry no citations) and their lines of text (a list item, a
 * table row or a paragraph is one line), the guided help's steps and the parent guide's advice.
 */
function textsNamingIt(): Naming[] {
	const found: Naming[] = [];
	for (const lesson of lessons) {
		const { sources, keyMessages, summary, objectives, activities } = lesson.data;
		const faqIds = new Set(sources.filter((s) => s.url === FAQ).map((s) => s.id));
		for (const text of [summary, ...objectives, ...keyMessages, JSON.stringify(activities)])
			if (text.includes(NAME)) found.push({ where: lesson.file, text, citesFaq: undefined });
		for (const line of lesson.body.split('\n'))
			if (line.includes(NAME))
				found.push({
					where: lesson.file,
					text: line,
					citesFaq: [...line.matchAll(/<Cite id="([^"]+)"/g)].some((m) => faqIds.has(m[1] ?? '')),
				});
	}
	for (const step of guidedStepList)
		if (step.text.includes(NAME))
			found.push({
				where: `guided step "${step.id}"`,
				text: step.text,
				citesFaq: (step.sources as readonly string[]).includes('take-it-down'),
			});
	for (const item of parentGuide.flatMap((p): readonly ParentAdvice[] => p.items))
		if (item.text.includes(NAME))
			found.push({
				where: 'parent guide',
				text: item.text,
				citesFaq: item.sources.includes('take-it-down'),
			});
	return found;
}

describe('Take It Down', () => {
	test('is in the helpline table, with its address as a plain https link and its FAQ as source', () => {
		const line = helplineById('take-it-down');
		expect(line.name).toContain(NAME);
		expect(line.contacts).toEqual([{ kind: 'web', url: `https://${ADDRESS}/`, label: ADDRESS }]);
		expect(line.source.url).toBe(FAQ);
		// Who may use it is set by the age in the image, not the age now (its FAQ: "If you were under
		// age 18 when the image or video was taken, you can still use this service").
		expect(line.helpsWith).toContain('taken when you were under 18');
		expect(line.for).toContain('18 or over now');
		expect([...line.groups].sort()).toEqual(['adult', 'forces', 'under18']);
	});

	test('wherever it is named, its address is given and its FAQ cited', () => {
		const texts = textsNamingIt();
		for (const { where, text, citesFaq } of texts) {
			expect(text, where).toContain(ADDRESS);
			if (citesFaq !== undefined) expect(citesFaq, `${where} cites the FAQ: ${text}`).toBe(true);
		}
		// None may drop out unnoticed: the lesson "If it happens" (a key message; the steps table,
		// under-18s at school and in the forces, adults and the summary), the guided help's three
		// removal steps and the parent guide.
		expect(texts.length).toBeGreaterThanOrEqual(10);
		expect(texts.filter((t) => t.where === 'lessons/if-it-happens.mdx')).toHaveLength(6);
		expect(texts.filter((t) => t.where.startsWith('guided step'))).toHaveLength(3);
		expect(texts.filter((t) => t.where === 'parent guide')).toHaveLength(1);
	});

	test('the guided help and the parent guide cite the same FAQ as the lesson', () => {
		for (const list of [guidedSources, parentSources])
			expect(list.find((s) => s.id === 'take-it-down')?.url).toBe(FAQ);
		expect(
			lessons.some((l) => l.data.sources.some((s) => s.url === FAQ)),
			'a lesson cites the FAQ',
		).toBe(true);
	});

	test('the guided help lists it for any age, with the steps that name it', () => {
		const line = guidedLines.find((l) => l.helpline === 'take-it-down');
		expect(line).toBeDefined();
		expect(line && 'when' in line ? Object.keys(line.when) : []).toEqual(['shared']);
	});
});
