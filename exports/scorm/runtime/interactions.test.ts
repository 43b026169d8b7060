import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STANDARDS } from '../standards.ts';
import { readContent } from '../../../src/content/read.ts';
import { checkAnswer, type Answer } from '../../../src/lib/engine/answers.ts';
import { sample } from '../../../src/lib/engine/fixtures.test-data.ts';
import { codeBook } from './codes.ts';
import {
	correctResponses,
	interactionDescription,
	interactionFields,
	interactionId,
	interactionType,
	politeTrim,
	toInteraction,
} from './interactions.ts';

const answer = (response: string, success: boolean | null, score: number): Answer => ({
	type: 'h5p',
	value: { response, success, score },
});

describe('H5P answers as SCORM interactions', () => {
	test('a true-false H5P reports the standard’s true/false values and its own verdict', () => {
		const a = answer('false', true, 1);
		for (const standard of ['scorm12', 'scorm2004'] as const) {
			const f = STANDARDS[standard];
			expect(toInteraction(sample.h5p, a, checkAnswer(sample.h5p, a), f)).toEqual({
				id: `${f.responses.interactionIdPrefix}q-h5p`,
				type: 'true-false',
				learnerResponse: f.responses.falseValue,
				correctResponses: undefined,
				result: f.vocabulary.resultCorrect,
				// 1.2 has no description element.
				description: standard === 'scorm12' ? '' : sample.h5p.prompt,
			});
		}
	});

	test('fill-in keeps the response as printable text, 250 characters at most, never a "{" first', () => {
		const fillIn = { ...sample.h5p, interaction: 'fill-in' as const };
		const a = answer(`{lang=en}0[,]2\u0007${'x'.repeat(300)}`, false, 0.5);
		const i = toInteraction(fillIn, a, checkAnswer(fillIn, a), STANDARDS.scorm2004);
		expect(i.type).toBe('fill-in');
		expect(i.learnerResponse.startsWith('lang=en}0[,]2 x')).toBe(true);
		expect(i.learnerResponse).toHaveLength(250);
		expect(i.result).toBe('incorrect');
	});

	test('an unscored H5P is neutral', () => {
		const unscored = { ...sample.h5p, scored: false };
		const a = answer('true', false, 0);
		expect(toInteraction(unscored, a, checkAnswer(unscored, a), STANDARDS.scorm12).result).toBe(
			'neutral',
		);
	});
});

const both = ['scorm12', 'scorm2004'] as const;

/** The chat story of the engine's fixtures: safe endings c and e, unsafe d. */
const chat = sample.scenario;
const toSecondSafe: Answer = { type: 'scenario', value: ['x', 'y'] }; // a → b → e

