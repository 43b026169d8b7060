import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { schoolAgeNames, schoolWordsIn } from '../../tests/support/school-words.ts';
import { findPhoneNumbers, helplineNumbers } from '../content/lint/phones.ts';
import { findHarmfulPhrases } from '../content/lint/phrases.ts';
import { findStatistics } from '../content/lint/statistics.ts';
import { teachingKit, type Guidance, type TeachingKit } from './teaching-kit.ts';
import { teachingGuidance, teachingSources } from './teaching.ts';

/** Every piece of guidance and every fact in a kit, with where it is, for messages. */
function kitItems(kit: TeachingKit): { where: string; item: Guidance }[] {
	const { knowledge } = kit;
	return [
		...kit.preLesson.map((item) => ({ where: 'preLesson', item })),
		...kit.questionBox.map((item) => ({ where: 'questionBox', item })),
		...kit.closing.map((item) => ({ where: 'closing', item })),
		...kit.adapting.flatMap((g) => g.items.map((item) => ({ where: g.id, item }))),
		...knowledge.sections.flatMap((s) => s.items.map((item) => ({ where: s.id, item }))),
		...knowledge.myths.map((m) => ({
			where: 'myths',
			// A myth is what people say, quoted as the pack prints it; the fact is the pack's own voice.
			item: { text: `\u201c${m.myth}\u201d ${m.fact}`, sources: m.sources },
		})),
		...knowledge.figures.map((item) => ({ where: 'figures', item })),
	];
}

/** Everything a kit says, as the pack prints it. */
function kitText(kit: TeachingKit): string {
	return [
		...kit.adapting.map((g) => g.heading),
		kit.knowledge.lead,
		...kit.knowledge.sections.map((s) => s.heading),
		...kitItems(kit).map(({ item }) => item.text),
	].join('\n');
}

/**
 * The figures of the content brief's statistics (§5), as the kit may quote them: a number not here
 * was not counted by a source the brief checked. Years, ages and the like are not statistics
 * (src/content/lint/statistics.ts), so they need no entry.
 */
const BRIEF_FIGURES = new Set([
	'176',
	'91',
	'60',
	'380',
	'117',
	'73',
	'1124',
	'88',
	'10731',
	'26718',
	'1304',
	'127',
	'64',
]);

const audiences = Object.entries(teachingKit) as ['school' | 'forces', TeachingKit][];
const lessonText = (id: string) => readFileSync(`lessons/${id}.mdx`, 'utf8');
const lessonsFor = (audience: string) =>
	readdirSync('lessons')
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.filter((id) => new RegExp(`^audiences:.*\\b${audience}\\b`, 'm').test(lessonText(id)));

