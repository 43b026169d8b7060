/**
 * Reading a PDF back as a reader would, with poppler (Debian's poppler-utils): its info fields,
 * a page's text (whole, or column by column), where page 1's words sit, and how far down page 1
 * the ink goes. Used by the print tests and the tests of the PDFs the build writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Only the letters and digits of a text, so a line wrapped anywhere (pdftotext drops a hyphen at a
 * line's end) and the separators print styles add (' · ') still match.
 */
export const squeeze = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** `pdfinfo`'s fields of a file (`Pages`, `Tagged`, `Page size`, …). */
export function pdfInfo(file: string): Map<string, string> {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return new Map(
		out.split('\n').flatMap((line) => {
			const m = /^([^:]+):\s*(.*)$/.exec(line);
			return m ? [[m[1] ?? '', m[2] ?? '']] : [];
		}),
	);
}

/** One page's text, in reading order (`layout` keeps each printed line on one line). */
export function pageText(file: string, n: number, layout = false): string {
	const args = ['-f', String(n), '-l', String(n), ...(layout ? ['-layout'] : []), file, '-'];
	return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** A page's text, column by column: its left half, then its right half (A4 is 595 points wide). */
export function columnsText(file: string, n = 1): string {
	const page = ['-f', String(n), '-l', String(n)];
	const half = (x: number) =>
		execFileSync(
			'pdftotext',
			[...page, '-x', String(x), '-y', '0', '-W', '298', '-H', '842', file, '-'],
			{ encoding: 'utf8' },
		);
	return half(0) + half(297);
}

/** The top and bottom (in points) of every word on page 1, and the page's height. */
export function wordBoxes(file: string): {
	height: number;
	words: { top: number; bottom: number }[];
} {
	const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], {
		encoding: 'utf8',
	});
	const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)?.[1]);
	const words = [...html.matchAll(/<word [^>]*yMin="([\d.]+)" [^>]*yMax="([\d.]+)"/g)].map((m) => ({
		top: Number(m[1]),
		bottom: Number(m[2]),
	}));
	return { height, words };
}

/** The share of page 1's height, from the top, at which its last non-white pixel row lies. */
export function lastInkedRow(file: string): number {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-page-'));
	try {
		// A grey-scale PGM: a short text header, then one byte a pixel, row by row.
		const out = join(dir, 'page');
		execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '36', '-gray', '-singlefile', file, out]);
		const pgm = readFileSync(`${out}.pgm`);
		const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
		const width = Number(header?.[1]);
		const height = Number(header?.[2]);
		const pixels = pgm.subarray((header?.[0] ?? '').length);
		for (let row = height - 1; row >= 0; row--) {
			const line = pixels.subarray(row * width, (row + 1) * width);
			if (line.some((v) => v < 160)) return (row + 1) / height;
		}
		return 0;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