describe('a chat story with several safe endings (issue #14)', () => {
	test('every safe ending is a correct response, with the same ids in SCORM 1.2 and 2004', () => {
		for (const standard of both) {
			const f = STANDARDS[standard];
			const i = toInteraction(chat, toSecondSafe, checkAnswer(chat, toSecondSafe), f);
			expect(i).toMatchObject({
				type: 'choice',
				learnerResponse: 'e',
				correctResponses: ['c', 'e'],
				result: 'correct',
			});
		}
	});

	test('the LMS is told each pattern at its own index, after id and type', () => {
		for (const standard of both) {
			const f = STANDARDS[standard];
			const fields = interactionFields(
				{
					activity: chat,
					answer: toSecondSafe,
					checked: checkAnswer(chat, toSecondSafe),
					isFirst: true,
					latencyMs: 4000,
					at: new Date('2026-12-06T10:00:00Z'),
				},
				f,
			);
			const paths = fields.map(([path]) => path);
			expect(Object.fromEntries(fields)).toMatchObject({
				'cmi.interactions.n.correct_responses.0.pattern': 'c',
				'cmi.interactions.n.correct_responses.1.pattern': 'e',
				[f.cmi.interaction.learnerResponse]: 'e',
				[f.cmi.interaction.result]: 'correct',
			});
			expect(paths.indexOf(f.cmi.interaction.type)).toBeLessThan(
				paths.indexOf('cmi.interactions.n.correct_responses.0.pattern'),
			);
			expect(paths.filter((p) => p.includes('correct_responses'))).toHaveLength(2);
		}
	});

	test('an unsafe ending is wrong, and is not among the correct responses', () => {
		const unsafe: Answer = { type: 'scenario', value: ['x', 'x'] }; // a → b → d
		const i = toInteraction(chat, unsafe, checkAnswer(chat, unsafe), STANDARDS.scorm12);
		expect(i.learnerResponse).toBe('d');
		expect(i.result).toBe('wrong');
		expect(i.correctResponses).not.toContain('d');
	});

	test('endings with word ids keep those words in both standards; 1.2 records them as fill-in', () => {
		const worded = {
			...chat,
			start: 'start',
			nodes: chat.nodes.map((n) => ({
				...n,
				id: { a: 'start', b: 'moved', c: 'checked', d: 'sent', e: 'blocked' }[n.id] ?? n.id,
				choices: n.choices?.map((c) => ({
					...c,
					next: { b: 'moved', c: 'checked', d: 'sent', e: 'blocked' }[c.next] ?? c.next,
				})),
			})),
		};
		const a12 = toInteraction(
			worded,
			toSecondSafe,
			checkAnswer(worded, toSecondSafe),
			STANDARDS.scorm12,
		);
		const a04 = toInteraction(
			worded,
			toSecondSafe,
			checkAnswer(worded, toSecondSafe),
			STANDARDS.scorm2004,
		);
		expect(a12).toMatchObject({ type: 'fill-in', learnerResponse: 'blocked', result: 'correct' });
		expect(a04).toMatchObject({ type: 'choice', learnerResponse: 'blocked' });
		expect(a12.correctResponses).toEqual(['checked', 'blocked']);
		expect(a04.correctResponses).toEqual(a12.correctResponses);
	});

	test('more safe endings than an LMS must keep: the learner’s own ending stays among the patterns', () => {
		const many = {
			...chat,
			start: 'a',
			nodes: [
				{
					id: 'a',
					messages: [],
					choices: 'bcdefghijklm'.split('').map((id) => ({ id, text: `Go ${id}`, next: id })),
				},
				...'bcdefghijklm'.split('').map((id) => ({
					id,
					messages: [],
					ending: { safe: true, feedback: 'Safe enough.', safeMove: 'Tell someone.' },
				})),
			],
		};
		const last: Answer = { type: 'scenario', value: ['m'] };
		for (const standard of both) {
			const i = toInteraction(many, last, checkAnswer(many, last), STANDARDS[standard]);
			expect(i.correctResponses).toHaveLength(10);
			expect(i.correctResponses).toContain('m');
		}
	});
});

