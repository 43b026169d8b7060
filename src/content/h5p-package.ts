import { unzipSync } from 'fflate';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Reading and unpacking `.h5p` files (zips) safely. A `.h5p` comes from outside the project (an H5P
 * editor, a colleague), so every entry is checked before anything is written: no path may leave the
 * folder, no symlink, only file types H5P content plays with, and limits on count and size. Nothing
 * is written unless the whole package passes, and then into a temporary folder that is renamed into
 * place, so a failure never leaves half a package behind.
 */

/** File endings an H5P package may hold for playback (H5P's own allow-list, minus editor and office files). */
export const H5P_ALLOWED_EXTENSIONS: readonly string[] = [
	'json',
	'js',
	'css',
	'png',
	'jpg',
	'jpeg',
	'gif',
	'svg',
	'webp',
	'woff',
	'woff2',
	'ttf',
	'otf',
	'eot',
	'mp3',
	'm4a',
	'ogg',
	'oga',
	'wav',
	'mp4',
	'webm',
	'vtt',
	'webvtt',
	'txt',
];

/** Limits on one package; tests pass smaller ones. */
export interface H5pLimits {
	/** Most entries (files and folders) in the zip. */
	maxEntries: number;
	/** Most bytes once unpacked, all files together. */
	maxTotalBytes: number;
}

export const DEFAULT_H5P_LIMITS: H5pLimits = { maxEntries: 1000, maxTotalBytes: 25 * 1024 * 1024 };

/** Thrown when a `.h5p` file is refused; the message names the file and, where there is one, the entry. */
export class H5pPackageError extends Error {
	override readonly name = 'H5pPackageError';
	/** The entry that was refused, if the problem is one entry. */
	readonly entry: string | undefined;
	constructor(file: string, problem: string, entry?: string) {
		super(
			entry === undefined
				? `${file} is refused: ${problem}.`
				: `${file} is refused: entry "${entry}" ${problem}.`,
		);
		this.entry = entry;
	}
}

/** One entry of the zip's central directory, as far as the checks need it. */
interface CentralEntry {
	name: string;
	/** Host system that made the entry (3 = Unix: the upper 16 bits of `external` are a mode). */
	madeBy: number;
	external: number;
	flags: number;
	method: number;
	size: number;
	crc: number;
}

