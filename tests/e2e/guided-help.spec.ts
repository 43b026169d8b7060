/**
 * "What to do now, step by step" (issue #15), as a frightened person would use it: by keyboard
 * only, one question at a time, on the site, inside a SCORM 1.2 package in a test LMS, and from the
 * offline zip opened from `file://`. The steps and lines shown are the ones `guidedSteps` picks,
 * each step with its sources; nothing is stored or sent; the quick exit works mid-path.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guidedQuestions } from '../../src/data/guided-help.ts';
import { helplineById, mainPhone } from '../../src/data/helplines.ts';
import { findPhoneNumbers } from '../../src/content/lint/phones.ts';
import { guidedSteps, stepSources } from '../../src/lib/guided-help/steps.ts';
import { site } from '../../src/lib/site.ts';
import { telHref } from '../../src/lib/support.ts';
import { axeViolations, expectNoAxeViolations, watchPage } from './helpers.ts';
import { callCount, cmi, launch } from './lms-harness.ts';

type Scope = Page | FrameLocator;

/** Three people, as the issue names them, with the answer each gives to each question in turn. */
const people = {
	'under 18 who paid': {
		answers: {
			safe: 'Yes, I am safe right now',
			age: 'Under 18',
			paid: 'Yes, I have paid',
			shared: 'No, not that I know of',
			forces: 'No',
		},
		rules: { safe: 'yes', age: 'under18', paid: 'yes', shared: 'no', forces: 'no' },
		shows: ["Don't pay anything more", 'cancel the payment', 'CEOP', "won't be in trouble"],
		lines: ['CEOP Safety Centre', 'Childline'],
		// Nothing shared: no removal steps, so not the line only they name.
		notLines: ['Revenge Porn Helpline', 'SSAFA Forcesline', 'Take It Down'],
	},
	'an adult in the forces, an image shared': {
		answers: {
			safe: 'Yes, I am safe right now',
			age: '18 or over',
			paid: 'No, I have not paid',
			shared: 'Yes, or I think so',
			forces: 'Yes, I serve in the forces',
		},
		rules: { safe: 'yes', age: 'adult', paid: 'no', shared: 'yes', forces: 'yes' },
		shows: [
			'Stop it being shared',
			'StopNCII.org',
			'use Take It Down instead, at takeitdown.ncmec.org',
			'Report their account to the app or site',
			'Your routes in the forces',
			'ask what they would have to pass on',
		],
		lines: [
			'Revenge Porn Helpline',
			'StopNCII.org',
			// For images taken under 18, whatever the age now: an adult sees it too.
			'Take It Down',
			'SSAFA Forcesline',
			'Unit welfare officer',
		],
		notLines: ['CEOP Safety Centre', 'Report Remove'],
	},
	'someone who would rather not say': {
		answers: Object.fromEntries(guidedQuestions.map((q) => [q.id, "I'd rather not say"])),
		rules: Object.fromEntries(guidedQuestions.map((q) => [q.id, 'skip'])),
		shows: ["Don't pay, or don't pay anything more", 'Report Remove', 'StopNCII.org', 'CEOP'],
		lines: ['CEOP Safety Centre', 'Childline', 'Revenge Porn Helpline', 'Police', 'Samaritans'],
		notLines: ['SSAFA Forcesline'],
	},
} as const;
type Person = (typeof people)[keyof typeof people];

/** What to Tab to: an element matching a selector, or a button with exactly this text. */
type Target = { selector: string } | { text: string };

/** True when the focused element (in the page or the frame) is the target. */
function isFocused(scope: Scope, target: Target): Promise<boolean> {
	return scope.locator('html').evaluate((_, t) => {
		const el = document.activeElement;
		if (!el) return false;
		return 'selector' in t ? el.matches(t.selector) : el.textContent.trim() === t.text;
	}, target);
}

