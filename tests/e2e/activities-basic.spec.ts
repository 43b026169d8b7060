/**
 * Multiple response, ordering, matching and confidence activities, and the "Your progress"
 * controls, on the real built lesson pages: by keyboard alone and by mouse, with retries, skips,
 * storage (tab only, remembered, forgotten) and axe in every state.
 *
 * The right answers are read from the lessons' front matter, so the tests follow the content.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import {
	activityScope,
	expectNoAxeViolations,
	liveSaid,
	recordLiveRegions,
	rememberByKeyboard,
	watchPage,
} from './helpers.ts';
import { expectLive } from './drive-activity.ts';

const PROGRESS_KEY = 'second-look:progress:v1';
const FAKE = 'fake-profiles';
const HAPPENS = 'if-it-happens';

interface Def {
	id: string;
	type: string;
	options?: { id: string; text: string; correct?: boolean }[];
	items?: { id: string; text: string }[];
	pairs?: { id: string; text: string; match: string }[];
	targets?: { id: string; text: string }[];
	when?: 'before' | 'after';
	low?: string;
	high?: string;
}

interface StoredRecord {
	status: string;
	attempts: number;
	first?: { type: string; value: unknown };
	latest?: { type: string; value: unknown };
	result?: { correct: boolean };
	/** The activity's key when the answer was given (its options and what makes an answer right). */
	key?: string;
}