/** CRC-32 (the zip's checksum), to catch entries whose data does not match the directory. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** Reads the central directory (APPNOTE 4.3.12 and 4.3.16). Throws a message for a broken or unsupported zip. */
function centralDirectory(bytes: Uint8Array): CentralEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new Error('it is not a zip file (an .h5p file is a zip)');
	const disk = view.getUint16(eocd + 4, true);
	const count = view.getUint16(eocd + 10, true);
	const offset = view.getUint32(eocd + 16, true);
	if (disk !== 0) throw new Error('it is a multi-part zip, which is not supported');
	if (count === 0xffff || offset === 0xffffffff)
		throw new Error(
			'it is a ZIP64 file, which is not supported (keep it under 4 GB and 65,535 entries)',
		);
	const entries: CentralEntry[] = [];
	let at = offset;
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
			throw new Error('its central directory is damaged');
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		entries.push({
			madeBy: view.getUint8(at + 5),
			flags: view.getUint16(at + 8, true),
			method: view.getUint16(at + 10, true),
			crc: view.getUint32(at + 16, true),
			size: view.getUint32(at + 24, true),
			external: view.getUint32(at + 38, true),
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** Why an entry's name is refused, or undefined when it is fine. Pure. */
export function entryNameProblem(name: string): string | undefined {
	if (name.includes('\\')) return 'has a backslash in its path';
	if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'has an absolute path';
	const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
	if (segments.includes('..')) return 'climbs out of the package ("..")';
	if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." part in its path';
	if (segments.some((s) => !/^[A-Za-z0-9._-]+$/.test(s)))
		return 'has characters other than letters, digits, ".", "_" and "-" in its path';
	return undefined;
}

/** Why an entry is refused, or undefined when it is fine. */
function entryProblem(entry: CentralEntry): string | undefined {
	const nameProblem = entryNameProblem(entry.name);
	if (nameProblem) return nameProblem;
	const isDir = entry.name.endsWith('/');
	const type = entry.madeBy === 3 ? (entry.external >>> 16) & S_IFMT : 0;
	if (type === S_IFLNK) return 'is a symbolic link';
	if (type !== 0 && type !== (isDir ? S_IFDIR : S_IFREG)) return 'is not a plain file or folder';
	if (entry.flags & 1) return 'is encrypted';
	if (entry.method !== 0 && entry.method !== 8)
		return `uses compression method ${entry.method} (only stored and deflate are supported)`;
	if (isDir) return undefined;
	const ext = /\.([A-Za-z0-9]+)$/.exec(entry.name)?.[1]?.toLowerCase();
	if (!ext || !H5P_ALLOWED_EXTENSIONS.includes(ext))
		return `is a type of file H5P content does not need (allowed: ${H5P_ALLOWED_EXTENSIONS.join(', ')})`;
	return undefined;
}

/** Whether playback needs a file: editor-only libraries and their translations are left out. */
function neededForPlayback(name: string): boolean {
	const [top = '', second] = name.split('/');
	return !top.startsWith('H5PEditor.') && second !== 'language';
}

/**
 * Checks a `.h5p` file's bytes and returns the files playback needs (path → bytes). Throws
 * {@link H5pPackageError} naming `file` (as the author wrote it) and the entry for anything unsafe.
 * Pure: reads nothing but `bytes`.
 */
export function readH5pPackage(
	file: string,
	bytes: Uint8Array,
	limits: H5pLimits = DEFAULT_H5P_LIMITS,
): Map<string, Uint8Array> {
	let entries: CentralEntry[];
	try {
		entries = centralDirectory(bytes);
	} catch (err) {
		throw new H5pPackageError(file, (err as Error).message);
	}
	if (entries.length > limits.maxEntries)
		throw new H5pPackageError(
			file,
			`it has ${entries.length} entries, more than the ${limits.maxEntries} allowed`,
		);
	const seen = new Set<string>();
	let total = 0;
	for (const entry of entries) {
		const problem = entryProblem(entry);
		if (problem) throw new H5pPackageError(file, problem, entry.name);
		// Two names that differ only in case would overwrite each other on some disks.
		const key = entry.name.toLowerCase();
		if (seen.has(key)) throw new H5pPackageError(file, 'appears twice', entry.name);
		seen.add(key);
		total += entry.size;
		if (total > limits.maxTotalBytes)
			throw new H5pPackageError(
				file,
				`it unpacks to more than ${limits.maxTotalBytes} bytes (the limit)`,
				entry.name,
			);
	}
	if (!seen.has('h5p.json')) throw new H5pPackageError(file, 'it has no h5p.json at its top level');
	if (!seen.has('content/content.json'))
		throw new H5pPackageError(file, 'it has no content/content.json');
	const declared = new Map(entries.map((e) => [e.name, e]));
	let unpacked: Record<string, Uint8Array>;
	try {
		unpacked = unzipSync(bytes, {
			filter: (f) => !f.name.endsWith('/') && neededForPlayback(f.name),
		});
	} catch (err) {
		throw new H5pPackageError(file, `it could not be unzipped (${(err as Error).message})`);
	}
	const files = new Map<string, Uint8Array>();
	for (const [name, data] of Object.entries(unpacked)) {
		// The sizes were checked from the directory; a zip that lies about them is refused too
		// (fflate stops at the declared size, so a lie shows as a wrong checksum).
		const entry = declared.get(name);
		if (data.byteLength !== entry?.size || crc32(data) !== entry.crc)
			throw new H5pPackageError(file, 'does not match its checksum or size in the zip', name);
		files.set(name, data);
	}
	try {
		const manifest = JSON.parse(new TextDecoder().decode(files.get('h5p.json'))) as unknown;
		const main = (manifest as { mainLibrary?: unknown }).mainLibrary;
		if (typeof main !== 'string' || main === '') throw new Error('no mainLibrary');
	} catch {
		throw new H5pPackageError(
			file,
			'its h5p.json is not valid (it needs a "mainLibrary")',
			'h5p.json',
		);
	}
	return files;
}

/**
 * Writes checked files into `dest` (which must not exist yet): first into a temporary folder beside
 * it, then one rename. On any failure the temporary folder is removed and `dest` is not created.
 */
export async function writeUnpacked(
	files: ReadonlyMap<string, Uint8Array>,
	dest: string,
): Promise<void> {
	const temp = `${dest}.unpacking-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	try {
		for (const [name, bytes] of files) {
			const path = join(temp, name);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, bytes, { flag: 'wx' });
		}
		await mkdir(dirname(dest), { recursive: true });
		await rename(temp, dest);
	} catch (err) {
		await rm(temp, { recursive: true, force: true });
		throw err;
	}
}

/** Checks a `.h5p` file's bytes and unpacks what playback needs into `dest`; nothing is written on failure. */
export async function unpackH5p(
	file: string,
	bytes: Uint8Array,
	dest: string,
	limits: H5pLimits = DEFAULT_H5P_LIMITS,
): Promise<number> {
	const files = readH5pPackage(file, bytes, limits);
	await writeUnpacked(files, dest);
	return [...files.values()].reduce((sum, b) => sum + b.byteLength, 0);
}
