import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { STANDARDS } from '../../exports/scorm/standards.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny, expectLive } from './drive-activity.ts';
import { launch, type Faults } from './lms-harness.ts';

/**
 * While the LMS takes none of the learner's answers, the notice that says so sits above the lesson,
 * out of sight of a learner working on a card further down. The save line at the window's foot
 * keeps it in view wherever they are, opens the notice's words in place, and goes once the LMS
 * takes them again; at Finish the finish paragraph alone says where the answers are. The real
 * SCORM 1.2 package in Chromium, in a test LMS whose commits fail.
 */

const commit = STANDARDS.scorm12.api.methods.commit;
/** The launch's commit goes through; the next four fail (the answer's and three retries, over 14 s:
 * saving is then "failing", not only slow); the retry 30 s later goes through. */
const FAILING_FOR_A_WHILE: Faults = {
	faults: [{ method: commit, effect: 'false', after: 1, times: 4 }],
};

/** Launches KS3's SCORM 1.2 package for learner-7 (so unsent answers are kept in this browser). */
async function launchFailing(page: Page, faults: Faults): Promise<FrameLocator> {
	await launch(
		page,
		'school-ks3-scorm12.zip',
		'scorm12',
		{ core: { entry: 'ab-initio', student_id: 'learner-7' } },
		faults,
	);
	return page.frameLocator('iframe[title="Course"]');
}

/** Answers the lesson's first activity, then waits until the save line shows (saving failing). */
async function answerUntilFailing(course: FrameLocator): Promise<void> {
	const first = course.locator('section[data-activity]:visible').first();
	await first.scrollIntoViewIfNeeded();
	await expectLive(first);
	await answerAny(first);
	await expect(course.locator('[data-save-line]')).toBeVisible({ timeout: 20_000 });
}

/** Presses Finish and save; returns the finish paragraph, which then has focus. */
async function finish(course: FrameLocator) {
	await course.locator('nav.lesson-nav [data-goto="finish"]').click();
	await course.getByRole('button', { name: 'Finish and save' }).click();
	const finished = course.locator('[data-finished]');
	await expect(finished).toBeFocused();
	return finished;
}

/** Where an element is in the course frame's window. */
const placeIn = (course: FrameLocator, selector: string) =>
	course.locator(selector).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom, height: window.innerHeight };
	});

test('the LMS takes no answers for a while: a line in view says they are kept here, opens the notice in place, and goes once they are saved', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const course = await launchFailing(page, FAILING_FOR_A_WHILE);
	const data = JSON.parse(
		(await course.locator('#package-data').textContent()) ?? '{}',
	) as PackageData;
	const ids = data.lessons[0]?.activities.map((a) => a.id) ?? [];
	const line = course.locator('[data-save-line]');
	const toggle = line.getByRole('button');
	const notice = course.locator('[data-notice]');

	await expect(line).toBeHidden();
	const first = course.locator(`section[data-activity="${ids[0] ?? ''}"]`);
	await first.scrollIntoViewIfNeeded();
	await expectLive(first);
	await answerAny(first);
	// Slow, not yet failing: the notice alone says it is taking a moment.
	await expect(notice).toContainText('taking a moment');
	await expect(line).toBeHidden();

	// The learner works on, further down the lesson, while saving fails.
	const later = course.locator(`section[data-activity="${ids.at(-1) ?? ''}"]`);
	await later.scrollIntoViewIfNeeded();
	await expectLive(later);
	await answerAny(later);
	await expect(toggle).toHaveText('Not sent yet: kept in this browser', { timeout: 20_000 });
	await expect(notice).toContainText('Your answers are kept in this browser');
	const atWork = await placeIn(course, '[data-save-line]');
	expect(atWork.top, 'the line is in the window').toBeGreaterThanOrEqual(0);
	expect(atWork.bottom).toBeLessThanOrEqual(atWork.height + 0.5);
	expect(
		(await placeIn(course, '[data-notice]')).bottom,
		'the notice is out of sight',
	).toBeLessThan(0);
	// What the learner is working on is not under it.
	expect((await placeIn(course, `section[data-activity="${ids.at(-1) ?? ''}"]`)).top).toBeLessThan(
		atWork.top,
	);

	// By keyboard, its button opens the notice's words just above it; the learner stays where they
	// were in the lesson.
	const scrolled = await course.locator(':root').evaluate(() => window.scrollY);
	await toggle.focus();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(toggle).toBeFocused();
	const more = course.locator('[data-save-line-more]');
	await expect(more).toBeVisible();
	await expect(more).toContainText('Your answers are kept in this browser');
	const opened = await placeIn(course, '[data-save-line-more]');
	expect(opened.top, 'the words are in the window').toBeGreaterThanOrEqual(0);
	expect(await course.locator(':root').evaluate(() => window.scrollY)).toBe(scrolled);
	await page.keyboard.press('Enter');
	await expect(more).toBeHidden();

	// The LMS takes them again while the learner is on the line: it says so, closed, and goes only
	// once focus leaves it (never dropped to the top of the page).
	await expect(notice).toContainText('Your progress is saved again.', { timeout: 45_000 });
	await expect(toggle).toHaveText('Your progress is saved now');
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(line).toBeHidden();
	expect(
		await course.locator(':root').evaluate(() => document.activeElement?.localName),
		'focus moved on along the page, not back to its start',
	).not.toBe('body');
});

test('the LMS is down when the learner finishes: the finish paragraph says so, and nothing still says "we will keep trying"', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const course = await launchFailing(page, {
		faults: [
			{ method: commit, effect: 'false', after: 1 },
			{ method: STANDARDS.scorm12.api.methods.terminate, effect: 'false' },
		],
	});
	const line = course.locator('[data-save-line]');
	await answerUntilFailing(course);
	await expect(course.locator('[data-notice]')).toContainText('we will keep trying');

	const finished = await finish(course);
	await expect(finished).toContainText('have not reached your learning platform');
	await expect(finished).toContainText('kept in this browser');
	// Nothing is tried after the end: no line, and the notice no longer says it will keep trying.
	await expect(line).toBeHidden();
	await expect(course.locator('[data-notice]')).toBeEmpty();
});

test('saving failed, and the LMS takes everything at Finish: the page says it is saved, and nothing says otherwise', async ({
	page,
}) => {
	test.setTimeout(90_000);
	// Failing after 14 s; the next retry would be 30 s later, but the learner finishes first.
	const course = await launchFailing(page, FAILING_FOR_A_WHILE);
	const line = course.locator('[data-save-line]');
	await answerUntilFailing(course);

	const finished = await finish(course);
	await expect(finished).toContainText('Your progress is saved');
	await expect(line).toBeHidden();
	// The notice no longer says the answers have not arrived, and says nothing the paragraph does.
	await expect(course.locator('[data-notice]')).toBeEmpty();
	// Nothing was kept back in this browser: the LMS holds it all.
	const kept = await page
		.frames()
		.find((f) => f.url().includes('/lms/course/'))
		?.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('second-look.scorm')));
	expect(kept).toEqual([]);
});
