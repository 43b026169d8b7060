/**
 * The built-in LMS preview (`/preview/<module>/`): the module's package runs in a frame, scorm-again
 * plays the LMS in the page, and the panel shows what a platform would record. The expected values
 * are worked out from what the learner sees (the package's own summary), not from the panel.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readSitePage } from '../../exports/shared/site-files.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny, expectResumed } from './drive-activity.ts';
import {
	builtPages,
	expectNoAxeViolations,
	liveSaid,
	recordLiveRegions,
	watchPage,
} from './helpers.ts';
import { reportedActivities } from './lms-harness.ts';

// The lesson menu scrolls the package's heading into view, and that scrolls the preview page
// too; with smooth scrolling the frame is still moving when Playwright clicks inside it, and
// the click can land beside its target. The panel, not the motion, is what these tests check.
test.use({ reducedMotion: 'reduce' });

const frame = (page: Page) =>
	page.frameLocator('iframe[title="The module, launched by the test LMS"]');
const field = (page: Page, name: string) => page.locator(`.preview-panel [data-field="${name}"]`);
const summary = (page: Page) => page.locator('.preview-panel [role="status"]');

async function packageData(course: FrameLocator): Promise<PackageData> {
	return JSON.parse((await course.locator('#package-data').textContent()) ?? '{}') as PackageData;
}

async function openPreview(page: Page, moduleId: string) {
	await page.goto(`/preview/${moduleId}/`);
	await expect(summary(page)).toHaveText('SCORM 1.2, new attempt: status incomplete.');
	await expect(frame(page).locator('h1:visible')).toHaveCount(1);
}

/**
 * Answers every activity of the module in the frame as a hurried learner, opens Finish and reads
 * what the package told the learner: how many scored questions they answered the safest way.
 */
async function workThroughModule(course: FrameLocator) {
	const data = await packageData(course);
	// What the LMS is told about: a `browser` module's confidence ratings never reach it.
	const activities = reportedActivities(data);
	for (const lesson of data.lessons) {
		await course.locator(`nav.lesson-nav [data-goto="${lesson.id}"]`).click();
		for (const activity of lesson.activities)
			await answerAny(course.locator(`section[data-activity="${activity.id}"]`));
	}
	await course.locator('nav.lesson-nav [data-goto="finish"]').click();
	const said = (await course.locator('[data-summary]').textContent()) ?? '';
	const [, right = '', scored = ''] = /you answered (\d+) of (\d+) questions/.exec(said) ?? [];
	return { data, activities, right: Number(right), scored: Number(scored) };
}

const runs = [
	{ moduleId: 'school-ks3', standard: 'scorm12', label: 'SCORM 1.2', limit: '4,096' },
	{ moduleId: 'forces-induction', standard: 'scorm2004', label: 'SCORM 2004', limit: '64,000' },
] as const;

for (const run of runs)
	test(`${run.label}: finish ${run.moduleId} in the preview; the panel shows status, score, every interaction and the suspend size`, async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(300_000);
		const watch = watchPage(page, baseURL ?? '');
		await openPreview(page, run.moduleId);
		if (run.standard === 'scorm2004') {
			await page.getByRole('radio', { name: 'SCORM 2004 (4th edition)' }).check();
			await expect(summary(page)).toHaveText(
				'SCORM 2004 (4th edition), new attempt: completion incomplete, success unknown.',
			);
		}
		await expectNoAxeViolations(page, `preview of ${run.moduleId} on launch`);
		const course = frame(page);
		const { data, activities, right, scored } = await workThroughModule(course);
		const score = Math.round((right / scored) * 100);
		// Never failed (issue #14): passed only at a pass-mark module's mark, else completed.
		const passes = data.reporting === 'pass-mark' && score >= data.passMark;
		const outcome = passes ? 'passed' : 'completed';
		await course.getByRole('button', { name: 'Finish and save' }).click();
		await expect(field(page, 'session')).toHaveText('ended (Terminate called)');

		if (run.standard === 'scorm12') {
			await expect(field(page, 'status')).toHaveText(outcome);
			await expect(field(page, 'exit')).toHaveText('(empty)');
			await expect(summary(page)).toHaveText(
				`SCORM 1.2, new attempt: status ${outcome}, score ${score}.`,
			);
		} else {
			await expect(field(page, 'completion')).toHaveText('completed');
			await expect(field(page, 'success')).toHaveText(passes ? 'passed' : 'unknown');
			// The scaled score is the exact share, to four places (the raw score is its rounded percent).
			await expect(field(page, 'scaled')).toHaveText(
				String(Math.round((right / scored) * 10000) / 10000),
			);
			await expect(field(page, 'exit')).toHaveText('normal');
		}
		await expect(field(page, 'score')).toHaveText(String(score));
		await expect(page.locator('.preview-interactions caption')).toHaveText(
			`Interactions (${activities.length})`,
		);
		await expect(page.locator('.preview-interactions tbody tr')).toHaveCount(activities.length);
		const suspend = (await field(page, 'suspend').textContent()) ?? '';
		const [, used = ''] = /^([\d,]+) of ([\d,]+) characters/.exec(suspend) ?? [];
		expect(suspend).toContain(`of ${run.limit} characters`);
		expect(Number(used.replace(/,/g, ''))).toBeGreaterThan(0);
		expect(Number(used.replace(/,/g, ''))).toBeLessThanOrEqual(Number(run.limit.replace(/,/g, '')));
		const calls = page.locator('.preview-log tbody tr');
		await expect(calls.first()).toContainText(
			run.standard === 'scorm12' ? 'LMSInitialize("")' : 'Initialize("")',
		);
		await expect(calls.last()).toContainText(
			run.standard === 'scorm12' ? 'LMSFinish("")' : 'Terminate("")',
		);
		await expectNoAxeViolations(page, `preview of ${run.moduleId}, finished`);
		watch.assertClean();
	});

