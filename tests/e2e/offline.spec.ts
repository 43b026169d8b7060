/**
 * The offline web package, as a teacher would use it: the real zip from `dist/downloads`, unzipped
 * into a folder, `index.html` opened from `file://` in Chromium (no server), a whole module worked
 * through, progress kept on the device only as the learner chose, and nothing fetched from anywhere
 * but the folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { CODEC_VERSION } from '../../src/lib/engine/codec.ts';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { site } from '../../src/lib/site.ts';
import type { SearchSource } from '../../src/lib/search/types.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { encodeState } from '../../src/lib/engine/codec.ts';
import { emptyState, recordAnswer, recordVisit } from '../../src/lib/engine/state.ts';
import type { Activity } from '../../src/schemas/activity.ts';
import { answerAny } from './drive-activity.ts';
import { packageFileName } from '../../exports/formats.ts';
import {
	expectNoAxeViolationsFromFile as expectNoAxeViolations,
	unzipDownload,
	watchOffline,
} from './offline-folder.ts';
import { reportedActivities } from './lms-harness.ts';
import { blockStorage } from './helpers.ts';

/** Each offline module keeps its own progress (every file:// page shares one origin). */
const progressKey = (moduleId: string) => `second-look:progress:v1:${moduleId}`;
const modules = readdirSync('modules').map((f) => f.replace(/\.ya?ml$/, ''));
const REMEMBER = 'Remember my progress on this device';

/** Unzips a module's built offline zip into a new temporary folder; returns the folder. */
const unzipOffline = (moduleId: string) => unzipDownload(packageFileName(moduleId, 'offline'));

async function packageData(page: Page): Promise<PackageData> {
	return JSON.parse((await page.locator('#package-data').textContent()) ?? '{}') as PackageData;
}

