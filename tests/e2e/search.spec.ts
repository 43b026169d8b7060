import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

/** Results, as the page shows them. */
const results = (page: Page) => page.locator('.search-result');
const status = (page: Page) => page.getByRole('status');

/** Requests for the index or for JavaScript, from now on. */
function watchLoads(page: Page) {
	const urls: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/search-index') || url.pathname.endsWith('.js'))
			urls.push(url.pathname);
	});
	return urls;
}

test.describe('search', () => {
	test('nothing of the index loads until the learner starts searching', async ({ page }) => {
		const loads = watchLoads(page);
		await page.goto('/');
		await page.goto('/search/');
		await page.waitForLoadState('networkidle');
		expect(loads.filter((url) => url.startsWith('/search-index'))).toEqual([]);
		const scriptsBefore = new Set(loads);
		const index = page.waitForRequest((r) => new URL(r.url()).pathname === '/search-index.json');
		await page.getByLabel('Search lessons, help and teaching notes').focus();
		await index;
		await page.waitForLoadState('networkidle');
		// lunr and the query code come with the index, not with the page.
		expect(
			loads.filter((url) => url.endsWith('.js') && !scriptsBefore.has(url)).length,
		).toBeGreaterThan(0);
	});

	test('a misspelt query finds the right lesson, with the words marked', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto('/search/?q=frend%20requests');
		await expect(status(page)).toHaveText(/^\d+ results? for “frend requests”\.$/);
		const top = results(page).first();
		await expect(top.getByRole('heading', { level: 2 })).toHaveText('Friend requests and privacy');
		await expect(top.getByRole('link')).toHaveAttribute(
			'href',
			/^\/lessons\/friend-requests\/(#|$)/,
		);
		await expect(top).toContainText('Lesson · for Schools (ages 11–18)');
		await expect(top.locator('.search-snippet mark').first()).toHaveText(/^friends?$/i);

		// Typing a new query updates the results without a page load.
		const box = page.getByLabel('Search lessons, help and teaching notes');
		await box.fill('sextorshun');
		await expect(status(page)).toHaveText(/^\d+ results? for “sextorshun”\.$/);
		await expect(
			page.locator('.search-result mark', { hasText: /^sextortion$/i }).first(),
		).toBeVisible();
		// The words stay out of the address (and so out of the history of a shared phone).
		await expect(page).toHaveURL(/\/search\/$/);
		watch.assertClean();
	});

	test('the header search box has a visible label, on a phone too', async ({ page }) => {
		for (const width of [320, 1366]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/about/');
			const label = page.locator('label[for="header-search-q"]');
			await expect(label).toBeVisible();
			await expect(label).toHaveText('Search Second Look');
			const box = await label.boundingBox();
			expect(box?.width ?? 0, `label width at ${width}px`).toBeGreaterThan(40);
			await expect(page.getByLabel('Search Second Look')).toBeVisible();
		}
	});

	test('keyboard only: from the header box on another page to a lesson', async ({ page }) => {
		await page.goto('/about/');
		const header = page.locator('#header-search-q');
		for (
			let i = 0;
			i < 20 && !(await header.evaluate((el) => el === document.activeElement));
			i++
		) {
			await page.keyboard.press('Tab');
		}
		await expect(header).toBeFocused();
		await page.keyboard.type('frend request');
		await page.keyboard.press('Enter');
		await expect(status(page)).toHaveText(/results? for “frend request”/);
		await expect(page).toHaveURL(/\/search\/$/);
		const firstLink = results(page).first().getByRole('link');
		for (
			let i = 0;
			i < 30 && !(await firstLink.evaluate((el) => el === document.activeElement));
			i++
		) {
			await page.keyboard.press('Tab');
		}
		await expect(firstLink).toBeFocused();
		const href = (await firstLink.getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/lessons\/friend-requests\//);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new URL(href, page.url()).href);
		const anchor = href.split('#')[1];
		if (anchor) await expect(page.locator(`#${anchor}`)).toBeInViewport();
	});

	test('an empty result says so kindly and points to Get help now', async ({ page }) => {
		await page.goto('/search/?q=xqzwv');
		await expect(status(page)).toHaveText('No results for “xqzwv”.');
		const empty = page.locator('.search-empty');
		await expect(empty).toContainText('Nothing matched “xqzwv”');
		await expect(empty.getByRole('link', { name: 'Get help now' })).toHaveAttribute(
			'href',
			'/help/',
		);
		await expect(empty.getByRole('link', { name: 'browse all lessons' })).toHaveAttribute(
			'href',
			'/lessons/',
		);
		await expect(results(page)).toHaveCount(0);
	});

	test('the header box is hidden when printing', async ({ page }) => {
		await page.goto('/lessons/fake-profiles/');
		await expect(page.getByRole('search', { name: 'Site search' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('search', { name: 'Site search' })).toBeHidden();
	});

	test('the count is in a polite live region, and clearing the box clears the results', async ({
		page,
	}) => {
		await page.goto('/search/?q=blackmail');
		await expect(status(page)).toHaveText(/^\d+ results for “blackmail”\./);
		await expect(status(page)).toHaveAttribute('role', 'status');
		await page.getByLabel('Search lessons, help and teaching notes').fill('');
		await expect(status(page)).toHaveText('');
		await expect(results(page)).toHaveCount(0);
		await expect(page).toHaveURL(/\/search\/$/);
	});

	test('zero axe violations in every state, light and dark', async ({ page }) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/search/');
			await expectNoAxeViolations(page, `search, empty (${scheme})`);
			await page.goto('/search/?q=sextorshun');
			await expect(results(page).first()).toBeVisible();
			await expectNoAxeViolations(page, `search, results (${scheme})`);
			await page.goto('/search/?q=xqzwv');
			await expect(page.locator('.search-empty')).toBeVisible();
			await expectNoAxeViolations(page, `search, no results (${scheme})`);
		}
	});

	test('snippets are text: markup in the index is shown, never run', async ({ page }) => {
		await page.route('/search-index.json', async (route) => {
			const response = await route.fetch();
			const payload = (await response.json()) as {
				docs: { u: string; t: string; p: string[][] }[];
			};
			const doc = payload.docs.find((d) => d.u === '/lessons/friend-requests/');
			if (!doc) throw new Error('no friend-requests document');
			doc.t = '<img src=x id=injected> Friend requests and privacy';
			for (const part of doc.p) {
				part[0] = (part[0] ?? '').replace(
					/\bfriend requests?\b/i,
					(words) => `<b id="injected-b">${words}</b>`,
				);
			}
			await route.fulfill({ response, json: payload });
		});
		await page.goto('/search/?q=frend%20request');
		await expect(results(page).first()).toContainText('<img src=x id=injected>');
		await expect(results(page).first()).toContainText('<b id="injected-b">');
		await expect(page.locator('#injected, #injected-b')).toHaveCount(0);
	});

	test('every place a result links to exists on its page', async ({ request }) => {
		const payload = (await (await request.get('/search-index.json')).json()) as {
			docs: { u: string; p: ([string] | [string, string])[] }[];
		};
		const pages = new Map<string, string>();
		for (const doc of payload.docs) {
			const [path, docAnchor] = doc.u.split('#');
			if (!path) continue;
			if (!pages.has(path)) {
				const response = await request.get(path);
				expect(response.status(), path).toBe(200);
				pages.set(path, await response.text());
			}
			const html = pages.get(path) ?? '';
			for (const anchor of [docAnchor, ...doc.p.map((p) => p[1])]) {
				if (anchor) expect(html, `${doc.u} → #${anchor}`).toContain(`id="${anchor}"`);
			}
		}
	});

	test('the classic-script index (for file://) holds the same payload as the JSON', async ({
		page,
	}) => {
		await page.goto('/search/');
		const same = await page.evaluate(async () => {
			const json: unknown = await (await fetch('/search-index.json')).json();
			await new Promise((resolve, reject) => {
				const script = document.createElement('script');
				script.src = '/search-index.js';
				script.onload = resolve;
				script.onerror = reject;
				document.head.append(script);
			});
			const fromScript = (window as { secondLookSearchIndex?: unknown }).secondLookSearchIndex;
			return JSON.stringify(fromScript) === JSON.stringify(json);
		});
		expect(same).toBe(true);
	});
});

test('what someone types into search never leaves the browser, and stays out of the address', async ({
	page,
}) => {
	const sent: string[] = [];
	page.on('request', (request) => sent.push(request.url()));
	// Every address the tab goes to is kept in the browser's history, the fragment too (a privacy
	// review read "#q=someone+has+my+video" back from Chromium's History, December 2026).
	const visited: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) visited.push(frame.url());
	});
	await page.goto('/about/');
	await page.locator('#header-search-q').fill('someone has my video');
	await page.locator('#header-search-q').press('Enter');
	await expect(status(page)).toHaveText(/results? for “someone has my video”/);
	await expect(page).toHaveURL(/\/search\/$/);
	// Searching again from the search page's own box, and from the header box on this page.
	const box = page.getByLabel('Search lessons, help and teaching notes');
	await box.fill('they want money');
	await box.press('Enter');
	await expect(status(page)).toHaveText(/results? for “they want money”/);
	await page.locator('#header-search-q').fill('blocked him');
	await page.locator('#header-search-q').press('Enter');
	await expect(status(page)).toHaveText(/results? for “blocked him”/);
	await expect(page).toHaveURL(/\/search\/$/);
	expect(sent.filter((url) => /video|money|blocked/.test(url))).toEqual([]);
	expect(visited.filter((url) => /video|money|blocked/.test(url))).toEqual([]);
	// Read once: a reload shows an empty page, and the quick exit leaves nothing of it behind.
	await page.reload();
	await expect(page.getByLabel('Search lessons, help and teaching notes')).toHaveValue('');
	expect(await page.evaluate(() => document.location.href)).not.toMatch(/video|money|blocked/);
});

