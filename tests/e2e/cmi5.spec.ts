import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmi5Iris } from '../../exports/cmi5/course-structure.ts';
import { lintCourseStructure } from '../../exports/cmi5/lint.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { createCmi5Lms, type Cmi5Lms } from '../support/cmi5-lms.ts';
import { answerAny } from './drive-activity.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';
import { reportedActivities, unpack } from './lms-harness.ts';

/**
 * The real cmi5 zips, unpacked into the LMS+LRS double (tests/support/cmi5-lms.ts) on 127.0.0.1,
 * launched as a cmi5 LMS launches them, and driven by a learner in Chromium. The double checks the
 * cmi5 rules on every statement; these tests read what it recorded.
 */

const zips = readdirSync('dist/downloads').filter((f) => f.endsWith('-cmi5.zip'));
const moduleOf = (zip: string) => zip.replace(/-cmi5\.zip$/, '');

test.describe('every cmi5 zip', () => {
	test('each module offers a cmi5 zip', () => {
		const modules = readdirSync('modules').map((f) => f.replace(/\.ya?ml$/, ''));
		expect(zips.map(moduleOf).sort()).toEqual(modules.sort());
	});

	test('module pages offer the cmi5 zip with its size and say which platforms take it', async ({
		page,
	}) => {
		for (const zip of zips) {
			await page.goto(`/modules/${moduleOf(zip)}/`);
			const link = page.getByRole('link', { name: 'cmi5 package' });
			await expect(link).toHaveAttribute('href', `/downloads/${zip}`);
			const kb = Math.max(1, Math.round(statSync(join('dist/downloads', zip)).size / 1024));
			await expect(page.locator(`[data-size-of="${zip}"]`)).toHaveText(`${kb} KB`);
			await expect(page.getByText(/cmi5\s+is for platforms with an xAPI/)).toBeVisible();
		}
	});

	for (const zip of zips) {
		test(`${zip}: under 200 KB, cmi5.xml at the root, valid against CourseStructure.xsd, its AU url in the zip`, () => {
			expect(statSync(join('dist/downloads', zip)).size).toBeLessThanOrEqual(200 * 1024);
			const files = unpack(zip);
			const xml = new TextDecoder().decode(files.get('cmi5.xml'));
			expect(lintCourseStructure(xml, [...files.keys()])).toEqual([]);
			expect(xml).toContain(`id="${cmi5Iris(moduleOf(zip)).au}"`);
			const dir = mkdtempSync(join(tmpdir(), 'second-look-cmi5-'));
			try {
				writeFileSync(join(dir, 'cmi5.xml'), xml);
				const xsd = join('..', 'shared', 'schemas', 'cmi5', 'CourseStructure.xsd');
				// Throws (failing the test) unless xmllint exits 0.
				execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, join(dir, 'cmi5.xml')], {
					stdio: 'pipe',
				});
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
			expect(new TextDecoder().decode(files.get('index.html'))).toContain('data-standard="cmi5"');
		});
	}
});

/** The one failed response a cmi5 launch may see: no state document yet (a first launch). */
const missingState = (url: URL, status: number) =>
	status === 404 && url.pathname.endsWith('/activities/state');

/**
 * Watches the course for what must never happen: a request off the LMS's origin, a console error
 * or uncaught exception, or a failed response other than {@link missingState}.
 */
const watchCourse = (page: Page, origin: string) => watchPage(page, origin, missingState);

/** An LMS double serving one zip; closed after the test. */
async function lmsFor(zip: string): Promise<{ lms: Cmi5Lms; origin: string }> {
	const lms = createCmi5Lms({ files: unpack(zip), auId: cmi5Iris(moduleOf(zip)).au });
	return { lms, origin: await lms.listen() };
}

async function packageData(page: Page): Promise<PackageData> {
	return JSON.parse((await page.locator('#package-data').textContent()) ?? '{}') as PackageData;
}

/** Opens the launch URL and waits for the course to show its first lesson. */
async function open(page: Page, origin: string, url: string) {
	await page.goto(origin + url);
	await expect(page.locator('h1:visible')).toHaveCount(1);
}

/** Waits until the LRS has `n` statements of `verb` in the session. */
async function expectVerbs(lms: Cmi5Lms, session: string, verb: string, n: number) {
	await expect
		.poll(() => lms.verbs(session).filter((v) => v === verb).length, { timeout: 30_000 })
		.toBe(n);
}

const zip = zips.find((z) => z.startsWith('school-ks3')) ?? zips[0] ?? '';

