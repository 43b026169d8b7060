import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

/**
 * Presenter mode's "Count the room" (issue #17, item 4): a teacher counts hands on an answer slide
 * about the characters (a learner's own rating or knowledge check only from what comes back without
 * names, never hands), and the class report on the same computer shows the counts, as it shows an
 * LMS export. Counts only, kept in this browser, nothing sent.
 */

/** The answer slides with count fields: the first scored activity's and the first rating's. */
async function tallySlides(page: Page) {
	return page.evaluate(() => {
		const panels = [...document.querySelectorAll<HTMLElement>('[data-room-tally]')];
		const slideOf = (p: HTMLElement | undefined) => p?.closest('section[data-slide]')?.id ?? '';
		const idOf = (p: HTMLElement) => p.dataset['roomTally'] ?? '';
		const baseline = panels.find((p) => idOf(p).startsWith('baseline-'));
		const twin = (baseline ? idOf(baseline) : '').replace(/^baseline-/, 'endpoint-');
		return {
			scored: slideOf(
				panels.find(
					(p) =>
						p.querySelector('[data-tally="answered"]') && !/^(baseline|endpoint)-/.test(idOf(p)),
				),
			),
			rating: slideOf(panels.find((p) => p.querySelector('[data-tally-rating]'))),
			baseline: slideOf(baseline),
			endpoint: slideOf(panels.find((p) => idOf(p) === twin)),
		};
	});
}

/** Opens presenter mode on a slide (a fresh load: a hash change alone does not move the deck). */
async function openSlide(page: Page, id: string) {
	await page.goto('about:blank');
	await page.goto(`/present/school-ks3/#${id}`);
	await expect(page.locator(`#${id}`)).toBeVisible();
	return page.locator(`#${id}`);
}

test('counts entered in presenter mode reach the class report on this computer, and can be cleared', async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.goto('/present/school-ks3/');
	const { scored, rating, baseline, endpoint } = await tallySlides(page);
	for (const id of [scored, rating, baseline, endpoint]) expect(id).not.toBe('');
	const count = page.locator('[data-count]');

	// A scored activity: how many answered, how many chose the safest answer.
	let slide = await openSlide(page, scored);
	await slide.getByText('Count the room (optional)').click();
	// A question about the characters: a show of hands is fine.
	await expect(slide.locator('.room-tally')).toContainText('A show of hands');
	const answered = slide.getByLabel('How many answered?');
	const safest = slide.getByLabel('How many chose the safest answer?');
	const status = slide.locator('[data-tally-status]');
	// A mistake is named, not kept: more "safest" than answered.
	await answered.fill('5');
	await safest.fill('9');
	await safest.press('Tab');
	await expect(status).toHaveText(/^Check the numbers/);
	await answered.fill('28');
	await safest.fill('20');
	// Keys in a field are the field's: the arrow adds one, the slide stays.
	const before = await count.textContent();
	await safest.press('ArrowUp');
	await expect(safest).toHaveValue('21');
	await safest.press('Tab');
	await expect(count).toHaveText(before ?? '');
	await expect(status).toHaveText('Counted.');
	// A slip of the keyboard afterwards is named, and loses nothing: 21 of 28 stays counted.
	await safest.fill('99');
	await safest.press('Tab');
	await expect(status).toHaveText(/^Check the numbers.*The counts before are kept\.$/);
	await expectNoAxeViolations(page, 'presenter: count the room open');

	// A confidence check: how many chose each rating.
	slide = await openSlide(page, rating);
	await slide.getByText('Count the room (optional)').click();
	// A learner's own rating: nobody has to share it, so never by hands (content brief 1.4, 1.5).
	await expect(slide.locator('.room-tally')).toContainText('Never a show of hands');
	const fields = slide.locator('input[data-tally-rating]');
	await expect(fields).toHaveCount(5);
	for (const [i, v] of ['', '3', '10', '', '2'].entries()) await fields.nth(i).fill(v);
	await fields.nth(4).press('Tab');
	await expect(slide.locator('[data-tally-status]')).toHaveText('Counted.');
	// The same question at the baseline (its question slide: it has no answer slide) and the end point.
	for (const [id, right] of [
		[baseline, '12'],
		[endpoint, '25'],
	] as const) {
		slide = await openSlide(page, id);
		await slide.getByText('Count the room (optional)').click();
		await expect(slide.locator('.room-tally')).toContainText('Never a show of hands');
		await slide.getByLabel('How many answered?').fill('30');
		await slide.getByLabel('How many chose the safest answer?').fill(right);
		await slide.getByLabel('How many chose the safest answer?').press('Tab');
		await expect(slide.locator('[data-tally-status]')).toHaveText('Counted.');
	}

	// The counts are still there when presenter mode is opened again: kept in this browser.
	slide = await openSlide(page, scored);
	await slide.getByText('Count the room (optional)').click();
	await expect(slide.getByLabel('How many answered?')).toHaveValue('28');

	// The class report, on the same computer.
	await page.goto('/teach/report/#school-ks3');
	await page.getByRole('button', { name: 'Show the counts from presenter mode' }).click();
	await expect(page.getByRole('heading', { name: /^Your class: / })).toBeFocused();
	await expect(page.locator('[data-report-summary]')).toHaveText(
		'Counted in presenter mode: up to 30 learners.',
	);
	await expect(page.locator('[data-report-lessons]')).toContainText(
		'21 of 28 learners answered in the safest way (75%).',
	);
	await expect(page.locator('[data-report-lessons]')).toContainText(
		'1: 0, 2: 3, 3: 10, 4: 0, 5: 2.',
	);
	// Baseline against end point, for the objective that question checks.
	const row = page.locator('[data-report-checks] tbody tr').filter({ hasText: '12 of 30' });
	await expect(row).toHaveCount(1);
	await expect(row.locator('td').nth(0)).toHaveText('12 of 30 answers in the safest way (40%)');
	await expect(row.locator('td').nth(1)).toHaveText('25 of 30 answers in the safest way (83%)');
	await expectNoAxeViolations(page, 'class report from presenter counts');

	// Cleared before the next group: nothing is left to show.
	await page.getByRole('button', { name: 'Clear these counts' }).click();
	await expect(page.getByRole('status').first()).toContainText('are cleared');
	expect(
		await page.evaluate(() => localStorage.getItem('second-look.room-tallies:school-ks3')),
	).toBeNull();
	await page.getByRole('button', { name: 'Show the counts from presenter mode' }).click();
	await expect(page.locator('[data-report-status]')).toContainText('There are no counts');
	watch.assertClean();
});
