/**
 * The site's "Your progress" controls when the browser will not keep anything (site data blocked)
 * or refuses "Remember" (localStorage full): every answer stays on the page while it is open, the
 * controls say plainly that it will not survive a reload, and "Remember" never shows ticked when
 * it did not work.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerAny } from './drive-activity.ts';
import {
	blockStorage,
	expectNoAxeViolations,
	liveSaid,
	recordLiveRegions,
	rememberByKeyboard,
	watchPage,
} from './helpers.ts';

const LESSON = '/lessons/fake-profiles/';
const REMEMBER = 'Remember my progress on this device';

/** The first `count` activity cards of the lesson page. */
async function cards(page: Page, count: number) {
	const ids = await page
		.locator('section[data-activity]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-activity') ?? ''));
	return ids.slice(0, count).map((id) => page.locator(`section[data-activity="${id}"]`));
}

test('site data blocked: every answer stays while the page is open, and the page says so', async ({
	page,
	baseURL,
}) => {
	// As Chromium does when a learner blocks site data: reading either storage throws.
	await blockStorage(page);
	const watch = watchPage(page, baseURL ?? '');
	await page.goto(LESSON);
	const three = await cards(page, 3);
	for (const card of three) await answerAny(card);
	for (const card of three) await expect(card).toHaveAttribute('data-state', 'answered');
	const controls = page.locator('.progress-controls');
	await controls.scrollIntoViewIfNeeded();
	const remember = page.getByRole('checkbox', { name: REMEMBER });
	await expect(remember).toBeDisabled();
	await expect(remember).not.toBeChecked();
	await expect(remember).toHaveAccessibleDescription(
		'This browser does not let the page remember anything, so this cannot be ticked.',
	);
	await expect(controls.getByRole('status')).toHaveText(
		'This browser is not letting the page keep anything, so your answers stay only while this page is open: they will be gone if you reload or close it.',
	);
	await expectNoAxeViolations(page, 'lesson page, storage blocked');
	watch.assertClean();
});

test('"Remember" refused by the browser: the box stays unticked and the page says why', async ({
	page,
	baseURL,
}) => {
	// localStorage works for a tiny check but refuses progress (full), as a crowded browser can.
	await page.addInitScript(() => {
		const { value: setItem } = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem') as {
			value: (this: Storage, key: string, value: string) => void;
		};
		Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
			if (this === window.localStorage && key !== 'second-look:probe')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	const watch = watchPage(page, baseURL ?? '');
	await page.goto(LESSON);
	const [card] = await cards(page, 1);
	if (!card) throw new Error('lesson needs an activity');
	await answerAny(card);
	const remember = page.getByRole('checkbox', { name: REMEMBER });
	await expect(remember).toBeEnabled();
	await remember.click();
	await expect(remember).not.toBeChecked();
	await expect(page.locator('.progress-controls').getByRole('status')).toHaveText(
		'This browser did not let the page remember your progress. It stays until you close this tab.',
	);
	// The answer is still kept in the tab.
	await page.reload();
	const again = (await cards(page, 1))[0];
	await again?.scrollIntoViewIfNeeded();
	if (again) await expect(again).toHaveAttribute('data-state', 'answered');
	watch.assertClean();
});

test('the progress controls are live before the learner reaches them: Tab lands on "Remember"', async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.goto(LESSON);
	const remember = page.getByRole('checkbox', { name: REMEMBER });
	// Far below the first screen, and never scrolled to: the controls hydrate once the browser is
	// idle (client:reach="idle"), not when seen, so a keyboard never meets them disabled.
	await expect(remember).not.toBeInViewport();
	await expect(remember).toBeEnabled();
	await expect(page.getByRole('button', { name: 'Forget my progress' })).toBeEnabled();
	await rememberByKeyboard(page);
	watch.assertClean();
});

test('"Remember" ticked in another tab: this tab\'s earlier answers are not left behind', async ({
	context,
	baseURL,
}) => {
	// Tab B answers first (its own sessionStorage); then tab A ticks "Remember" for the device.
	const tabA = await context.newPage();
	const tabB = await context.newPage();
	const watchA = watchPage(tabA, baseURL ?? '');
	const watchB = watchPage(tabB, baseURL ?? '');
	await tabA.goto(LESSON);
	await tabB.goto('/lessons/friend-requests/');
	const [first, second] = await cards(tabB, 2);
	if (!first || !second) throw new Error('the lesson needs two activities');
	await answerAny(first);
	await expect(first).toHaveAttribute('data-state', 'answered');
	await rememberByKeyboard(tabA);
	await expect(tabA.getByRole('checkbox', { name: REMEMBER })).toBeChecked();
	// Tab B answers again and reloads: both answers are there, and a new tab sees them too.
	await answerAny(second);
	await expect(second).toHaveAttribute('data-state', 'answered');
	await tabB.reload();
	for (const card of await cards(tabB, 2)) {
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'answered');
	}
	const fresh = await context.newPage();
	await fresh.goto('/lessons/friend-requests/');
	for (const card of await cards(fresh, 2)) {
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'answered');
	}
	watchA.assertClean();
	watchB.assertClean();
});

test('coming back with "Remember" ticked: answered cards show their status, and none is read out as it comes into view', async ({
	page,
	baseURL,
}) => {
	await page.addInitScript(recordLiveRegions);
	const watch = watchPage(page, baseURL ?? '');
	await page.goto(LESSON);
	await rememberByKeyboard(page);
	// A confidence check and two "Before we start" questions: each thanks the learner.
	const three = await cards(page, 3);
	for (const card of three) await answerAny(card);
	const statuses = await Promise.all(
		three.map((card) => card.locator('.activity-status').innerText()),
	);
	for (const status of statuses) expect(status).toMatch(/^Thank you/);

	await page.reload();
	// The learner reads down the page by keyboard: each card comes back as focus reaches it.
	for (const [i, card] of three.entries()) {
		for (let tabs = 0; tabs < 80; tabs++) {
			if (await card.evaluate((el) => el.contains(document.activeElement))) break;
			await page.keyboard.press('Tab');
		}
		await expect(card.locator(':focus')).toHaveCount(1);
		await expect(card).toHaveAttribute('data-state', 'answered');
		// Shown, as plain text where it always is: not said as news with no question in sight.
		await expect(card.locator('.activity-status')).toHaveText(statuses[i] ?? '');
	}
	expect(
		(await liveSaid(page)).filter((said) => said.activity !== ''),
		'live announcements from the activity cards after the reload',
	).toEqual([]);
	watch.assertClean();
});