test('relaunch as resume restores progress; reset starts afresh; switching standard relaunches', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(120_000);
	await page.addInitScript(recordLiveRegions);
	const watch = watchPage(page, baseURL ?? '');
	await openPreview(page, 'adult-self-paced');
	let course = frame(page);
	const data = await packageData(course);
	const [firstLesson, secondLesson] = data.lessons;
	const first = firstLesson?.activities[0];
	if (!firstLesson || !secondLesson || !first) throw new Error('module needs two lessons');

	// The panel speaks only when the outcome or the launch changes, not at every call.
	await summary(page).evaluate((el) => {
		const counter = { changes: 0 };
		(window as unknown as { liveChanges: typeof counter }).liveChanges = counter;
		new MutationObserver(() => (counter.changes += 1)).observe(el, {
			childList: true,
			characterData: true,
			subtree: true,
		});
	});
	await answerAny(course.locator(`section[data-activity="${first.id}"]`));
	await course.locator(`nav.lesson-nav [data-goto="${secondLesson.id}"]`).click();
	await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (1)');
	expect(
		await page.evaluate(
			() => (window as unknown as { liveChanges: { changes: number } }).liveChanges.changes,
		),
	).toBe(0);
	expect(await page.locator('.preview-log tbody tr').count()).toBeGreaterThan(5);

	await page.getByRole('button', { name: 'Relaunch as resume' }).click();
	await expect(summary(page)).toHaveText('SCORM 1.2, resumed attempt: status incomplete.');
	await expect(field(page, 'entry')).toHaveText('resume');
	await expect(field(page, 'location')).toHaveText(secondLesson.id);
	await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (1)');
	course = frame(page);
	await expectResumed(course, {
		bookmarked: secondLesson.id,
		earlier: firstLesson.id,
		answered: first.id,
	});
	// The answer came back with its card: shown, but not read out as news with no question in sight.
	const resumed = await page
		.locator('iframe[title="The module, launched by the test LMS"]')
		.elementHandle()
		.then((el) => el.contentFrame());
	if (!resumed) throw new Error('the package frame went away');
	expect((await liveSaid(resumed)).filter((said) => said.activity !== '')).toEqual([]);

	await page.getByRole('button', { name: 'Reset: new attempt' }).click();
	await expect(summary(page)).toHaveText('SCORM 1.2, new attempt: status incomplete.');
	await expect(field(page, 'entry')).toHaveText('ab-initio');
	await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (0)');
	course = frame(page);
	const fresh = course.locator(`section[data-activity="${first.id}"]`);
	await fresh.scrollIntoViewIfNeeded();
	await expect(fresh.getByRole('button', { name: 'Skip this one' })).toBeEnabled();
	await expect(fresh).toHaveAttribute('data-state', 'open');

	// By keyboard: arrow keys move between the standard's radio buttons.
	await page.getByRole('radio', { name: 'SCORM 1.2' }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(summary(page)).toHaveText(
		'SCORM 2004 (4th edition), new attempt: completion incomplete, success unknown.',
	);
	await expect(field(page, 'suspend')).toContainText('of 64,000 characters');
	course = frame(page);
	await answerAny(course.locator(`section[data-activity="${first.id}"]`));
	await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (1)');
	await expect(page.locator('.preview-interactions tbody tr').first()).toContainText(first.id);
	await expect(page.locator('.preview-log tbody tr').first()).toContainText('Initialize("")');
	await expectNoAxeViolations(page, 'preview after switching to SCORM 2004');
	watch.assertClean();
});

