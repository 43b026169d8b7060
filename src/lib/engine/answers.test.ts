import { describe, expect, test } from 'vitest';
import { checkAnswer, isScored, scenarioEnd } from './answers.ts';
import { sample } from './fixtures.test-data.ts';

describe('checkAnswer', () => {
	test('single choice: right and wrong', () => {
		expect(checkAnswer(sample.single, { type: 'single-choice', value: 'b' })).toEqual({
			scored: true,
			correct: true,
			score: 1,
		});
		expect(checkAnswer(sample.single, { type: 'single-choice', value: 'a' }).correct).toBe(false);
	});

	test('multiple response: only the exact set is right; partial answers get partial credit', () => {
		const check = (value: string[]) =>
			checkAnswer(sample.multi, { type: 'multiple-response', value });
		expect(check(['a', 'c'])).toMatchObject({ correct: true, score: 1 });
		expect(check(['a'])).toMatchObject({ correct: false, score: 2 / 3 });
		expect(check(['a', 'b', 'c'])).toMatchObject({ correct: false, score: 2 / 3 });
		expect(check([])).toMatchObject({ correct: false, score: 1 / 3 });
	});

	test('true/false', () => {
		expect(checkAnswer(sample.trueFalse, { type: 'true-false', value: false }).correct).toBe(true);
		expect(checkAnswer(sample.trueFalse, { type: 'true-false', value: true }).correct).toBe(false);
	});

	test('H5P: its own verdict is taken; without one, a full score is right; unscored is neutral', () => {
		const check = (success: boolean | null, score: number) =>
			checkAnswer(sample.h5p, { type: 'h5p', value: { response: 'x', success, score } });
		expect(check(true, 1)).toEqual({ scored: true, correct: true, score: 1 });
		expect(check(false, 0.5)).toEqual({ scored: true, correct: false, score: 0.5 });
		expect(check(null, 1)).toMatchObject({ correct: true });
		expect(check(null, 0.9)).toMatchObject({ correct: false, score: 0.9 });
		expect(check(null, 7)).toMatchObject({ score: 1 });
		const unscored = { ...sample.h5p, scored: false };
		expect(isScored(sample.h5p)).toBe(true);
		expect(isScored(unscored)).toBe(false);
		expect(
			checkAnswer(unscored, { type: 'h5p', value: { response: '', success: true, score: 1 } }),
		).toEqual({ scored: false, correct: false, score: 0 });
	});

	test('ordering: right only in the exact order; partial credit per item in place', () => {
		const check = (value: string[]) => checkAnswer(sample.ordering, { type: 'ordering', value });
		expect(check(['a', 'b', 'c'])).toMatchObject({ correct: true, score: 1 });
		expect(check(['a', 'c', 'b'])).toMatchObject({ correct: false, score: 1 / 3 });
		expect(check(['c', 'a', 'b'])).toMatchObject({ correct: false, score: 0 });
	});

	test('matching: partial and empty matches', () => {
		const check = (value: Record<string, string>) =>
			checkAnswer(sample.matching, { type: 'matching', value });
		expect(check({ a: 'x', b: 'y' })).toMatchObject({ correct: true, score: 1 });
		expect(check({ a: 'x', b: 'z' })).toMatchObject({ correct: false, score: 0.5 });
		expect(check({ a: '', b: '' })).toMatchObject({ correct: false, score: 0 });
	});

	test('confidence is never scored', () => {
		expect(isScored(sample.confidence)).toBe(false);
		expect(checkAnswer(sample.confidence, { type: 'confidence', value: 5 })).toEqual({
			scored: false,
			correct: false,
			score: 0,
		});
	});

	test('scenario: scored by the ending reached, on every branch (including round a loop)', () => {
		const check = (value: string[]) => checkAnswer(sample.scenario, { type: 'scenario', value });
		expect(check(['y']).correct).toBe(true);
		expect(check(['x', 'x']).correct).toBe(false);
		expect(check(['x', 'y']).correct).toBe(true);
		expect(check(['x', 'z', 'z', 'y']).correct).toBe(true);
		// An unfinished path reaches no ending and is not right.
		expect(check(['x']).correct).toBe(false);
		expect(scenarioEnd(sample.scenario, ['x', 'x'])?.id).toBe('d');
	});

	test('red flags: every flag and nothing else', () => {
		const check = (value: string[]) => checkAnswer(sample.flags, { type: 'red-flags', value });
		expect(check(['a', 'c'])).toMatchObject({ correct: true, score: 1 });
		expect(check(['a'])).toMatchObject({ correct: false, score: 2 / 3 });
		expect(check(['a', 'b', 'c'])).toMatchObject({ correct: false, score: 2 / 3 });
	});

	test('an answer of the wrong type is a programming error', () => {
		expect(() => checkAnswer(sample.single, { type: 'true-false', value: true })).toThrow(
			TypeError,
		);
	});
});
