/**
 * Keyboard and screen-reader learners (issue #15): a learner who tabs from the top of a lesson
 * reaches every activity's controls, working, in order, whether or not its island has hydrated, on
 * the site and in the offline package's launch page (the one launch page of every package, with the
 * offline zip's own island code); one activity is a handful of Tab presses from the next; every
 * source stays one step away, and is announced, though no inline [n] is a Tab stop.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerAllByKeyboard, reached, recordReached } from './keyboard-drive.ts';
import { expectLive } from './drive-activity.ts';
import { axeViolations, watchPage } from './helpers.ts';

// Learners who ask for less motion: jumps to a source are instant (and the tests need not wait).
test.use({ reducedMotion: 'reduce' });

/**
 * Most Tab presses from one activity's answer to the next activity's first control: the feedback's
 * "Sources for this answer", Try again, Continue, the part's "Sources for this part", and a link in
 * the prose between.
 */
const MAX_TABS_BETWEEN = 6;

/** The activities the page shows (a package shows one lesson), in page order. */
const shownActivities = (page: Page) =>
	page
		.locator('section[data-activity]')
		.evaluateAll((sections) =>
			sections
				.filter((s) => (s as HTMLElement).offsetParent !== null)
				.map((s) => s.getAttribute('data-activity') ?? ''),
		);

