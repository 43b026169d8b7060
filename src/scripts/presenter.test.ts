import { describe, expect, test } from 'vitest';
import { commandFor, typeNumber } from './presenter-keys.ts';
import { MIN_FIT, largestFit } from './slide-fit.ts';

describe('presenter keys', () => {
	test.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['r', 'reveal'],
		['H', 'help'],
	])('%j moves or reveals: %s', (key, command) => {
		expect(commandFor(key)).toBe(command);
	});

	test("B, b and . blank the screen, as PowerPoint's keys and a clicker's blank button do", () => {
		for (const key of ['b', 'B', '.']) expect(commandFor(key), key).toBe('blank');
		expect(commandFor('b', { targetTag: 'BUTTON' })).toBe('blank');
		expect(commandFor('b', { targetTag: 'INPUT' })).toBeUndefined();
		expect(commandFor('b', { ctrl: true })).toBeUndefined();
	});

	test("N opens the presenter's notes window, except while typing", () => {
		expect(commandFor('n')).toBe('notes');
		expect(commandFor('N', { shift: true })).toBe('notes');
		expect(commandFor('n', { targetTag: 'INPUT' })).toBeUndefined();
	});

	test('Shift+Space goes back', () => {
		expect(commandFor(' ', { shift: true })).toBe('previous');
	});

	test('Space on a focused button or summary is left to it, so one press never acts twice', () => {
		expect(commandFor(' ', { targetTag: 'BUTTON' })).toBeUndefined();
		expect(commandFor(' ', { targetTag: 'SUMMARY' })).toBeUndefined();
		expect(commandFor('ArrowRight', { targetTag: 'BUTTON' })).toBe('next');
	});

	test("in a count field every key is the field's: arrows change the number, R is typed", () => {
		for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'r', 'Home', 'l'])
			expect(commandFor(key, { targetTag: 'INPUT' }), key).toBeUndefined();
	});

	test('browser shortcuts and other keys are left alone (Escape stays the quick exit)', () => {
		expect(commandFor('r', { ctrl: true })).toBeUndefined();
		expect(commandFor('ArrowLeft', { alt: true })).toBeUndefined();
		expect(commandFor('Escape')).toBeUndefined();
		expect(commandFor('x')).toBeUndefined();
	});
});

describe('jumping to a slide', () => {
	test('L and ? open the list of slides', () => {
		expect(commandFor('l')).toBe('list');
		expect(commandFor('?', { shift: true })).toBe('list');
	});

	test('digits make a number, Backspace takes one off, Enter goes there', () => {
		let typed = '';
		for (const key of ['1', '2', '3', 'Backspace', '4'])
			typed = typeNumber(typed, key)?.typed ?? typed;
		expect(typed).toBe('124');
		expect(typeNumber(typed, 'Enter')).toEqual({ typed: '', go: 124 });
		expect(typeNumber('7', 'Escape')).toEqual({ typed: '' });
	});

	test('Enter and Backspace keep their meaning when no number is being typed, and in a field', () => {
		expect(typeNumber('', 'Enter')).toBeUndefined();
		expect(typeNumber('', 'Backspace')).toBeUndefined();
		expect(typeNumber('', '4', { targetTag: 'INPUT' })).toBeUndefined();
		expect(typeNumber('', '4', { ctrl: true })).toBeUndefined();
		expect(typeNumber('', 'r')).toBeUndefined();
	});
});

describe('fitting a slide to the screen', () => {
	test('a slide that fits keeps its type; one that does not takes the largest scale that fits, never past the floor', () => {
		expect(largestFit(() => true)).toBe(1);
		// Reflow is not proportional: content in columns may fit at 0.93 though it overflows 1 by 20%.
		expect(largestFit((s) => s <= 0.93)).toBe(0.93);
		expect(largestFit((s) => s <= 0.71)).toBe(0.71);
		expect(largestFit(() => false)).toBe(MIN_FIT);
	});

	test('it measures a handful of times, not once per step', () => {
		let asked = 0;
		largestFit((s) => {
			asked++;
			return s <= 0.84;
		});
		expect(asked).toBeLessThanOrEqual(7);
	});
});
