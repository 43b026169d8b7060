/**
 * Reading a PDF back as a reader would, with poppler (Debian's poppler-utils): its info fields,
 * page 1's text column by column, and how far down page 1 the ink goes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `pdfinfo`'s fields of a file. */
export function pdfInfo(file: string): Map<string, string> {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return new Map(
		out.split('\n').flatMap((line) => {
			const m = /^([^:]+):\s*(.*)$/.exec(line);
			return m ? [[m[1] ?? '', m[2] ?? '']] : [];
		}),
	);
}

/** The share of page 1's height, from the top, down to its last row with any ink. */
export function inkedShare(file: string): number {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-page-'));
	try {
		const out = join(dir, 'page');
		execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '36', '-gray', '-singlefile', file, out]);
		const pgm = readFileSync(`${out}.pgm`);
		const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
		const [width, height] = [Number(header?.[1]), Number(header?.[2])];
		const pixels = pgm.subarray(pgm.length - width * height);
		let last = 0;
		for (let row = 0; row < height; row++)
			if (pixels.subarray(row * width, (row + 1) * width).some((v) => v < 200)) last = row;
		return last / height;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Page 1's text, column by column: its left half, then its right half (A4 is 595 points wide). */
export function columnsText(file: string): string {
	const half = (x: number) =>
		execFileSync(
			'pdftotext',
			['-f', '1', '-l', '1', '-x', String(x), '-y', '0', '-W', '298', '-H', '842', file, '-'],
			{ encoding: 'utf8' },
		);
	return half(0) + half(297);
}
