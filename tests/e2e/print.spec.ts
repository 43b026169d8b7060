/**
 * The teacher pack and the learner handout as they come out of a printer: each is printed to an A4
 * PDF in Chromium, and poppler reads the pages back (pdftotext for each page's text and where its
 * lines sit, pdftoppm for the page as a picture). No page of a pack ends with a heading, no activity
 * starts on one page and ends on the next, and the handout fills its one page. The parent pack
 * (issue #17, item 5): the guide for parents and carers on two pages at most, each school module's
 * letter home on one, with nothing of the page around it.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { columnsText, lastInkedRow, pageText, squeeze, wordBoxes } from '../support/pdf-reading.ts';

interface ModuleFile {
	id: string;
	audience: string;
	lessons: string[];
}

const packModules = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as ModuleFile)
	.filter((m) => m.audience !== 'adult')
	.sort((a, b) => a.id.localeCompare(b.id));

/**
 * A pack longer than this many A4 pages has lost its print styles: 23 to 26 pages with them, over
 * 41 without (December 2026, with the baseline and end point, the subject knowledge and the notes
 * around the lesson). The build's own limit is the same (pdfFiles in src/lib/teach/kit-files.ts).
 */
const MOST_PACK_PAGES = 30;

/** Prints the page as the browser's print dialog would (A4, the page's own @page rules). */
async function printToPdf(page: Page, path: string, file: string): Promise<number> {
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/**
 * Checks that no printed page but the last ends with a heading or a lead-in line ("To discuss:"):
 * each must have what it introduces below it on the same page. Returns how many it checked.
 */
async function expectNoHeadingAtPageFoot(
	page: Page,
	file: string,
	pages: number,
	label: string,
): Promise<number> {
	const headings = await page
		.locator('main :is(h1, h2, h3, h4, h5, h6, .answer-lead)')
		.evaluateAll((els) =>
			els.map((e) => (e as HTMLElement).innerText).filter((t) => t.trim().length > 0),
		);
	const texts = Array.from({ length: pages }, (_, i) => pageText(file, i + 1, true));
	for (const [i, text] of texts.entries()) {
		if (i === pages - 1) continue;
		const lines = text.split('\n').filter((l) => l.trim().length > 0);
		// The page's last line, or its last two or three lines for a heading that wraps.
		const endings = [1, 2, 3].map((k) => squeeze(lines.slice(-k).join('')));
		const heading = headings.find((h) => endings.includes(squeeze(h)));
		expect(heading, `page ${i + 1} of ${label} ends with the heading "${heading}"`).toBeUndefined();
	}
	return headings.length;
}

for (const { id, lessons } of packModules) {
	test(`the ${id} pack prints with no heading left at a page foot and no activity split`, async ({
		page,
	}, info) => {
		const file = info.outputPath(`${id}-pack.pdf`);
		const pages = await printToPdf(page, `/teach/${id}/`, file);
		// Stated in the report and the docs: 21 to 24 pages for the shipped modules.
		expect(pages, 'A4 pages in the printed pack').toBeLessThanOrEqual(MOST_PACK_PAGES);
		expect(pages).toBeGreaterThan(5);

		expect(await expectNoHeadingAtPageFoot(page, file, pages, id)).toBeGreaterThan(10);

		// Every activity's title and its last words are on the same page.
		const activities = await page.locator('.pack-activity').evaluateAll((els) =>
			els.map((e) => {
				const title = (e.querySelector('h4') as HTMLElement).innerText;
				// The last text block that has no link (a link's printed address follows it on paper).
				const blocks = [...e.querySelectorAll('p, li')].filter((b) => !b.querySelector('a'));
				return { title, end: (blocks.at(-1) as HTMLElement | undefined)?.innerText ?? '' };
			}),
		);
		expect(activities.length).toBeGreaterThan(5);
		const flat = Array.from({ length: pages }, (_, i) => squeeze(pageText(file, i + 1)));
		for (const { title, end } of activities) {
			const start = flat.findIndex((t) => t.includes(squeeze(title)));
			expect(start, `${title} is printed`).toBeGreaterThanOrEqual(0);
			const tail = squeeze(end).slice(-40);
			expect(
				flat[start],
				`${title} (${id}) ends on the page it starts on (page ${start + 1}): "${end}"`,
			).toContain(tail);
		}

		// The pack's own lessons are all in it (nothing lost to the print styles).
		for (const lesson of lessons) await expect(page.locator(`#answers-${lesson}`)).toHaveCount(1);
	});

	test(`the ${id} handout prints on one A4 page and fills it`, async ({ page }, info) => {
		const file = info.outputPath(`${id}-handout.pdf`);
		expect(await printToPdf(page, `/teach/${id}/handout/`, file), 'handout pages').toBe(1);

		// Nothing is cut off: every key message and every helpline's hours are on the page.
		const printed = squeeze(columnsText(file));
		const shown = await page
			.locator('.handout-messages li, .handout-help li')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
		expect(shown.length).toBeGreaterThan(15);
		for (const text of shown) expect(printed, 'printed on the page').toContain(squeeze(text));
		// A line to write the named person on, printed with room for a name.
		const place = id.startsWith('forces') ? 'unit' : 'school';
		expect(printed).toContain(squeeze(`In our ${place}, you can talk to:`));
		const line = await page.locator('[data-write-in] .write-in').boundingBox();
		expect(line?.width ?? 0, 'room to write a name').toBeGreaterThan(120);

		// It uses its page: the last line is in the bottom tenth of the page, as the picture shows too,
		// and no band of white across the page is taller than a tenth of it.
		const { height, words } = wordBoxes(file);
		const bottom = Math.max(...words.map((w) => w.bottom));
		expect(bottom / height, 'last line, as a share of the page height').toBeGreaterThan(0.88);
		expect(lastInkedRow(file)).toBeGreaterThan(0.88);
		const tops = [...words].sort((a, b) => a.top - b.top);
		let reach = tops[0]?.bottom ?? 0;
		let widest = tops[0]?.top ?? 0;
		for (const w of tops) {
			widest = Math.max(widest, w.top - reach);
			reach = Math.max(reach, w.bottom);
		}
		expect(widest / height, 'tallest blank band, as a share of the page').toBeLessThan(0.1);
	});
}

/** The school modules: each has a letter home for parents and carers (issue #17, item 5). */
const letterModules = packModules.filter((m) => m.audience === 'school');

test('the guide for parents and carers prints on two A4 pages at most, nothing cut', async ({
	page,
}, info) => {
	const file = info.outputPath('parents-guide.pdf');
	const pages = await printToPdf(page, '/parents/', file);
	expect(pages, 'A4 pages in the printed guide').toBeLessThanOrEqual(2);
	expect(await expectNoHeadingAtPageFoot(page, file, pages, 'the guide')).toBeGreaterThan(6);

	// Every piece of advice, every help line with its numbers and every source is on paper, and the
	// on-screen "Sources for this part" controls are not.
	// Read whole lines (the advice) and column by column (the help lines and sources, in two columns).
	const printed = Array.from({ length: pages }, (_, i) =>
		[pageText(file, i + 1), columnsText(file, i + 1)].map(squeeze).join(' '),
	).join(' ');
	const shown = await page
		.locator('.parent-advice > li, .parent-line, .sources li')
		.evaluateAll((els) =>
			// A source's address is printed between its title and "(checked …)": compare up to it.
			els.map((e) => (e as HTMLElement).innerText.replace(/\s*\(checked [^)]*\)$/, '')),
		);
	expect(shown.length).toBeGreaterThan(30);
	for (const text of shown)
		expect(printed, 'printed in the guide').toContain(squeeze(text).slice(0, 60));
	expect(printed).not.toContain(squeeze('Sources for this part'));
});

for (const { id } of letterModules) {
	test(`the ${id} letter home prints on one A4 page: the letter only, every line of it`, async ({
		page,
	}, info) => {
		const file = info.outputPath(`${id}-letter.pdf`);
		expect(await printToPdf(page, `/teach/${id}/letter/`, file), 'letter pages').toBe(1);
		const printed = squeeze(pageText(file, 1));
		const lines = await page
			.locator('[data-letter] :is(p, li)')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\[\d+\]/g, '')));
		expect(lines.length).toBeGreaterThan(15);
		for (const line of lines) expect(printed, 'printed in the letter').toContain(squeeze(line));
		// The page around the letter (the form, the buttons, the sources) and its citation marks stay
		// on screen.
		expect(printed).not.toContain(squeeze('Fill in the letter'));
		expect(printed).not.toMatch(/\[\d+\]/);
		expect(pageText(file, 1)).not.toMatch(/\[\d+\]/);
	});
}
