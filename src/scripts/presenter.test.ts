import { describe, expect, test } from 'vitest';
import { commandFor } from './presenter.ts';

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

	test('Shift+Space goes back', () => {
		expect(commandFor(' ', { shift: true })).toBe('previous');
	});

	test('Space on a focused button or summary is left to it, so one press never acts twice', () => {
		expect(commandFor(' ', { targetTag: 'BUTTON' })).toBeUndefined();
		expect(commandFor(' ', { targetTag: 'SUMMARY' })).toBeUndefined();
		expect(commandFor('ArrowRight', { targetTag: 'BUTTON' })).toBe('next');
	});

	test('browser shortcuts and other keys are left alone (Escape stays the quick exit)', () => {
		expect(commandFor('r', { ctrl: true })).toBeUndefined();
		expect(commandFor('ArrowLeft', { alt: true })).toBeUndefined();
		expect(commandFor('Escape')).toBeUndefined();
		expect(commandFor('x')).toBeUndefined();
	});
});
