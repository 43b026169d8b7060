import { expect, test } from '@playwright/test';
import { answerAny } from './drive-activity.ts';
import { cmi, launch, violations } from './lms-harness.ts';

const zip = 'adult-self-paced-scorm12.zip';
const seed = { core: { entry: 'ab-initio' } };

test.describe('faults a package survives in the browser (SCORM 1.2)', () => {
	test('Commit returns "false": the learner is told calmly, carries on, and the answer reaches the LMS on retry', async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await launch(page, zip, 'scorm12', seed, { commitFailures: 3 });
		const course = page.frameLocator('iframe[title="Course"]');
		const notice = course.locator('[data-notice]');
		await expect(notice).toContainText(/taking a moment|could not be saved|has not reached/);
		const card = course.locator('section[data-activity]').first();
		await answerAny(card);
		// The answer is in the LMS's memory even before a commit succeeds.
		const id = (await card.getAttribute('data-activity')) ?? '';
		expect(Object.values(await cmi(page))).toContain(id);
		await expect(notice).toContainText('saved again', { timeout: 40_000 });
	});

	test('Initialize returns "false": standalone with a calm notice, activities still work', async ({
		page,
	}) => {
		await launch(page, zip, 'scorm12', seed, { initializeFails: true });
		const course = page.frameLocator('iframe[title="Course"]');
		await expect(course.locator('[data-notice]')).toContainText(
			'not connected to a learning platform',
		);
		await answerAny(course.locator('section[data-activity]').first());
	});

	test('an API method that throws never breaks the course', async ({ page }) => {
		await launch(page, zip, 'scorm12', seed, { throwOn: 'LMSGetValue' });
		const course = page.frameLocator('iframe[title="Course"]');
		await answerAny(course.locator('section[data-activity]').first());
		await expect(course.locator('section[data-activity]').first()).toHaveAttribute(
			'data-state',
			'answered',
		);
	});

	test('a slow LMS (each commit takes 2 s) loses nothing', async ({ page }) => {
		test.setTimeout(90_000);
		await launch(page, zip, 'scorm12', seed, { commitDelayMs: 2000 });
		const course = page.frameLocator('iframe[title="Course"]');
		const cards = course.locator('section[data-activity]');
		await answerAny(cards.nth(0));
		await answerAny(cards.nth(1));
		const values = Object.values(await cmi(page));
		for (const i of [0, 1])
			expect(values).toContain(await cards.nth(i).getAttribute('data-activity'));
		expect(await violations(page, false)).toEqual([]);
	});

	test('the quick exit saves and ends the LMS session, then leaves (even from a sandboxed frame)', async ({
		page,
	}) => {
		await page.route('https://www.bbc.co.uk/weather**', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
		);
		await launch(page, zip, 'scorm12', seed, { sandbox: true });
		const course = page.frameLocator('iframe[title="Course"]');
		await answerAny(course.locator('section[data-activity]').first());
		await course.getByRole('link', { name: /Leave this site/ }).click();
		await expect(page.locator('iframe[title="Course"]')).toHaveAttribute('title', 'Course');
		await expect
			.poll(() => page.frames().some((f) => f.url().startsWith('https://www.bbc.co.uk/weather')))
			.toBe(true);
		expect(await violations(page, true)).toEqual([]);
		expect((await cmi(page))['cmi.core.exit']).toBe('suspend');
	});

	test('when the page is hidden (tab switched, phone locked), the package commits', async ({
		page,
	}) => {
		await launch(page, zip, 'scorm12', seed);
		const commits = () =>
			page.evaluate(
				() =>
					(
						window as unknown as { lms: { strict: { calls: { method: string }[] } } }
					).lms.strict.calls.filter((c) => c.method === 'LMSCommit').length,
			);
		const before = await commits();
		const frame = page.frames().find((f) => f.url().includes('/lms/course/'));
		if (!frame) throw new Error('no course frame');
		await frame.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		});
		expect(await commits()).toBe(before + 1);
		expect(await violations(page, false)).toEqual([]);
	});
});
