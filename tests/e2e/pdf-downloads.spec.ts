/**
 * The PDFs `npm run build` prints for teachers (scripts/build/pdfs.ts): every module taught to
 * groups offers its pack and handout as A4 PDFs on its module page, and each file is what a
 * teacher needs to print or share: real text (every heading the page prints is in it), tagged for
 * screen readers, fonts embedded, the handout on one page that it fills, the pack within its pages.
 * Poppler reads the files back as a PDF reader would.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pdfPageCount } from '../../scripts/build/pdfs.ts';
import { contentVersion } from '../../src/lib/content-version.ts';
import { pdfFiles } from '../../src/lib/teach/kit-files.ts';
import type { Module } from '../../src/schemas/module.ts';
import { columnsText, lastInkedRow, pdfInfo, squeeze } from '../support/pdf-reading.ts';

const modules = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as Module)
	.sort((a, b) => a.id.localeCompare(b.id));
const taught = modules.filter((m) => pdfFiles(m).length > 0);

test('every module taught to groups has PDFs to print', () => {
	expect(taught.map((m) => m.id).sort()).toEqual(
		modules.filter((m) => m.audience !== 'adult').map((m) => m.id),
	);
});

for (const module of taught) {
	test(`${module.id}: the pack, handout and check sheet PDFs are offered and read like the pages`, async ({
		page,
		browser,
	}) => {
		await page.goto(`/modules/${module.id}/`);
		for (const pdf of pdfFiles(module)) {
			const file = join('dist', 'downloads', pdf.fileName);
			const link = page.getByRole('link', { name: `${pdf.label} as a PDF` });
			await expect(link).toHaveAttribute('href', `/downloads/${pdf.fileName}`);
			// The size the build filled in, as teachers read it.
			await expect(link.locator('xpath=..')).toContainText(/\(A4, \d+ KB\)/);
			const response = await page.request.get(`/downloads/${pdf.fileName}`);
			expect(response.headers()['content-type']).toBe('application/pdf');

			const info = pdfInfo(file);
			expect(info.get('Tagged'), `${pdf.fileName} is tagged for screen readers`).toBe('yes');
			expect(info.get('Page size')).toMatch(/^594\.\d+ x 841\.\d+ pts \(A4\)/);
			const pages = Number(info.get('Pages'));
			// The build's own count (its guard against a pack that grew too long) agrees with poppler.
			expect(pdfPageCount(readFileSync(file))).toBe(pages);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(pdf.maxPages);
			const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
			expect(fonts.filter((l) => l.trim() && !/\byes\s+yes\b/.test(l))).toEqual([]);

			// The same content prints the same file (scripts/build/reproducible.ts): dated with the
			// content version, not the build, and each structure id named after its element's
			// object, not after whatever node number the browser gave it on this print.
			const raw = readFileSync(file).toString('latin1');
			const stamp = `D:${(contentVersion(module)?.date ?? '2026-01-01').replaceAll('-', '')}000000`;
			expect(raw).toContain(`/CreationDate (${stamp}`);
			expect(raw).toContain(`/ModDate (${stamp}`);
			const ids = [
				...raw.matchAll(
					/\n(\d+) 0 obj\n<<\/Type \/StructElem(?:(?!endobj)[\s\S])*?\/ID \((node\d+)\)/g,
				),
			];
			if (pdf.maxPages > 1)
				expect(ids.length, 'the pack has tables with headers').toBeGreaterThan(0);
			for (const [, object = '', id] of ids) expect(id).toBe(`node${object.padStart(8, '0')}`);

			// Every heading of the web page is in the PDF as text, so nothing printed is lost.
			// A one-page handout is set in two columns under a full-width title: read it whole, and
			// its left half, then its right.
			const whole = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
			const text = squeeze(pdf.maxPages === 1 ? whole + columnsText(file) : whole);
			const printed = await browser.newPage();
			await printed.emulateMedia({ media: 'print' });
			await printed.goto(pdf.sitePath);
			const headings = await printed
				.locator('h1, h2, h3')
				.evaluateAll((all) => all.filter((h) => h.checkVisibility()).map((h) => h.textContent));
			await printed.close();
			expect(headings.length).toBeGreaterThan(1);
			expect(headings.filter((h) => !text.includes(squeeze(h)))).toEqual([]);

			// The handout uses its whole page (issue #15); the check sheet leaves room to write.
			if (pdf.sitePath.endsWith('/handout/')) expect(lastInkedRow(file)).toBeGreaterThan(0.88);
		}
	});
}