/** Presses Tab until the target has focus, as a keyboard user would (at most `max` times). */
async function tabTo(page: Page, scope: Scope, target: Target, max = 40) {
	for (let i = 0; i < max; i += 1) {
		if (await isFocused(scope, target)) return;
		await page.keyboard.press('Tab');
	}
	if (!(await isFocused(scope, target)))
		throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Answers one question by keyboard: Tab to the answer, then Enter. */
async function choose(page: Page, scope: Scope, label: string) {
	await tabTo(page, scope, { text: label }, 8);
	await page.keyboard.press('Enter');
}

/** Starts the path by keyboard and answers every question as the person would. */
async function walk(
	page: Page,
	scope: Scope,
	person: Person,
	checkEachState?: () => Promise<void>,
) {
	await tabTo(page, scope, { selector: '[data-guided-start]' });
	await page.keyboard.press('Enter');
	for (const [i, q] of guidedQuestions.entries()) {
		const heading = scope.locator(`#guided-q-${q.id}`);
		await expect(heading).toBeFocused();
		await expect(heading).toContainText(`Question ${i + 1} of ${guidedQuestions.length}`);
		await expect(scope.locator('[data-question]:visible')).toHaveCount(1);
		// 999, Samaritans and Childline stay one look away at every step.
		await expect(scope.locator('.guided-urgent')).toBeVisible();
		if (i === 1 && checkEachState) await checkEachState();
		await choose(page, scope, person.answers[q.id]);
	}
	await expect(scope.locator('[data-guided-result-heading]')).toBeFocused();
	await expect(scope.locator('[data-guided-result-heading]')).toHaveText('Your steps');
}

/** The result shows exactly the steps and lines the rules pick, in order, each step with its sources. */
async function expectResult(scope: Scope, person: Person) {
	const expected = guidedSteps(person.rules);
	const steps = scope.locator('[data-step]:visible');
	await expect(steps.locator('.guided-step-title')).toHaveText(expected.steps.map((s) => s.title));
	for (const [i, step] of expected.steps.entries()) {
		const sources = steps.nth(i).locator('.guided-source a');
		await expect(sources).toHaveText(stepSources(step).map((s) => `${s.publisher}, ${s.title}`));
		for (const [k, s] of stepSources(step).entries())
			await expect(sources.nth(k)).toHaveAttribute('href', s.url);
	}
	const result = scope.locator('[data-guided-result]');
	for (const words of person.shows) await expect(result).toContainText(words);
	const lines = scope.locator('[data-line]:visible .helpline-name strong');
	await expect(lines).toHaveText(expected.lines.map((h) => h.name));
	const named = (name: string) => lines.filter({ hasText: new RegExp(`^${RegExp.escape(name)}`) });
	for (const name of person.lines) await expect(named(name)).toHaveCount(1);
	for (const name of person.notLines) await expect(named(name)).toHaveCount(0);
}

/** What the page holds in storage and cookies, to compare before and after the path. */
async function stored(page: Page, scope: Scope) {
	const storage = await scope.locator('html').evaluate(() => {
		const dump = (s: Storage) =>
			JSON.stringify(
				Object.keys(s)
					.sort()
					.map((k) => [k, s.getItem(k)]),
			);
		return {
			local: dump(localStorage),
			session: dump(sessionStorage),
			url: location.href,
			history: history.length,
		};
	});
	return { ...storage, cookies: await page.context().cookies() };
}

/** How long a person takes to read a question that has just appeared before they tap an answer. */
const READING_MS = 600;

/** The answer button of the question on screen with exactly this label. */
const answerButton = (page: Page, label: string) =>
	page.locator('[data-question]:visible').getByRole('button', { name: label, exact: true });

/** Waits until the page has stopped scrolling (it scrolls smoothly to what just appeared). */
async function scrollSettled(page: Page) {
	await page.waitForFunction(async () => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const before = window.scrollY;
		for (let i = 0; i < 5; i += 1) await frame();
		return window.scrollY === before;
	});
}

/**
 * Two taps of one finger at one point, 150 ms apart, as a frightened person double-taps an answer;
 * returns the question the point is on after the second tap.
 */
async function doubleTap(page: Page, x: number, y: number): Promise<string | null> {
	await page.touchscreen.tap(x, y);
	await page.waitForTimeout(150);
	await page.touchscreen.tap(x, y);
	return page.evaluate(
		([px, py]) =>
			document
				.elementFromPoint(px ?? 0, py ?? 0)
				?.closest('[data-question] [data-answer]')
				?.closest('[data-question]')
				?.getAttribute('data-question') ?? null,
		[x, y],
	);
}

