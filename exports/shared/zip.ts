import { zipSync, type Zippable } from 'fflate';
import type { PackageFile } from './package-plan.ts';

/** A fixed date for every entry, so the same input always gives the same zip (reproducible builds). */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** Zips a package's files: forward-slash names, no folders of their own, UTF-8. Pure. */
export function zipFiles(files: readonly PackageFile[]): Uint8Array {
	const entries: Zippable = {};
	const encoder = new TextEncoder();
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		const bytes = typeof file.bytes === 'string' ? encoder.encode(file.bytes) : file.bytes;
		entries[file.path] = [bytes, { mtime: FIXED_DATE, level: 9 }];
	}
	return zipSync(entries);
}