test.describe('offline zip contents', () => {
	for (const id of modules) {
		test(`${id}-offline.zip: the learner's course only, within 150 KB, classic scripts, a strict CSP`, () => {
			const zip = readFileSync(join('dist/downloads', packageFileName(id, 'offline')));
			expect(zip.byteLength).toBeLessThanOrEqual(150 * 1024); // issue #16's goal
			const entries = unzipSync(new Uint8Array(zip));
			const names = Object.keys(entries);
			// The course, its help and its search: no teacher page (pack, presenter mode, handout,
			// class report, letter), no slides, no PDF; those are in the teacher's kit.
			expect(names.filter((n) => !n.startsWith('_astro/')).sort()).toEqual([
				'favicon.svg',
				'help.html',
				'index.html',
				'read-me.txt',
				'search-index.js',
				'search.html',
			]);
			const decode = (name: string) => new TextDecoder().decode(entries[name]);
			for (const name of names.filter((n) => n.endsWith('.html'))) {
				const html = decode(name);
				expect(html, name).not.toMatch(/type="module"/);
				expect(html, name).not.toMatch(/(?:src|href|action)="\/(?!\/)/); // nothing root-relative
				const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
				expect(csp, `${name} carries a CSP`).toContain("script-src 'self'");
				expect(csp).toContain("connect-src 'self'");
				expect(csp).not.toContain('unsafe-inline');
				expect(csp).not.toContain('unsafe-eval');
			}
			expect(decode('index.html')).toContain('<html data-standard="offline"');
			// The search index covers this folder only: every result names a file here and one place in it.
			const index = decode('search-index.js');
			const payload = JSON.parse(
				index.replace(/^self\.secondLookSearchIndex=/, '').replace(/;\s*$/, ''),
			) as SearchSource;
			// Documents only: the search page indexes them when it opens (a smaller zip).
			expect(payload.v).toBe(2);
			for (const doc of payload.docs) {
				const [file = '', own] = doc.url.split('#');
				expect(names, doc.url).toContain(file);
				for (const place of [own, ...doc.parts.map((p) => p.anchor)])
					if (place)
						expect(
							decode(file).split(` id="${place}"`).length - 1,
							`${file}#${place} names one element`,
						).toBe(1);
			}
			// Looked for in the code, not in its string literals: the search index's words include
			// "import" (the stem of "important"), and `import "x"` still shows as `import ""`.
			const code = (name: string) => decode(name).replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
			for (const name of names.filter((n) => n.endsWith('.js')))
				expect(code(name), `${name} imports nothing at run time`).not.toMatch(
					/\bimport\s*\(|^\s*import\b|\bimport\s*["'{*]/m,
				);
		});
	}
});

test.describe('offline package opened from file://', () => {
	const folders = new Map<string, string>();
	test.afterAll(() => {
		for (const dir of folders.values()) rmSync(dir, { recursive: true, force: true });
	});
	const open = (id: string) => {
		// A worker may run afterAll (which deletes the folders) and then more tests of this block.
		const known = folders.get(id);
		const dir = known && existsSync(known) ? known : unzipOffline(id);
		folders.set(id, dir);
		return pathToFileURL(join(dir, 'index.html')).href;
	};

	test('a learner works through a whole module; the page says progress stays on the device', async ({
		page,
	}) => {
		test.setTimeout(240_000);
		const watch = watchOffline(page);
		await page.goto(open('school-ks3'));
		await expect(page.locator('[data-notice]')).toContainText(
			'Your answers stay in this browser on this device',
		);
		// The first screen says nothing leaves the device, and nothing about a learning platform.
		const told = page.locator('[data-recorded-for]:visible');
		await expect(told).toHaveCount(1);
		await expect(told).toHaveAttribute('data-recorded-for', 'offline');
		await expect(told).toContainText('Nothing you do here is sent anywhere');
		await expectNoAxeViolations(page, 'offline launch page');
		const data = await packageData(page);
		// Completion leaves out a `browser` module's confidence ratings (in every format).
		const activities = reportedActivities(data);
		for (const lesson of data.lessons) {
			await page.locator(`nav.lesson-nav [data-goto="${lesson.id}"]`).click();
			const section = page.locator(`[data-lesson="${lesson.id}"]`);
			await expect(section).toBeVisible();
			for (const activity of lesson.activities)
				await answerAny(section.locator(`section[data-activity="${activity.id}"]`));
		}
		await expectNoAxeViolations(page, 'offline page, every activity answered');
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await expect(page.locator('[data-summary]')).toContainText(
			`${activities.length} of ${activities.length} activities done`,
		);
		await page.getByRole('button', { name: 'Finish and save' }).click();
		await expect(page.locator('[data-finished]')).toContainText(
			'Your answers stay in this browser until you close it',
		);
		await expect(page.getByRole('checkbox', { name: REMEMBER })).toBeVisible();
		await expectNoAxeViolations(page, 'offline page, finished');
		// Nothing in localStorage until the learner asks for it.
		expect(await page.evaluate(() => localStorage.length)).toBe(0);

		await page.reload();
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await expect(page.locator('[data-summary]')).toContainText(
			`${activities.length} of ${activities.length} activities done`,
		);
		const last = activities.at(-1);
		if (!last) throw new Error('module needs activities');
		const lastLesson = data.lessons.find((l) => l.activities.includes(last))?.id ?? '';
		await page.locator(`nav.lesson-nav [data-goto="${lastLesson}"]`).click();
		const card = page.locator(`section[data-activity="${last.id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'answered');
		watch.assertClean();
	});

	test('progress follows the opt-in rule: tab only by default, kept with Remember, gone after Forget', async ({
		page,
		context,
	}) => {
		const url = open('adult-self-paced');
		const watch = watchOffline(page);
		await page.goto(url);
		const data = await packageData(page);
		const first = data.lessons[0]?.activities[0];
		if (!first) throw new Error('module needs an activity');
		const card = (p: Page) => p.locator(`section[data-activity="${first.id}"]`);
		await answerAny(card(page));

		// A new tab (a new window of the same browser) starts fresh: sessionStorage is per tab.
		const tab = await context.newPage();
		const tabWatch = watchOffline(tab);
		await tab.goto(url);
		await card(tab).scrollIntoViewIfNeeded();
		await expect(card(tab).getByRole('button', { name: 'Skip this one' })).toBeEnabled();
		await expect(card(tab)).toHaveAttribute('data-state', 'open');
		await tab.close();

		// Remember (by keyboard, from the Finish section): the answer moves to the device.
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		const remember = page.getByRole('checkbox', { name: REMEMBER });
		await expect(remember).toBeEnabled();
		await remember.focus();
		await page.keyboard.press('Space');
		await expect(remember).toBeChecked();
		expect(
			await page.evaluate((key) => localStorage.getItem(key), progressKey('adult-self-paced')),
		).toMatch(new RegExp(`^${CODEC_VERSION}\\|`)); // the compact codec of this version

		const again = await context.newPage();
		const againWatch = watchOffline(again);
		await again.goto(url);
		// The notice says what is true now: remembered, not "tick Remember to keep them".
		await expect(again.locator('[data-notice]')).toContainText(
			'it remembers them after you close this window',
		);
		await expect(again.locator('[data-notice]')).not.toContainText('tick "Remember');
		await card(again).scrollIntoViewIfNeeded();
		await expect(card(again)).toHaveAttribute('data-state', 'answered');

		// Forget: everything goes, the page reloads fresh.
		await again.locator('nav.lesson-nav [data-goto="finish"]').click();
		await Promise.all([
			again.waitForEvent('load'),
			again.getByRole('button', { name: 'Forget my progress' }).click(),
		]);
		await card(again).scrollIntoViewIfNeeded();
		await expect(card(again).getByRole('button', { name: 'Skip this one' })).toBeEnabled();
		await expect(card(again)).toHaveAttribute('data-state', 'open');
		expect(
			await again.evaluate((key) => localStorage.getItem(key), progressKey('adult-self-paced')),
		).toBeNull();
		watch.assertClean();
		tabWatch.assertClean();
		againWatch.assertClean();
	});

	test('two offline modules sharing a lesson keep separate answers; Forget in one keeps the other', async ({
		page,
		context,
	}) => {
		// School KS3 and KS4 both teach "Fake profiles", for the same audience: the same activities.
		const ks3 = open('school-ks3');
		const ks4 = open('school-ks4');
		const watch = watchOffline(page);
		await page.goto(ks3);
		const shared = (await packageData(page)).lessons.find((l) => l.id === 'fake-profiles');
		const activity = shared?.activities[0];
		if (!activity) throw new Error('fake-profiles needs an activity');
		const card = (p: Page) => p.locator(`section[data-activity="${activity.id}"]`);
		await page.locator('nav.lesson-nav [data-goto="fake-profiles"]').click();
		await answerAny(card(page));
		await expect(card(page)).toHaveAttribute('data-state', 'answered');

		// The other module, in the same tab (same sessionStorage, same file:// origin): nothing there.
		await page.goto(ks4);
		await page.locator('nav.lesson-nav [data-goto="fake-profiles"]').click();
		await card(page).scrollIntoViewIfNeeded();
		await expect(card(page).getByRole('button', { name: 'Skip this one' })).toBeEnabled();
		await expect(card(page)).toHaveAttribute('data-state', 'open');
		await card(page).getByRole('button', { name: 'Skip this one' }).click();
		await expect(card(page)).toHaveAttribute('data-state', 'skipped');

		// Back in the first module: its own answer, not the other module's skip.
		await page.goto(ks3);
		await page.locator('nav.lesson-nav [data-goto="fake-profiles"]').click();
		await card(page).scrollIntoViewIfNeeded();
		await expect(card(page)).toHaveAttribute('data-state', 'answered');

		// Both remembered on the device; Forget in KS4 forgets KS4 only.
		const rememberIn = async (url: string) => {
			await page.goto(url);
			await page.locator('nav.lesson-nav [data-goto="finish"]').click();
			const box = page.getByRole('checkbox', { name: REMEMBER });
			await expect(box).toBeEnabled();
			await box.check();
			await expect(box).toBeChecked();
		};
		await rememberIn(ks3);
		await rememberIn(ks4);
		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: 'Forget my progress' }).click(),
		]);
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await expect(page.locator('.progress-controls').getByRole('status')).toHaveText(
			'Your progress on this device is forgotten. The activities start fresh.',
		);
		await page.locator('nav.lesson-nav [data-goto="fake-profiles"]').click();
		await card(page).scrollIntoViewIfNeeded();
		await expect(card(page).getByRole('button', { name: 'Skip this one' })).toBeEnabled();
		await expect(card(page)).toHaveAttribute('data-state', 'open');

		// A new tab (fresh sessionStorage): KS3's remembered answer is still there, still ticked.
		const tab = await context.newPage();
		const tabWatch = watchOffline(tab);
		await tab.goto(ks3);
		await tab.locator('nav.lesson-nav [data-goto="fake-profiles"]').click();
		await card(tab).scrollIntoViewIfNeeded();
		await expect(card(tab)).toHaveAttribute('data-state', 'answered');
		await tab.locator('nav.lesson-nav [data-goto="finish"]').click();
		await expect(tab.getByRole('checkbox', { name: REMEMBER })).toBeChecked();
		expect(
			await tab.evaluate(
				(keys) => keys.map((k) => localStorage.getItem(k) !== null),
				[progressKey('school-ks3'), progressKey('school-ks4')],
			),
		).toEqual([true, false]);
		watch.assertClean();
		tabWatch.assertClean();
	});

	test('with storage blocked, every answer stays while the page is open, and the page says so honestly', async ({
		page,
	}) => {
		// As Chromium does when a learner blocks site data: reading either storage throws.
		await blockStorage(page);
		const watch = watchOffline(page);
		await page.goto(open('school-ks3'));
		const notice = page.locator('[data-notice]');
		await expect(notice).toContainText('they will be gone if you reload or close it');
		await expect(notice).not.toContainText('Remember my progress');
		const data = await packageData(page);
		const picked = data.lessons
			.slice(0, 2)
			.map((l) => ({ lesson: l.id, ids: l.activities.slice(0, 2).map((a) => a.id) }));
		for (const { lesson, ids } of picked) {
			await page.locator(`nav.lesson-nav [data-goto="${lesson}"]`).click();
			for (const id of ids) await answerAny(page.locator(`section[data-activity="${id}"]`));
		}
		// Every answer is still there, in every lesson: not only the last change.
		for (const { lesson, ids } of picked) {
			await page.locator(`nav.lesson-nav [data-goto="${lesson}"]`).click();
			for (const id of ids) {
				const card = page.locator(`section[data-activity="${id}"]`);
				await card.scrollIntoViewIfNeeded();
				await expect(card, id).toHaveAttribute('data-state', 'answered');
			}
		}
		const done = picked.flatMap((p) => p.ids).length;
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await expect(page.locator('[data-summary]')).toContainText(`${done} of `);
		// "Remember" is not offered as if it could work, and the controls say why.
		const remember = page.getByRole('checkbox', { name: REMEMBER });
		await expect(remember).toBeDisabled();
		await expect(remember).not.toBeChecked();
		const controls = page.locator('.progress-controls');
		await expect(controls).toContainText('this cannot be ticked');
		await expect(controls.getByRole('status')).toContainText('they will be gone if you reload');
		await page.getByRole('button', { name: 'Finish and save' }).click();
		await expect(page.locator('[data-finished]')).toContainText(
			'Your answers stay only while this page is open',
		);
		await expect(page.locator('[data-finished]')).not.toContainText('until you close it');
		await expectNoAxeViolations(page, 'offline page, storage blocked');
		// As the page said: a reload starts afresh.
		await page.reload();
		const first = picked[0]?.ids[0] ?? '';
		const card = page.locator(`section[data-activity="${first}"]`);
		await page.locator(`nav.lesson-nav [data-goto="${picked[0]?.lesson ?? ''}"]`).click();
		await card.scrollIntoViewIfNeeded();
		await expect(card.getByRole('button', { name: 'Skip this one' })).toBeEnabled();
		await expect(card).toHaveAttribute('data-state', 'open');
		watch.assertClean();
	});

	test('an updated module keeps the answers to unchanged activities and says so calmly', async ({
		page,
	}) => {
		const id = 'school-ks4';
		const watch = watchOffline(page);
		await page.goto(open(id));
		const data = await packageData(page);
		const choices = data.lessons
			.flatMap((l) => l.activities)
			.filter((a): a is Extract<Activity, { type: 'single-choice' }> => a.type === 'single-choice');
		const [kept, changed] = choices;
		if (!kept || !changed) throw new Error('module needs two single-choice activities');
		// The version the learner used before: `changed` had one more option (moving options
		// around is not a change: the ids keep their meaning).
		const extra = { id: 'z', text: 'Wait and see', correct: false, feedback: 'Get help now.' };
		const before = data.lessons.map((l) => ({
			id: l.id,
			activities: l.activities.map((a) =>
				a.id === changed.id ? { ...changed, options: [...changed.options, extra] } : a,
			),
		}));
		const lessonOf = (a: Activity) =>
			data.lessons.find((l) => l.activities.some((x) => x.id === a.id))?.id ?? '';
		let state = recordVisit(emptyState(), lessonOf(kept));
		state = recordAnswer(state, kept, { type: 'single-choice', value: kept.options[0]?.id ?? '' });
		const oldChanged = before
			.flatMap((l) => l.activities)
			.find((a) => a.id === changed.id) as Activity;
		state = recordAnswer(state, oldChanged, {
			type: 'single-choice',
			value: changed.options.at(-1)?.id ?? '',
		});
		await page.evaluate(
			([key, text]) => {
				sessionStorage.setItem(key, text);
			},
			[progressKey(id), encodeState(before, state)] as const,
		);
		await page.reload();
		await expect(page.locator('[data-notice]')).toContainText(
			'This course was updated since you were last here. Your answers to the parts that did not change are kept',
		);
		for (const [activity, expected] of [
			[kept, 'answered'],
			[changed, 'open'],
		] as const) {
			await page.locator(`nav.lesson-nav [data-goto="${lessonOf(activity)}"]`).click();
			const card = page.locator(`section[data-activity="${activity.id}"]`);
			await card.scrollIntoViewIfNeeded();
			await expect(
				card.getByRole('button', { name: expected === 'open' ? 'Skip this one' : 'Try again' }),
			).toBeEnabled();
			await expect(card, activity.id).toHaveAttribute('data-state', expected);
		}
		await expectNoAxeViolations(page, 'offline page after an update');
		watch.assertClean();
	});

	// Every zip carries the same help page (checked above); one is opened here.
	test('the help page is in the folder, linked, with relative links only', async ({ page }) => {
		const id = 'school-ks4';
		const watch = watchOffline(page);
		await page.goto(open(id));
		await page.getByRole('link', { name: 'Get help now: every helpline' }).click();
		await expect(page).toHaveURL(/\/help\.html$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: /Leave this site/ })).toBeVisible();
		// Pages not in the folder are named, not linked (a dead link helps nobody offline).
		await expect(page.getByRole('link', { name: 'About Second Look' })).toHaveCount(0);
		// The menu offers only what is here: no dead "For teachers and trainers" or "About" words.
		const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('listitem');
		await expect(menu).toHaveText(['Lessons']);
		// Get help now sits beside the quick exit, and points into the folder.
		await expect(page.locator('[data-get-help]')).toHaveAttribute('href', 'help.html');
		for (const item of await menu.all()) await expect(item.getByRole('link')).toHaveCount(1);
		await expectNoAxeViolations(page, `${id} help.html`);
		watch.assertClean();
	});

	test('search works from the folder: header box, misspellings, highlighted results into the lesson', async ({
		page,
	}) => {
		const id = 'school-ks3';
		const watch = watchOffline(page);
		// The header's search box on a page of the folder goes to the folder's search page.
		await page.goto(open(id).replace(/index\.html$/, 'help.html'));
		await page.locator('#header-search-q').fill('frend request');
		await page.locator('#header-search-q').press('Enter');
		await expect(page).toHaveURL(/\/search\.html$/);
		const results = page.locator('.search-result');
		const status = page.locator('[data-search-status]');
		const top = results.first();
		await expect(top.getByRole('heading')).toHaveText('Friend requests and privacy');
		await expect(top).toContainText('Lesson · for Schools (ages 11–18)');
		await expect(top.locator('.search-snippet mark').first()).toHaveText(/^friends?$/i);
		// Only this module's lessons: the KS4 lesson "Too good to be true" is not in this folder.
		await page.locator('#search-q').fill('too good to be true');
		await page.locator('#search-q').press('Enter');
		await expect(status).toContainText('“too good to be true”');
		await expect(results.getByRole('heading', { name: 'Too good to be true' })).toHaveCount(0);
		await page.locator('#search-q').fill('sextorshun');
		await page.locator('#search-q').press('Enter');
		await expect(results.first().locator('mark').first()).toHaveText(/sextortion/i);
		await expectNoAxeViolations(page, `${id} search.html with results`);
		// A result opens its lesson in the launch page, at the place it matched.
		await page.locator('#search-q').fill('blakmale');
		await page.locator('#search-q').press('Enter');
		await expect(status).toContainText('“blakmale”');
		await results.getByRole('link', { name: 'If it happens', exact: true }).click();
		await expect(page).toHaveURL(/\/index\.html#[a-z0-9-]+$/);
		const place = decodeURIComponent(new URL(page.url()).hash.slice(1));
		const lesson = page.locator('[data-lesson="if-it-happens"]');
		await expect(lesson).toBeVisible();
		await expect(page.locator(`[id="${place}"]`)).toBeInViewport();
		await expect(page.locator('[data-lesson="fake-profiles"]')).toBeHidden();
		// A link to another section of the page (a hash change) opens it too.
		await lesson.getByRole('link', { name: 'All helplines and how they can help' }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Get help' })).toBeVisible();
		await page.goto(open(id).replace(/index\.html$/, 'search.html?q=frend+request'));
		await top.getByRole('link').click();
		await expect(page).toHaveURL(/\/index\.html#lesson-friend-requests$/);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Friend requests and privacy' }),
		).toBeVisible();
		// Nothing found: said kindly, with a way to help in the folder.
		await page.goto(open(id).replace(/index\.html$/, 'search.html?q=xqzwv'));
		await expect(status).toHaveText('No results for “xqzwv”.');
		const empty = page.locator('.search-empty');
		await expect(empty).toContainText('Nothing matched “xqzwv”');
		await expect(empty.getByRole('link', { name: 'Get help now' })).toHaveAttribute(
			'href',
			'help.html',
		);
		watch.assertClean();
	});

	test('quick exit leaves from the offline page too (Escape twice), replacing the page', async ({
		page,
	}) => {
		await page.route(`${site.quickExitUrl}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
		);
		await page.goto(open('forces-induction'));
		await expect(page.locator('[data-notice]')).not.toBeEmpty();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(site.quickExitUrl);
		await page.goBack().catch(() => undefined);
		expect(page.url()).not.toContain('index.html');
	});
});
