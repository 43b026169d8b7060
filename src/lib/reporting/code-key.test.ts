import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STANDARDS } from '../../../exports/scorm/standards.ts';
import { readContent } from '../../content/read.ts';
import { checkAnswer, scenarioEnd, type Answer } from '../engine/answers.ts';
import { sample } from '../engine/fixtures.test-data.ts';
import { scenarioPaths } from '../engine/scenario-graph.ts';
import { toInteraction } from '../../../exports/scorm/runtime/interactions.ts';
import type { Activity } from '../../schemas/activity.ts';
import { codeKey, keyActivity, type KeyActivity } from './code-key.ts';

const standards = ['scorm12', 'scorm2004'] as const;

/** What the runtime stores for an answer, per standard. */
function stored(activity: Activity, answer: Answer) {
	const checked = checkAnswer(activity, answer);
	return {
		scorm12: toInteraction(activity, answer, checked, STANDARDS.scorm12),
		scorm2004: toInteraction(activity, answer, checked, STANDARDS.scorm2004),
	};
}

/** The key's row for a stored code, in a standard. */
const row = (key: KeyActivity, standard: (typeof standards)[number], code: string) =>
	key.codes.find((c) => c[standard] === code);

describe('codeKey: the teacher’s key to the codes an LMS holds', () => {
	test('a chat story: each ending by the reply that leads there, the safe ones marked, all of them right', () => {
		const key = keyActivity(sample.scenario, 7);
		expect(key).toMatchObject({
			number: 7,
			kind: 'Chat story',
			interactionId: { scorm12: 'q-chat', scorm2004: 'urn:second-look:activity:q-chat' },
			interactionType: { scorm12: 'choice', scorm2004: 'choice' },
			question: 'Help Jay.',
			right: { scorm12: ['c', 'e'], scorm2004: ['c', 'e'] },
		});
		expect(key.codes).toEqual([
			{ scorm12: 'c', scorm2004: 'c', words: 'Check first', counts: 'Safe ending', right: true },
			{ scorm12: 'd', scorm2004: 'd', words: 'Yes', counts: 'Not a safe ending', right: false },
			{
				scorm12: 'e',
				scorm2004: 'e',
				words: 'No, and block',
				counts: 'Safe ending',
				right: true,
			},
		]);
	});

	test('what the runtime stores is found in the key, with the words the learner picked', () => {
		// The second safe ending, through "Accept" then "No, and block".
		const answer: Answer = { type: 'scenario', value: ['x', 'y'] };
		const key = keyActivity(sample.scenario, 1);
		for (const standard of standards) {
			const i = stored(sample.scenario, answer)[standard];
			expect(row(key, standard, i.learnerResponse)?.words).toBe('No, and block');
			expect(key.right[standard]).toContain(i.learnerResponse);
			expect(i.correctResponses).toEqual(key.right[standard]);
		}
		const single = keyActivity(sample.single, 1);
		const picked = stored(sample.single, { type: 'single-choice', value: 'b' });
		expect(row(single, 'scorm12', picked.scorm12.learnerResponse)).toMatchObject({
			words: 'Stop and tell someone',
			counts: 'Right',
		});
		expect(row(single, 'scorm2004', picked.scorm2004.learnerResponse)).toMatchObject({
			scorm2004: 'stop-and-tell-someone',
			words: 'Stop and tell someone',
		});
	});

	test('options moved to other places keep their codes, so an old report still reads', () => {
		const moved = { ...sample.single, options: [...sample.single.options].reverse() };
		const picked = stored(moved, { type: 'single-choice', value: 'b' });
		expect(picked.scorm12.learnerResponse).toBe(
			stored(sample.single, { type: 'single-choice', value: 'b' }).scorm12.learnerResponse,
		);
		expect(row(keyActivity(moved, 1), 'scorm12', 'b')).toMatchObject({
			words: 'Stop and tell someone',
			counts: 'Right',
		});
	});

	test('lists, pairs, true or false, ratings and H5P each say how to read them', () => {
		const flags = keyActivity(sample.flags, 2);
		expect(flags.codes.map((c) => [c.scorm12, c.counts])).toEqual([
			['a', 'Warning sign'],
			['b', 'Not a warning sign'],
			['c', 'Warning sign'],
		]);
		expect(flags.right).toEqual({
			scorm12: ['a,c'],
			scorm2004: ['joined-5-days-ago[,]23-followers-1-480-following'],
		});
		expect(flags.note).toContain('"[,]"');
		const matching = keyActivity(sample.matching, 3);
		expect(matching.codes[0]).toMatchObject({
			scorm12: 'a',
			scorm2004: 'childline',
			words: 'Childline',
			counts: 'Matches: Talk to a counsellor',
		});
		expect(matching.right.scorm12).toEqual(['a.a,b.b']);
		expect(keyActivity(sample.ordering, 4).codes.map((c) => c.counts)).toEqual([
			'Step 1 of the right order',
			'Step 2 of the right order',
			'Step 3 of the right order',
		]);
		expect(keyActivity(sample.trueFalse, 5).codes).toEqual([
			{ scorm12: 't', scorm2004: 'true', words: 'True', counts: 'Not right', right: false },
			{ scorm12: 'f', scorm2004: 'false', words: 'False', counts: 'Right', right: true },
		]);
		const confidence = keyActivity(sample.confidence, 6);
		expect(confidence.codes.map((c) => c.words)).toEqual([
			'1: Not at all',
			'2',
			'3',
			'4',
			'5: Very',
		]);
		expect(confidence.right.scorm12).toEqual([]);
		expect(keyActivity(sample.h5p, 8).note).toContain('H5P');
	});

	test('numbers follow the teacher pack', () => {
		expect(
			codeKey([
				{ activity: sample.single, number: 1 },
				{ activity: sample.scenario, number: 2 },
			]).map((k) => [k.number, k.interactionId.scorm12]),
		).toEqual([
			[1, 'q-single'],
			[2, 'q-chat'],
		]);
	});
});