describe('what surrounds the lesson (issue #17, item 3)', () => {
	test('the pack gives each audience the kit: the guidance the pages render is this data', () => {
		for (const [audience, kit] of audiences) {
			const guidance = teachingGuidance[audience];
			expect(guidance.preLesson).toBe(kit.preLesson);
			expect(guidance.questionBox).toBe(kit.questionBox);
			expect(guidance.closing).toBe(kit.closing);
			expect(guidance.adapting).toBe(kit.adapting);
			expect(guidance.knowledge).toBe(kit.knowledge);
		}
	});

	test('every piece of advice and every fact cites at least one source the pack lists', () => {
		const ids = new Set(teachingSources.map((s) => s.id));
		for (const [audience, kit] of audiences) {
			const items = kitItems(kit);
			expect(items.length, audience).toBeGreaterThan(40);
			for (const { where, item } of items) {
				expect(item.sources.length, `${audience} ${where}: ${item.text}`).toBeGreaterThan(0);
				for (const id of item.sources)
					expect(ids.has(id), `${audience} ${where}: unknown source ${id}`).toBe(true);
			}
		}
	});

	test('every part id is unique on the page, and the knowledge covers what a teacher needs', () => {
		for (const [audience, kit] of audiences) {
			const ids = [...kit.adapting, ...kit.knowledge.sections].map((g) => g.id);
			expect(new Set(ids).size, audience).toBe(ids.length);
			expect(kit.knowledge.sections.map((s) => s.id)).toEqual([
				'knowledge-what',
				'knowledge-unfolds',
				'knowledge-who',
				'knowledge-shame',
				'knowledge-law',
				'knowledge-steps',
			]);
			const steps = kit.knowledge.sections.find((s) => s.id === 'knowledge-steps');
			expect(steps?.items.map((i) => i.text.split(/[:,]/)[0])).toEqual([
				'Don\u2019t pay',
				'Stop replying',
				'Don\u2019t delete',
				'Report',
			]);
			expect(kit.knowledge.myths.length, audience).toBeGreaterThanOrEqual(5);
			expect(kit.knowledge.figures.length, audience).toBeGreaterThanOrEqual(3);
		}
	});

	test('the check before the lesson: who to ask, a quiet word, stepping out, nobody singled out', () => {
		for (const [audience, kit] of audiences) {
			const text = kit.preLesson.map((g) => g.text).join(' ');
			expect(text).toContain('quiet word beforehand');
			expect(text).toContain('step out');
			expect(text).toContain('Never single anyone out');
			expect(text).toMatch(
				audience === 'school' ? /designated safeguarding lead \(DSL/ : /unit welfare officer/,
			);
		}
		expect(teachingKit.forces.preLesson.map((g) => g.text).join(' ')).toContain('JSP 834');
	});

	test('the question box: with the ground rules, a slip for everyone, answered later, a disclosure passed on', () => {
		for (const [audience, kit] of audiences) {
			const [first, second] = kit.questionBox;
			const text = kit.questionBox.map((g) => g.text).join(' ');
			expect(first?.text).toContain('with the ground rules');
			expect(second?.text).toContain('Give everyone a slip');
			expect(text).toContain('nobody stands out');
			expect(text).toMatch(/next lesson|next session/);
			expect(text).toContain(
				audience === 'school'
					? 'take it to the DSL the same day'
					: 'take it to the unit welfare officer the same day',
			);
		}
	});

	test('no lesson plan step has slips read or answered in front of the group', () => {
		// The pack says to read them later, alone; a plan that says "answer what you can from the
		// question box" at the close could have a disclosure read out.
		for (const file of readdirSync('modules').filter((f) => f.endsWith('.yaml'))) {
			const text = readFileSync(`modules/${file}`, 'utf8');
			const steps = [...text.matchAll(/^\s+does: (.*)$/gm)].map((m) => m[1] ?? '');
			for (const step of steps.filter((d) => /question box/i.test(d) && !/Show the/.test(d))) {
				expect(step, file).not.toMatch(/answer what you can from the question box/i);
				expect(step, file).toMatch(/read the slips later, on your own/);
			}
		}
	});

	test('the close steps out of the stories with a character of the audience, then says where help is', () => {
		for (const [audience, kit] of audiences) {
			const [first] = kit.closing;
			const asked = [...(first?.text ?? '').matchAll(/What would you tell (\w+) now\?/g)].map(
				(m) => m[1] ?? '',
			);
			expect(asked.length, audience).toBe(1);
			// The character is in a story this audience's lessons tell.
			const told = lessonsFor(audience).some((id) =>
				new RegExp(`\\b${asked[0] ?? '-'}\\b`).test(lessonText(id)),
			);
			expect(told, `${audience}: ${asked[0] ?? ''}`).toBe(true);
			const text = kit.closing.map((g) => g.text).join(' ');
			expect(text).toContain('the stories are over');
			expect(text).toContain('Say again where help is');
			expect(text).toContain('never too late');
			expect(text).toMatch(/the end point .* the baseline/);
		}
	});

	test('adapting it names concrete supports: key words pre-taught, reading aloud, an extra adult, time', () => {
		for (const [audience, kit] of audiences) {
			const text = kit.adapting.flatMap((g) => g.items.map((i) => i.text)).join(' ');
			for (const support of [
				'Read the stories and chats aloud',
				'handout as the simpler version',
				'Pre-teach the key words',
				'screenshot, block, report',
				'quiet',
				'more time',
				'translated',
			])
				expect(text, `${audience}: ${support}`).toContain(support);
			expect(text).toMatch(/extra adult|second staff member/);
		}
		expect(teachingKit.school.adapting.map((g) => g.heading).join(' ')).toMatch(/SEND.*EAL/);
	});

	test('figures are the content brief\u2019s only, and every phone number is in the helpline table', () => {
		const known = helplineNumbers();
		for (const [audience, kit] of audiences) {
			const text = kitText(kit);
			const stats = findStatistics(text);
			expect(stats.length, audience).toBeGreaterThan(5);
			for (const stat of stats)
				for (const n of stat.numbers)
					expect(BRIEF_FIGURES.has(n.replaceAll(',', '')), `${audience}: ${stat.sentence}`).toBe(
						true,
					);
			for (const phone of findPhoneNumbers(text))
				expect(known.has(phone.digits), phone.written).toBe(true);
		}
	});

	test('it never blames the victim, and the forces kit is in forces words', () => {
		for (const [audience, kit] of audiences)
			expect(
				findHarmfulPhrases(kitText(kit)).map((m) => m.found),
				audience,
			).toEqual([]);
		expect(schoolWordsIn(kitText(teachingKit.forces), schoolAgeNames())).toEqual([]);
	});
});
