import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { answerAny } from './drive-activity.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { launch } from './lms-harness.ts';

/**
 * A learner at 400% zoom: a 1280 × 1024 screen is 320 × 256 CSS px, and an LMS shows the course in
 * a frame that size, 305 px wide beside a desktop browser's 15 px scrollbar. The package's sticky
 * top bar (quick exit, Get help now) then wraps to two lines, 65.6 px tall; the page's scroll
 * padding must follow it, or an element the keyboard reaches sits partly under the bar (WCAG
 * 2.4.11 Focus Not Obscured). At 320 px the bar keeps one line: both widths are checked. The same
 * holds at the foot of the window while the save line shows there (after the visit has ended).
 */
const ZOOMED = [
	{ width: 305, height: 256 },
	{ width: 320, height: 256 },
];

/**
 * Where the focused element of the course frame is against the bar and the save line (its top, or
 * the window's foot while it is hidden), or null if it is in one of them.
 */
async function focusedAgainstBar(course: FrameLocator) {
	return course.locator(':root').evaluate(() => {
		const focused = document.activeElement;
		if (!focused || focused === document.body || focused.closest('.top-bar, .save-line'))
			return null;
		// The focus ring drawn above it counts: it is what shows where the keyboard is. (Below, the
		// browser scrolls a box to the frame's edge, its ring just past it: no bar there.)
		const style = getComputedStyle(focused);
		const ring =
			style.outlineStyle === 'none'
				? 0
				: Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
		const element = focused.getBoundingClientRect();
		const box = { top: element.top - ring, bottom: element.bottom };
		const bar = document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0;
		const line = document.querySelector('.save-line')?.getBoundingClientRect();
		const foot = line && line.height > 0 ? line.top : window.innerHeight;
		const name = `<${focused.localName}> "${focused.textContent.trim().slice(0, 40)}"`;
		return { name, top: box.top, bottom: box.bottom, bar, height: foot };
	});
}

/** Makes the course frame the size of an LMS frame at 400% zoom, and motion reduced. */
async function zoomIn(page: Page, size: { width: number; height: number }): Promise<FrameLocator> {
	await page.locator('iframe[title="Course"]').evaluate((frame: HTMLElement, { width, height }) => {
		frame.style.cssText = `width: ${String(width)}px; height: ${String(height)}px; border: 0`;
	}, size);
	// Smooth scrolling would leave each element still moving when it is measured.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	return page.frameLocator('iframe[title="Course"]');
}

/**
 * Tabs forward then back from the lesson's heading, 60 times each way, and lists each element the
 * keyboard reached that is under the bar or the save line; fails if the keyboard reached too few.
 */
async function obscuredWhileTabbing(page: Page, course: FrameLocator): Promise<string[]> {
	await course.locator('h1:visible').evaluate((h: HTMLElement) => {
		h.focus();
	});
	const obscured: string[] = [];
	let reached = 0;
	for (const key of ['Tab', 'Shift+Tab'])
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press(key);
			const at = await focusedAgainstBar(course);
			if (!at) continue;
			reached++;
			const where = `${key} to ${at.name}: ${at.top.toFixed(1)} to ${at.bottom.toFixed(1)} px, the bar ends at ${at.bar.toFixed(1)} px, the space at ${at.height.toFixed(1)} px`;
			// What fits between them is wholly there; what is taller (a profile card in a frame this
			// small) still shows between them: the browser scrolls no further than to cover the space.
			const fits = at.bottom - at.top <= at.height - at.bar;
			if (fits ? at.top < at.bar - 0.5 || at.bottom > at.height + 0.5 : at.bottom <= at.bar + 0.5)
				obscured.push(where);
		}
	expect(reached, 'the keyboard went through the lesson').toBeGreaterThan(60);
	return obscured;
}

for (const size of ZOOMED)
	test(`in a ${String(size.width)} × ${String(size.height)} LMS frame (400% zoom), no element the keyboard reaches is under the sticky bar, going forward or back`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await launch(page, 'school-ks3-scorm12.zip', 'scorm12', {});
		const course = await zoomIn(page, size);
		expect(await obscuredWhileTabbing(page, course)).toEqual([]);
	});

test('in a 305 × 256 LMS frame (400% zoom), with the save line at its foot, no element the keyboard reaches is under it or the bar', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await launch(page, 'school-ks3-scorm12.zip', 'scorm12', { core: { entry: 'ab-initio' } });
	const course = page.frameLocator('iframe[title="Course"]');
	// The visit ends at Finish; an answer given after it brings the line ("not saved").
	await course.locator('nav.lesson-nav [data-goto="finish"]').click();
	await course.getByRole('button', { name: 'Finish and save' }).click();
	await course.locator('nav.lesson-nav a[data-goto]').first().click();
	await answerAny(course.locator('section[data-activity]:visible').first());
	await expect(course.locator('[data-save-line]')).toBeVisible();
	const zoomed = await zoomIn(page, { width: 305, height: 256 });
	// One line with little padding in a window this short: under a seventh of the frame.
	expect((await course.locator('[data-save-line]').boundingBox())?.height).toBeLessThan(36);
	expect(await obscuredWhileTabbing(page, zoomed)).toEqual([]);

	// Opened, its words stay between the bar and the button (they scroll if they must), and pass axe.
	await zoomed.locator('[data-save-line-toggle]').click();
	const places = await zoomed.locator(':root').evaluate(() => {
		const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
		return {
			bar: box('.top-bar')?.bottom ?? 0,
			words: box('[data-save-line-more]')?.top ?? -1,
			button: box('[data-save-line-toggle]')?.bottom ?? Infinity,
			height: window.innerHeight,
		};
	});
	expect(places.words).toBeGreaterThanOrEqual(places.bar);
	expect(places.button).toBeLessThanOrEqual(places.height + 0.5);
	await expectNoAxeViolations(page, 'the save line opened, at 400% zoom');
});
