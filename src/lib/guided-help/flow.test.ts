import { describe, expect, test } from 'vitest';
import { answer, atIntro, back, begin, carryOn, change, isResult } from './flow.ts';

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
		flow = back(flow, questions);
		expect(flow).toEqual({ at: 1, answers: { safe: 'yes', age: 'adult' } });
		flow = answer(flow, questions, 'under18');
		expect(flow.answers['age']).toBe('under18');
		expect(back(back(back(flow, questions), questions), questions).at).toBe(-1);
		expect(back(atIntro, questions).at).toBe(-1);
	});

	test('Change on the result opens that question; its new answer goes straight back to the result', () => {
		const done = answer(
			answer(answer(begin(), questions, 'yes'), questions, 'under18'),
			questions,
			'no',
		);
		const changing = change(done, questions, 'age');
		expect(changing).toEqual({ at: 1, answers: done.answers, changing: true });
		const changed = answer(changing, questions, 'adult');
		expect(isResult(changed, questions)).toBe(true);
		expect(changed).toEqual({ at: 3, answers: { safe: 'yes', age: 'adult', paid: 'no' } });
		// Back from it returns to the result with the answer as it was.
		expect(back(changing, questions)).toEqual({ at: 3, answers: done.answers });
		// Only from the result, and only a question that exists.
		expect(change(begin(), questions, 'age')).toEqual(begin());
		expect(change(done, questions, 'nope')).toBe(done);
	});

	test('saying "not safe" shows who to call first, before the next question; then they carry on', () => {
		const notSafe = { safe: ['no'] };
		const calling = answer(begin(), questions, 'no', notSafe);
		expect(calling).toEqual({ at: 1, answers: { safe: 'no' }, callFirst: true });
		expect(carryOn(calling)).toEqual({ at: 1, answers: { safe: 'no' } });
		// Safe, or a later question: straight on.
		expect(answer(begin(), questions, 'yes', notSafe)).toEqual({ at: 1, answers: { safe: 'yes' } });
		expect(answer(carryOn(calling), questions, 'adult', notSafe).callFirst).toBeUndefined();
		// Changed to "not safe" from the result: who to call first, then the result again.
		const done = answer(
			answer(answer(begin(), questions, 'yes'), questions, 'adult'),
			questions,
			'no',
		);
		const changed = answer(change(done, questions, 'safe'), questions, 'no', notSafe);
		expect(changed.callFirst).toBe(true);
		expect(isResult(changed, questions)).toBe(false);
		expect(isResult(carryOn(changed), questions)).toBe(true);
	});
});
