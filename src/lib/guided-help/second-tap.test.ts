import { describe, expect, test } from 'vitest';
import { SECOND_TAP_MS, isSecondTap } from './second-tap.ts';

describe('isSecondTap', () => {
	test('a touch or pen tap just after the question appeared is the second tap of a double tap', () => {
		expect(isSecondTap({ detail: 1, pointerType: 'touch' }, 150)).toBe(true);
		expect(isSecondTap({ detail: 1, pointerType: 'pen' }, 150)).toBe(true);
		expect(isSecondTap({ detail: 1, pointerType: 'touch' }, SECOND_TAP_MS - 1)).toBe(true);
	});

	test('a tap once the question has been on the screen a moment is an answer', () => {
		expect(isSecondTap({ detail: 1, pointerType: 'touch' }, SECOND_TAP_MS)).toBe(false);
		expect(isSecondTap({ detail: 1, pointerType: 'touch' }, 2_000)).toBe(false);
	});

	test('the second click of a double click is never an answer, whatever the pointer', () => {
		expect(isSecondTap({ detail: 2, pointerType: 'mouse' }, 5_000)).toBe(true);
		expect(isSecondTap({ detail: 3, pointerType: 'touch' }, 5_000)).toBe(true);
	});

	test('a key press or a screen reader (detail 0) is never held up, however quick', () => {
		expect(isSecondTap({ detail: 0, pointerType: '' }, 0)).toBe(false);
		expect(isSecondTap({ detail: 0, pointerType: 'touch' }, 10)).toBe(false);
	});

	test('a single mouse click is taken at once', () => {
		expect(isSecondTap({ detail: 1, pointerType: 'mouse' }, 10)).toBe(false);
	});
});
