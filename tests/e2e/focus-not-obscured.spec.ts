import { expect, test, type FrameLocator } from '@playwright/test';
import { launch } from './lms-harness.ts';

/**
 * A learner at 400% zoom: a 1280 × 1024 screen is 320 × 256 CSS px, and an LMS shows the course in
 * a frame that size, 305 px wide beside a desktop browser's 15 px scrollbar. The package's sticky
 * top bar (quick exit, Get help now) then wraps to two lines, 65.6 px tall; the page's scroll
 * padding must follow it, or an element the keyboard reaches sits partly under the bar (WCAG
 * 2.4.11 Focus Not Obscured). At 320 px the bar keeps one line: both widths are checked.
 */
const ZOOMED = [
	{ width: 305, height: 256 },
	{ width: 320, height: 256 },
];

/** Where the focused element of the course frame is against the bar, or null if it is in the bar. */
async function focusedAgainstBar(course: FrameLocator) {
	return course.locator(':root').evaluate(() => {
		const focused = document.activeElement;
		if (!focused || focused === document.body || focused.closest('.top-bar')) return null;
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
		const name = `<${focused.localName}> "${focused.textContent.trim().slice(0, 40)}"`;
		return { name, top: box.top, bottom: box.bottom, bar, height: window.innerHeight };
	});
}

for (const size of ZOOMED)
	test(`in a ${String(size.width)} × ${String(size.height)} LMS frame (400% zoom), no element the keyboard reaches is under the sticky bar, going forward or back`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await launch(page, 'school-ks3-scorm12.zip', 'scorm12', {});
		await page
			.locator('iframe[title="Course"]')
			.evaluate((frame: HTMLElement, { width, height }) => {
				frame.style.cssText = `width: ${String(width)}px; height: ${String(height)}px; border: 0`;
			}, size);
		const course = page.frameLocator('iframe[title="Course"]');
		// Smooth scrolling would leave each element still moving when it is measured.
		await page.emulateMedia({ reducedMotion: 'reduce' });
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
				const where = `${key} to ${at.name}: ${at.top.toFixed(1)} to ${at.bottom.toFixed(1)} px, the bar ends at ${at.bar.toFixed(1)} px`;
				// What fits below the bar is wholly there; what is taller (a profile card in a frame this
				// small) still shows below it: the browser scrolls no further than to cover the space.
				const fits = at.bottom - at.top <= at.height - at.bar;
				if (fits ? at.top < at.bar - 0.5 || at.bottom > at.height + 0.5 : at.bottom <= at.bar + 0.5)
					obscured.push(where);
			}
		expect(reached, 'the keyboard went through the lesson').toBeGreaterThan(60);
		expect(obscured).toEqual([]);
	});
