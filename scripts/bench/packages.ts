/**
 * Every LMS package as the learner's browser gets it (issue #16): the zip's size against its goal,
 * its launch page (`index.html`) gzipped, and the JS that page loads from inside the zip, at once
 * and with what its `import()`s may add (its own format's connection, the activity types the module
 * uses). Read from the zips themselves, so a chunk the zip does not carry is not counted.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { gzipSize, measurePage, type OutputFigures } from './measure.ts';
import type { Measurement } from './measurement.ts';
import { formatBytes, type Table } from './report.ts';

const KIB = 1024;

/** Goals from issue #16, in the bench's units (KiB): KS3's SCORM 1.2 zip, offline, every other. */
export function sizeGoal(file: string): number {
	if (file === 'school-ks3-scorm12.zip') return 80 * KIB;
	if (file.endsWith('-offline.zip')) return 150 * KIB;
	return 100 * KIB;
}

/** Issue #16's goal for an LMS package's launch page JS loaded at once (gzip; not offline's). */
export const LAUNCH_JS_GOAL = 35 * KIB;

/** Whether a zip is an LMS package (the launch JS goal is theirs: the offline copy is a site). */
function isLmsPackage(file: string): boolean {
	return !file.endsWith('-offline.zip');
}

/**
 * The bytes a zip spends on its scripts (`.js` entries): each one's compressed data, local header
 * and central directory record, read from the zip's own central directory. The zip less these is
 * what it would weigh with no script at all: the floor its page, styles and required schemas set.
 * Pure.
 */
export function scriptBytes(zip: Uint8Array): number {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	// The end of central directory record: its signature, searched back from the end (a comment may
	// follow it).
	let end = zip.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('Not a zip: no end of central directory record.');
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		if (view.getUint32(at, true) !== 0x02014b50)
			throw new Error('Not a zip: a bad directory record.');
		const compressed = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const record = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		const local = view.getUint32(at + 42, true);
		const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
		if (name.endsWith('.js')) {
			const localHeader = 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
			bytes += localHeader + compressed + record;
		}
		at += record;
	}
	return bytes;
}

/** One zip's figures. */
export interface PackageFigures {
	file: string;
	bytes: number;
	/** The zip's bytes less its scripts' ({@link scriptBytes}). */
	withoutScripts: number;
	entries: number;
	htmlGzip: number;
	jsGzip: number;
	jsLazyGzip: number;
}

/** Measures one zip's launch page from the files inside the zip. */
export async function measureZip(file: string, zip: Uint8Array): Promise<PackageFigures> {
	const entries = unzipSync(zip);
	const html = entries['index.html'];
	const figures = {
		file,
		bytes: zip.length,
		withoutScripts: zip.length - scriptBytes(zip),
		entries: Object.keys(entries).length,
	};
	if (!html) return { ...figures, htmlGzip: 0, jsGzip: 0, jsLazyGzip: 0 };
	const read = (sitePath: string) => {
		const data = entries[sitePath.replace(/^\//, '')];
		return Promise.resolve(data ? Buffer.from(data) : undefined);
	};
	const page = await measurePage('index.html', Buffer.from(html), read, (_path, data) =>
		gzipSize(data),
	);
	const { htmlGzip, jsGzip, jsLazyGzip } = page.figures;
	return { ...figures, htmlGzip, jsGzip, jsLazyGzip };
}

/** The zips of one output's `downloads/`, measured. */
export const packagesMeasurement: Measurement = {
	name: 'packages',
	async measure(output: OutputFigures): Promise<Table[]> {
		const dir = join(output.out, 'downloads');
		// The learners' packages only: a teacher's kit is a download of its own (the Downloads table
		// gives its size), with no goal of issue #16.
		const zips = (await readdir(dir).catch(() => []))
			.filter((f) => /-(scorm12|scorm2004|cmi5|offline)\.zip$/.test(f))
			.sort();
		if (zips.length === 0) return [];
		const rows: string[][] = [];
		const missed: string[] = [];
		for (const file of zips) {
			const p = await measureZip(file, new Uint8Array(await readFile(join(dir, file))));
			const goal = sizeGoal(file);
			if (p.bytes > goal || (isLmsPackage(file) && p.jsGzip > LAUNCH_JS_GOAL)) missed.push(file);
			rows.push([
				file,
				formatBytes(p.bytes),
				`≤ ${formatBytes(goal)}${p.bytes <= goal ? '' : ' NO'}`,
				formatBytes(p.withoutScripts),
				String(p.entries),
				formatBytes(p.htmlGzip),
				formatBytes(p.jsGzip),
				formatBytes(p.jsGzip + p.jsLazyGzip),
			]);
		}
		return [
			{
				title: `Packages of ${output.label} (${zips.length} zips)`,
				headings: [
					'Zip',
					'Size',
					'Goal',
					'Without JS',
					'Files',
					'index.html gzip',
					'JS at launch',
					'JS + import()',
				],
				rows,
				notes: [
					'Without JS: the zip less every script in it, the floor its page, styles and schemas set.',
					'JS at launch: what index.html loads at once; JS + import(): with every chunk in the zip',
					`its code may load later. Goals (issue #16): KS3 SCORM 1.2 ≤ 80 KiB, offline ≤ 150 KiB,`,
					`others ≤ 100 KiB; LMS launch JS ≤ ${formatBytes(LAUNCH_JS_GOAL)}. Missed: ${missed.length ? missed.join(', ') : 'none'}.`,
				],
			},
		];
	},
};
