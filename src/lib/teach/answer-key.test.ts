import { describe, expect, test } from 'vitest';
import { sample } from '../engine/fixtures.test-data.ts';
import { answerKey, markWords } from './answer-key.ts';

describe('answerKey: what the teacher pack and presenter reveal', () => {
	test('choices are marked right or wrong, each with the feedback learners see', () => {
		const key = answerKey(sample.single);
		expect(key.lines.map((l) => [l.text, l.right])).toEqual([
			['Pay', false],
			['Stop and tell someone', true],
		]);
		expect(key.why).toBe('Right: get help.');
		expect(
			answerKey(sample.multi)
				.lines.filter((l) => l.right)
				.map((l) => l.text),
		).toEqual(['New account', 'Moves you to another app']);
	});

	test('true or false marks the right word', () => {
		expect(answerKey(sample.trueFalse).lines).toEqual([
			{ text: 'True', right: false },
			{ text: 'False', right: true },
		]);
	});

	test('an ordering lists the steps in the right order; a matching lists each pair', () => {
		expect(answerKey(sample.ordering).lines.map((l) => l.text)).toEqual([
			'Screenshot',
			'Block',
			'Report',
		]);
		expect(answerKey(sample.matching).lines.map((l) => l.text)).toEqual([
			'Childline: Talk to a counsellor',
			'StopNCII: Stop images being shared',
		]);
	});

	test('a chat gives the shortest route to a safe ending and its safe move', () => {
		const key = answerKey(sample.scenario);
		expect(key.lines.map((l) => l.text)).toEqual(['Check first', 'Safe ending']);
		expect(key.why).toBe('Check first.');
	});

	test('a chat with a recovery route as short as the best one gives the route its author marked best', () => {
		// "Pay, then stop paying" is safe (it is never too late) but is not the route to model.
		const recovers = {
			...sample.scenario,
			start: 'a',
			nodes: [
				{
					id: 'a',
					messages: [],
					choices: [
						{ id: 'pay', text: 'Pay', next: 'b' },
						{ id: 'save', text: 'Save the evidence', next: 'c' },
					],
				},
				{ id: 'b', messages: [], choices: [{ id: 'stop', text: 'Stop paying', next: 'd' }] },
				{ id: 'c', messages: [], choices: [{ id: 'tell', text: 'Tell someone', next: 'e' }] },
				{
					id: 'd',
					messages: [],
					ending: { safe: true, feedback: 'Well done for stopping.', safeMove: 'Stop.' },
				},
				{
					id: 'e',
					messages: [],
					ending: {
						safe: true,
						best: true as const,
						feedback: 'The best move.',
						safeMove: 'Save, tell.',
					},
				},
			],
		};
		expect(answerKey(recovers).lines.map((l) => l.text)).toEqual([
			'Save the evidence',
			'Tell someone',
			'Safe ending',
		]);
	});

	test('red flags mark each part; a confidence check has no answer and is not scored', () => {
		expect(answerKey(sample.flags).lines.filter((l) => l.right).length).toBeGreaterThan(0);
		const confidence = answerKey(sample.confidence);
		expect(confidence).toMatchObject({ scored: false, style: 'scale', lines: [] });
	});
});

test('a key line is marked in words: right or not, or on a profile a warning sign or not', () => {
	expect(markWords(sample.single, true)).toBe('Right');
	expect(markWords(sample.single, false)).toBe('Not right');
	expect(markWords(sample.flags, true)).toBe('Warning sign');
	expect(markWords(sample.flags, false)).toBe('Not a warning sign');
	expect(markWords(sample.ordering, undefined)).toBe('');
});
