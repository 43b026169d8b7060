import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { cmi5Iris } from '../../exports/cmi5/course-structure.ts';
import { STANDARDS } from '../../exports/scorm/standards.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { createCmi5Lms, faultOn, type Cmi5Lms } from '../support/cmi5-lms.ts';
import { answerAny } from './drive-activity.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { callCount, cmi, interactionIds, launch, unpack, violations } from './lms-harness.ts';

/**
 * What a package says when nothing more is saved (never lose an answer silently): after "Finish and
 * save" the learner goes on answering; a cmi5 page is reloaded after it ended the session; the
 * package runs with no LMS, or as a look back (review). Each in the real package in Chromium.
 */

const ENDED = 'This visit has ended, so what you do now is not saved';

async function packageData(scope: Page | FrameLocator): Promise<PackageData> {
	return JSON.parse((await scope.locator('#package-data').textContent()) ?? '{}') as PackageData;
}

/** The scored activities of a lesson (a confidence rating is answered differently). */
function scored(data: PackageData, lesson: number): string[] {
	return (data.lessons[lesson]?.activities ?? [])
		.filter((a) => a.type !== 'confidence')
		.map((a) => a.id);
}

const card = (scope: Page | FrameLocator, id: string | undefined): Locator =>
	scope.locator(`section[data-activity="${id ?? ''}"]`);

/**
 * Opens the finish section where nothing is recorded: its lead says so, the button reads "Finish",
 * and once pressed it says so again; "saved" appears nowhere in it.
 */
async function finishUnrecorded(
	scope: Page | FrameLocator,
	says: { lead: string; done: string },
): Promise<void> {
	await scope.locator('nav.lesson-nav [data-goto="finish"]').click();
	const finish = scope.locator('[data-lesson="finish"]');
	await expect(finish).toContainText(says.lead);
	await scope.getByRole('button', { name: 'Finish', exact: true }).click();
	await expect(scope.locator('[data-finished]')).toContainText(says.done);
	await expect(finish).not.toContainText('saved');
}

test('SCORM 1.2: answers after "Finish and save" stay on the page, and the learner is told they are not saved', async ({
	page,
}) => {
	await launch(page, 'school-ks3-scorm12.zip', 'scorm12', { core: { entry: 'ab-initio' } });
	const course = page.frameLocator('iframe[title="Course"]');
	const data = await packageData(course);
	const [first] = scored(data, 0);
	const [later] = scored(data, 1);
	await answerAny(card(course, first));
	await course.locator('nav.lesson-nav [data-goto="finish"]').click();
	await course.getByRole('button', { name: 'Finish and save' }).click();
	await expect(course.locator('[data-finished]')).toContainText('Your progress is saved');
	await expect(course.locator('[data-notice]')).toBeEmpty();

	// The learner goes back into the module and carries on.
	await course.locator(`nav.lesson-nav [data-goto="${data.lessons[1]?.id ?? ''}"]`).click();
	await answerAny(card(course, later));
	await expect(course.locator('[data-notice]')).toContainText(ENDED);
	await expect(course.locator('[data-notice]')).toContainText(
		'open the course again from your learning platform',
	);
	// Said where the learner is too, not only above the lesson.
	await expect(course.locator('[data-save-line-toggle]')).toHaveText(
		'Visit ended: new answers not saved',
	);
	await expect(card(course, later)).toHaveAttribute('data-state', 'answered');
	await expect(card(course, first)).toHaveAttribute('data-state', 'answered');
	// The LMS holds what was saved before the end, and nothing was called after it.
	const prefix = STANDARDS.scorm12.responses.interactionIdPrefix;
	expect(interactionIds(await cmi(page))).toEqual([`${prefix}${first ?? ''}`]);
	expect(await violations(page, true)).toEqual([]);
	await expectNoAxeViolations(page, 'the visit-ended notice');
});