test.describe(`${zip} launched from a cmi5 LMS`, () => {
	let lms: Cmi5Lms;
	let origin: string;
	test.beforeEach(async () => {
		({ lms, origin } = await lmsFor(zip));
	});
	test.afterEach(async () => {
		await lms.close();
	});

	test('a learner answers every activity and finishes: the LRS has every statement, by the rules, and the AU returns to returnURL', async ({
		page,
	}) => {
		test.setTimeout(300_000);
		const watch = watchCourse(page, origin);
		const launch = lms.launch({ masteryScore: 0.8 });
		await open(page, origin, launch.url);
		await expect(page.locator('[data-notice]')).toBeEmpty();
		await expectNoAxeViolations(page, `${zip} on launch`);
		const data = await packageData(page);
		// Confidence ratings of a `browser` module are answered too, but never reach the LRS.
		const activities = reportedActivities(data);
		for (const lesson of data.lessons) {
			await page.locator(`nav.lesson-nav [data-goto="${lesson.id}"]`).click();
			const section = page.locator(`[data-lesson="${lesson.id}"]`);
			await expect(section).toBeVisible();
			for (const activity of lesson.activities)
				await answerAny(section.locator(`section[data-activity="${activity.id}"]`));
		}
		await expectNoAxeViolations(page, `${zip} with every activity answered`);
		await expectVerbs(lms, launch.sessionId, 'answered', activities.length);
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await page.getByRole('button', { name: 'Finish and save' }).click();
		await page.waitForURL(`${origin}/lms/return?session=${launch.sessionId}`);

		expect(lms.problems).toEqual([]);
		const verbs = lms.verbs(launch.sessionId);
		expect(verbs[0]).toBe('initialized');
		expect(verbs.at(-1)).toBe('terminated');
		expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
		// Never failed (issue #14); passed only at or above the LMS's masteryScore.
		expect(verbs).not.toContain('failed');
		const answered = lms.statements.filter((r) => r.verb === 'answered');
		const scoredAnswers = answered.filter((r) => r.statement.result?.success !== undefined);
		const right = scoredAnswers.filter((r) => r.statement.result?.success === true).length;
		const passes = right / scoredAnswers.length + 1e-9 >= 0.8;
		expect(verbs.filter((v) => v === 'passed')).toHaveLength(passes ? 1 : 0);
		expect(answered.map((r) => r.statement.object?.id).sort()).toEqual(
			activities.map((a) => `urn:second-look:activity:${a.id}`).sort(),
		);
		for (const r of answered) {
			expect(r.statement.object?.definition?.interactionType).toMatch(
				/^(choice|true-false|sequencing|matching|likert)$/,
			);
			expect(r.statement.result?.duration).toMatch(/^PT/);
		}
		const judged = lms.statements.find((r) => r.verb === 'passed');
		if (judged) {
			const score = judged.statement.result?.score;
			expect(score?.max).toBe(activities.filter((a) => a.type !== 'confidence').length);
			expect(score?.raw).toBe(right);
			expect(score?.scaled).toBeCloseTo((score?.raw ?? 0) / (score?.max ?? 1), 4);
		}
		// The auth token was fetched once and every xAPI request carried it.
		expect(launch.fetchCalls).toBe(1);
		expect(lms.requests.every((r) => r.auth)).toBe(true);
		watch.assertClean();
	});

	test('closing mid-module keeps what was done; a relaunch of the registration resumes at the lesson, with the answer', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const watch = watchCourse(page, origin);
		const first = lms.launch();
		await open(page, origin, first.url);
		const data = await packageData(page);
		const [one, two] = data.lessons;
		const activity = one?.activities[0];
		if (!one || !two || !activity) throw new Error('module needs two lessons and an activity');
		await answerAny(page.locator(`section[data-activity="${activity.id}"]`));
		await page.locator(`nav.lesson-nav [data-goto="${two.id}"]`).click();
		// The learner closes the course: pagehide ends the session, with keepalive.
		await page.goto(`${origin}/lms/return`);
		await expectVerbs(lms, first.sessionId, 'terminated', 1);
		expect(lms.verbs(first.sessionId)).toEqual(['initialized', 'answered', 'terminated']);

		const again = lms.launch({ registration: first.registration });
		await open(page, origin, again.url);
		await expect(page.locator(`[data-lesson="${two.id}"]`)).toBeVisible();
		await page.locator(`nav.lesson-nav [data-goto="${one.id}"]`).click();
		const card = page.locator(`section[data-activity="${activity.id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'answered');
		await expectNoAxeViolations(page, `${zip} resumed`);
		// The answer was reported once, in the first session.
		await page.goto(`${origin}/lms/return`);
		await expectVerbs(lms, again.sessionId, 'terminated', 1);
		expect(lms.verbs(again.sessionId)).toEqual(['initialized', 'terminated']);
		expect(lms.problems).toEqual([]);
		watch.assertClean();
	});

	test('the quick exit ends the session, then leaves nothing in the tab that acts as the learner', async ({
		page,
	}) => {
		await page.route('https://www.bbc.co.uk/weather**', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
		);
		const launch = lms.launch();
		await open(page, origin, launch.url);
		const data = await packageData(page);
		const activity = data.lessons[0]?.activities[0];
		if (!activity) throw new Error('module needs an activity');
		await answerAny(page.locator(`section[data-activity="${activity.id}"]`));
		const tabKeys = () => page.evaluate(() => Object.keys(sessionStorage));
		// While the course is open, the tab holds the LMS login token (for a reload of this launch).
		expect((await tabKeys()).some((k) => k.startsWith('second-look.cmi5.token:'))).toBe(true);
		await page.getByRole('link', { name: /Leave this site/ }).click();
		await page.waitForURL('https://www.bbc.co.uk/weather**');
		await expectVerbs(lms, launch.sessionId, 'terminated', 1);
		// Whoever has this tab next, back on the LMS's site, finds no token and no answers.
		await page.goto(`${origin}/lms/return`);
		expect((await tabKeys()).filter((k) => k.startsWith('second-look'))).toEqual([]);
	});

	test('Review mode shows the earlier answers read-only: no answer or result is sent, no state written', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const watch = watchCourse(page, origin);
		const first = lms.launch();
		await open(page, origin, first.url);
		const data = await packageData(page);
		const [a, b] = data.lessons[0]?.activities ?? [];
		if (!a || !b) throw new Error('lesson needs two activities');
		await answerAny(page.locator(`section[data-activity="${a.id}"]`));
		await page.goto(`${origin}/lms/return`);
		await expectVerbs(lms, first.sessionId, 'terminated', 1);

		const review = lms.launch({ mode: 'Review', registration: first.registration });
		await open(page, origin, review.url);
		const card = page.locator(`section[data-activity="${a.id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'answered');
		await answerAny(page.locator(`section[data-activity="${b.id}"]`));
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await page.getByRole('button', { name: 'Finish', exact: true }).click();
		await page.waitForURL(`${origin}/lms/return?session=${review.sessionId}`);
		expect(lms.verbs(review.sessionId)).toEqual(['initialized', 'terminated']);
		expect(lms.problems).toEqual([]); // the double flags any state write in Review mode
		watch.assertClean();
	});

	test('LRS faults (HTTP 500 for a while, 2 s answers, a rejected token) lose nothing: queued, retried, delivered', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const offOrigin: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(origin)) offOrigin.push(r.url());
		});
		const launch = lms.launch();
		await open(page, origin, launch.url);
		const data = await packageData(page);
		const lesson = data.lessons[0];
		// Activities the LRS is told about (a `browser` module's ratings never reach it).
		const reported = reportedActivities(data).filter((a) => lesson?.activities.includes(a));
		if (reported.length < 3) throw new Error('lesson needs three reported activities');
		const card = (i: number) => page.locator(`section[data-activity="${reported[i]?.id ?? ''}"]`);
		const notice = page.locator('[data-notice]');
		await expectVerbs(lms, launch.sessionId, 'initialized', 1);

		lms.faults.fail500 = 4;
		await answerAny(card(0));
		await expect(notice).toContainText(/taking a moment|could not be saved|has not reached/);
		await expect(notice).toContainText('saved again', { timeout: 60_000 });

		lms.faults.delayMs = 2000;
		await answerAny(card(1));
		lms.faults.delayMs = 0;
		lms.faults.reject401 = 3;
		await answerAny(card(2));
		await expectVerbs(lms, launch.sessionId, 'answered', 3);

		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await page.getByRole('button', { name: 'Finish and save' }).click();
		await page.waitForURL(`${origin}/lms/return?session=${launch.sessionId}`, { timeout: 30_000 });
		expect(lms.verbs(launch.sessionId)).toEqual([
			'initialized',
			'answered',
			'answered',
			'answered',
			'terminated',
		]);
		expect(lms.requests.filter((r) => r.status === 500)).toHaveLength(4);
		expect(lms.requests.filter((r) => r.status === 401)).toHaveLength(3);
		expect(lms.problems).toEqual([]);
		expect(offOrigin).toEqual([]);
	});
});