test('typing says the count once the typing pauses, not at every key, and a search says it again', async ({
	page,
}) => {
	await page.goto('/search/');
	await page.evaluate(() => {
		const said: string[] = [];
		(window as unknown as { said: string[] }).said = said;
		const region = document.querySelector('[data-search-status]');
		if (region)
			new MutationObserver(() => {
				if (region.textContent) said.push(region.textContent);
			}).observe(region, { childList: true, characterData: true, subtree: true });
	});
	const box = page.getByLabel('Search lessons, help and teaching notes');
	await box.pressSequentially('friend request', { delay: 300 });
	await expect(status(page)).toHaveText(/results? for “friend request”/);
	const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
	expect(await said()).toHaveLength(1);
	await box.press('Enter');
	await expect.poll(said).toHaveLength(2);
	expect((await said())[1]).toMatch(/results? for “friend request”/);
});

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header box still goes to the search page, which says what to do instead', async ({
		page,
	}) => {
		await page.goto('/help/');
		await page.locator('#header-search-q').fill('blackmail');
		await page.locator('#header-search-q').press('Enter');
		// Search cannot run without JavaScript, so the words are not sent for nothing.
		await expect(page).toHaveURL(/\/search\/\??$/);
		const notice = page.locator('[data-search-nojs]');
		await expect(notice).toContainText('Search needs JavaScript');
		await expect(notice.getByRole('link', { name: 'browse all lessons' })).toHaveAttribute(
			'href',
			'/lessons/',
		);
		await expect(notice.getByRole('link', { name: 'Get help now' })).toHaveAttribute(
			'href',
			'/help/',
		);
	});
});

test('the notice for browsers without JavaScript has no axe violations', async ({ page }) => {
	// axe itself needs JavaScript: keep it on, and stop only the search page's own script.
	await page.route(/\/_astro\/search\.[a-z0-9]+\.js$/, (route) => route.abort());
	await page.goto('/search/?q=blackmail');
	await expect(page.locator('[data-search-nojs]')).toBeVisible();
	await expectNoAxeViolations(page, 'search without its script');
});