/**
 * Where each element is against the screen and the sticky top bar: "<text>: ok" when it is wholly
 * on the screen and below the bar (poll it: the page may still be scrolling smoothly).
 */
function placeOf(page: Page, selector: string) {
	return page.evaluate((sel) => {
		const bar = document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0;
		return [...document.querySelectorAll(sel)].map((el) => {
			const box = el.getBoundingClientRect();
			const inView = box.top >= bar - 0.5 && box.bottom <= window.innerHeight + 0.5;
			const where = `${Math.round(box.top)} to ${Math.round(box.bottom)} px, the bar ends at ${Math.round(bar)}`;
			return `${el.textContent.trim().replace(/\s+/g, ' ')}: ${inView ? 'ok' : where}`;
		});
	}, selector);
}

test.describe('the guided help path on the site', () => {
	test('three people walk it by keyboard; each sees their steps, sources and lines, and nothing is kept', async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(90_000);
		const watch = watchPage(page, baseURL ?? '');
		await page.goto('/help/');
		// The help page's first link in the main text leads here.
		await page.getByRole('link', { name: /Answer a few questions/ }).click();
		await expect(page).toHaveURL(/\/help\/now\/$/);
		const before = await stored(page, page);
		await expect(page.getByText('It is not your fault, and help is there.')).toBeVisible();
		await expectNoAxeViolations(page, 'guided help: introduction');
		let first = true;
		for (const [who, person] of Object.entries(people)) {
			await test.step(who, async () => {
				if (!first) {
					await page.getByRole('button', { name: 'Start again' }).focus();
					await page.keyboard.press('Enter');
					// Start again goes straight to the first question, with nothing chosen.
					await expect(page.locator('#guided-q-safe')).toBeFocused();
					await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
					await page.keyboard.press('Shift+Tab');
					await page.keyboard.press('Shift+Tab');
					// Back to the introduction by the path's own Back button.
					await page.getByRole('button', { name: 'Back' }).first().focus();
					await page.keyboard.press('Enter');
				}
				await walk(page, page, person, async () => {
					if (first) await expectNoAxeViolations(page, 'guided help: a question');
				});
				await expectResult(page, person);
				if (first) await expectNoAxeViolations(page, 'guided help: a result');
				first = false;
			});
		}
		expect(await stored(page, page)).toEqual(before);
		expect(before.local).toBe('[]');
		expect(before.session).toBe('[]');
		expect(before.cookies).toEqual([]);
		// A reload starts again: nothing was kept.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
		await expect(page.locator('[data-guided-result]')).toBeHidden();
		watch.assertClean();
	});

	test('Back keeps the answer given; someone not safe sees 999, Samaritans and Childline first', async ({
		page,
	}) => {
		await page.goto('/help/now/');
		await page.getByRole('button', { name: 'Start' }).click();
		await page
			.getByRole('button', { name: 'No, I am in danger, or thinking about ending my life' })
			.click();
		// Who to call comes first, before any other question (guided-help: someone not safe...).
		await page.getByRole('button', { name: 'Carry on with the questions' }).click();
		await page.getByRole('button', { name: 'Under 18' }).click();
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(page.locator('#guided-q-age')).toBeFocused();
		await expect(page.getByRole('button', { name: 'Under 18' })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(
			page.getByRole('button', { name: 'No, I am in danger, or thinking about ending my life' }),
		).toHaveAttribute('aria-pressed', 'true');
		await page
			.getByRole('button', { name: 'No, I am in danger, or thinking about ending my life' })
			.click();
		await page.getByRole('button', { name: 'Carry on with the questions' }).click();
		for (let i = 1; i < guidedQuestions.length; i += 1)
			await page
				.locator('[data-question]:visible')
				.getByRole('button', { name: "I'd rather not say" })
				.click();
		await expect(page.locator('[data-step]:visible').first()).toContainText('Get help right now');
		await expect(page.locator('[data-line]:visible .helpline-name strong')).toHaveText([
			'Police',
			'Samaritans',
			'Childline',
			'Papyrus HOPELINE247',
			'CEOP Safety Centre',
			'Report Remove (Childline and the Internet Watch Foundation)',
			'Take It Down (from the US charity NCMEC)',
			'Revenge Porn Helpline',
			'StopNCII.org',
		]);
		// 999 and Samaritans stay one look away in every state: above the questions and the result,
		// one line each, its number at the end (no longer inline in one sentence, where 999 was a
		// 31 × 19 px target).
		await expect(page.locator('.guided-urgent')).toBeVisible();
		await expect(page.locator('.guided-urgent li')).toHaveText([
			`In danger now? Call ${mainPhone('police')}`,
			`Thinking about ending your life? Samaritans, free, any time ${mainPhone('samaritans')}`,
			`Under 19: Childline ${mainPhone('childline')}`,
		]);
	});

	test('a double click with a mouse answers one question only', async ({ page }) => {
		await page.goto('/help/now/');
		await page.getByRole('button', { name: 'Start' }).click();
		await answerButton(page, 'Yes, I am safe right now').dblclick();
		await expect(page.locator('#guided-q-age')).toBeFocused();
		await expect(page.locator('[data-question="age"] [aria-pressed="true"]')).toHaveCount(0);
	});

	test('the result says what was chosen; a wrong answer is changed there, and the help follows', async ({
		page,
	}) => {
		await page.goto('/help/now/');
		await page.getByRole('button', { name: 'Start' }).click();
		const chosen = {
			safe: 'Yes, I am safe right now',
			age: 'Under 18',
			paid: 'No, I have not paid',
			shared: 'Yes, or I think so',
			forces: 'Yes, I serve in the forces',
		};
		for (const label of Object.values(chosen)) await answerButton(page, label).click();
		const said = page.locator('[data-guided-said]');
		await expect(said).toBeVisible();
		await expect(said.locator('.guided-said-answer')).toHaveText(
			guidedQuestions.map((q) => `${q.topic}: ${chosen[q.id]}`),
		);
		// Kai is 20: "Under 18" was a wrong tap. He changes it from the result.
		await page.getByRole('button', { name: 'Change your answer to: How old are you?' }).click();
		await expect(page.locator('#guided-q-age')).toBeFocused();
		await expect(answerButton(page, 'Under 18')).toHaveAttribute('aria-pressed', 'true');
		await answerButton(page, '18 or over').click();
		await expect(page.locator('[data-guided-result-heading]')).toBeFocused();
		await expect(said.locator('.guided-said-answer').nth(1)).toHaveText('Age: 18 or over');
		const lines = page.locator('[data-line]:visible .helpline-name strong');
		await expect(lines).toHaveText(
			guidedSteps({
				safe: 'yes',
				age: 'adult',
				paid: 'no',
				shared: 'yes',
				forces: 'yes',
			}).lines.map((h) => h.name),
		);
		await expect(page.locator('[data-step]:visible .guided-step-title')).toContainText([
			'Report it to the police',
		]);
		// Back from a question opened to change it returns to the result, with nothing changed.
		await page
			.getByRole('button', { name: 'Change your answer to: Have you paid them anything?' })
			.click();
		await expect(page.locator('#guided-q-paid')).toBeFocused();
		await page.locator('[data-guided-questions]').getByRole('button', { name: 'Back' }).click();
		await expect(page.locator('[data-guided-result-heading]')).toBeFocused();
		await expect(said.locator('.guided-said-answer').nth(2)).toHaveText(
			`Paid them: ${chosen.paid}`,
		);
	});

	test('every phone number in the steps is a tap-to-call link to that number', async ({ page }) => {
		await page.goto('/help/now/');
		await page.getByRole('button', { name: 'Show all the steps instead' }).click();
		let numbers = 0;
		for (const step of await page.locator('[data-step]:visible').all()) {
			const text = await step.locator('.guided-step-title + p').textContent();
			// The lint reads "(0800 1111)" as starting at the bracket, as it would an area code's.
			const written = findPhoneNumbers(text ?? '').map((p) => p.written.replace(/^\(/, ''));
			numbers += written.length;
			const links = step.locator('.guided-step-title + p a.tel');
			await expect(links).toHaveText(written);
			for (const [i, n] of written.entries())
				await expect(links.nth(i)).toHaveAttribute('href', telHref(n));
		}
		expect(numbers).toBeGreaterThan(8);
		// Papyrus, in the step for someone thinking about ending their life, with its number.
		await expect(page.locator('[data-step="urgent"] a.tel')).toHaveText(
			['police', 'samaritans', 'childline', 'papyrus'].map(mainPhone),
		);
	});

	test('the quick exit works mid-path by its key (Escape twice)', async ({ page }) => {
		await page.route(`${site.quickExitUrl}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
		);
		await page.goto('/');
		await page.goto('/help/now/');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.getByRole('button', { name: 'Yes, I am safe right now' }).click();
		await expect(page.locator('#guided-q-age')).toBeFocused();
		await page.keyboard.press('Escape');
		// One press leaves the path where it was.
		await expect(page.locator('#guided-q-age')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(site.quickExitUrl);
		await page.goBack();
		await expect(page).toHaveURL('/');
	});

	test('at 320 px, with reduced motion, it reflows and nothing moves', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
		await page.goto('/help/now/');
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await page.getByRole('button', { name: 'Start' }).click();
		expect(await overflow(), 'horizontal scrolling on a question').toBeLessThanOrEqual(0);
		const option = page.locator('[data-question]:visible .guided-option').first();
		const box = await option.boundingBox();
		expect(box?.height ?? 0, 'a big target').toBeGreaterThanOrEqual(44);
		expect(
			await option.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration) * 1000),
		).toBeLessThan(1);
		for (let i = 0; i < guidedQuestions.length; i += 1)
			await page
				.locator('[data-question]:visible')
				.getByRole('button', { name: "I'd rather not say" })
				.click();
		expect(await overflow(), 'horizontal scrolling on the result').toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page, 'guided help result, dark, 320 px');
		// "Show all the steps" from the start: the full list, as without JavaScript.
		await page.getByRole('button', { name: 'Back' }).last().click();
		await page.reload();
		await page.getByRole('button', { name: 'Show all the steps instead' }).click();
		await expect(page.locator('[data-guided-result-heading]')).toHaveText('All the steps');
		await expect(page.locator('[data-guided-result-heading]')).toBeFocused();
		expect(await overflow(), 'horizontal scrolling on all the steps').toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page, 'guided help, all the steps, dark, 320 px');
	});
});

test.describe('on a phone (360 × 740), by touch', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a double tap answers one question only: the next one is still shown, unanswered', async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await page.goto('/help/now/');
		// Like the reviewer, double-tap at several heights across the answer: the next question's
		// answers appear under the finger at some of them.
		let landedOnNext = 0;
		for (const at of [0.15, 0.35, 0.5, 0.65, 0.85]) {
			await page.reload();
			await page.getByRole('button', { name: 'Start' }).tap();
			await expect(page.locator('#guided-q-safe')).toBeFocused();
			await page.waitForTimeout(READING_MS);
			await scrollSettled(page);
			const box = await answerButton(page, 'Yes, I am safe right now').boundingBox();
			if (!box) throw new Error('no "Yes, I am safe right now" on the screen');
			const under = await doubleTap(page, box.x + box.width / 2, box.y + box.height * at);
			if (under === 'age') landedOnNext += 1;
			await expect(page.locator('#guided-q-age'), `double tap at ${at}`).toBeFocused();
			await expect(page.locator('[data-question="age"]')).toBeVisible();
			await expect(page.locator('[data-question="age"] [aria-pressed="true"]')).toHaveCount(0);
		}
		expect(
			landedOnNext,
			'second taps that landed on an answer to "How old are you?"',
		).toBeGreaterThan(0);

		// Kai, 20, then answers one tap at a time, and gets the help for an adult in the forces.
		for (const label of [
			'18 or over',
			'No, I have not paid',
			'Yes, or I think so',
			'Yes, I serve in the forces',
		]) {
			await page.waitForTimeout(READING_MS);
			await answerButton(page, label).tap();
		}
		await expect(page.locator('[data-guided-result-heading]')).toHaveText('Your steps');
		await expect(page.locator('[data-line]:visible .helpline-name strong')).toHaveText(
			guidedSteps({
				safe: 'yes',
				age: 'adult',
				paid: 'no',
				shared: 'yes',
				forces: 'yes',
			}).lines.map((h) => h.name),
		);
	});

	test('someone not safe sees who to call at once, in view and below the top bar, then carries on', async ({
		page,
	}) => {
		await page.goto('/help/now/');
		await page.getByRole('button', { name: 'Start' }).tap();
		await page.waitForTimeout(READING_MS);
		await answerButton(page, 'No, I am in danger, or thinking about ending my life').tap();
		const panel = page.locator('[data-guided-now]');
		// Straight away: not "How old are you?" first.
		await expect(panel.getByRole('heading', { name: 'Who to call first' })).toBeFocused();
		await expect(page.locator('[data-question]:visible')).toHaveCount(0);
		// Not only numbers: many will not phone a stranger, but will tell someone in the next room.
		await expect(panel).toContainText('If someone you trust is nearby, tell them now.');
		// 999, Samaritans, Childline and Papyrus, each a link to its number in the helpline table.
		const calls = panel.locator('a.tel');
		const ids = ['police', 'samaritans', 'childline', 'papyrus'];
		const lines = ids.map((id) => `${helplineById(id).name} ${mainPhone(id)}`);
		await expect(calls).toHaveText(lines);
		for (const [i, id] of ids.entries())
			await expect(calls.nth(i)).toHaveAttribute('href', telHref(mainPhone(id)));
		// Every number, the heading and "Carry on" whole on the screen, none under the sticky bar.
		const names = ['Who to call first', ...lines, 'Carry on with the questions'];
		await expect
			.poll(() =>
				placeOf(page, '[data-guided-now] h2, [data-guided-now] a.tel, [data-guided-now] button'),
			)
			.toEqual(names.map((n) => `${n}: ok`));
		for (const call of await calls.all())
			expect((await call.boundingBox())?.height ?? 0, 'a big target').toBeGreaterThanOrEqual(44);
		await expectNoAxeViolations(page, 'guided help: who to call first, 360 px');
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page, 'guided help: who to call first, 360 px, dark');
		await page.waitForTimeout(READING_MS);
		await panel.getByRole('button', { name: 'Carry on with the questions' }).tap();
		await expect(page.locator('#guided-q-age')).toBeFocused();
		await expect(panel).toBeHidden();
	});

	test('Start is on the first screen, under the urgent numbers, each a big tap-to-call target', async ({
		page,
	}) => {
		await page.goto('/help/now/');
		const start = page.getByRole('button', { name: 'Start' });
		await expect(start).toBeInViewport({ ratio: 1 });
		const urgent = page.locator('.guided-urgent');
		const urgentBox = await urgent.boundingBox();
		const startBox = await start.boundingBox();
		expect(urgentBox?.y ?? Infinity, 'the urgent numbers come first').toBeLessThan(
			startBox?.y ?? 0,
		);
		const ids = ['police', 'samaritans', 'childline'];
		const calls = urgent.locator('a[href^="tel:"]');
		await expect(calls).toHaveText(ids.map(mainPhone));
		for (const [i, id] of ids.entries()) {
			const call = calls.nth(i);
			await expect(call).toHaveAttribute('href', telHref(mainPhone(id)));
			await expect(call).toHaveClass(/\btel\b/);
			expect(
				await call.evaluate((a) => Number(getComputedStyle(a).fontWeight)),
			).toBeGreaterThanOrEqual(700);
			expect(
				(await call.boundingBox())?.height ?? 0,
				`${mainPhone(id)} is tall enough to tap`,
			).toBeGreaterThanOrEqual(44);
		}
	});
});

test('without JavaScript, the page does not promise questions: it says each step says who it is for, and links to each group', async ({
	browser,
	page,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await context.newPage();
	await noJs.goto('/help/now/');
	await expect(noJs.getByText(/Answer a few questions/)).toBeHidden();
	await expect(
		noJs.getByText(
			'This page lists all the steps. Each one says who it is for, unless it is for everyone.',
			{
				exact: false,
			},
		),
	).toBeVisible();
	for (const [label, who] of [
		['Under 18', 'If you are under 18'],
		['18 or over', 'If you are 18 or over'],
		['In the armed forces', 'If you serve in the armed forces'],
	] as const) {
		const link = noJs.getByRole('link', { name: label, exact: true });
		const href = (await link.getAttribute('href')) ?? '';
		expect(href).toMatch(/^#/);
		const target = noJs.locator(href);
		await expect(target.locator('.guided-who')).toHaveText(who);
		await link.click();
		await expect(target.locator('.guided-step-title')).toBeInViewport();
		await expect
			.poll(() => placeOf(noJs, `${href} .guided-who`))
			.toEqual([expect.stringContaining(`${who}: ok`)]);
	}
	await context.close();
	// With JavaScript, the questions are offered, and that sentence is not shown.
	await page.goto('/help/now/');
	await expect(page.getByText(/Answer a few questions, one at a time/)).toBeVisible();
	await expect(page.getByText('This page lists all the steps', { exact: false })).toBeHidden();
});

test('without JavaScript, every step is readable with who it is for and its sources', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/help/now/');
	await expect(page.getByRole('button', { name: 'Start' })).toBeHidden();
	await expect(page.locator('[data-guided-result-heading]')).toHaveText('All the steps');
	const steps = page.locator('[data-step]:visible');
	expect(await steps.count()).toBeGreaterThan(12);
	for (const title of [
		"Don't pay anything more",
		"Don't pay",
		'Tell a trusted adult, and report it today',
		'Report it to the police',
		'Your routes in the forces, and what they keep private',
	])
		await expect(
			steps.locator('.guided-step-title').filter({ hasText: new RegExp(`^${title}$`) }),
		).toHaveCount(1);
	for (const step of await steps.all())
		await expect(step.locator('.guided-source a').first()).toBeVisible();
	await expect(page.locator('[data-step="report-under18"] .guided-who')).toHaveText(
		'If you are under 18',
	);
	await context.close();
});

test('in a SCORM 1.2 package: the same path, by keyboard, writes nothing to the LMS', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const watch = watchPage(page, baseURL ?? '');
	await launch(page, 'school-ks4-scorm12.zip', 'scorm12', {
		core: { entry: 'ab-initio', student_id: 'l1', student_name: 'Learner, Test' },
	});
	const course = page.frameLocator('iframe[title="Course"]');
	await course.locator('nav.lesson-nav [data-goto="get-help"]').focus();
	await page.keyboard.press('Enter');
	await expect(course.locator('#help-heading')).toBeFocused();
	const interactions = Object.keys(await cmi(page)).filter((k) =>
		k.startsWith('cmi.interactions.'),
	).length;
	const writes = await callCount(page, 'LMSSetValue');
	const commits = await callCount(page, 'LMSCommit');
	const before = await stored(page, course);
	const person = people['under 18 who paid'];
	await walk(page, course, person);
	await expectResult(course, person);
	await expectNoAxeViolations(page, 'guided help in a SCORM 1.2 package');
	expect(Object.keys(await cmi(page)).filter((k) => k.startsWith('cmi.interactions.')).length).toBe(
		interactions,
	);
	expect(await callCount(page, 'LMSSetValue'), 'no value written by the path').toBe(writes);
	expect(await callCount(page, 'LMSCommit')).toBe(commits);
	expect(await stored(page, course)).toEqual(before);
	watch.assertClean();
});

test.describe('in the offline zip, from file://', () => {
	let dir = '';
	test.beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'second-look-guided-'));
		const entries = unzipSync(
			new Uint8Array(readFileSync(join('dist/downloads', 'forces-induction-offline.zip'))),
		);
		for (const [path, bytes] of Object.entries(entries)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), bytes);
		}
	});
	test.afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	test('the help page links to the path in the launch page, which works by keyboard and stores nothing more', async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const elsewhere: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) elsewhere.push(r.url());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(pathToFileURL(join(dir, 'help.html')).href);
		await page.getByRole('link', { name: /Answer a few questions/ }).click();
		await expect(page).toHaveURL(/index\.html#guided-help$/);
		await expect(page.locator('#help-heading')).toBeVisible();
		const before = await stored(page, page);
		const person = people['someone who would rather not say'];
		await walk(page, page, person);
		await expectResult(page, person);
		const violations = await axeViolations(page, { preload: false });
		expect(violations.map((v) => v.id)).toEqual([]);
		expect(await stored(page, page)).toEqual(before);
		expect(elsewhere).toEqual([]);
		expect(errors).toEqual([]);
	});
});
