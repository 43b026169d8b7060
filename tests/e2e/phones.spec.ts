/**
 * Phones and first screens (issue #15): every built page reflows at 320 and 390 px with nothing cut
 * off or scrolled sideways, getting help is on every first screen (320×568 and 1366×768), and a
 * help line reads the same, labelled, wherever it is shown. One load per page; each width is
 * checked in one evaluate.
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
import { builtPages } from './helpers.ts';

const SMALL = { width: 320, height: 568 };
const PHONES = [SMALL, { width: 390, height: 844 }];
const FIRST_SCREENS = [SMALL, { width: 1366, height: 768 }];

/** What is wrong with the page's layout at the current width, as readable lines (empty: fine). */
async function reflowProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const width = window.innerWidth;
		const name = (el: Element) => {
			const classes = typeof el.className === 'string' ? el.className.trim() : '';
			const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
			return `<${el.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}> "${text}"`;
		};
		const scrollWidth = document.documentElement.scrollWidth;
		if (scrollWidth > width) problems.push(`the page scrolls sideways: ${scrollWidth} px wide`);
		const shown = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 1 && box.height > 1 && !el.closest('.visually-hidden');
		};
		// Nothing scrolls or is clipped sideways inside the page either (a table in a scroll box).
		for (const el of document.body.querySelectorAll('*')) {
			if (el.scrollWidth <= el.clientWidth + 1 || !shown(el)) continue;
			if (getComputedStyle(el).overflowX !== 'visible')
				problems.push(`${name(el)} is cut: ${el.scrollWidth} px of content in ${el.clientWidth}`);
		}
		// Every control and every number is wholly on the screen ("0800 068 4" was cut).
		for (const el of document.body.querySelectorAll(
			'a[href], button, input, select, textarea, summary, [tabindex="0"]',
		)) {
			if (!shown(el) || el.closest('.skip-link')) continue;
			const box = el.getBoundingClientRect();
			if (box.left < -1 || box.right > width + 1)
				problems.push(
					`${name(el)} is off the screen: ${Math.round(box.left)} to ${Math.round(box.right)} px`,
				);
		}
		return problems;
	});
}

/** Whether the page's help control, and on the home page a phone number, are on the first screen. */
async function firstScreenProblems(page: Page, needsNumber: boolean): Promise<string[]> {
	return page.evaluate((needsNumber) => {
		const onScreen = (el: Element) => {
			const box = el.getBoundingClientRect();
			return (
				box.width > 0 &&
				box.top >= 0 &&
				box.left >= 0 &&
				box.bottom <= window.innerHeight &&
				box.right <= window.innerWidth &&
				getComputedStyle(el).visibility === 'visible'
			);
		};
		const problems: string[] = [];
		window.scrollTo(0, 0);
		// The site's and a package's "Get help now"; presenter mode's "Help slide".
		const help = [...document.querySelectorAll('[data-get-help], [data-help]')];
		if (!help.some(onScreen)) problems.push('no help control on the first screen');
		const tel = [...document.querySelectorAll('a[href^="tel:"]')];
		if (needsNumber && !tel.some(onScreen)) problems.push('no phone number on the first screen');
		return problems;
	}, needsNumber);
}

for (const path of builtPages()) {
	test(`${path}: reflows at 320 and 390 px; getting help is on the first screen`, async ({
		page,
	}) => {
		await page.setViewportSize(SMALL);
		await page.goto(path);
		for (const size of PHONES) {
			await page.setViewportSize(size);
			expect(await reflowProblems(page), `${path} at ${size.width} px`).toEqual([]);
		}
		for (const size of FIRST_SCREENS) {
			await page.setViewportSize(size);
			expect(
				await firstScreenProblems(page, path === '/'),
				`${path} at ${size.width}×${size.height}`,
			).toEqual([]);
		}
	});
}

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
