/**
 * The build's PDFs: each module's teacher or trainer pack and learner handout
 * (src/lib/teach/kit-files.ts) printed from the built site to A4 PDFs in `downloads/`, exactly as
 * Chromium's print dialog prints them (the pages' own print styles and `@page` rules), with real
 * text, tagged headings and a bookmark outline. Debian's Chromium does the printing
 * (scripts/chromium.ts); the pages are served to it from the folder under a made-up origin, and
 * every other request is refused, so printing never reaches the network.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import type { PdfFile } from '../../src/lib/teach/kit-files.ts';
import { pinPdf } from './reproducible.ts';
import { chromiumLaunch } from '../chromium.ts';
import { contentType, resolveSiteFile } from '../site-folder.ts';

/** The origin the built folder is served under while printing (`.invalid` never resolves). */
const ORIGIN = 'http://second-look.invalid';

/** A PDF the build wrote. */
export interface PrintedPdf {
	fileName: string;
	bytes: number;
	pages: number;
}

/** Thrown when the PDFs cannot be printed, or one prints longer than it may. */
export class PdfError extends Error {
	override readonly name = 'PdfError';
	/** What the author or teacher does about it (printed under the message). */
	readonly hint: string;
	constructor(message: string, hint: string) {
		super(message);
		this.hint = hint;
	}
}

/** The number of pages in a PDF Chromium printed (one `/Type /Page` object a page). */
export function pdfPageCount(pdf: Uint8Array): number {
	return (
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
	);
}

/** Serves `siteDir` under {@link ORIGIN} to every page of `context`; refuses anything else. */
async function serveFolder(context: BrowserContext, siteDir: string): Promise<void> {
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		const file = url.origin === ORIGIN ? await resolveSiteFile(siteDir, url.pathname) : undefined;
		if (!file) {
			await route.fulfill({ status: 404, body: 'Not found' });
			return;
		}
		await route.fulfill({
			status: 200,
			contentType: contentType(file),
			body: await readFile(file),
		});
	});
}

/**
 * Fails with what to do when the Chromium the build prints with is not installed. The build asks
 * before Astro starts, so an author learns it at once, not after the site is built.
 */
export async function assertChromium(): Promise<void> {
	await access(chromiumLaunch.executablePath).catch(() => {
		throw new PdfError(
			`The teacher packs and handouts are printed to PDF with Chromium, which is not at ${chromiumLaunch.executablePath}.`,
			'Install it (Debian: `apt-get install -y chromium`, or run scripts/setup.sh), or set CHROMIUM_PATH to a Chromium or Chrome binary, then build again.',
		);
	});
}

/**
 * Prints `files` from the built site in `siteDir` into `siteDir/downloads/`. Fails (writing
 * nothing more) when a page is missing or prints on more pages than it may.
 */
export async function printPdfs(siteDir: string, files: readonly PdfFile[]): Promise<PrintedPdf[]> {
	if (files.length === 0) return [];
	await assertChromium();
	const browser = await chromium.launch(chromiumLaunch);
	try {
		const context = await browser.newContext();
		await serveFolder(context, siteDir);
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		const printed: PrintedPdf[] = [];
		for (const file of files) {
			const response = await page.goto(`${ORIGIN}${file.sitePath}`);
			if (!response?.ok())
				throw new PdfError(
					`${file.fileName}: the page ${file.sitePath} was not built.`,
					'Check that the module still has a session plan (lessonPlan), then build again.',
				);
			const pdf = await page.pdf({
				format: 'A4',
				preferCSSPageSize: true,
				printBackground: true,
				tagged: true,
				outline: true,
			});
			const pages = pdfPageCount(pdf);
			if (pages > file.maxPages)
				throw new PdfError(
					`${file.fileName} prints on ${pages} A4 pages; it may take ${file.maxPages}.`,
					`Shorten what ${file.sitePath} shows, or its print styles (src/styles/teach.css), and build again.`,
				);
			await writeFile(join(siteDir, 'downloads', file.fileName), pinPdf(pdf, file.date));
			printed.push({ fileName: file.fileName, bytes: pdf.byteLength, pages });
		}
		return printed;
	} finally {
		await browser.close();
	}
}