/** axe (WCAG 2.2 AA) on the activities and the sources controls only: the whole page is slow. */
async function expectAccessibleParts(page: Page, label: string, preload = true) {
	const violations = await axeViolations(page, {
		preload,
		include: ['section[data-activity]', '.section-sources'],
	});
	const summary = violations.map(
		(v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Tabs from the top, answers everything, and checks what the learner got. */
async function tabThroughLesson(page: Page, label: string) {
	const expected = await shownActivities(page);
	expect(expected.length, `${label} has activities`).toBeGreaterThan(1);
	const run = await answerAllByKeyboard(page, expected.length);
	// Every activity, in page order: none skipped by Tab, none left unusable.
	expect(run.answered, `${label}: activities answered by keyboard`).toEqual(expected);
	for (const id of expected) {
		const section = page.locator(`section[data-activity="${id}"]`);
		await expect(section).toHaveAttribute('data-state', 'answered');
		await expect(section.locator('.activity-status')).toHaveText(/Answer checked|Thank you/);
	}
	expect(run.tabsBetween).toHaveLength(expected.length - 1);
	for (const step of run.tabsBetween)
		expect(step.tabs, `${label}: Tab presses ${step.from} → ${step.to}`).toBeLessThanOrEqual(
			MAX_TABS_BETWEEN,
		);
	// Focus reached islands that had not hydrated yet (below the screen), and hydration kept it.
	const early = (await reached(page)).filter((r) => r.beforeHydration);
	expect(early.length, `${label}: activities reached before hydration`).toBeGreaterThan(0);
	for (const r of early) expect(r.keptFocus, `${r.id}: focus kept through hydration`).toBe(true);
}

test.describe('keyboard only, from the top of the page', () => {
	for (const lesson of ['helping-a-friend', 'fake-profiles']) {
		test(`${lesson}: every activity answered in order, a few Tabs apart`, async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.addInitScript(recordReached);
			await page.goto(`/lessons/${lesson}/`);
			await tabThroughLesson(page, lesson);
			if (lesson === 'helping-a-friend') {
				await page
					.locator('details.section-sources')
					.first()
					.evaluate((d) => {
						(d as HTMLDetailsElement).open = true;
					});
				await expectAccessibleParts(page, lesson);
			}
			watch.assertClean();
		});
	}

	test('the offline package launch page: the first lesson, by keyboard', async ({ page }) => {
		const dir = mkdtempSync(join(tmpdir(), 'second-look-keys-'));
		try {
			const zip = unzipSync(new Uint8Array(readFileSync('dist/downloads/school-ks3-offline.zip')));
			for (const [path, bytes] of Object.entries(zip)) {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), bytes);
			}
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			await page.addInitScript(recordReached);
			await page.goto(pathToFileURL(join(dir, 'index.html')).href);
			await expect(page.locator('html')).toHaveAttribute('data-standard', 'offline');
			await tabThroughLesson(page, 'school-ks3 offline');
			await expectAccessibleParts(page, 'school-ks3 offline', false);
			expect(errors).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

test('citations: no [n] is a Tab stop, each is announced, and every source is one control away', async ({
	page,
}) => {
	await page.goto('/lessons/helping-a-friend/');
	const cites = await page.locator('sup.cite a').evaluateAll((links) =>
		links.map((a) => ({
			tabIndex: (a as HTMLAnchorElement).tabIndex,
			label: a.getAttribute('aria-label') ?? '',
			text: a.textContent,
			target: document.getElementById((a.getAttribute('href') ?? '#').slice(1))?.textContent ?? '',
		})),
	);
	expect(cites.length).toBeGreaterThan(20);
	for (const c of cites) {
		expect(c.tabIndex, c.label).toBe(-1);
		// A screen reader hears which source backs the claim, and the link lands on it in the list.
		const [, number = '', publisher = ''] = /^Source (\d+): ([^,]+),/.exec(c.label) ?? [];
		expect(c.text).toBe(`[${number}]`);
		expect(c.target).toContain(publisher);
	}
	// Every source cited on the page is in a part's "Sources" control.
	const inParts = await page
		.locator('details.section-sources > summary')
		.allTextContents()
		.then((texts) => new Set(texts.flatMap((t) => t.replace(/^[^:]*:/, '').match(/\d+/g) ?? [])));
	expect([...inParts].sort()).toEqual(
		[...new Set(cites.map((c) => c.text.replace(/\D/g, '')))].sort(),
	);

	// By keyboard from the top: the first part's sources are a Tab stop; open, each is one more.
	const summary = page.locator('details.section-sources > summary').first();
	for (let i = 0; i < 40 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(summary).toBeFocused();
	await expect(summary).toHaveText(/^Sources? for this part: \d/);
	await page.keyboard.press('Enter');
	await expect(summary.locator('..')).toHaveAttribute('open', '');
	await page.keyboard.press('Tab');
	const link = summary.locator('..').getByRole('link').first();
	await expect(link).toBeFocused();
	await expect(link).toHaveAccessibleName(/^Source \d+: \S/);
	await expect(link).toHaveAccessibleDescription(/\(checked \d{4}/);
	const href = (await link.getAttribute('href')) ?? '';
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.locator(href)).toBeInViewport();
});

test('a key pressed before the activity code has arrived is kept, and focus stays put', async ({
	page,
}) => {
	// Hold back the island's code, as a slow connection would.
	let release = () => {};
	const arrived = new Promise<void>((resolve) => {
		release = resolve;
	});
	await page.route('**/_astro/activity-island.*.js', async (route) => {
		await arrived;
		await route.continue();
	});
	await page.goto('/lessons/fake-profiles/');
	const section = page.locator('section[data-type="single-choice"]').first();
	await expect(section).toHaveAttribute('data-state', 'loading');
	// Keyboard only: from the prompt (where a reader's cursor would be), Tab to the first choice.
	await section.locator('.activity-prompt').evaluate((el: HTMLElement) => {
		el.tabIndex = -1;
		el.focus();
	});
	await page.keyboard.press('Tab');
	const first = section.getByRole('radio').first();
	await expect(first).toBeFocused();
	await page.keyboard.press('Space');
	await expect(first).not.toBeChecked(); // held, not half done: the code is not there yet
	release();
	await expect(section).toHaveAttribute('data-state', 'open');
	await expect(first).toBeChecked();
	await expect(first).toBeFocused();
	await page.keyboard.press('Tab');
	// The lesson's first single choice is a baseline question: saved, not checked.
	const check = section.getByRole('button', { name: 'Save my answer', exact: true });
	await expect(check).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(section).toHaveAttribute('data-state', 'answered');
});

/**
 * "Continue" under an answered or skipped activity, pressed by keyboard: focus leaves the card for
 * the first thing a reader meets after it (the next card, a heading, the part's sources), with
 * nothing shown skipped in between, and that place is scrolled into view below the sticky bar.
 */
test.describe('Continue moves on to what comes next in the lesson', () => {
	/** Presses Tab until the card's button named `name` has focus, then presses Enter. */
	async function pressByKeyboard(page: Page, card: Locator, name: RegExp) {
		const button = card.getByRole('button', { name });
		for (let i = 0; i < 40 && !(await button.evaluate((b) => b === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
	}

	/** Answers the card by keyboard (first choice) or skips it, then presses Continue. */
	async function continueFrom(page: Page, id: string, how: 'answer' | 'skip') {
		const card = page.locator(`section[data-activity="${id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expectLive(card);
		await card.locator('.activity-prompt').evaluate((el: HTMLElement) => {
			el.tabIndex = -1;
			el.focus();
		});
		if (how === 'answer') {
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await pressByKeyboard(page, card, /^(Check|Save) my answer$/);
		} else await pressByKeyboard(page, card, /^Skip this one$/);
		await expect(card).toHaveAttribute('data-state', how === 'answer' ? 'answered' : 'skipped');
		await pressByKeyboard(page, card, /^Continue$/);
		const landed = await card.evaluate((el) => {
			const focused = document.activeElement ?? document.body;
			// Text a reader would meet between the card and where focus landed.
			const range = document.createRange();
			range.setStartAfter(el);
			range.setEndBefore(focused);
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			let between = '';
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const parent = n.parentElement;
				if (!range.intersectsNode(n) || !parent || parent.closest('noscript, script, style'))
					continue;
				if (parent.checkVisibility()) between += n.textContent ?? '';
			}
			const box = focused.getBoundingClientRect();
			return {
				inCard: el.contains(focused),
				after: Boolean(el.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING),
				text: focused.textContent.trim(),
				between: between.trim(),
				top: box.top,
				barBottom: document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0,
				height: window.innerHeight,
			};
		});
		expect(landed.inCard, `${id}: focus left the card`).toBe(false);
		expect(landed.after, `${id}: focus moved on, below the card`).toBe(true);
		expect(landed.text, `${id}: focus is on content`).not.toBe('');
		expect(landed.between, `${id}: nothing shown was passed over`).toBe('');
		expect(landed.top, `${id}: in view, clear of the bar`).toBeGreaterThanOrEqual(landed.barBottom);
		expect(landed.top, `${id}: in view`).toBeLessThan(landed.height);
	}

	test('on a lesson page: to the next card, out of a part for one audience, and after the last activity', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto('/lessons/if-it-happens/');
		// Followed by the next activity's card.
		await continueFrom(page, 'if-it-happens-already-paid', 'answer');
		// The last thing in a part written for one audience: on to what follows that part.
		await continueFrom(page, 'if-it-happens-webcam-email', 'skip');
		// The lesson's last activity: on to its summary.
		await continueFrom(page, 'endpoint-forces-who-to-tell', 'answer');
		watch.assertClean();
	});

	test("in a package: into the story that follows, and after the lesson's last activity", async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto('/package/school-ks3/');
		// Followed by the module's audience's story (a part whose other versions are left out).
		await continueFrom(page, 'baseline-who-to-tell', 'answer');
		await continueFrom(page, 'fake-profiles-confidence-after', 'skip');
		watch.assertClean();
	});
});

test('moving by landmark: a lesson lists its own parts and the help, not one region per activity', async ({
	page,
}) => {
	await page.goto('/lessons/if-it-happens/');
	const cards = page.locator('section[data-activity]');
	expect(await cards.count()).toBeGreaterThan(10);
	const regions = page.getByRole('region');
	// What a screen reader's landmark list offers, in page order.
	const names = await regions.evaluateAll((els) =>
		els.map((el) => {
			const by = el.getAttribute('aria-labelledby');
			return by ? (document.getElementById(by)?.textContent.trim() ?? '') : '';
		}),
	);
	expect(names).toEqual([
		'If this is happening to you',
		'In this lesson you will',
		'Remember',
		'Your progress',
		'Where to get help',
		'Sources',
		'Need to talk now?',
	]);
	// Each activity is still found by its prompt, a heading, and its choices are named by it.
	const card = page.locator('section[data-activity="if-it-happens-already-paid"]');
	const prompt = (await card.locator('.activity-prompt').textContent()) ?? '';
	await expect(card.getByRole('heading', { level: 3, name: prompt })).toBeVisible();
	await expect(card.getByRole('group', { name: prompt })).toBeVisible();
});
