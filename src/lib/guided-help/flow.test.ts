import { describe, expect, test } from 'vitest';
import { answer, atIntro, back, begin, isResult } from './flow.ts';

const questions = ['safe', 'age', 'paid'];

describe('guided flow', () => {
	test('starts at the first question with nothing answered', () => {
		expect(begin()).toEqual({ at: 0, answers: {} });
		expect(atIntro.at).toBe(-1);
	});

	test('each answer moves on; after the last, the result', () => {
		let flow = begin();
		flow = answer(flow, questions, 'yes');
		flow = answer(flow, questions, 'under18');
		expect(isResult(flow, questions)).toBe(false);
		flow = answer(flow, questions, 'skip');
		expect(isResult(flow, questions)).toBe(true);
		expect(flow.answers).toEqual({ safe: 'yes', age: 'under18', paid: 'skip' });
		// On the result, another answer changes nothing.
		expect(answer(flow, questions, 'x')).toBe(flow);
	});

	test('Back goes one step at a time, keeps the answers, and stops at the introduction', () => {
		let flow = answer(answer(begin(), questions, 'yes'), questions, 'adult');
		flow = back(flow);
		expect(flow).toEqual({ at: 1, answers: { safe: 'yes', age: 'adult' } });
		flow = answer(flow, questions, 'under18');
		expect(flow.answers['age']).toBe('under18');
		expect(back(back(back(flow))).at).toBe(-1);
		expect(back(atIntro).at).toBe(-1);
	});
});
