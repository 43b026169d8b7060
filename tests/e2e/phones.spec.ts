/**
 * Phones and first screens (issue #15): a package's help section and the offline folder reflow at
 * 320 and 390 px with nothing cut off or scrolled sideways, and a help line reads the same,
 * labelled, wherever it is shown. Every built page gets the same reflow and first-screen checks
 * in every-page.spec.ts, in the load it already makes at 320 px (layout-checks.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { helplineById } from '../../src/data/helplines.ts';
import { contactText } from '../../src/lib/support.ts';
import { firstScreenProblems, PHONES, reflowProblems, SMALL } from './layout-checks.ts';

const modules = readdirSync('modules')
	.filter((f) => /\.ya?ml$/.test(f))
	.map((f) => parse(readFileSync(`modules/${f}`, 'utf8')) as { id: string; audience: string });

test('every package help section reflows at 320 and 390 px', async ({ page }) => {
	for (const { id } of modules) {
		await page.setViewportSize(SMALL);
		await page.goto(`/package/${id}/#lesson-get-help`);
		await expect(page.locator('#lesson-get-help')).toBeVisible();
		for (const size of PHONES) {
			await page.setViewportSize(size);
			expect(await reflowProblems(page), `${id} help at ${size.width} px`).toEqual([]);
		}
	}
});

test('the offline folder reflows too: launch page, the table lesson and help.html', async ({
	page,
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'second-look-phones-'));
	try {
		const zip = unzipSync(
			new Uint8Array(readFileSync('dist/downloads/forces-induction-offline.zip')),
		);
		for (const [path, bytes] of Object.entries(zip)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), bytes);
		}
		for (const file of [
			'index.html',
			'index.html#lesson-forces-who-to-tell',
			'index.html#lesson-get-help',
			'help.html',
		]) {
			await page.setViewportSize(SMALL);
			await page.goto(
				`${pathToFileURL(join(dir, file.replace(/#.*/, ''))).href}${file.replace(/^[^#]*/, '')}`,
			);
			for (const size of PHONES) {
				await page.setViewportSize(size);
				expect(await reflowProblems(page), `offline ${file} at ${size.width} px`).toEqual([]);
			}
			await page.setViewportSize(SMALL);
			expect(await firstScreenProblems(page, false), `offline ${file}`).toEqual([]);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

/** Every rendering of a help line on the page: its name and its contacts, as the page reads them. */
async function renderings(page: Page, id: string) {
	return page.locator(`[data-helpline="${id}"]`).evaluateAll((els) =>
		els.map((el) => {
			const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
			const nameEl = el.querySelector('.helpline-name');
			const name = words(nameEl).replace(words(nameEl?.querySelector('.helpline-for') ?? null), '');
			return {
				name: name.trim(),
				contacts: [...el.querySelectorAll('[data-contacts] > li')].map((li) => words(li)),
				tel: [...el.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
			};
		}),
	);
}

test('the police line and Childline read the same, labelled, on every page that shows them', async ({
	page,
}) => {
	const expected = (id: string) => {
		const h = helplineById(id);
		return {
			name: h.name,
			contacts: h.contacts.map(contactText),
			tel: h.contacts.flatMap((c) =>
				c.kind === 'phone' ? [`tel:${c.number.replace(/ /g, '')}`] : [],
			),
		};
	};
	// What a learner sees: "Emergency: 999 (if you are in danger now)", not "999 101".
	expect(expected('police').contacts).toEqual([
		'Emergency: 999 (if you are in danger now)',
		'Not an emergency: 101 (to report a crime)',
	]);
	expect(expected('childline').contacts[0]).toBe('Phone: 0800 1111 (free, 24 hours)');
	const places = [
		['/lessons/if-it-happens/', 3], // the start and end boxes, and the footer
		['/help/', 1],
		['/package/school-ks3/', 1],
		['/package/forces-induction/', 1],
		['/teach/school-ks3/handout/', 1],
		['/teach/school-ks3/', 1],
		['/modules/school-ks3/', 1],
		['/present/school-ks3/', 1],
	] as const;
	const seen = new Map<string, string[]>();
	for (const [path, atLeast] of places) {
		await page.goto(path);
		for (const id of ['police', 'childline']) {
			const found = await renderings(page, id);
			expect(found.length, `${id} on ${path}`).toBeGreaterThanOrEqual(atLeast);
			for (const line of found) expect(line, `${id} on ${path}`).toEqual(expected(id));
			seen.set(id, [...(seen.get(id) ?? []), path]);
		}
	}
	expect(seen.get('police')).toHaveLength(places.length);
});

test('every support box in a school module shows 999 for an emergency, labelled', async ({
	page,
}) => {
	const school = modules.filter((m) => m.audience === 'school');
	expect(school.length).toBeGreaterThan(0);
	for (const { id } of school)
		for (const path of [`/package/${id}/`, `/modules/${id}/`, `/teach/${id}/`]) {
			await page.goto(path);
			const boxes = await page
				.locator('[data-support]')
				.evaluateAll((els) =>
					els.map((box) =>
						[...box.querySelectorAll('[data-contacts] > li')]
							.filter((li) => li.querySelector('a[href="tel:999"]'))
							.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
					),
				);
			expect(boxes.length, path).toBeGreaterThan(1);
			for (const found of boxes)
				expect(found, `a support box on ${path}`).toEqual([
					'Emergency: 999 (if you are in danger now)',
				]);
		}
});
