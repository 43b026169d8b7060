import { describe, expect, test } from 'vitest';
import type { Answer } from './answers.ts';
import { sample } from './fixtures.test-data.ts';
import { summarise, type EngineLesson } from './progress.ts';
import { emptyState, recordAnswer, recordSkip, recordVisit, type LearnerState } from './state.ts';

// Six scored activities and a confidence rating, in one lesson.
const lessons: EngineLesson[] = [
	{
		id: 'one',
		activities: [
			sample.single,
			sample.trueFalse,
			sample.multi,
			sample.ordering,
			sample.flags,
			sample.scenario,
			sample.confidence,
		],
	},
];
const visited = () => recordVisit(emptyState(), 'one');
const skipRest = (state: LearnerState) =>
	lessons
		.flatMap((l) => l.activities)
		.reduce((s, a) => (s.activities[a.id] ? s : recordSkip(s, a.id)), state);
const wrongSingle: Answer = { type: 'single-choice', value: 'a' };
const rightSingle: Answer = { type: 'single-choice', value: 'b' };
/** Accept → Yes: an unsafe ending. Accept → No, and block: a safe one. Check first: safe. */
const riskyRun: Answer = { type: 'scenario', value: ['x', 'x'] };
const safeRun: Answer = { type: 'scenario', value: ['x', 'y'] };

describe('the scoring rule: skipping or exploring never produces a fail', () => {
	test('skips leave the score: five skipped, one answered wrong is completed, 0 of 1, never passed', () => {
		const state = skipRest(recordAnswer(visited(), sample.single, wrongSingle));
		for (const reporting of ['completion', 'pass-mark'] as const)
			expect(summarise(lessons, state, 80, reporting)).toMatchObject({
				completed: true,
				passed: false,
				skipped: 6,
				correct: 0,
				scoredAnswered: 1,
				scoredTotal: 6,
				score: 0,
			});
	});

	test('skips do not lower the score: one right and five skipped scores 100%', () => {
		const state = skipRest(recordAnswer(visited(), sample.single, rightSingle));
		expect(summarise(lessons, state, 80, 'pass-mark')).toMatchObject({
			completed: true,
			score: 1,
			scoredAnswered: 1,
			passed: true,
		});
	});

	test('everything skipped: no score at all, still completed, not passed', () => {
		const p = summarise(lessons, skipRest(visited()), 0, 'pass-mark');
		expect(p).toMatchObject({ completed: true, scoredAnswered: 0, score: 0, passed: false });
	});

	test('a chat story explored down a risky branch first counts once a safe ending is reached', () => {
		let state = recordAnswer(visited(), sample.scenario, riskyRun);
		expect(summarise(lessons, skipRest(state), 80, 'pass-mark').correct).toBe(0);
		state = recordAnswer(state, sample.scenario, safeRun);
		const p = summarise(lessons, skipRest(state), 80, 'pass-mark');
		expect(p).toMatchObject({ correct: 1, scoredAnswered: 1, score: 1, passed: true });
		// The LMS's interaction is still the first run, as it happened.
		expect(state.activities['q-chat']).toMatchObject({ attempts: 2, result: { correct: false } });
	});

	test('a chat story reached safely first keeps the credit after replaying a risky branch', () => {
		let state = recordAnswer(visited(), sample.scenario, safeRun);
		state = recordAnswer(state, sample.scenario, riskyRun);
		expect(summarise(lessons, skipRest(state), 80, 'pass-mark').correct).toBe(1);
	});

	test('other activities keep the first answer: a right retry after the feedback does not count', () => {
		let state = recordAnswer(visited(), sample.single, wrongSingle);
		state = recordAnswer(state, sample.single, rightSingle);
		expect(summarise(lessons, skipRest(state), 0, 'pass-mark')).toMatchObject({
			correct: 0,
			scoredAnswered: 1,
		});
	});

	test('pass-mark modules pass at or above the mark and are just completed below it', () => {
		let state = recordAnswer(visited(), sample.single, rightSingle);
		state = recordAnswer(state, sample.trueFalse, { type: 'true-false', value: false });
		state = recordAnswer(state, sample.scenario, safeRun);
		state = recordAnswer(state, sample.flags, { type: 'red-flags', value: ['b'] });
		state = skipRest(state);
		// 3 right of 4 answered: 75%.
		expect(summarise(lessons, state, 75, 'pass-mark')).toMatchObject({ score: 0.75, passed: true });
		expect(summarise(lessons, state, 80, 'pass-mark')).toMatchObject({
			completed: true,
			passed: false,
		});
	});

	test('completion modules never pass or fail, whatever the score', () => {
		const state = skipRest(recordAnswer(visited(), sample.single, rightSingle));
		expect(summarise(lessons, state, 0, 'completion')).toMatchObject({
			completed: true,
			score: 1,
			passed: false,
		});
	});

	test('not completed while an activity is neither answered nor skipped', () => {
		const p = summarise(
			lessons,
			recordAnswer(visited(), sample.single, rightSingle),
			0,
			'completion',
		);
		expect(p.completed).toBe(false);
	});
});
