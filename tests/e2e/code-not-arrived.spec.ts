/**
 * An activity whose code does not arrive (a school's network drops, a phone goes through a tunnel):
 * the card says so in words under itself, instead of staying silently inert; a press meanwhile is
 * not half done (no radio checked that nothing records); and once the connection is back, the card
 * comes back by itself (a lesson page) or at the next press (a package, where the answer then
 * reaches the LMS). See src/scripts/client-reach.ts.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { STANDARDS } from '../../exports/scorm/standards.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { expectNoAxeViolations } from './helpers.ts';
import {
	cmi,
	dropIfDown,
	interactionIds,
	launch,
	type Faults,
	type FlakyNetwork,
} from './lms-harness.ts';

const NOT_LOADED = 'This activity did not load';
const PREFIX = STANDARDS.scorm12.responses.interactionIdPrefix;

/**
 * The site's files that `drops` matches, behind a connection that is down until the test says
 * otherwise, and gives up after half a second, as a real one does: a fetch begun as the card
 * scrolled into view is still under way when the learner presses it (that press must still be
 * answered).
 */
async function flakyNetwork(page: Page, drops: RegExp): Promise<FlakyNetwork> {
	const net: FlakyNetwork = { drops, down: true, asked: 0, lagMs: 500 };
	await page.route('**/_astro/**', async (route) => {
		const dropped = drops.test(new URL(route.request().url()).pathname);
		if (!(dropped && (await dropIfDown(route, net)))) await route.continue();
	});
	return net;
}

test('on a lesson page: the card pressed says its code did not arrive, and comes back with the connection', async ({
	page,
}) => {
	const net = await flakyNetwork(page, /^\/_astro\/single-choice\.[\w-]+\.js$/);
	await page.goto('/lessons/fake-profiles/');
	const card = page.locator('section[data-type="single-choice"]').first();
	const first = card.getByRole('radio').first();
	await card.scrollIntoViewIfNeeded();
	await first.click();
	// Said once, under the card the learner tried; the cards only scrolled past stay quiet.
	const notice = page.getByRole('status').filter({ hasText: NOT_LOADED });
	await expect(notice).toHaveText(
		'This activity did not load: the connection may have dropped. Try it again in a moment, or reload the page.',
	);
	expect(
		await notice.evaluate((el) =>
			el.previousElementSibling?.contains(el.ownerDocument.activeElement),
		),
		'the notice is right after the card in use',
	).toBe(true);
	// Nothing half done: no choice shows as made while nothing could record it.
	await expect(first).not.toBeChecked();
	await expect(card).toHaveAttribute('data-state', 'loading');
	await expectNoAxeViolations(page, 'a lesson with an activity whose code did not load');

	// The connection comes back: the card asks again on its own (at most 30 s apart) and works.
	const before = net.asked;
	net.down = false;
	await expect(card).toHaveAttribute('data-state', 'open', { timeout: 45_000 });
	await expect(notice).toHaveCount(0);
	expect(net.asked, 'the code was asked for again').toBeGreaterThan(before);
	await first.click();
	await expect(first).toBeChecked();
});

/**
 * Launches the adult module's SCORM 1.2 zip in the test LMS with the activities' code dropped (a
 * package draws every activity type from one file, fetched as the first lesson is shown), presses
 * the first lesson's single choice, and checks the card says its code did not arrive.
 */
async function pressWithoutCode(page: Page, faults: Faults = {}) {
	const net: FlakyNetwork = { drops: /^course\/_astro\/types\.[\w-]+\.js$/, down: true, asked: 0 };
	await launch(page, 'adult-self-paced-scorm12.zip', 'scorm12', {}, faults, undefined, net);
	const course: FrameLocator = page.frameLocator('iframe[title="Course"]');
	const data = JSON.parse(
		(await course.locator('#package-data').textContent()) ?? '{}',
	) as PackageData;
	const target = data.lessons[0]?.activities.find((a) => a.type === 'single-choice');
	if (!target) throw new Error('the first lesson needs a single choice');
	const card = course.locator(`section[data-activity="${target.id}"]`);
	await card.scrollIntoViewIfNeeded();
	const first = card.getByRole('radio').first();
	await first.click();
	const notice = course.getByRole('status').filter({ hasText: NOT_LOADED });
	await expect(notice).toBeVisible();
	await expect(first).not.toBeChecked();
	await expect(card).toHaveAttribute('data-state', 'loading');
	return { net, course, card, first, notice, interactionId: `${PREFIX}${target.id}` };
}

/** The interaction ids the LMS holds (as its SetValue calls left them; reading needs no commit). */
const heldIds = async (page: Page) => interactionIds(await cmi(page));

/** Once online, the learner presses again and saves the answer. */
async function answerOnceOnline(on: Awaited<ReturnType<typeof pressWithoutCode>>) {
	on.net.down = false;
	await on.first.click();
	await expect(on.card).toHaveAttribute('data-state', 'open');
	await expect(on.first).toBeChecked();
	await expect(on.notice).toHaveCount(0);
	await on.card.getByRole('button', { name: /Check my answer|Save my answer/ }).click();
	await expect(on.card).toHaveAttribute('data-state', 'answered');
}

test('in a SCORM 1.2 package: the activity code did not arrive at launch; once online the answer reaches the LMS', async ({
	page,
}) => {
	const on = await pressWithoutCode(page);
	await expectNoAxeViolations(page, 'a package with an activity whose code did not load');
	await answerOnceOnline(on);
	await expect.poll(() => heldIds(page)).toContain(on.interactionId);
});

test('the connection drops the activity code and the LMS saves together: the learner is told of each, and once both are back the answer is saved', async ({
	page,
}) => {
	// The launch's commit goes through; the next three fail, a window that lasts through the
	// package's retries after 1, 3 and 10 s.
	const commit = STANDARDS.scorm12.api.methods.commit;
	const on = await pressWithoutCode(page, {
		faults: [{ method: commit, effect: 'false', after: 1, times: 3 }],
	});
	await answerOnceOnline(on);
	const saving = on.course.locator('[data-notice]');
	await expect(saving).toContainText(/taking a moment|could not be saved|has not reached/);
	await expect(saving).toContainText('saved again', { timeout: 30_000 });
	await expect.poll(() => heldIds(page)).toContain(on.interactionId);
});