/** The activities a lesson places on its page, from its front matter. */
function placedActivities(lesson: string): Def[] {
	const text = readFileSync(`lessons/${lesson}.mdx`, 'utf8');
	const [, front = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
	const placed = new Set([...body.matchAll(/<Activity id="([^"]+)"/g)].map((m) => m[1]));
	return (parse(front) as { activities: Def[] }).activities.filter((a) => placed.has(a.id));
}

/** The first activity of a type placed in a lesson (for confidence, asked `when`). */
function def(lesson: string, type: string, when?: 'before' | 'after'): Def {
	const found = placedActivities(lesson).find(
		(a) => a.type === type && (when === undefined || a.when === when),
	);
	if (!found) throw new Error(`No ${type} activity placed in ${lesson}.`);
	return found;
}

const lists = (d: Def) => ({
	options: d.options ?? [],
	items: d.items ?? [],
	pairs: d.pairs ?? [],
	targets: d.targets ?? [],
});

/** The activity's section, scrolled into view and hydrated (ready for input). */
async function openActivity(page: Page, d: Def): Promise<Locator> {
	const section = page.locator(`section[data-type="${d.type}"][data-activity="${d.id}"]`);
	await section.scrollIntoViewIfNeeded();
	await expect(section.getByRole('button', { name: 'Skip this one' })).toBeEnabled();
	// A key or click before the card is live is held and replayed (client:reach), but Playwright's
	// `selectOption` sets a value directly, which hydration would reset: wait as a learner sees it.
	await expectLive(section);
	return section;
}

/** Starts keyboard work just before an activity's controls: focus on its prompt (not a click). */
async function focusPrompt(section: Locator) {
	await section.locator('.activity-prompt').evaluate((el: HTMLElement) => {
		el.tabIndex = -1;
		el.focus();
	});
}

/** Presses Tab (or Shift+Tab) until `target` has focus: keyboard-only navigation. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`Could not reach ${target.toString()} with ${key}.`);
}

async function storedRecord(
	page: Page,
	id: string,
	storage: 'sessionStorage' | 'localStorage' = 'sessionStorage',
): Promise<StoredRecord | undefined> {
	const text = await page.evaluate(([key, where]) => window[where].getItem(key), [
		PROGRESS_KEY,
		storage,
	] as const);
	if (text === null) return undefined;
	return (JSON.parse(text) as { activities: Record<string, StoredRecord> }).activities[id];
}

/** After an answer, focus lands on the feedback (verdict and why), so it is read first. */
async function expectAnsweredWithFocus(section: Locator) {
	await expect(section).toHaveAttribute('data-state', 'answered');
	await expect(section.locator('.feedback').first()).toBeFocused();
}

/** Ticks exactly the options in `ids` (by mouse), leaving the others unticked, then checks. */
async function answerMultipleByMouse(section: Locator, d: Def, ids: readonly string[]) {
	for (const option of lists(d).options) {
		await section
			.getByRole('checkbox', { name: option.text, exact: true })
			.setChecked(ids.includes(option.id));
	}
	await section.getByRole('button', { name: 'Check my answer' }).click();
}

/** The item ids of an ordering activity, as shown now. */
async function shownOrder(section: Locator, d: Def): Promise<string[]> {
	const texts = await section.locator('.order-item .order-text').allTextContents();
	return texts.map((t) => lists(d).items.find((i) => i.text === t.trim())?.id ?? `?${t}`);
}

/** Puts an ordering activity right using its Move up buttons, by mouse. */
async function orderByMouse(section: Locator, d: Def) {
	const { items } = lists(d);
	for (const [k, item] of items.entries()) {
		const from = (await shownOrder(section, d)).indexOf(item.id);
		for (let i = from; i > k; i--)
			await section.getByRole('button', { name: `Move up: ${item.text}`, exact: true }).click();
	}
}

/** Chooses a target for every pair (by mouse); `wrong` pairs get another target. */
async function matchByMouse(section: Locator, d: Def, wrong: readonly string[] = []) {
	const { pairs, targets } = lists(d);
	for (const pair of pairs) {
		const other = targets.find((t) => t.id !== pair.match)?.id ?? '';
		await section
			.getByLabel(pair.text, { exact: true })
			.selectOption(wrong.includes(pair.id) ? other : pair.match);
	}
	await section.getByRole('button', { name: 'Check my answer' }).click();
}

test.describe('multiple response', () => {
	const d = def(FAKE, 'multiple-response');
	const { options } = lists(d);
	const right = options.filter((o) => o.correct === true).map((o) => o.id);

	test('by keyboard alone: Tab, Space, Enter; focus moves to the status', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${FAKE}/`);
		const section = await openActivity(page, d);
		await expect(section.locator('fieldset')).toHaveAccessibleDescription('Pick all that apply.');
		await focusPrompt(section);
		await page.keyboard.press('Tab');
		await expect(section.getByRole('checkbox').first()).toBeFocused();
		for (const [i, option] of options.entries()) {
			if (i > 0) await page.keyboard.press('Tab');
			const box = section.getByRole('checkbox', { name: option.text, exact: true });
			await expect(box).toBeFocused();
			if (option.correct === true) await page.keyboard.press('Space');
			await expect(box).toBeChecked({ checked: option.correct === true });
		}
		await page.keyboard.press('Tab');
		await expect(section.getByRole('button', { name: 'Check my answer' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('All right.');
		await expect(section.locator('.feedback')).toHaveClass(/is-right/);
		await expect(section.locator('.feedback-list > li')).toHaveCount(options.length);
		expect((await storedRecord(page, d.id))?.first?.value).toEqual(right);
		watch.assertClean();
	});

	test('by mouse: wrong, Try again, right; the first answer stays the stored one', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${FAKE}/`);
		const section = await openActivity(page, d);
		const wrongPick = options.find((o) => o.correct !== true)?.id ?? '';
		await answerMultipleByMouse(section, d, [wrongPick]);
		await expectAnsweredWithFocus(section);
		const rightCount = options.filter((o) => o.correct !== true && o.id !== wrongPick).length;
		await expect(section.locator('.feedback-verdict')).toHaveText(
			`Partly right: ${rightCount} of ${options.length} right.`,
		);
		await expect(section.locator('.feedback')).not.toHaveClass(/is-right/);
		await expect(section.locator('.feedback')).toContainText(
			'You picked this, but it does not apply.',
		);

		await section.getByRole('button', { name: 'Try again' }).click();
		await expect(section).toHaveAttribute('data-state', 'open');
		await expect(section.getByRole('checkbox').first()).toBeFocused();
		await answerMultipleByMouse(section, d, right);
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.activity-status')).toContainText('Answer checked again.');
		await expect(section.locator('.feedback-verdict')).toHaveText('All right.');
		await expectNoAxeViolations(page, 'multiple response answered right', activityScope(d.id));

		const record = await storedRecord(page, d.id);
		expect(record?.first?.value).toEqual([wrongPick]);
		expect(record?.result?.correct).toBe(false);
		expect(record?.latest?.value).toEqual(right);
		expect(record?.attempts).toBe(2);
		watch.assertClean();
	});
});

