import { expect, type Frame, type Page } from '@playwright/test';
import axe from 'axe-core';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The WCAG 2.2 AA rule sets every page and package is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page the build wrote, as site paths (`/`, `/lessons/fake-profiles/`, `/404.html`). */
export function builtPages(dist = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_astro' && entry.name !== 'downloads') walk(path);
			} else if (entry.name.endsWith('.html')) {
				const rel = relative(dist, path).split(sep).join('/');
				pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`);
			}
		}
	};
	walk(dist);
	return pages.sort();
}

/**
 * Watches a page for what must never happen: a request to another origin, a console error or an
 * uncaught exception. Call `assertClean()` at the end of the test.
 */
export function watchPage(
	page: Page,
	origin: string,
	/**
	 * Failed responses the page expects (an xAPI 404 for a state document not written yet). With it,
	 * every other failed response is an error, and Chrome's "Failed to load resource" console lines
	 * are judged by those responses instead.
	 */
	expectedFailure?: (url: URL, status: number) => boolean,
) {
	const offOrigin: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			offOrigin.push(url);
		// Astro's island fetches its code again after a failed import (a URL it could not resolve):
		// a second late, and a second copy of every module that file holds.
		if (url.includes('astro-retry=')) errors.push(`island code fetched twice: ${url}`);
	});
	if (expectedFailure)
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (response.status() >= 400 && !expectedFailure(url, response.status()))
				errors.push(`${response.status()} ${url.pathname}`);
		});
	page.on('console', (message) => {
		const judgedByResponse =
			expectedFailure !== undefined && message.text().startsWith('Failed to load resource');
		if (message.type() === 'error' && !judgedByResponse) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return {
		assertClean() {
			expect(offOrigin, 'requests to other origins').toEqual([]);
			expect(errors, 'console errors and failed requests').toEqual([]);
		},
	};
}

/**
 * Waits (up to 2 s) until no CSS animation or transition is running in the page or its frames: a
 * slide fading in is checked by axe at its real colours, not half-way.
 */
export async function settleAnimations(page: Page): Promise<void> {
	for (const frame of page.frames())
		await frame
			.waitForFunction(
				() => document.getAnimations().every((a) => a.playState !== 'running'),
				undefined,
				{ timeout: 2_000 },
			)
			.catch(() => undefined); // an endless animation, or a frame that went away: check as is
}

/** What an axe check covers: the whole page by default, or only some parts of it. */
export interface AxeScope {
	/** CSS selectors of the parts to check (all of the page when left out). */
	include?: string[];
	/** CSS selectors of parts (a frame among them) checked elsewhere, left out here. */
	exclude?: string[];
	/** axe's `preload` (of stylesheets); a page opened from a file turns it off. */
	preload?: boolean;
}

/**
 * The scope for checking a state one activity reached (answered, mid-story, marked): its own card.
 * Whole pages are checked in the states the page-level tests make (every-page.spec.ts as each page
 * loads; each lesson with its activities unanswered, skipped and answered in the activity specs); a
 * whole-page run per activity state took seconds each on a lesson page.
 */
export const activityScope = (id: string): AxeScope => ({
	include: [`section[data-activity="${id}"]`],
});

/** The axe API as the pages see it once injected. */
type InPage = Window & { axe?: typeof axe };

/** Puts axe into a frame, unless it is there already (from an earlier check of the same page). */
async function injectAxe(frame: Frame): Promise<void> {
	if (!(await frame.evaluate(() => typeof (window as InPage).axe?.runPartial === 'function')))
		await frame.evaluate(axe.source);
}

/**
 * axe's partial results for a frame and the frames inside it, in the order `finishRun` expects
 * (a frame that cannot be checked gives `null`, as in @axe-core/playwright).
 */
async function partialResults(
	frame: Frame,
	context: axe.SerialContextObject | axe.FrameContextObject,
	options: axe.RunOptions,
	top: boolean,
): Promise<axe.PartialResults> {
	try {
		await injectAxe(frame);
		const frames = await frame.evaluate(
			(c) => (window as InPage).axe?.utils.getFrameContexts(c) ?? [],
			context,
		);
		const own = frame.evaluate(([c, o]) => (window as InPage).axe?.runPartial(c, o) ?? null, [
			context,
			options,
		] as const);
		own.catch(() => undefined); // awaited below, after the frames inside: never "unhandled"
		const children: axe.PartialResults = [];
		for (const { frameSelector, frameContext } of frames) {
			const element = await frame.evaluateHandle(
				(s) => (window as InPage).axe?.utils.shadowSelect(s) ?? null,
				frameSelector,
			);
			const child = await element.asElement()?.contentFrame();
			children.push(
				...(child ? await partialResults(child, frameContext, options, false) : [null]),
			);
		}
		return [await own, ...children];
	} catch (error) {
		if (top) throw error;
		return [null];
	}
}

/**
 * The WCAG 2.2 AA violations axe finds in the page and its frames. The same rules and the same
 * frame-by-frame run as @axe-core/playwright's `analyze()`, about twice as fast (axe was nearly
 * half of the browser suite's time): a page without frames is checked by one `axe.run` that serialises only
 * the violations' nodes, not the thousands of passes; with frames, the frames' partial results are
 * put together in the page itself rather than in a new tab with axe injected again.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<axe.Result[]> {
	const context: axe.SerialContextObject = {
		include: scope.include ?? [],
		exclude: scope.exclude ?? [],
	};
	const options: axe.RunOptions = {
		runOnly: { type: 'tag', values: WCAG_TAGS },
		resultTypes: ['violations'],
		...(scope.preload === undefined ? {} : { preload: scope.preload }),
	};
	if (page.frames().length === 1) {
		await injectAxe(page.mainFrame());
		const results = await page.evaluate(([c, o]) => (window as InPage).axe?.run(c, o), [
			context,
			options,
		] as const);
		if (!results) throw new Error('axe did not run');
		return results.violations;
	}
	const partials = await partialResults(page.mainFrame(), context, options, true);
	const results = await page.evaluate(([p, o]) => (window as InPage).axe?.finishRun(p, o), [
		partials,
		options,
	] as const);
	if (!results) throw new Error('axe did not finish');
	return results.violations;
}

/**
 * Animations finished, and the page and each frame scrolled to the top, as a learner arriving sees
 * it: axe counts a link scrolled up under the sticky top bar (quick exit, Get help now) as an
 * obscured target. Instant, and until it stays there: the site scrolls smoothly when motion is
 * allowed, and a card may still bring its newest message into view; axe must not run mid-way.
 */
export async function settleAtTop(page: Page): Promise<void> {
	await settleAnimations(page);
	for (const frame of page.frames())
		await frame
			.evaluate(async () => {
				const frameDone = () => new Promise((resolve) => requestAnimationFrame(resolve));
				for (let still = 0, i = 0; still < 3 && i < 60; i++) {
					still = window.scrollY === 0 ? still + 1 : 0;
					window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
					await frameDone();
				}
			})
			.catch(() => undefined); // a frame that went away meanwhile has nothing to check
}

/**
 * Runs axe over the page (WCAG 2.2 AA) as a learner arriving sees it, and fails with a readable
 * list of violations.
 */
export async function expectNoAxeViolations(
	page: Page,
	label = page.url(),
	scope: AxeScope = {},
): Promise<void> {
	await settleAtTop(page);
	const violations = await axeViolations(page, scope);
	const summary = violations.map(
		(v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * Ticks the site's "Remember my progress on this device" by keyboard, as a learner would: Tab from
 * the "Your progress" heading, then Space; checks the box took focus, is ticked and says so.
 */
export async function rememberByKeyboard(page: Page): Promise<void> {
	const remember = page.getByRole('checkbox', { name: 'Remember my progress on this device' });
	// Its island hydrates when the browser is idle; a Tab before that can land on the server's box,
	// which hydration then takes focus from (seen on a loaded CI machine). Astro drops `ssr` once done.
	await expect(page.locator('astro-island:has(.progress-controls)')).not.toHaveAttribute(
		'ssr',
		'',
		{
			timeout: 15_000,
		},
	);
	// The box stays disabled (so not a Tab stop) until the tracker's code, loaded by the island's
	// first effect, has arrived: on a loaded machine that is after hydration.
	await expect(remember).toBeEnabled({ timeout: 15_000 });
	await page
		.getByRole('heading', { name: 'Your progress', exact: true })
		.evaluate((el: HTMLElement) => {
			el.tabIndex = -1;
			el.focus();
		});
	await page.keyboard.press('Tab');
	await expect(remember).toBeFocused();
	await page.keyboard.press('Space');
	await expect(remember).toBeChecked();
	await expect(page.locator('.progress-controls [role="status"]')).toHaveText(
		'Your progress will be remembered on this device.',
	);
}

/**
 * Makes reading either storage throw, as Chromium does when a learner blocks site data, or in a
 * cross-site frame with third-party cookies blocked. Before the page's first script.
 */
export async function blockStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage'])
			Object.defineProperty(window, name, {
				configurable: true,
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			});
	});
}

/** One thing a screen reader would announce from a live region: its new text, and where it is. */
export interface LiveSaid {
	text: string;
	/** The activity card holding the region (`data-activity`), or `''`. */
	activity: string;
}

/**
 * Installed before a page's own scripts (`page.addInitScript(recordLiveRegions)`, which covers its
 * frames too): logs every text a live region (`aria-live`, `role=status`, `alert` or `log`) changes
 * to, as a screen reader announces it; read with {@link liveSaid}. A region that arrives already
 * holding its text is not logged, as screen readers do not announce it either.
 */
export function recordLiveRegions(): void {
	const said: LiveSaid[] = [];
	Object.assign(window, { __liveSaid: said });
	const seen = new Map<Element, string>();
	const check = () => {
		for (const region of document.querySelectorAll(
			'[aria-live], [role="status"], [role="alert"], [role="log"]',
		)) {
			if (region.getAttribute('aria-live') === 'off') continue;
			const text = region.textContent.trim().replace(/\s+/g, ' ');
			const before = seen.get(region);
			seen.set(region, text);
			if (before !== undefined && before !== text && text !== '')
				said.push({
					text,
					activity: region.closest('[data-activity]')?.getAttribute('data-activity') ?? '',
				});
		}
	};
	const start = () => {
		check();
		new MutationObserver(() => {
			queueMicrotask(check);
		}).observe(document.documentElement, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
		});
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
}

/** What live regions announced in the page (or frame) so far, as {@link recordLiveRegions} saw it. */
export const liveSaid = (where: Page | Frame): Promise<LiveSaid[]> =>
	where.evaluate(() => (window as unknown as { __liveSaid: LiveSaid[] }).__liveSaid);
