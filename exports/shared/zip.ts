import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { PackageFile } from './package-plan.ts';

/**
 * A reproducible zip of a package's files, as small as plain zip allows (issue #16): every entry is
 * deflated by zlib at its maximum (level 9, memLevel 9: about 3 % smaller than fflate's level 9 on
 * our pages and chunks), or stored when deflate would not make it smaller (a 50-byte chunk). Only
 * methods 0 and 8, no extra fields, no data descriptors, no zip64: what every LMS's unzip reads.
 * Build side only (Node).
 */

/** A fixed date for every entry, so the same input always gives the same zip (reproducible builds). */
export const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** MS-DOS time and date of {@link FIXED_DATE} (zip stores local time without a zone: we use UTC). */
const DOS_TIME =
	(FIXED_DATE.getUTCHours() << 11) |
	(FIXED_DATE.getUTCMinutes() << 5) |
	(FIXED_DATE.getUTCSeconds() >> 1);
const DOS_DATE =
	((FIXED_DATE.getUTCFullYear() - 1980) << 9) |
	((FIXED_DATE.getUTCMonth() + 1) << 5) |
	FIXED_DATE.getUTCDate();

/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAMES = 0x0800;

/** The zip format's limits without zip64: more entries or bytes than this are refused. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/** A package too big for a plain zip (more than 65,535 files or 4 GiB): never a real package. */
export class ZipTooLarge extends Error {
	constructor(what: string) {
		super(`The package is too large for a zip without zip64: ${what}.`);
		this.name = 'ZipTooLarge';
	}
}

/** One entry, compressed, with what both of its headers need. */
interface Entry {
	name: Uint8Array;
	method: 0 | 8;
	crc: number;
	size: number;
	data: Uint8Array;
	offset: number;
}

/** The smaller of deflate (level 9) and the bytes as they are. Pure. */
function compress(bytes: Uint8Array): { method: 0 | 8; data: Uint8Array } {
	const deflated = deflateRawSync(bytes, {
		level: constants.Z_BEST_COMPRESSION,
		memLevel: 9,
		windowBits: 15,
		strategy: constants.Z_DEFAULT_STRATEGY,
	});
	return deflated.length < bytes.length
		? { method: 8, data: new Uint8Array(deflated) }
		: { method: 0, data: bytes };
}

/** The fields both headers share, from "version needed" to the extra field's length. */
function commonFields(view: DataView, at: number, entry: Entry): void {
	view.setUint16(at, 20, true); // version needed to extract: 2.0 (deflate)
	view.setUint16(at + 2, UTF8_NAMES, true);
	view.setUint16(at + 4, entry.method, true);
	view.setUint16(at + 6, DOS_TIME, true);
	view.setUint16(at + 8, DOS_DATE, true);
	view.setUint32(at + 10, entry.crc, true);
	view.setUint32(at + 14, entry.data.length, true);
	view.setUint32(at + 18, entry.size, true);
	view.setUint16(at + 22, entry.name.length, true);
	view.setUint16(at + 24, 0, true); // no extra field
}

/** Zips a package's files: forward-slash names, no folders of their own, UTF-8. Pure. */
export function zipFiles(files: readonly PackageFile[]): Uint8Array {
	if (files.length > MAX_ENTRIES) throw new ZipTooLarge(`${files.length} files`);
	const encoder = new TextEncoder();
	const entries: Entry[] = [];
	let offset = 0;
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		const bytes = typeof file.bytes === 'string' ? encoder.encode(file.bytes) : file.bytes;
		const { method, data } = compress(bytes);
		const name = encoder.encode(file.path);
		entries.push({ name, method, crc: crc32(bytes), size: bytes.length, data, offset });
		offset += 30 + name.length + data.length;
	}
	const central = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
	if (offset + central > MAX_BYTES) throw new ZipTooLarge(`${offset + central} bytes`);
	const out = new Uint8Array(offset + central + 22);
	const view = new DataView(out.buffer);
	for (const entry of entries) {
		view.setUint32(entry.offset, 0x04034b50, true);
		commonFields(view, entry.offset + 4, entry);
		out.set(entry.name, entry.offset + 30);
		out.set(entry.data, entry.offset + 30 + entry.name.length);
	}
	let at = offset;
	for (const entry of entries) {
		view.setUint32(at, 0x02014b50, true);
		view.setUint16(at + 4, 20, true); // made by: MS-DOS attributes, version 2.0
		commonFields(view, at + 6, entry);
		// comment length, disk number, internal attributes, external attributes: all 0
		view.setUint32(at + 42, entry.offset, true);
		out.set(entry.name, at + 46);
		at += 46 + entry.name.length;
	}
	view.setUint32(at, 0x06054b50, true);
	view.setUint16(at + 8, entries.length, true);
	view.setUint16(at + 10, entries.length, true);
	view.setUint32(at + 12, central, true);
	view.setUint32(at + 16, offset, true);
	return out;
}
