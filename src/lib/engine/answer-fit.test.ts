import { describe, expect, test } from 'vitest';
import type { Activity } from '../../schemas/activity.ts';
import { answerFits, recordFits } from './answer-fit.ts';
import { sample } from './fixtures.test-data.ts';

/** Per activity: answers the learner could give now, and stored values that must be refused. */
const cases: [Activity, unknown[], unknown[]][] = [
	[sample.single, ['a', 'b'], ['c', '', 1, ['a'], null]],
	[sample.multi, [[], ['a', 'c'], ['c', 'a']], [['d'], ['a', 'a'], 'a', [1]]],
	[sample.trueFalse, [true, false], ['true', 0, null]],
	[sample.ordering, [['c', 'a', 'b']], [['a', 'b'], ['a', 'b', 'c', 'd'], ['a', 'a', 'b'], 'abc']],
	[
		sample.matching,
		[
			{ a: 'x', b: '' },
			{ a: 'z', b: 'y' },
		],
		[{ a: 'x' }, { a: 'x', b: 'w' }, { a: 'x', b: '', c: 'y' }, ['x', 'y'], { a: 1, b: 'y' }],
	],
	[sample.confidence, [1, 5], [0, 6, 2.5, '3']],
	[sample.scenario, [['y'], ['x', 'z', 'y'], []], [['z'], ['x', 'q'], 'x']],
	[sample.flags, [[], ['a', 'c']], [['d'], ['b', 'b']]],
	[
		sample.h5p,
		[{ response: '', success: null, score: 0.5 }],
		[
			{ response: '', success: 'yes', score: 1 },
			{ success: true, score: 1 },
			{ response: '', success: true, score: 2 },
		],
	],
];

describe('answers read back from storage', () => {
	for (const [activity, fit, refused] of cases) {
		test(`${activity.type}: fits only with ids the activity has now`, () => {
			for (const value of fit)
				expect(answerFits(activity, { type: activity.type, value }), JSON.stringify(value)).toBe(
					true,
				);
			for (const value of refused)
				expect(answerFits(activity, { type: activity.type, value }), JSON.stringify(value)).toBe(
					false,
				);
		});
	}

	test('an answer of another type, or not an answer at all, never fits', () => {
		expect(answerFits(sample.single, { type: 'multiple-response', value: 'a' })).toBe(false);
		for (const junk of [null, 'a', 3, [], {}]) expect(answerFits(sample.single, junk)).toBe(false);
	});

	test('a record: skips kept, answers checked again, anything else refused', () => {
		expect(recordFits(sample.trueFalse, { status: 'skipped', attempts: 0 })).toEqual({
			status: 'skipped',
			attempts: 0,
		});
		expect(
			recordFits(sample.trueFalse, {
				status: 'answered',
				first: { type: 'true-false', value: false },
				latest: { type: 'true-false', value: true },
				result: { scored: true, correct: false, score: 0 },
				attempts: 2,
			}),
		).toEqual({
			status: 'answered',
			first: { type: 'true-false', value: false },
			latest: { type: 'true-false', value: true },
			result: { scored: true, correct: true, score: 1 },
			attempts: 2,
		});
		for (const junk of [
			null,
			{ status: 'answered' },
			{ status: 'answered', first: { type: 'true-false', value: 'no' } },
			{
				status: 'answered',
				first: { type: 'true-false', value: true },
				latest: { type: 'true-false', value: 1 },
			},
			{ status: 'done', first: { type: 'true-false', value: true } },
		])
			expect(recordFits(sample.trueFalse, junk), JSON.stringify(junk)).toBeUndefined();
	});
});
