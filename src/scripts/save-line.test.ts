import { describe, expect, test } from 'vitest';
import type { AnyNotice } from '../../exports/cmi5/runtime/notices.ts';
import { noticeText, showSaveLine } from './package-notices.ts';

/** The page's save line as `showSaveLine` finds it: a link holding the words' span. */
function fakePage() {
	const text = { textContent: '' };
	const line = { hidden: true, querySelector: () => text };
	const doc = { querySelector: () => line } as unknown as Document;
	return { doc, line, text };
}

/** The longest words measured to keep one line at 400% zoom in a 305 px LMS frame. */
const ONE_LINE = 'Visit ended: new answers not saved'.length;

describe('the save line at the window foot', () => {
	test('shows while answers are not reaching the LMS, stays through other notices, goes once they are saved', () => {
		const { doc, line, text } = fakePage();
		showSaveLine(doc, 'save-retrying'); // slow, not yet failing: the notice alone says so
		expect(line.hidden).toBe(true);
		showSaveLine(doc, 'save-failing-kept');
		expect([line.hidden, text.textContent]).toEqual([false, 'Not sent yet: kept in this browser']);
		showSaveLine(doc, 'resume-recovered'); // says nothing of saving: the line stays
		expect(line.hidden).toBe(false);
		showSaveLine(doc, 'saved-again');
		expect(line.hidden).toBe(true);
	});

	test('every line fits one line at 400% zoom and names what its notice says', () => {
		for (const notice of Object.keys(noticeText) as AnyNotice[]) {
			const { doc, line, text } = fakePage();
			showSaveLine(doc, notice);
			if (line.hidden) continue;
			expect(text.textContent.length, notice).toBeLessThanOrEqual(ONE_LINE);
			// "kept in this browser" only where the notice says the answers are kept here.
			expect(text.textContent.includes('kept'), notice).toBe(
				noticeText[notice].includes('kept in this browser'),
			);
		}
	});
});