test.describe('ordering', () => {
	const d = def(HAPPENS, 'ordering');
	const { items } = lists(d);
	const right = items.map((i) => i.id);

	test('starts in a fixed shuffle that is never right, the same in the HTML and after hydration', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		const html = await (await page.request.get(`/lessons/${HAPPENS}/`)).text();
		const start = html.indexOf(`data-activity="${d.id}"`);
		const list = html.slice(start, html.indexOf('</ol>', start));
		const served = [...list.matchAll(/<span class="order-text"[^>]*>([^<]*)<\/span>/g)].map((m) =>
			(m[1] ?? '').replaceAll('&#39;', "'").replaceAll('&amp;', '&'),
		);
		await page.goto(`/lessons/${HAPPENS}/`);
		const section = await openActivity(page, d);
		const hydrated = await shownOrder(section, d);
		expect(hydrated.map((id) => items.find((i) => i.id === id)?.text)).toEqual(served);
		expect(hydrated).not.toEqual(right);
		expect([...hydrated].sort()).toEqual([...right].sort());
		await expect(
			section.getByRole('button', {
				name: `Move up: ${items.find((i) => i.id === hydrated[0])?.text ?? ''}`,
			}),
		).toBeDisabled();
		await expect(
			section.getByRole('button', {
				name: `Move down: ${items.find((i) => i.id === hydrated.at(-1))?.text ?? ''}`,
			}),
		).toBeDisabled();
		await page.reload();
		expect(await shownOrder(await openActivity(page, d), d)).toEqual(hydrated);
		watch.assertClean();
	});

	test('by keyboard alone: moves are announced and focus stays with the moved item', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${HAPPENS}/`);
		const section = await openActivity(page, d);
		const live = section.locator('.ordering [role="status"]');
		await focusPrompt(section);
		let presses = 0;
		for (const [k, item] of items.entries()) {
			const from = (await shownOrder(section, d)).indexOf(item.id);
			if (from === k) continue;
			const up = section.getByRole('button', { name: `Move up: ${item.text}`, exact: true });
			const down = section.getByRole('button', { name: `Move down: ${item.text}`, exact: true });
			await tabTo(page, up);
			for (let at = from; at > k; at--) {
				await page.keyboard.press(presses++ % 2 ? 'Space' : 'Enter');
				await expect(live).toHaveText(`${item.text} moved to position ${at} of ${items.length}.`);
				// At the top, Move up is disabled, so focus goes to the item's Move down.
				await expect(at - 1 === 0 ? down : up).toBeFocused();
			}
		}
		expect(await shownOrder(section, d)).toEqual(right);
		await tabTo(page, section.getByRole('button', { name: 'Check my answer' }));
		await page.keyboard.press('Enter');
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('Yes, all in the right order.');
		expect((await storedRecord(page, d.id))?.first?.value).toEqual(right);
		watch.assertClean();
	});

	test('by mouse: wrong, Try again, right; the first answer stays the stored one', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${HAPPENS}/`);
		const section = await openActivity(page, d);
		const shuffled = await shownOrder(section, d);
		const inPlace = shuffled.filter((id, i) => id === right[i]).length;
		await section.getByRole('button', { name: 'Check my answer' }).click();
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText(
			`Not quite: ${inPlace} of ${items.length} in the right place.`,
		);
		await expect(section.locator('.feedback ol > li')).toHaveText(items.map((i) => i.text));

		await section.getByRole('button', { name: 'Try again' }).click();
		await orderByMouse(section, d);
		await section.getByRole('button', { name: 'Check my answer' }).click();
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('Yes, all in the right order.');
		await expect(section.locator('.feedback')).toHaveClass(/is-right/);
		await expectNoAxeViolations(page, 'ordering answered right', activityScope(d.id));

		const record = await storedRecord(page, d.id);
		expect(record?.first?.value).toEqual(shuffled);
		expect(record?.latest?.value).toEqual(right);
		watch.assertClean();
	});
});

