import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, watchPage } from './helpers.ts';
import {
	FIRST_SCREENS,
	firstScreenProblems,
	PHONES,
	reflowProblems,
	SMALL,
} from './layout-checks.ts';

const pages = builtPages();

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

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test('light mode: no axe violations, no other origin, no console error, no cookie', async ({
			page,
			baseURL,
			context,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.goto(path);
			await expect(page.locator('h1:visible')).toHaveCount(1);
			await expectNoAxeViolations(page);
			// The quick exit is the first thing a keyboard reaches, on every page.
			await page.keyboard.press('Tab');
			await expect(page.locator('.quick-exit')).toBeFocused();
			expect(await context.cookies()).toEqual([]);
			watch.assertClean();
		});

		// One load at 320 px for everything a phone needs: the dark theme's axe run, then the reflow
		// and first-screen checks, which dark mode cannot change (it sets colours only:
		// tests/unit/dark-mode.test.ts).
		test('dark mode on a phone: no axe violations; reflows at 320 and 390 px; help on the first screen', async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.setViewportSize(SMALL);
			await page.goto(path);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(background).not.toBe('rgb(253, 252, 250)');
			await expectNoAxeViolations(page, `${path} (dark, 320px)`);
			await expect(page.locator('.quick-exit')).toBeInViewport();
			for (const size of PHONES) {
				await page.setViewportSize(size);
				expect(await reflowProblems(page), `${path} at ${size.width} px`).toEqual([]);
			}
			for (const size of FIRST_SCREENS) {
				await page.setViewportSize(size);
				expect(
					await firstScreenProblems(page, path === '/'),
					`${path} at ${size.width}×${size.height}`,
				).toEqual([]);
			}
			watch.assertClean();
		});
	});
}
