import { describe, expect, test } from 'vitest';
import type { AnyNotice } from '../../exports/cmi5/runtime/notices.ts';
import { noticeText } from './package-notices.ts';
import { showSaveLine } from './save-line.ts';

/** The page's save line as `showSaveLine` finds it, with focus on its button, its words, or not. */
function fakePage(focus: 'button' | 'words' | 'none' = 'none') {
	const focused = { on: focus };
	const text = { textContent: '' };
	const more = { hidden: true, textContent: '', contains: () => focused.on === 'words' };
	const attributes = new Map<string, string>();
	const toggle = {
		setAttribute: (name: string, value: string) => attributes.set(name, value),
		focus: () => {
			focused.on = 'button';
		},
	};
	const parts: Record<string, unknown> = {
		'[data-save-line-toggle]': toggle,
		'[data-save-line-text]': text,
		'[data-save-line-more]': more,
	};
	const line = {
		hidden: true,
		querySelector: (selector: string) => parts[selector],
		contains: () => focused.on !== 'none',
	};
	const doc = { querySelector: () => line, activeElement: {} } as unknown as Document;
	return { doc, line, text, more, attributes, focused };
}

/** The longest words measured to keep one line at 400% zoom in a 305 px LMS frame. */
const ONE_LINE = 'Not saved yet: keep this page open'.length;

describe('the save line at the window foot', () => {
	test('shows while answers are not reaching the LMS, stays through other notices, goes once they are saved', () => {
		const { doc, line, text, more } = fakePage();
		showSaveLine(doc, 'save-retrying'); // slow, not yet failing: the notice alone says so
		expect(line.hidden).toBe(true);
		showSaveLine(doc, 'save-failing-kept');
		expect([line.hidden, text.textContent]).toEqual([false, 'Not sent yet: kept in this browser']);
		// Its button opens the notice's own words.
		expect(more.textContent).toBe(noticeText['save-failing-kept']);
		showSaveLine(doc, 'resume-recovered'); // says nothing of saving: the line stays
		expect(line.hidden).toBe(false);
		showSaveLine(doc, 'saved-again');
		expect(line.hidden).toBe(true);
	});

	test('at Finish the focused paragraph says it: the line goes, saved or not', () => {
		for (const notice of ['not-all-saved', 'not-all-saved-kept', 'saved-again'] as const) {
			const { doc, line } = fakePage();
			showSaveLine(doc, 'save-failing');
			showSaveLine(doc, notice, true);
			expect(line.hidden, notice).toBe(true);
		}
		// Before Finish (progress too long for the LMS), "not all saved" is a line of its own.
		const { doc, line, text } = fakePage();
		showSaveLine(doc, 'not-all-saved');
		expect([line.hidden, text.textContent]).toEqual([false, 'Some answers have not been saved']);
	});

	test('a focused line is not taken away under the learner: it says so, closed, focus on its button', () => {
		for (const focus of ['button', 'words'] as const) {
			const { doc, line, text, more, attributes, focused } = fakePage(focus);
			showSaveLine(doc, 'save-failing-kept');
			more.hidden = false;
			showSaveLine(doc, 'saved-again');
			expect([line.hidden, text.textContent], focus).toEqual([false, 'Your progress is saved now']);
			expect([more.hidden, attributes.get('aria-expanded')], focus).toEqual([true, 'false']);
			// Focus in the words, about to be hidden, went to the button first (never to the page).
			expect(focused.on, focus).toBe('button');
		}
	});

	test('every line fits one line at 400% zoom and names what its notice says', () => {
		for (const notice of Object.keys(noticeText) as AnyNotice[]) {
			const { doc, line, text } = fakePage();
			showSaveLine(doc, notice);
			if (line.hidden) continue;
			expect(text.textContent.length, notice).toBeLessThanOrEqual(ONE_LINE);
			// "kept" only where the notice says the answers are kept in this browser.
			expect(text.textContent.includes('kept'), notice).toBe(
				noticeText[notice].includes('kept in this browser'),
			);
		}
	});
});
