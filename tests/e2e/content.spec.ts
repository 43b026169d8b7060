import { expect, test } from '@playwright/test';

test.describe('a lesson page', () => {
	test('shows support lines before and after the lesson, for its audiences', async ({ page }) => {
		await page.goto('/lessons/if-it-happens/');
		const start = page.locator('[data-support="start"]');
		const end = page.locator('[data-support="end"]');
		await expect(start).toContainText('If you are under 18');
		await expect(start).toContainText('CEOP');
		await expect(start).toContainText('Childline');
		await expect(start).toContainText('Report Remove');
		await expect(start).toContainText('Revenge Porn Helpline');
		await expect(start).toContainText('StopNCII');
		await expect(start).toContainText('Samaritans');
		await expect(end).toContainText('Samaritans');
		// Start box comes before the lesson text, end box after it.
		const order = await page.evaluate(() => {
			const all = [...document.querySelectorAll('[data-support], h2[id$="-sources"], .activity')];
			return all.map((el) => el.getAttribute('data-support') ?? el.tagName.toLowerCase());
		});
		expect(order[0]).toBe('start');
		expect(order.indexOf('end')).toBeGreaterThan(order.lastIndexOf('section'));
	});

	test('every citation links to a listed source', async ({ page }) => {
		await page.goto('/lessons/fake-profiles/');
		const cites = page.locator('sup.cite a');
		expect(await cites.count()).toBeGreaterThan(3);
		for (const href of await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			await expect(page.locator(href ?? '#missing')).toHaveCount(1);
		}
	});

	test('phone numbers are tap-to-call links', async ({ page }) => {
		await page.goto('/help/');
		await expect(page.locator('a[href="tel:08001111"]').first()).toHaveText('0800 1111');
		await expect(page.locator('a[href="tel:116123"]').first()).toHaveText('116 123');
	});
});

test('the help page splits helplines for under-18s, adults and the armed forces', async ({
	page,
}) => {
	await page.goto('/help/');
	for (const name of [
		'If you are under 18',
		'If you are 18 or over',
		'If you serve in the armed forces',
		'Everyone',
	]) {
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
	}
});

test('a module page tells a teacher who it is for, how long it takes and what it covers', async ({
	page,
}) => {
	await page.goto('/modules/school-ks3/');
	await expect(page.locator('.module-facts')).toContainText('ages 11 to 14');
	await expect(page.locator('.module-facts')).toContainText('minutes');
	await expect(page.getByRole('heading', { name: 'Lessons, in order' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Spotting fake profiles' })).toBeVisible();
});

test('a learner can go from the home page to a lesson in two clicks', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'All lessons' }).click();
	await page.getByRole('link', { name: 'If it happens' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('If it happens');
});