describe('the key against every activity of the shipped content', async () => {
	const content = await readContent(join(import.meta.dirname, '../../..'));
	const activities = content.lessons.flatMap((l) => l.data.activities);

	test('every ending of every chat story: the stored code maps to the last reply clicked', () => {
		expect(content.errors).toEqual([]);
		let checked = 0;
		for (const activity of activities) {
			if (activity.type !== 'scenario') continue;
			const key = keyActivity(activity, 1);
			for (const path of scenarioPaths(activity)) {
				const end = scenarioEnd(activity, path);
				const answer: Answer = { type: 'scenario', value: path };
				// The reply clicked last, found by walking the story (not by the code under test).
				let node = activity.nodes.find((n) => n.id === activity.start);
				let lastReply = '';
				for (const id of path) {
					const choice = node?.choices?.find((c) => c.id === id);
					lastReply = choice?.text ?? '';
					node = activity.nodes.find((n) => n.id === choice?.next);
				}
				for (const standard of standards) {
					const i = stored(activity, answer)[standard];
					const found = row(key, standard, i.learnerResponse);
					expect(found?.words, `${activity.id} ${path.join('>')}`).toContain(lastReply);
					expect(found?.right).toBe(end?.ending?.safe);
					expect(i.result === STANDARDS[standard].vocabulary.resultCorrect).toBe(end?.ending?.safe);
					if (end?.ending?.safe) expect(key.right[standard]).toContain(i.learnerResponse);
				}
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});

	test('endings reached by the same words are told apart by the reply before', () => {
		for (const activity of activities) {
			if (activity.type !== 'scenario') continue;
			const words = keyActivity(activity, 1).codes.map((c) => c.words);
			expect(new Set(words).size, activity.id).toBe(words.length);
		}
		const story = activities.find((a) => a.id === 'fake-profiles-mia-chat');
		if (story) {
			const g = keyActivity(story, 1).codes.find((c) => c.scorm12 === 'g');
			expect(g?.words).toMatch(/^Stop replying.*\(after “Accept\./);
		}
	});

	test('every option of every single choice: the stored code maps to its words, in both standards', () => {
		for (const activity of activities) {
			if (activity.type !== 'single-choice') continue;
			const key = keyActivity(activity, 1);
			for (const option of activity.options) {
				const i = stored(activity, { type: 'single-choice', value: option.id });
				for (const standard of standards) {
					expect(row(key, standard, i[standard].learnerResponse)).toMatchObject({
						words: option.text,
						right: option.correct,
					});
				}
			}
		}
	});
});