test.describe('matching', () => {
	const d = def(HAPPENS, 'matching');
	const { pairs, targets } = lists(d);
	const right = Object.fromEntries(pairs.map((p) => [p.id, p.match]));

	test('by keyboard alone: Tab to each select and choose with the arrow keys', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${HAPPENS}/`);
		const section = await openActivity(page, d);
		await focusPrompt(section);
		for (const pair of pairs) {
			const select = section.getByLabel(pair.text, { exact: true });
			await page.keyboard.press('Tab');
			await expect(select).toBeFocused();
			await expect(select).toHaveValue('');
			const steps = targets.findIndex((t) => t.id === pair.match) + 1;
			for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
			await expect(select).toHaveValue(pair.match);
		}
		await page.keyboard.press('Tab');
		await expect(section.getByRole('button', { name: 'Check my answer' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('Yes, all matched right.');
		expect((await storedRecord(page, d.id))?.first?.value).toEqual(right);
		watch.assertClean();
	});

	test('by mouse: some left empty and one wrong, Try again, right; the first answer is kept', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${HAPPENS}/`);
		const section = await openActivity(page, d);
		const [one, two] = pairs;
		if (!one || !two) throw new Error('matching needs two pairs');
		const check = section.getByRole('button', { name: 'Check my answer' });
		await expect(check).toBeDisabled();
		await section.getByLabel(one.text, { exact: true }).selectOption(one.match);
		const wrongTarget = targets.find((t) => t.id !== two.match)?.id ?? '';
		await section.getByLabel(two.text, { exact: true }).selectOption(wrongTarget);
		await check.click();
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText(
			`Partly right: 1 of ${pairs.length} matched right.`,
		);
		await expect(section.locator('.feedback')).toContainText('You chose nothing.');
		const first = Object.fromEntries(
			pairs.map((p) => [p.id, p === one ? one.match : p === two ? wrongTarget : '']),
		);
		expect((await storedRecord(page, d.id))?.first?.value).toEqual(first);

		await section.getByRole('button', { name: 'Try again' }).click();
		await expect(section.getByLabel(one.text, { exact: true })).toBeFocused();
		await matchByMouse(section, d);
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('Yes, all matched right.');
		await expectNoAxeViolations(page, 'matching answered right', activityScope(d.id));
		const record = await storedRecord(page, d.id);
		expect(record?.first?.value).toEqual(first);
		expect(record?.latest?.value).toEqual(right);
		watch.assertClean();
	});
});

test.describe('confidence', () => {
	const noVerdict = /\b(right|wrong|correct|incorrect|not quite)\b/i;

	test('by keyboard alone: arrow keys pick a rating, Enter saves it; no verdict', async ({
		page,
		baseURL,
	}) => {
		const d = def(FAKE, 'confidence', 'before');
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${FAKE}/`);
		const section = await openActivity(page, d);
		await expect(section.getByRole('radio')).toHaveCount(5);
		await expect(
			section.getByRole('radio', { name: '1', exact: true }),
		).toHaveAccessibleDescription(d.low ?? '');
		await expect(
			section.getByRole('radio', { name: '5', exact: true }),
		).toHaveAccessibleDescription(d.high ?? '');
		await focusPrompt(section);
		await page.keyboard.press('Tab');
		await expect(section.getByRole('radio', { name: '1', exact: true })).toBeFocused();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect(section.getByRole('radio', { name: '4', exact: true })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(section.getByRole('button', { name: 'Save my answer' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('You chose 4 of 5.');
		await expect(section.locator('.activity-status')).toHaveText('Thank you for your answer.');
		expect(await section.innerText()).not.toMatch(noVerdict);
		// Whether it is saved is the page's to say (a package's notice), never the card's guess.
		expect(await section.innerText()).not.toMatch(/saved/i);
		expect((await storedRecord(page, d.id))?.first?.value).toBe(4);
		watch.assertClean();
	});

	test('by mouse, asked after the lesson: shows the rating and nothing about right or wrong', async ({
		page,
		baseURL,
	}) => {
		const d = def(HAPPENS, 'confidence', 'after');
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${HAPPENS}/`);
		const section = await openActivity(page, d);
		await expect(section.getByRole('button', { name: 'Save my answer' })).toBeDisabled();
		await section.getByText('2', { exact: true }).click();
		await section.getByRole('button', { name: 'Save my answer' }).click();
		await expectAnsweredWithFocus(section);
		await expect(section.locator('.feedback-verdict')).toHaveText('You chose 2 of 5.');
		await expect(section.getByRole('button', { name: 'Try again' })).toHaveCount(0);
		expect(await section.innerText()).not.toMatch(noVerdict);
		watch.assertClean();
	});
});

