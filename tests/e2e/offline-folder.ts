/**
 * Helpers for the specs that open a real zip from `dist/downloads` as a teacher or learner would:
 * unzipped into a folder and opened from `file://` in Chromium (no server). Used by the offline
 * package's and the teacher's kit's specs.
 */
import { expect, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { axeViolations, settleAtTop } from './helpers.ts';

/** The entries of a zip the build wrote into `dist/downloads`, by path. */
export function zipEntries(fileName: string): Record<string, Uint8Array> {
	return unzipSync(new Uint8Array(readFileSync(join('dist/downloads', fileName))));
}

/** Unzips a zip from `dist/downloads` into a new temporary folder; returns the folder. */
export function unzipDownload(fileName: string): string {
	const dir = mkdtempSync(join(tmpdir(), `second-look-${fileName.replace(/\.zip$/, '')}-`));
	for (const [path, bytes] of Object.entries(zipEntries(fileName))) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), bytes);
	}
	return dir;
}

/**
 * Watches for what must never happen offline: a request for anything but a file of the folder (or
 * inline data), a console error, an uncaught exception.
 */
export function watchOffline(page: Page) {
	const elsewhere: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('file://') && !url.startsWith('data:')) elsewhere.push(url);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return {
		assertClean() {
			expect(elsewhere, 'requests for anything but the folder').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
	};
}

/**
 * axe (WCAG 2.2 AA) on a `file://` page, from its top as the site's pages are checked
 * (`settleAtTop`: scrolled under the sticky top bar, a button counts as an obscured target). axe's
 * CSSOM preload re-fetches stylesheets by XHR, which a file page may not do (a console error that
 * is axe's, not the package's); without it only the orientation-lock rule has no CSS to read, and
 * the same stylesheet is checked on the site.
 */
export async function expectNoAxeViolationsFromFile(page: Page, label: string) {
	await settleAtTop(page);
	const summary = (await axeViolations(page, { preload: false })).map(
		(v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}
