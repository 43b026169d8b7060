/**
 * The built-in LMS preview (`/preview/<module>/`): the module's package runs in a frame, scorm-again
 * plays the LMS in the page, and the panel shows what a platform would record. The expected values
 * are worked out from what the learner sees (the package's own summary), not from the panel.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readSitePage } from '../../exports/shared/site-files.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny } from './drive-activity.ts';
import { builtPages, expectNoAxeViolations, watchPage } from './helpers.ts';

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
		const data = await packageData(course);
		const activities = data.lessons.flatMap((l) => l.activities);
		for (const lesson of data.lessons) {
			await course.locator(`nav.lesson-nav [data-goto="${lesson.id}"]`).click();
			for (const activity of lesson.activities)
				await answerAny(course.locator(`section[data-activity="${activity.id}"]`));
		}
		await course.locator('nav.lesson-nav [data-goto="finish"]').click();
		const said = (await course.locator('[data-summary]').textContent()) ?? '';
		const [, right, scored] = /you answered (\d+) of (\d+) questions/.exec(said) ?? [];
		const score = Math.round((Number(right) / Number(scored)) * 100);
		const outcome = score >= data.passMark ? 'passed' : 'failed';
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
			await expect(field(page, 'success')).toHaveText(outcome);
			await expect(field(page, 'scaled')).toHaveText(String(score / 100));
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
	await expect(course.locator(`[data-lesson="${secondLesson.id}"]`)).toBeVisible();
	await course.locator(`nav.lesson-nav [data-goto="${firstLesson.id}"]`).click();
	await course.locator(`section[data-activity="${first.id}"]`).scrollIntoViewIfNeeded();
	await expect(course.locator(`section[data-activity="${first.id}"]`)).toHaveAttribute(
		'data-state',
		'answered',
	);

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
	const previews = pages.filter((p) => p.startsWith('/preview/'));
	expect(previews.length).toBeGreaterThan(0);
	for (const path of previews) expect(await loads(path), path).toBe(true);
	for (const path of pages.filter((p) => !p.startsWith('/preview/')))
		expect(await loads(path), path).toBe(false);
});

test('each module page links to its preview', async ({ page }) => {
	await page.goto('/modules/school-ks4/');
	await page.getByRole('link', { name: 'Preview in a test LMS' }).click();
	await expect(page).toHaveURL(/\/preview\/school-ks4\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview in a test LMS');
});