test.describe('Skip this one', () => {
	for (const [lesson, types] of [
		[FAKE, ['multiple-response', 'confidence']],
		[HAPPENS, ['ordering', 'matching', 'confidence']],
	] as const) {
		test(`in ${lesson}: says skipped once, where focus goes, shows no verdict, and passes axe`, async ({
			page,
			baseURL,
		}) => {
			await page.addInitScript(recordLiveRegions);
			const watch = watchPage(page, baseURL ?? '');
			await page.goto(`/lessons/${lesson}/`);
			for (const [i, type] of types.entries()) {
				const d = def(lesson, type, type === 'confidence' ? 'before' : undefined);
				const section = await openActivity(page, d);
				const skip = section.getByRole('button', { name: 'Skip this one' });
				if (i === 0) {
					// By keyboard: Tab from the prompt to the Skip button, then Enter.
					await focusPrompt(section);
					await tabTo(page, skip);
					await page.keyboard.press('Enter');
				} else {
					await skip.click();
				}
				await expect(section).toHaveAttribute('data-state', 'skipped');
				// Read as focus lands on it, and not said a second time by a live region.
				await expect(section.locator('.activity-status')).toBeFocused();
				await expect(section.locator('.activity-status')).toHaveText(
					'Skipped. You can come back to it at any time.',
				);
				expect((await liveSaid(page)).filter((said) => said.activity === d.id)).toEqual([]);
				await expect(section.locator('.feedback, .feedback-verdict')).toHaveCount(0);
				await expect(section.getByRole('button', { name: 'Answer it now' })).toBeVisible();
				if (i === 0) {
					// The next key goes on to answering it after all.
					await page.keyboard.press('Tab');
					await expect(section.getByRole('button', { name: 'Answer it now' })).toBeFocused();
				}
				expect((await storedRecord(page, d.id))?.status).toBe('skipped');
			}
			await expectNoAxeViolations(page, `${lesson} with activities skipped`);
			watch.assertClean();
		});
	}
});

test('"Before we start", by keyboard: the thanks for an answer is said once, where focus goes', async ({
	page,
	baseURL,
}) => {
	await page.addInitScript(recordLiveRegions);
	const watch = watchPage(page, baseURL ?? '');
	await page.goto(`/lessons/${FAKE}/`);
	const section = page.locator('section[data-activity="baseline-dont-pay"]');
	await section.scrollIntoViewIfNeeded();
	await expectLive(section);
	await focusPrompt(section);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await tabTo(page, section.getByRole('button', { name: 'Save my answer' }));
	await page.keyboard.press('Enter');
	await expect(section).toHaveAttribute('data-state', 'answered');
	await expect(section.locator('.activity-status')).toBeFocused();
	await expect(section.locator('.activity-status')).toHaveText(
		'Thank you for your answer. There is no right or wrong here: we will come back to this at the end.',
	);
	expect((await liveSaid(page)).filter((said) => said.activity === 'baseline-dont-pay')).toEqual(
		[],
	);
	await page.keyboard.press('Tab');
	await expect(section.getByRole('button', { name: 'Change my answer' })).toBeFocused();
	watch.assertClean();
});

test.describe('axe in the unanswered and answered-wrong states', () => {
	const types = ['multiple-response', 'ordering', 'matching', 'confidence'];
	for (const lesson of [FAKE, HAPPENS]) {
		const mine = placedActivities(lesson).filter((a) => types.includes(a.type));

		test(`${lesson}: unanswered`, async ({ page, baseURL }) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.goto(`/lessons/${lesson}/`);
			for (const d of mine) await openActivity(page, d);
			await expectNoAxeViolations(page, `${lesson} unanswered`);
			watch.assertClean();
		});

		test(`${lesson}: answered (wrong where scored), on a phone in dark mode`, async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`/lessons/${lesson}/`);
			for (const d of mine) {
				const section = await openActivity(page, d);
				if (d.type === 'multiple-response') {
					const wrong = lists(d).options.find((o) => o.correct !== true)?.id ?? '';
					await answerMultipleByMouse(section, d, [wrong]);
				}
				if (d.type === 'ordering')
					await section.getByRole('button', { name: 'Check my answer' }).click();
				if (d.type === 'matching') await matchByMouse(section, d, [lists(d).pairs[0]?.id ?? '']);
				if (d.type === 'confidence') {
					await section.getByText('3', { exact: true }).click();
					await section.getByRole('button', { name: 'Save my answer' }).click();
				}
				await expect(section).toHaveAttribute('data-state', 'answered');
				await expect(section.locator('.feedback')).not.toHaveClass(/is-right/);
			}
			await expectNoAxeViolations(page, `${lesson} answered (dark, 320px)`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, 'horizontal scrolling at 320px').toBeLessThanOrEqual(0);
			watch.assertClean();
		});
	}
});

