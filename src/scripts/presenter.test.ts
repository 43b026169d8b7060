import { describe, expect, test } from 'vitest';
import { commandFor, escapeAction, typeNumber } from './presenter-keys.ts';
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

	test('browser shortcuts and other keys are left alone', () => {
		expect(commandFor('r', { ctrl: true })).toBeUndefined();
		expect(commandFor('ArrowLeft', { alt: true })).toBeUndefined();
		expect(commandFor('Escape', { ctrl: true })).toBeUndefined();
		expect(commandFor('x')).toBeUndefined();
	});
});

describe('Escape, as in PowerPoint', () => {
	test("is presenter mode's wherever it is pressed, in a count field or on a button too", () => {
		// So presenter.ts marks it used and the quick exit never counts it.
		for (const targetTag of ['BODY', 'BUTTON', 'A', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA'])
			expect(commandFor('Escape', { targetTag }), targetTag).toBe('escape');
		expect(commandFor('Escape', { shift: true })).toBe('escape');
	});

	const nothingOpen = { blanked: false, panel: false, helpFromSlide: false };

	test('with nothing open it ends the show', () => {
		expect(escapeAction(nothingOpen)).toBe('end-show');
	});

	test('it closes what is open first, one part a press, the part the room sees first', () => {
		expect(escapeAction({ ...nothingOpen, blanked: true })).toBe('show-screen');
		expect(escapeAction({ ...nothingOpen, panel: true })).toBe('fold-panel');
		expect(escapeAction({ ...nothingOpen, helpFromSlide: true })).toBe('back-from-help');
		// All open: the blank, then the panel, then back from the help slide, then the end.
		let open = { blanked: true, panel: true, helpFromSlide: true };
		const presses: string[] = [];
		for (let i = 0; i < 4; i++) {
			const action = escapeAction(open);
			presses.push(action);
			if (action === 'show-screen') open = { ...open, blanked: false };
			if (action === 'fold-panel') open = { ...open, panel: false };
			if (action === 'back-from-help') open = { ...open, helpFromSlide: false };
		}
		expect(presses).toEqual(['show-screen', 'fold-panel', 'back-from-help', 'end-show']);
	});

	test('a half-typed slide number is dropped before anything else', () => {
		expect(typeNumber('12', 'Escape')).toEqual({ typed: '' });
		expect(typeNumber('', 'Escape')).toBeUndefined();
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
