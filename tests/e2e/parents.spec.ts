/**
 * The parent and carer pack (issue #17, item 5) as a parent and a teacher use it: the guide on
 * `/parents/` (its help lines from the one table, every citation leading to its source, no axe
 * violation, no sideways scroll at 320 px), and a school module's letter home reached from the
 * module page and the teacher pack, filled in by keyboard, copied without its citation marks, and
 * downloaded as plain text. Printing both is checked in print.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { strFromU8, unzipSync } from 'fflate';
import { helplineById } from '../../src/data/helplines.ts';
import { parentHelplines } from '../../src/data/parents.ts';
import { contactText } from '../../src/lib/support.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

const modules = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as { id: string; audience: string });
const school = modules.filter((m) => m.audience === 'school').map((m) => m.id);

/** Every `[n]` citation on the page leads to an entry of its source list with a real address. */
async function expectCitationsResolve(page: Page): Promise<number> {
	const targets = await page
		.locator('main .cite a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	for (const href of new Set(targets)) {
		const entry = page.locator(`.sources li${href}`);
		await expect(entry, href).toHaveCount(1);
		await expect(entry.locator('a[href^="https://"]')).toHaveCount(1);
	}
	return targets.length;
}

/** Nothing on the page is wider than a 320 px screen. */
async function expectReflow(page: Page): Promise<void> {
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow, `sideways scroll at 320 px on ${page.url()}`).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 800 });
}

test('the guide for parents: calm advice with its sources, the right help lines, accessible', async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.goto('/help/');
	await page.getByRole('link', { name: /If you are a parent or carer/ }).click();
	await expect(page).toHaveURL(/\/parents\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'guide for parents and carers',
	);
	await expect(page.locator('main .lead')).toContainText('it is not their fault');
	await expect(page.locator('#tonight ol > li')).toHaveCount(6);
	for (const words of [
		'Don\u2019t pay',
		'Stop contact',
		'Keep the evidence',
		'CEOP',
		'Report Remove',
	])
		await expect(page.locator('#tonight')).toContainText(words);

	// Every line a parent needs, in the words of the helpline table, at the end; the police, CEOP
	// and Childline at the start too.
	for (const { helpline } of parentHelplines) {
		const line = helplineById(helpline);
		const shown = page.locator(
			`#parent-help-end ~ ul [data-helpline="${helpline}"] [data-contacts] > li`,
		);
		await expect(shown).toHaveText(line.contacts.map(contactText));
	}
	for (const id of ['police', 'ceop', 'childline'])
		await expect(page.locator(`[data-support="start"] [data-helpline="${id}"]`)).toHaveCount(1);

	// Sourced like the lessons: a mark on every piece of advice, one "Sources for this part" per part.
	expect(await expectCitationsResolve(page)).toBeGreaterThan(25);
	const parts = await page.locator('.parent-part').count();
	await expect(page.locator('.parent-part [data-part-sources]')).toHaveCount(parts);
	const sources = page.locator('[data-part-sources]').first();
	await sources.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(sources.getByRole('link').first()).toBeVisible();

	await expectNoAxeViolations(page);
	// The quick exit is the first thing a keyboard reaches.
	await page.goto('/parents/');
	await page.keyboard.press('Tab');
	await expect(page.locator('.quick-exit')).toBeFocused();
	await expectReflow(page);
	watch.assertClean();
});

test('a letter home: from the module page and the pack, filled in by keyboard, copied and downloaded', async ({
	page,
	context,
	baseURL,
	request,
}) => {
	expect(school.length).toBeGreaterThan(0);
	const watch = watchPage(page, baseURL ?? '');
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
	const [id] = school;

	// Linked from each school module page and its teacher pack; forces modules have none.
	for (const m of school) {
		await page.goto(`/modules/${m}/`);
		await expect(page.locator('[data-parent-pack] a[href="/parents/"]')).toHaveCount(1);
		await page.goto(`/teach/${m}/`);
		await expect(page.locator(`[data-parent-pack] a[href="/teach/${m}/letter/"]`)).toHaveCount(1);
	}
	await page.goto('/teach/forces-induction/');
	await expect(page.locator('[data-parent-pack]')).toHaveCount(0);
	await page.goto(`/modules/${id}/`);
	await page.getByRole('link', { name: 'Letter home' }).click();
	await expect(page).toHaveURL(new RegExp(`/teach/${id}/letter/$`));
	await expectNoAxeViolations(page);

	// Each field fills in every place it appears, as the teacher types.
	const letter = page.locator('[data-letter]');
	await expect(letter.locator('[data-field="school"]').first()).toHaveText('[school name]');
	await page.getByLabel('School name').focus();
	await page.keyboard.type('Hill Park School');
	await expect(letter.locator('[data-field="school"]')).toHaveText([
		'Hill Park School',
		'Hill Park School',
	]);
	await page.keyboard.press('Tab');
	await page.keyboard.type('2 March 2027');
	await expect(letter.locator('.letter-address')).toContainText('2 March 2027');

	// Copied as the school will paste it: the words filled in, no citation marks, the help lines.
	await page.getByRole('button', { name: 'Copy the letter' }).click();
	await expect(page.locator('[data-letter-status]')).toContainText('The letter is copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('Hill Park School');
	expect(copied).toContain('Dear parent or carer,');
	expect(copied).toContain('[day and date of the lesson]');
	expect(copied).toContain('0808 800 5000');
	expect(copied).not.toMatch(/\[\d+\]/);
	// The guide's address is where this site is served, whatever the build's placeholder `site`.
	expect(copied).toContain(`It is at ${baseURL ?? ''}/parents/`);

	// The download follows what was typed; the built file (no JavaScript) keeps the brackets.
	const download = page.locator('[data-letter-download]');
	await expect(download).toHaveAttribute('href', /^blob:/);
	const built = await request.get(`/teach/${id}/letter.txt`);
	expect(built.headers()['content-type']).toContain('text/plain');
	const text = await built.text();
	expect(text).toContain('[school name]');
	expect(text).toContain('Emergency: 999 (if you are in danger now)');
	// Built with no deployed address (the placeholder `site`): the printed letter never sends a
	// parent to an address that goes nowhere, here or in the offline kit's copy.
	expect(text).toContain('Ask us for a printed copy.');
	expect(text).not.toContain('.invalid');
	const kit = unzipSync(readFileSync(`dist/downloads/${id}-teacher-kit.zip`));
	for (const name of ['letter-home.txt', 'letter-home.html'])
		expect(strFromU8(kit[name] ?? new Uint8Array()), name).toContain('Ask us for a printed copy.');
	expect(strFromU8(kit['letter-home.txt'] ?? new Uint8Array())).not.toContain('.invalid');

	expect(await expectCitationsResolve(page)).toBeGreaterThan(5);
	await expectReflow(page);
	watch.assertClean();
});