test('scorm-again is loaded by the preview pages only, never by a learner’s page', async () => {
	const marker = 'loadFromFlattenedJSON'; // a scorm-again method name, kept by the minifier
	const loads = async (path: string) => {
		const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
		const { files } = await readSitePage('dist', file);
		return [...files].some(
			([name, bytes]) => name.endsWith('.js') && new TextDecoder().decode(bytes).includes(marker),
		);
	};
	const pages = builtPages();
	const previews = readdirSync('modules').map((f) => `/preview/${f.replace(/\.ya?ml$/, '')}/`);
	expect(previews.length).toBeGreaterThan(0);
	for (const path of previews) expect(await loads(path), path).toBe(true);
	// Every other page, the cmi5 preview's return page too.
	for (const path of pages.filter((p) => !previews.includes(p)))
		expect(await loads(path), path).toBe(false);
});

test('each module page links to its preview', async ({ page }) => {
	await page.goto('/modules/school-ks4/');
	await page.getByRole('link', { name: 'Preview in a test LMS' }).click();
	await expect(page).toHaveURL(/\/preview\/school-ks4\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview in a test LMS');
});

test.describe('cmi5 in the preview (an LRS in the page, reached through a service worker)', () => {
	test.use({ serviceWorkers: 'allow' });
	/** A first launch asks for a state document the LRS does not have yet: xAPI answers 404. */
	const missingState = (url: URL, status: number) =>
		status === 404 && url.pathname.endsWith('/activities/state');

	async function chooseCmi5(page: Page) {
		await page.getByRole('radio', { name: 'cmi5' }).check();
		await expect(summary(page)).toHaveText(
			'cmi5, new attempt: completion incomplete, success unknown.',
		);
		await expect(field(page, 'session')).toHaveText('open');
	}

	test('finish a module as cmi5: the panel shows the statements’ outcome, every answer, the requests and no broken rule; the AU returns to returnURL', async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(300_000);
		const watch = watchPage(page, baseURL ?? '', missingState);
		await openPreview(page, 'school-ks4');
		await chooseCmi5(page);
		await expectNoAxeViolations(page, 'cmi5 preview on launch');
		const course = frame(page);
		const { data, activities, right, scored } = await workThroughModule(course);
		expect(scored).toBeGreaterThan(0);
		// school-ks4 reports completion only (issue #14): completed, never passed or failed, no
		// masteryScore; the score is in the answers, not in a passed/failed statement.
		expect(data.reporting).toBe('completion');
		expect(right).toBeLessThanOrEqual(scored);
		// The page states the rule and the Moodle settings, from the same words as the module page.
		const rule = page.locator('[data-reporting="completion"]');
		await expect(rule.getByRole('heading')).toHaveText('What your LMS is told: Completion only');
		await expect(rule).toContainText('"Require status" and tick Completed');
		await course.getByRole('button', { name: 'Finish and save' }).click();

		// The AU went to the LMS's returnURL, as it would on a real platform.
		await expect(course.getByRole('heading', { level: 1 })).toHaveText('Back in the test LMS');
		await expect(field(page, 'session')).toHaveText('ended (terminated sent)');
		await expect(summary(page)).toHaveText(
			'cmi5, new attempt: completion completed, success unknown.',
		);
		await expect(field(page, 'score')).toHaveText('not set');
		await expect(field(page, 'mastery')).toHaveText('none');
		await expect(field(page, 'session-time')).toHaveText(/^PT/);
		await expect(field(page, 'rules')).toHaveText(
			'The package has kept every cmi5 rule the test LMS checks so far.',
		);
		await expect(page.locator('.preview-interactions caption')).toHaveText(
			`Interactions (${activities.length})`,
		);
		await expect(page.locator('.preview-interactions tbody')).toContainText(
			`urn:second-look:activity:${activities[0]?.id ?? ''}`,
		);
		const log = page.locator('.preview-log tbody tr');
		await expect(log.first()).toContainText('POST fetch URL (auth token)');
		await expect(log.nth(1)).toContainText('GET state LMS.LaunchData');
		await expect(page.locator('.preview-log tbody')).toContainText('[initialized');
		await expect(log.last()).toContainText('terminated]');
		await expectNoAxeViolations(page, 'cmi5 preview, finished');
		watch.assertClean();

		// Leaving the preview leaves no service worker behind.
		const registrations = () =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
		expect(await registrations()).toBe(1);
		await page.goto('/about/');
		await expect.poll(registrations).toBe(0);
	});

	test('cmi5: relaunch as resume keeps the registration, its answers and the bookmark; Review mode records nothing; reset starts a new registration', async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const watch = watchPage(page, baseURL ?? '', missingState);
		await openPreview(page, 'adult-self-paced');
		await chooseCmi5(page);
		let course = frame(page);
		const data = await packageData(course);
		const [firstLesson, secondLesson] = data.lessons;
		const first = firstLesson?.activities[0];
		if (!firstLesson || !secondLesson || !first) throw new Error('module needs two lessons');
		const registration = ((await field(page, 'registration').textContent()) ?? '').replace(
			/^new /,
			'',
		);

		await answerAny(course.locator(`section[data-activity="${first.id}"]`));
		await course.locator(`nav.lesson-nav [data-goto="${secondLesson.id}"]`).click();
		await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (1)');
		await expect(field(page, 'location')).toHaveText(secondLesson.id);

		await page.getByRole('button', { name: 'Relaunch as resume' }).click();
		await expect(summary(page)).toHaveText(
			'cmi5, resumed attempt: completion incomplete, success unknown.',
		);
		await expect(field(page, 'registration')).toHaveText(`resumed ${registration}`);
		// The first session ended as its frame closed (its terminated arrives, late or resent).
		await expect(field(page, 'sessions')).toHaveText('2 (1 ended)');
		await expect(field(page, 'session')).toHaveText('open');
		await expect(field(page, 'rules')).toHaveText(
			'The package has kept every cmi5 rule the test LMS checks so far.',
		);
		await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (1)');
		course = frame(page);
		await expectResumed(course, {
			bookmarked: secondLesson.id,
			earlier: firstLesson.id,
			answered: first.id,
		});

		// Review mode: the same registration, read-only; the package sends no answer and saves nothing.
		const second = firstLesson.activities[1];
		if (!second) throw new Error('lesson needs two activities');
		await page.getByRole('radio', { name: /^Review/ }).check();
		await expect(summary(page)).toHaveText(
			'cmi5, resumed attempt, Review mode: completion incomplete, success unknown.',
		);
		await expect(field(page, 'mode')).toHaveText('Review');
		course = frame(page);
		await course.locator(`nav.lesson-nav [data-goto="${firstLesson.id}"]`).click();
		const reviewed = course.locator(`section[data-activity="${first.id}"]`);
		await reviewed.scrollIntoViewIfNeeded();
		await expect(reviewed).toHaveAttribute('data-state', 'answered');
		await answerAny(course.locator(`section[data-activity="${second.id}"]`));
		await course.locator('nav.lesson-nav [data-goto="finish"]').click();
		await course.getByRole('button', { name: 'Finish', exact: true }).click();
		await expect(field(page, 'session')).toHaveText('ended (terminated sent)');
		await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (1)');
		await expect(page.locator('.preview-log tbody')).not.toContainText('PUT state');
		await expect(field(page, 'rules')).toHaveText(
			'The package has kept every cmi5 rule the test LMS checks so far.',
		);
		await page.getByRole('radio', { name: /^Normal/ }).check();
		await expect(summary(page)).toHaveText(
			'cmi5, resumed attempt: completion incomplete, success unknown.',
		);

		await page.getByRole('button', { name: 'Reset: new attempt' }).click();
		await expect(summary(page)).toHaveText(
			'cmi5, new attempt: completion incomplete, success unknown.',
		);
		await expect(field(page, 'registration')).not.toHaveText(`new ${registration}`);
		await expect(page.locator('.preview-interactions caption')).toHaveText('Interactions (0)');
		course = frame(page);
		const fresh = course.locator(`section[data-activity="${first.id}"]`);
		await fresh.scrollIntoViewIfNeeded();
		await expect(fresh).toHaveAttribute('data-state', 'open');
		await expect(field(page, 'rules')).toHaveText(
			'The package has kept every cmi5 rule the test LMS checks so far.',
		);
		watch.assertClean();
	});
});

test('where the browser refuses service workers, choosing cmi5 says so calmly and the other standards still work', async ({
	page,
	baseURL,
}) => {
	// This project's browser tests block service workers unless a test allows them.
	const watch = watchPage(page, baseURL ?? '');
	await openPreview(page, 'school-ks3');
	await page.getByRole('radio', { name: 'cmi5' }).check();
	await expect(summary(page)).toContainText('cmi5 cannot be previewed in this browser');
	await expect(summary(page)).toContainText('Choose another standard, or try another browser.');
	await expect(frame(page).locator('h1')).toHaveCount(0);
	await expectNoAxeViolations(page, 'preview with cmi5 refused');
	await page.getByRole('radio', { name: 'SCORM 1.2' }).check();
	await expect(summary(page)).toHaveText('SCORM 1.2, new attempt: status incomplete.');
	await expect(frame(page).locator('h1:visible')).toHaveCount(1);
	watch.assertClean();
});