describe('codes a teacher can read', () => {
	test('2004 names options by their first words; 1.2 keeps single letters by position', () => {
		const right: Answer = { type: 'single-choice', value: 'b' };
		const i04 = toInteraction(
			sample.single,
			right,
			checkAnswer(sample.single, right),
			STANDARDS.scorm2004,
		);
		const i12 = toInteraction(
			sample.single,
			right,
			checkAnswer(sample.single, right),
			STANDARDS.scorm12,
		);
		expect(i04.learnerResponse).toBe('stop-and-tell-someone');
		expect(i04.correctResponses).toEqual(['stop-and-tell-someone']);
		expect(i12.learnerResponse).toBe('b');
		expect(i12.correctResponses).toEqual(['b']);
	});

	test('an author’s word id is kept; the same first words twice get a number', () => {
		const activity = {
			...sample.single,
			options: [
				{ id: 'police', text: 'The police', correct: true, feedback: 'They can help.' },
				{ id: 'a', text: 'Tell a trusted adult now', correct: false, feedback: 'Also good.' },
				{
					id: 'b',
					text: 'Tell a trusted adult now, or later',
					correct: false,
					feedback: 'Sooner.',
				},
				{ id: 'c', text: '¡Ça va! Don’t pay…', correct: false, feedback: 'Never pay.' },
			],
		};
		expect(codeBook(activity, STANDARDS.scorm2004).choices.map((c) => c.code)).toEqual([
			'police',
			'tell-a-trusted-adult-now',
			'tell-a-trusted-adult-now-2',
			'ca-va-dont-pay',
		]);
		const same = {
			...activity,
			options: activity.options.map((o) => ({ ...o, text: 'Same words' })),
		};
		expect(codeBook(same, STANDARDS.scorm2004).choices.map((c) => c.code)).toEqual([
			'police',
			'same-words',
			'same-words-2',
			'same-words-3',
		]);
	});

	test('the question goes in 2004’s description, cut politely at 250 characters', () => {
		const long = {
			...sample.single,
			prompt: `${'Which of these would help Sam most '.repeat(10)}?`,
		};
		const right: Answer = { type: 'single-choice', value: 'b' };
		const d = toInteraction(long, right, checkAnswer(long, right), STANDARDS.scorm2004).description;
		expect(d.length).toBeLessThanOrEqual(250);
		expect(d.endsWith('most…') || d.endsWith('Sam…') || /\w…$/.test(d)).toBe(true);
		expect(long.prompt.startsWith(d.slice(0, -1))).toBe(true);
		expect(politeTrim('Short question?', 250)).toBe('Short question?');
	});
});

describe('every activity of the shipped content, in both standards, keeps to the limits', async () => {
	const content = await readContent(join(import.meta.dirname, '../../..'));
	const activities = content.lessons.flatMap((l) => l.data.activities);

	test('the content was read', () => {
		expect(content.errors).toEqual([]);
		expect(activities.filter((a) => a.type === 'scenario').length).toBeGreaterThan(3);
	});

	test.each(both)('%s: ids, codes, descriptions and patterns', (standard) => {
		const f = STANDARDS[standard];
		const r = f.responses;
		for (const activity of activities) {
			const where = `${standard} ${activity.id}`;
			expect(interactionId(activity, f), where).toMatch(r.interactionIdPattern);
			expect(interactionId(activity, f).length, where).toBeLessThanOrEqual(f.limits.interactionId);
			expect(f.vocabulary.interactionTypes, where).toContain(interactionType(activity, f));
			const book = codeBook(activity, f);
			for (const group of [book.choices, book.targets]) {
				const codes = group.map((c) => c.code);
				expect(new Set(codes).size, where).toBe(codes.length);
				const isFillIn = interactionType(activity, f) === 'fill-in';
				for (const code of codes) {
					if (!isFillIn) expect(code, where).toMatch(r.choiceNamePattern);
					expect(code.length, where).toBeLessThanOrEqual(isFillIn ? r.maxLength : r.maxChoiceName);
				}
			}
			const patterns = correctResponses(activity, f) ?? [];
			expect(patterns.length, where).toBeLessThanOrEqual(r.maxCorrectPatterns);
			for (const p of patterns) expect(p.length, where).toBeLessThanOrEqual(r.maxLength);
			const description = interactionDescription(activity, f);
			expect(description.length, where).toBeLessThanOrEqual(r.maxDescription);
		}
	});

	test('each chat story: every safe ending a pattern, the same codes in 1.2 and 2004', () => {
		for (const activity of activities) {
			if (activity.type !== 'scenario') continue;
			const safe = activity.nodes.filter((n) => n.ending?.safe).map((n) => n.id);
			const p12 = correctResponses(activity, STANDARDS.scorm12);
			const p04 = correctResponses(activity, STANDARDS.scorm2004);
			expect(p12, activity.id).toEqual(safe);
			expect(p04, activity.id).toEqual(safe);
			expect(codeBook(activity, STANDARDS.scorm12).choices).toEqual(
				codeBook(activity, STANDARDS.scorm2004).choices,
			);
		}
	});
});
