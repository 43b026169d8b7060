import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CMI5_TAB_KEY, PROGRESS_KEY } from '../lib/tracking/tab-progress.ts';
import { SHOW_ENDED } from '../lib/events.ts';
import {
	DOUBLE_ESCAPE_MS,
	installQuickExit,
	isJustAfterShow,
	SHOW_ENDED_QUIET_MS,
	type QuickExitHost,
} from './quick-exit.ts';

/** A fake page: records where it was sent and lets the test press keys and click. */
function fakePage() {
	const keyListeners: ((e: KeyboardEvent) => void)[] = [];
	const clickListeners: ((e: Event) => void)[] = [];
	const visited: string[] = [];
	let time = 0;
	const host: QuickExitHost = {
		addEventListener: (_type, listener) => keyListeners.push(listener),
		replace: (url) => visited.push(url),
		now: () => time,
		usedByPage: (event) => event.defaultPrevented,
	};
	const link = {
		href: 'https://www.bbc.co.uk/weather',
		addEventListener: (_type: string, listener: (e: Event) => void) =>
			clickListeners.push(listener),
	} as unknown as HTMLAnchorElement;
	installQuickExit(link, host);
	return {
		visited,
		/** A key press; `used`: the page handled it first (a dialog it closes, a number it clears). */
		press(key: string, at: number, repeat = false, used = false) {
			time = at;
			for (const l of keyListeners) l({ key, repeat, defaultPrevented: used } as KeyboardEvent);
		},
		click() {
			let prevented = false;
			const event = {
				preventDefault: () => {
					prevented = true;
				},
			} as unknown as Event;
			for (const l of clickListeners) l(event);
			return prevented;
		},
	};
}

describe('quick exit', () => {
	test('a click replaces the page with the neutral site instead of following the link', () => {
		const page = fakePage();
		expect(page.click()).toBe(true);
		expect(page.visited).toEqual(['https://www.bbc.co.uk/weather']);
	});

	test('Escape twice in quick succession leaves', () => {
		const page = fakePage();
		page.press('Escape', 1000);
		expect(page.visited).toEqual([]);
		page.press('Escape', 1000 + DOUBLE_ESCAPE_MS - 1);
		expect(page.visited).toEqual(['https://www.bbc.co.uk/weather']);
	});

	test('Escape presses far apart, other keys, and a held-down key do not leave', () => {
		const page = fakePage();
		page.press('Escape', 0);
		page.press('Escape', DOUBLE_ESCAPE_MS + 1);
		page.press('Enter', DOUBLE_ESCAPE_MS + 2);
		page.press('Escape', 10_000);
		page.press('Escape', 10_001, true);
		expect(page.visited).toEqual([]);
	});

	test('an Escape the page used (closing a dialog) starts no pair; two more still leave', () => {
		const page = fakePage();
		page.press('Escape', 0, false, true); // closes the slide list
		page.press('Escape', 300);
		expect(page.visited).toEqual([]);
		page.press('Escape', 600);
		expect(page.visited).toEqual(['https://www.bbc.co.uk/weather']);
		// Nor does one used between two of the learner's own presses make a pair.
		const other = fakePage();
		other.press('Escape', 0);
		other.press('Escape', 200, false, true);
		expect(other.visited).toEqual([]);
	});
});

test("the early quick exit (inline, importing nothing) uses the full one's key and timing", () => {
	const early = readFileSync(new URL('./quick-exit-early.js', import.meta.url), 'utf8');
	expect(early).toContain(`key.startsWith('${PROGRESS_KEY}')`);
	expect(early).toContain(`key.startsWith('${CMI5_TAB_KEY}')`);
	expect(early).toContain(`now - last <= ${String(DOUBLE_ESCAPE_MS)}`);
	expect(early).toContain(
		`location.hash === '#${SHOW_ENDED}' && performance.now() < ${String(SHOW_ENDED_QUIET_MS)}`,
	);
});

test('on the pack just reached by ending a presenter show, Escapes make no pair for a moment', () => {
	expect(isJustAfterShow(`#${SHOW_ENDED}`, 400)).toBe(true);
	expect(isJustAfterShow(`#${SHOW_ENDED}`, SHOW_ENDED_QUIET_MS + 1)).toBe(false);
	expect(isJustAfterShow('', 400)).toBe(false);
	expect(isJustAfterShow('#summary', 400)).toBe(false);
});