for (const [standard, zip] of [
	['scorm12', 'school-ks3-scorm12.zip'],
	['scorm2004', 'school-ks3-scorm2004.zip'],
] as const)
	test(`${standard}: a reload of the course ends the visit; the page says so and keeps every answer`, async ({
		page,
	}) => {
		const seed = standard === 'scorm12' ? { core: { entry: 'ab-initio' } } : { entry: 'ab-initio' };
		await launch(page, zip, standard, seed);
		const course = page.frameLocator('iframe[title="Course"]');
		const data = await packageData(course);
		const [first, second, third] = scored(data, 0);
		await answerAny(card(course, first));
		await answerAny(card(course, second));
		const saved = interactionIds(await cmi(page));
		// F5 in a pop-up course window, a phone's pull to refresh: pagehide ends the LMS session, and
		// the LMS then refuses the reloaded page's Initialize (one session per launch).
		await page.frame({ url: /\/course\// })?.evaluate(() => {
			location.reload();
		});
		await expect(course.locator('[data-notice]')).toContainText(ENDED);
		await expect(course.locator('[data-notice]')).not.toContainText('not connected');
		for (const id of [first, second]) {
			await card(course, id).scrollIntoViewIfNeeded();
			await expect(card(course, id)).toHaveAttribute('data-state', 'answered');
		}
		await answerAny(card(course, third));
		await expect(card(course, third)).toHaveAttribute('data-state', 'answered');
		// The LMS keeps what the first page saved; the reloaded page sent nothing more.
		expect(interactionIds(await cmi(page))).toEqual(saved);
		expect(saved).toHaveLength(2);
		await expectNoAxeViolations(page, 'the visit-ended notice after a reload');
		// A fresh launch in the tab (not a reload: maybe someone else) never shows that visit.
		const frameUrl = page.frame({ url: /\/course\// })?.url() ?? '';
		await page.frame({ url: /\/course\// })?.goto(frameUrl);
		await expect(course.locator('[data-notice]')).toContainText('not connected');
		await card(course, first).scrollIntoViewIfNeeded();
		await expect(card(course, first)).toHaveAttribute('data-state', 'open');
	});

test('SCORM 1.2 review: the finish section never says "saved", and nothing is written', async ({
	page,
}) => {
	await launch(page, 'school-ks3-scorm12.zip', 'scorm12', {
		core: { entry: '', lesson_mode: 'review', credit: 'no-credit', lesson_status: 'completed' },
	});
	const course = page.frameLocator('iframe[title="Course"]');
	await expect(course.locator('[data-notice]')).toContainText('You are looking back');
	await finishUnrecorded(course, {
		lead: 'nothing you do here changes what your learning platform',
		done: 'Nothing was changed',
	});
	expect(await callCount(page, 'LMSSetValue')).toBe(0);
});

test('with no LMS, the finish section says nothing is recorded, before and after the press', async ({
	page,
}) => {
	await page.goto('/package/school-ks3/');
	await expect(page.locator('[data-notice]')).toContainText('not connected to a learning platform');
	await finishUnrecorded(page, {
		lead: 'your answers go when you close this window',
		done: 'Nothing was recorded',
	});
	await expectNoAxeViolations(page, 'the standalone finish section');
});

/** KS3's cmi5 package launched in the page from the LMS double; the double closes after `run`. */
async function withCmi5(
	page: Page,
	run: (lms: Cmi5Lms, launched: ReturnType<Cmi5Lms['launch']>, data: PackageData) => Promise<void>,
): Promise<void> {
	const lms = createCmi5Lms({
		files: unpack('school-ks3-cmi5.zip'),
		auId: cmi5Iris('school-ks3').au,
	});
	const origin = await lms.listen();
	try {
		const launched = lms.launch();
		await page.goto(origin + launched.url);
		await run(lms, launched, await packageData(page));
	} finally {
		await lms.close();
	}
}

test('cmi5: a reload after the session ended says so at once, and keeps every answer on the page', async ({
	page,
}) => {
	await withCmi5(page, async (lms, launched, data) => {
		const [first, second, third] = scored(data, 0);
		await answerAny(card(page, first));
		await expect.poll(() => lms.verbs(launched.sessionId)).toContain('answered');
		// A reload (F5, a phone's pull to refresh) fires pagehide, which ends the session.
		await page.reload();
		await expect(page.locator('[data-notice]')).toContainText(ENDED);
		await answerAny(card(page, second));
		await answerAny(card(page, third));
		// Each answer used to wipe the one before it from the page.
		await expect(card(page, second)).toHaveAttribute('data-state', 'answered');
		await expect(card(page, third)).toHaveAttribute('data-state', 'answered');
		expect(lms.verbs(launched.sessionId)).toEqual(['initialized', 'answered', 'terminated']);
		expect(lms.problems).toEqual([]);
	});
});

test("cmi5: a reload during an LRS outage ends the visit, and the page goes on saying so while the earlier page's statements are delivered", async ({
	page,
}) => {
	test.setTimeout(90_000);
	await withCmi5(page, async (lms, launched, data) => {
		const [first, second, third] = scored(data, 0);
		const line = page.locator('[data-save-line-toggle]');
		// The session has started before the LRS goes down.
		await expect.poll(() => lms.verbs(launched.sessionId)).toEqual(['initialized']);
		lms.inject({ match: faultOn.xapi, action: 503 });
		await answerAny(card(page, first));
		await expect(line).toHaveText('Not sent yet: kept in this browser', { timeout: 20_000 });
		await page.reload();
		await expect(page.locator('[data-notice]')).toContainText(ENDED);
		await expect(line).toHaveText('Visit ended: new answers not saved');
		await answerAny(card(page, second));
		// The earlier page's statements are retried, then delivered: none of it says "saved".
		await page.waitForTimeout(3000);
		lms.heal();
		await expect
			.poll(() => lms.verbs(launched.sessionId), { timeout: 30_000 })
			.toContain('terminated');
		await answerAny(card(page, third));
		await expect(page.locator('[data-notice]')).toContainText(ENDED);
		await expect(line).toHaveText('Visit ended: new answers not saved');
		expect(lms.verbs(launched.sessionId)).toEqual(['initialized', 'answered', 'terminated']);
	});
});