test.describe('Your progress', () => {
	const mr = def(FAKE, 'multiple-response');
	const right = lists(mr)
		.options.filter((o) => o.correct === true)
		.map((o) => o.id);

	test('an answer given when another answer was the right one is not shown marked after the lesson changes', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${FAKE}/`);
		await answerMultipleByMouse(await openActivity(page, mr), mr, right);
		const saved = await storedRecord(page, mr.id);
		expect(saved?.key).toMatch(/^[0-9a-z]{4}$/);
		// The lesson is corrected after the answer: its key is no longer the activity's.
		const older = saved?.key === 'zzzz' ? 'yyyy' : 'zzzz';
		await page.evaluate(
			([key, id, stale]) => {
				const state = JSON.parse(sessionStorage.getItem(key) ?? '{}') as {
					activities: Record<string, { key?: string }>;
				};
				const record = state.activities[id];
				if (record) record.key = stale;
				sessionStorage.setItem(key, JSON.stringify(state));
			},
			[PROGRESS_KEY, mr.id, older] as const,
		);
		await page.reload();
		const again = await openActivity(page, mr);
		await expect(again).toHaveAttribute('data-state', 'open');
		await expect(again.locator('.feedback-verdict')).toHaveCount(0);
		watch.assertClean();
	});

	test('without Remember: a reload keeps answers in the tab, a new tab or browser starts fresh', async ({
		page,
		context,
		browser,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${FAKE}/`);
		const remember = page.getByRole('checkbox', { name: 'Remember my progress on this device' });
		await expect(remember).toBeEnabled();
		await expect(remember).not.toBeChecked();
		await expect(remember).toHaveAccessibleDescription(
			'Leave this unticked on a shared device: your answers are then forgotten when you close this tab.',
		);
		await answerMultipleByMouse(await openActivity(page, mr), mr, right);
		expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();

		await page.reload();
		const again = page.locator(`section[data-activity="${mr.id}"]`);
		await again.scrollIntoViewIfNeeded();
		await expect(again).toHaveAttribute('data-state', 'answered');
		await expect(again.locator('.feedback-verdict')).toHaveText('All right.');
		const [firstOption] = lists(mr).options;
		if (firstOption)
			await expect(
				again.getByRole('checkbox', { name: firstOption.text, exact: true }),
			).toBeChecked({ checked: firstOption.correct === true });

		const tab = await context.newPage();
		await tab.goto(`/lessons/${FAKE}/`);
		await expect(await openActivity(tab, mr)).toHaveAttribute('data-state', 'open');
		await tab.close();

		const other = await browser.newContext({ baseURL: baseURL ?? '' });
		const fresh = await other.newPage();
		await fresh.goto(`/lessons/${FAKE}/`);
		await expect(await openActivity(fresh, mr)).toHaveAttribute('data-state', 'open');
		await other.close();
		watch.assertClean();
	});

	test('with Remember (ticked by keyboard): a new tab shows the answers; Forget clears them', async ({
		page,
		context,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(`/lessons/${FAKE}/`);
		await answerMultipleByMouse(await openActivity(page, mr), mr, right);
		await rememberByKeyboard(page);
		// The answer moved from this tab's storage to the device's.
		expect((await storedRecord(page, mr.id, 'localStorage'))?.first?.value).toEqual(right);
		expect(await storedRecord(page, mr.id, 'sessionStorage')).toBeUndefined();

		const tab = await context.newPage();
		const tabWatch = watchPage(tab, baseURL ?? '');
		await tab.goto(`/lessons/${FAKE}/`);
		const section = tab.locator(`section[data-activity="${mr.id}"]`);
		await section.scrollIntoViewIfNeeded();
		await expect(section).toHaveAttribute('data-state', 'answered');
		await expect(section.locator('.feedback-verdict')).toHaveText('All right.');
		await expect(
			tab.getByRole('checkbox', { name: 'Remember my progress on this device' }),
		).toBeChecked();

		const forget = tab.getByRole('button', { name: 'Forget my progress' });
		await Promise.all([tab.waitForEvent('load'), forget.click()]);
		await expect(tab.locator('.progress-controls [role="status"]')).toHaveText(
			'Your progress on this device is forgotten. The activities start fresh.',
		);
		await expect(
			tab.getByRole('checkbox', { name: 'Remember my progress on this device' }),
		).not.toBeChecked();
		await expect(await openActivity(tab, mr)).toHaveAttribute('data-state', 'open');
		expect(await tab.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
		tabWatch.assertClean();

		await page.reload();
		await expect(await openActivity(page, mr)).toHaveAttribute('data-state', 'open');
		watch.assertClean();
	});
});
