import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, expectNoAxeViolations, watchPage } from './helpers.ts';
import {
	FIRST_SCREENS,
	firstScreenProblems,
	PHONES,
	reflowProblems,
	SMALL,
	textSpacingProblems,
} from './layout-checks.ts';

const pages = builtPages();

test('no word runs into the link or code after it (a space lost between two lines of a template)', () => {
	const runTogether = pages.flatMap((path) => {
		const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
		const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
		return [...html.matchAll(/[a-z]<(?:a|code|strong|em|kbd)[\s>][^<]{0,40}/g)].map(
			(m) => `${path}: ${m[0]}`,
		);
	});
	expect(runTogether).toEqual([]);
});

test('the build wrote the pages a user needs', () => {
	expect(pages).toEqual(
		expect.arrayContaining([
			'/',
			'/404.html',
			'/about/',
			'/help/',
			'/lessons/',
			'/lessons/fake-profiles/',
			'/lessons/if-it-happens/',
			'/modules/',
			'/modules/school-ks3/',
			'/privacy/',
			'/search/',
		]),
	);
});

// One load per page, as a desktop visitor arrives (light, 1280 px), then the same page in the dark
// theme on a phone (320 px) without a second load: every script that depends on the screen
// follows a resize (the presenter, client:reach, the H5P frame), and dark mode sets colours only
// (tests/unit/dark-mode.test.ts). A second load per page cost a context, a load, hydration and
// axe's injection again: nearly a tenth of the browser suite's time.
/**
 * What a page's axe runs leave out: the LMS preview's course frame, which holds `/package/<id>/`,
 * a page this sweep checks on its own (light and dark), and preview.spec.ts checks inside the
 * preview as each standard launches and finishes. Checking it again here was a third of the
 * sweep's axe time.
 */
const AXE_SCOPE = { exclude: ['iframe.preview-frame'] };

for (const path of pages) {
	test(`page ${path}: no axe violations in light and dark; reflows at 320 and 390 px; help on the first screen; no other origin, console error or cookie`, async ({
		page,
		baseURL,
		context,
	}) => {
		test.setTimeout(120_000); // two axe runs over the longest pages, on a loaded machine
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(path);
		await expect(page.locator('h1:visible')).toHaveCount(1);
		await expectNoAxeViolations(page, `${path} (light, 1280px)`, AXE_SCOPE);
		// The quick exit is the first thing a keyboard reaches, on every page.
		await page.keyboard.press('Tab');
		await expect(page.locator('.quick-exit')).toBeFocused();
		await page.locator('.quick-exit').blur();

		await page.emulateMedia({ colorScheme: 'dark' });
		await page.setViewportSize(SMALL);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).not.toBe('rgb(253, 252, 250)');
		await expectNoAxeViolations(page, `${path} (dark, 320px)`, AXE_SCOPE);
		await expect(page.locator('.quick-exit')).toBeInViewport();
		for (const size of PHONES) {
			await page.setViewportSize(size);
			expect(await reflowProblems(page), `${path} at ${size.width} px`).toEqual([]);
		}
		// 320 px is also 1280 px at 400 % zoom: a reader's wider text spacing must fit there too.
		await page.setViewportSize(SMALL);
		expect(await textSpacingProblems(page), `${path} at 320 px, text spaced`).toEqual([]);
		for (const size of FIRST_SCREENS) {
			await page.setViewportSize(size);
			expect(
				await firstScreenProblems(page, path === '/'),
				`${path} at ${size.width}×${size.height}`,
			).toEqual([]);
		}
		expect(await context.cookies()).toEqual([]);
		watch.assertClean();
	});
}
