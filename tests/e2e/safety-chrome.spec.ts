import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { answerAny } from './drive-activity.ts';
import { unpack } from './lms-harness.ts';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

/** Stands in for the neutral site (no network here), and records that the browser went there. */
async function fakeNeutralSite(page: Page) {
	await page.route(`${NEUTRAL}**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
	);
}

test.describe('Leave this site', () => {
	test('a click goes to the neutral page and Back does not return to the lesson', async ({
		page,
	}) => {
		await fakeNeutralSite(page);
		await page.goto('/');
		await page.goto('/lessons/fake-profiles/');
		await page.getByRole('link', { name: /Leave this site/ }).click();
		await expect(page).toHaveURL(NEUTRAL);
		await page.goBack();
		await expect(page).toHaveURL('/');
	});

	test("nothing of the visit stays in the tab: reopened from this tab's history, no answer shows", async ({
		page,
	}) => {
		await fakeNeutralSite(page);
		await page.goto('/lessons/fake-profiles/');
		const card = page.locator('section[data-activity="fake-profiles-mutual-friends"]');
		await answerAny(card);
		await expect(card).toHaveAttribute('data-state', 'answered');
		await page.getByRole('link', { name: /Leave this site/ }).click();
		await expect(page).toHaveURL(NEUTRAL);
		// Someone picks up the phone and opens the lesson again in the same tab.
		await page.goto('/lessons/fake-profiles/');
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'open');
		expect(
			await page.evaluate(() =>
				Object.keys(sessionStorage).filter((k) => k.startsWith('second-look:progress')),
			),
		).toEqual([]);
	});

	test("before the page's code has arrived (a slow phone), a click and Esc twice still leave for good", async ({
		page,
	}) => {
		await fakeNeutralSite(page);
		// Hold every script file back, as a slow connection does; the page itself has arrived.
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		await page.route('**/_astro/*.js', async (route) => {
			await held;
			await route.continue();
		});
		for (const leaveBy of ['click', 'Escape'] as const) {
			// 'commit': the page's load (and DOMContentLoaded) waits for the held module scripts.
			await page.goto('/', { waitUntil: 'commit' });
			await page.goto('/lessons/fake-profiles/', { waitUntil: 'commit' });
			const exit = page.getByRole('link', { name: /Leave this site/ });
			await expect(exit).toBeVisible();
			// The full quick exit has not loaded: the early one is all there is, once it has run.
			await expect(page.locator('html')).toHaveAttribute('data-quick-exit-early');
			await expect(exit).not.toHaveAttribute('data-ready');
			if (leaveBy === 'click') await exit.click();
			else {
				await page.keyboard.press('Escape');
				await page.keyboard.press('Escape');
			}
			await expect(page).toHaveURL(NEUTRAL);
			await page.goBack({ waitUntil: 'commit' });
			await expect(page).toHaveURL('/');
		}
		release();
	});

	test('keyboard: Tab reaches it first and Enter leaves', async ({ page }) => {
		await fakeNeutralSite(page);
		await page.goto('/help/');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: /Leave this site/ })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(NEUTRAL);
	});

	test('pressing Escape twice leaves from anywhere on the page, replacing the history entry', async ({
		page,
	}) => {
		await fakeNeutralSite(page);
		await page.goto('/');
		await page.goto('/lessons/if-it-happens/');
		await page.getByRole('heading', { level: 1 }).click();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/if-it-happens/);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(NEUTRAL);
		await page.goBack();
		await expect(page).toHaveURL('/');
	});

	test('it is hidden when printing', async ({ page }) => {
		await page.goto('/lessons/fake-profiles/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.quick-exit')).toBeHidden();
	});
});

test('the skip link is second, shows when focused, and moves focus to the main content', async ({
	page,
}) => {
	await page.goto('/lessons/fake-profiles/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
	expect(inMain).toBe(true);
});

test('every page has the landmarks a screen reader user expects', async ({ page }) => {
	await page.goto('/modules/school-ks3/');
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
});

test('with reduced motion, nothing scrolls smoothly', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto',
	);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'smooth',
	);
});

test('a strict Content-Security-Policy is on every page and allows no inline script', async ({
	page,
}) => {
	await page.goto('/lessons/fake-profiles/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).not.toContain('unsafe-eval');
});

test('an unknown address shows the kind 404 page with a way to help', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be found');
	await expect(page.getByRole('main').getByRole('link', { name: 'Get help now' })).toBeVisible();
});

test('the help line in every footer reads as words, on the site and in every package', async ({
	page,
}) => {
	const launchPages = readdirSync('dist/downloads')
		.filter((zip) => zip.endsWith('.zip'))
		.map((zip) => {
			const files = unpack(zip);
			const launch = files.get('index.html');
			if (!launch) throw new Error(`${zip} has no launch page`);
			return { name: zip, html: new TextDecoder().decode(launch) };
		});
	await page.goto('/lessons/fake-profiles/');
	const pages = [{ name: 'a lesson page', html: await page.content() }, ...launchPages];
	for (const { name, html } of pages) {
		// Read as text only: the scripts of a package page would look for an LMS.
		await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/g, ''));
		const footer = await page.locator('footer .footer-help').innerText();
		const text = footer.replace(/\s+/g, ' ').trim();
		expect(text, name).toContain('Phone: 116 123 (free, 24 hours a day, every day)');
		expect(text, name).toContain('Emergency: 999 (if you are in danger now)');
		// No word glued to the next: "999.All helplines", "123(free" (web addresses keep their dots).
		expect(text, name).not.toMatch(/[.)][A-Z]|[0-9a-z]\(/);
	}
});
