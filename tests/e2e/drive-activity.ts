import { expect, type FrameLocator, type Locator } from '@playwright/test';

/**
 * Waits until the card's code has loaded and its session is attached (`data-state` is no longer
 * `loading`): islands hydrate when reached (client:reach), and on a loaded machine that can take
 * longer than an assertion's default wait.
 */
export async function expectLive(card: Locator): Promise<void> {
	await expect(card).not.toHaveAttribute('data-state', 'loading', { timeout: 15_000 });
}

/**
 * Answers whatever activity `section` is, by mouse, the way a hurried learner would (first option,
 * given order): enough to exercise every type end to end; the activity specs test right answers.
 */
export async function answerAny(section: Locator): Promise<void> {
	// Cards hydrate when they are reached (client:reach: seen, focused or pressed), as for a learner.
	await section.scrollIntoViewIfNeeded();
	await expect(
		section.locator('fieldset, .chat-choice, button[aria-pressed], ol').first(),
	).toBeVisible();
	// A press before the card's session is attached is held and replayed (client:reach); a test
	// that checks each control's state at once waits for the card to be live, as a learner sees it.
	await expectLive(section);
	const type = await section.getAttribute('data-type');
	const check = section.getByRole('button', { name: /Check my answer|Save my answer/ });
	switch (type) {
		case 'single-choice':
		case 'true-false':
		case 'multiple-response':
			await section.locator('.choice').first().click();
			await check.click();
			break;
		case 'ordering':
			await check.click();
			break;
		case 'matching':
			for (const select of await section.locator('select').all())
				await select.selectOption({ index: 1 });
			await check.click();
			break;
		case 'confidence':
			await section.getByRole('radio', { name: '3', exact: true }).check();
			await check.click();
			break;
		case 'red-flags':
			await section.locator('button[aria-pressed]').first().click();
			await check.click();
			break;
		case 'scenario':
			for (let step = 0; step < 12; step++) {
				if ((await section.getAttribute('data-state')) === 'answered') break;
				await section.locator('.chat-choice').first().click();
			}
			break;
		default:
			throw new Error(`No driver for activity type ${String(type)}`);
	}
	await expect(section).toHaveAttribute('data-state', 'answered');
}

/**
 * After a relaunch as resume: the course opens at the bookmarked lesson, and going back to the
 * earlier lesson shows the activity answered before.
 */
export async function expectResumed(
	course: FrameLocator,
	at: { bookmarked: string; earlier: string; answered: string },
): Promise<void> {
	await expect(course.locator(`[data-lesson="${at.bookmarked}"]`)).toBeVisible();
	await course.locator(`nav.lesson-nav [data-goto="${at.earlier}"]`).click();
	const card = course.locator(`section[data-activity="${at.answered}"]`);
	await card.scrollIntoViewIfNeeded();
	// The card's code loads as its lesson is shown (client:reach).
	await expectLive(card);
	await expect(card).toHaveAttribute('data-state', 'answered');
}
