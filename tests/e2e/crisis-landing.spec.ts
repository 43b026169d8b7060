import { expect, test } from '@playwright/test';

/**
 * Someone being blackmailed right now, on a phone, lands from a search on a lesson, a module page
 * or the help page (a crisis review, December 2026). Wherever they land, the few things to do now
 * come early, name "don't delete" (deleting loses the evidence: content brief §2d), and lead to the
 * step-by-step help; on a module page the help comes before what the learning platform is told.
 */

const PHONE = { width: 390, height: 844 };
/**
 * The steps, in the words of the start box and the home and help pages: evidence is the messages
 * and the account, never a nude image (for an under-18, saving one makes an indecent image of a
 * child: a safeguarding lead's read, December 2026), and deleting loses it.
 */
const STEPS =
	/don't pay, stop replying, screenshot the messages and their profile \(never a nude image\), don't delete the chat/i;

const landings = [
	'/',
	'/help/',
	'/lessons/if-it-happens/',
	'/modules/adult-self-paced/',
	'/modules/adult-self-paced/lessons/if-it-happens/',
	'/modules/forces-induction/',
	'/modules/school-ks3/',
];

test.use({ viewport: PHONE });

for (const path of landings)
	test(`landing on ${path} on a phone, the steps and "don't delete" are within two screens`, async ({
		page,
	}) => {
		await page.goto(path);
		const steps = page.getByRole('main').getByText(STEPS).first();
		await expect(steps).toBeVisible();
		const box = await steps.boundingBox();
		expect(box?.y ?? Infinity, 'where the steps start').toBeLessThan(PHONE.height * 2);
	});

test('the start box leads to the step-by-step help, on a lesson page and in a package', async ({
	page,
}) => {
	await page.goto('/lessons/if-it-happens/');
	await page
		.locator('[data-support-now]')
		.getByRole('link', { name: 'What to do now, step by step' })
		.click();
	await expect(page).toHaveURL(/\/help\/now\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// A package holds its own help section, which opens with the guided help.
	await page.goto('/package/school-ks3/');
	const link = page
		.locator('[data-support-now]:visible')
		.getByRole('link', { name: 'What to do now, step by step' });
	await link.click();
	await expect(page.getByRole('heading', { name: 'Get help', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'What to do now, step by step' })).toBeVisible();
});

test('on a module page, where to get help comes before what the learning platform is told', async ({
	page,
}) => {
	for (const id of ['adult-self-paced', 'forces-induction', 'school-ks4']) {
		await page.goto(`/modules/${id}/`);
		const help = await page.locator('[data-support="start"]').boundingBox();
		const platform = await page.locator(`[id="reporting-${id}"]`).boundingBox();
		expect(help?.y ?? Infinity, id).toBeLessThan(platform?.y ?? -Infinity);
		// Within the first two screens of a phone.
		expect(help?.y ?? Infinity, id).toBeLessThan(PHONE.height * 2);
	}
});

test("the help page's links take each reader straight to their own helplines", async ({ page }) => {
	await page.goto('/help/');
	const jump = page.getByRole('navigation', { name: 'Helplines for you' });
	for (const [link, heading] of [
		['18 or over', 'If you are 18 or over'],
		['the armed forces', 'If you serve in the armed forces'],
		['under 18', 'If you are under 18'],
	] as const) {
		await jump.getByRole('link', { name: link, exact: true }).click();
		await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeInViewport();
	}
	// Leaving quickly does not clear earlier pages from the history: said where it matters.
	await expect(page.locator('[data-history-note]')).toContainText('private window');
	// Not "hides" alone: the history list keeps every address opened here (a privacy review).
	await expect(page.locator('[data-history-note]')).toContainText(
		'history list still shows the addresses of the pages you opened here',
	);
	await page.locator('[data-history-note]').getByRole('link').click();
	await expect(page.locator('#quick-exit + p')).toContainText(
		"your browser's history list still shows the address of that page",
	);
});
