import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { cmi5Iris } from '../../exports/cmi5/course-structure.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { createCmi5Lms } from '../support/cmi5-lms.ts';
import { watchPage } from './helpers.ts';
import { cmi, launch, unpack, violations } from './lms-harness.ts';
import { expectLive } from './drive-activity.ts';

/**
 * A learner who skips is never reported failed (issue #14). In forces-induction, a pass-mark module
 * (80%), the learner answers one true-or-false wrong and one single choice right, skips everything
 * else, and finishes. The rule (engine `summarise`): completed, score 1 of 2 answered = 50%, under
 * the mark, so not passed, and never failed. The old rule (1 of 31, and 1.2's masteryscore 80)
 * stored `failed`.
 */
const moduleId = 'forces-induction';

type Activity = PackageData['lessons'][number]['activities'][number];

/** The first true-or-false answered wrong, the first single choice answered right: 1 of 2. */
function plan(data: PackageData): { wrong: Activity; right: Activity } {
	const all = data.lessons.flatMap((l) => l.activities);
	const wrong = all.find((a) => a.type === 'true-false');
	const right = all.find((a) => a.type === 'single-choice');
	if (!wrong || !right) throw new Error(`${moduleId} needs a true-false and a single choice`);
	return { wrong, right };
}

async function answer(card: Locator, activity: Activity, right: boolean) {
	await card.scrollIntoViewIfNeeded();
	// A press before the card is live is held and replayed (client:reach); `check()` reads the
	// radio's state at once, so it waits for the card as a learner sees it.
	await expectLive(card);
	let name = '';
	if (activity.type === 'true-false') name = activity.answer === right ? 'True' : 'False';
	if (activity.type === 'single-choice')
		name = activity.options.find((o) => o.correct === right)?.text ?? '';
	await card.getByRole('radio', { name, exact: true }).check();
	await card.getByRole('button', { name: 'Check my answer' }).click();
	await expect(card).toHaveAttribute('data-state', 'answered');
}

/** Goes through every lesson: two answers, every other activity skipped; then Finish and save. */
async function skipMost(root: Page | FrameLocator, data: PackageData) {
	const { wrong, right } = plan(data);
	for (const lesson of data.lessons) {
		await root.locator(`nav.lesson-nav [data-goto="${lesson.id}"]`).click();
		const section = root.locator(`[data-lesson="${lesson.id}"]`);
		await expect(section).toBeVisible();
		for (const activity of lesson.activities) {
			const card = section.locator(`section[data-activity="${activity.id}"]`);
			if (activity.id === wrong.id) await answer(card, activity, false);
			else if (activity.id === right.id) await answer(card, activity, true);
			else {
				await card.scrollIntoViewIfNeeded();
				await card.getByRole('button', { name: 'Skip this one' }).click();
				await expect(card).toHaveAttribute('data-state', 'skipped');
			}
		}
	}
	await root.locator('nav.lesson-nav [data-goto="finish"]').click();
	await root.getByRole('button', { name: 'Finish and save' }).click();
}

const readData = async (root: Page | FrameLocator) =>
	JSON.parse((await root.locator('#package-data').textContent()) ?? '{}') as PackageData;

test.describe('a learner who skips most activities and gets one wrong is never reported failed', () => {
	test('SCORM 1.2: status completed (no masteryscore to turn it into failed), score 50', async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const watch = watchPage(page, baseURL ?? '');
		await launch(page, `${moduleId}-scorm12.zip`, 'scorm12', {
			core: { entry: 'ab-initio', student_id: 'l1', student_name: 'Learner, Test' },
		});
		const course = page.frameLocator('iframe[title="Course"]');
		const data = await readData(course);
		expect(data.reporting).toBe('pass-mark');
		await skipMost(course, data);
		await expect(course.locator('[data-finished]')).toBeVisible();
		expect(await violations(page, true)).toEqual([]);
		const values = await cmi(page);
		expect(values['cmi.core.lesson_status']).toBe('completed');
		expect(values['cmi.core.score.raw']).toBe('50');
		expect(values['cmi.student_data.mastery_score'] ?? '').toBe('');
		watch.assertClean();
	});

	test('SCORM 2004: completion completed, success unknown (not failed), scaled score 0.5', async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const watch = watchPage(page, baseURL ?? '');
		await launch(page, `${moduleId}-scorm2004.zip`, 'scorm2004', {
			entry: 'ab-initio',
			learner_id: 'l1',
			learner_name: 'Learner, Test',
		});
		const course = page.frameLocator('iframe[title="Course"]');
		await skipMost(course, await readData(course));
		await expect(course.locator('[data-finished]')).toBeVisible();
		expect(await violations(page, true)).toEqual([]);
		const values = await cmi(page);
		expect(values['cmi.completion_status']).toBe('completed');
		expect(values['cmi.success_status']).toBe('unknown');
		expect(values['cmi.score.scaled']).toBe('0.5');
		expect(values['cmi.score.raw']).toBe('50');
		watch.assertClean();
	});

	test('cmi5 (LMS masteryScore 0.8): completed, no failed or passed statement, moveOn satisfied by completing', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const zip = `${moduleId}-cmi5.zip`;
		const files = unpack(zip);
		expect(new TextDecoder().decode(files.get('cmi5.xml'))).toContain('moveOn="CompletedOrPassed"');
		const lms = createCmi5Lms({ files, auId: cmi5Iris(moduleId).au });
		const origin = await lms.listen();
		try {
			const launched = lms.launch({ masteryScore: 0.8 });
			await page.goto(origin + launched.url);
			await expect(page.locator('h1:visible')).toHaveCount(1);
			await skipMost(page, await readData(page));
			await page.waitForURL(`${origin}/lms/return?session=${launched.sessionId}`);
			expect(lms.problems).toEqual([]);
			const verbs = lms.verbs(launched.sessionId);
			expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
			expect(verbs).not.toContain('failed');
			expect(verbs).not.toContain('passed');
			expect(verbs.filter((v) => v === 'answered')).toHaveLength(2);
			expect(verbs.at(-1)).toBe('terminated');
		} finally {
			await lms.close();
		}
	});
});
