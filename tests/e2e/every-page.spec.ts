import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, watchPage } from './helpers.ts';

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

		test('dark mode on a phone: no axe violations and nothing wider than the screen', async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(background).not.toBe('rgb(253, 252, 250)');
			await expectNoAxeViolations(page, `${path} (dark, 320px)`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, 'horizontal scrolling at 320px').toBeLessThanOrEqual(0);
			await expect(page.locator('.quick-exit')).toBeInViewport();
			watch.assertClean();
		});
	});
}
