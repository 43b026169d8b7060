import { strToU8, zipSync, type Zippable } from 'fflate';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { entryNameProblem, readH5pPackage, unpackH5p } from './h5p-package.ts';

const FILE = 'lessons/h5p/quiz.h5p';
/** The real fixture (tunapanda/h5p-standalone, MIT): see ../shared/fixtures/h5p/README.md. */
const FIXTURE = join(
	import.meta.dirname,
	'../../../shared/fixtures/h5p/true-false-hello-world.h5p',
);

/** The smallest package that passes: h5p.json, content, one library file. */
function minimal(extra: Zippable = {}): Zippable {
	return {
		'h5p.json': strToU8(JSON.stringify({ title: 'T', mainLibrary: 'H5P.TrueFalse' })),
		'content/content.json': strToU8('{}'),
		'H5P.TrueFalse-1.6/library.json': strToU8('{}'),
		...extra,
	};
}

/** A zip whose entry `name` is a symbolic link (Unix mode 120777 in the external attributes). */
function withSymlink(name: string): Uint8Array {
	return zipSync({
		...minimal(),
		[name]: [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
	});
}

/** The message for a package, or "accepted". */
function verdict(bytes: Uint8Array, limits?: { maxEntries: number; maxTotalBytes: number }) {
	try {
		readH5pPackage(FILE, bytes, limits);
		return 'accepted';
	} catch (err) {
		return (err as Error).message;
	}
}

describe('readH5pPackage refuses hostile packages, naming the file and the entry', () => {
	test('the real fixture is accepted; editor-only libraries and translations are left out', async () => {
		const files = readH5pPackage(FILE, new Uint8Array(await readFile(FIXTURE)));
		expect(files.has('h5p.json')).toBe(true);
		expect(files.has('H5P.TrueFalse-1.6/library.json')).toBe(true);
		expect([...files.keys()].some((n) => n.startsWith('H5PEditor.'))).toBe(false);
		expect([...files.keys()].some((n) => n.split('/')[1] === 'language')).toBe(false);
	});

	test('a path that climbs out with ".."', () => {
		expect(verdict(zipSync(minimal({ '../evil.js': strToU8('x') })))).toBe(
			'lessons/h5p/quiz.h5p is refused: entry "../evil.js" climbs out of the package ("..").',
		);
		expect(verdict(zipSync(minimal({ 'content/../../x.js': strToU8('x') })))).toContain(
			'entry "content/../../x.js" climbs out',
		);
	});

	test('absolute paths and backslashes', () => {
		expect(verdict(zipSync(minimal({ '/etc/x.js': strToU8('x') })))).toContain(
			'entry "/etc/x.js" has an absolute path',
		);
		expect(verdict(zipSync(minimal({ 'C:/x.js': strToU8('x') })))).toContain('absolute path');
		expect(verdict(zipSync(minimal({ 'content\\..\\x.js': strToU8('x') })))).toContain(
			'has a backslash',
		);
	});

	test('a symbolic link, even with an allowed name', () => {
		expect(verdict(withSymlink('content/image.png'))).toBe(
			'lessons/h5p/quiz.h5p is refused: entry "content/image.png" is a symbolic link.',
		);
	});

	test('files outside the allow-list', () => {
		for (const name of ['content/run.php', 'evil.html', 'x.sh', 'content/README'])
			expect(verdict(zipSync(minimal({ [name]: strToU8('x') })))).toContain(
				`entry "${name}" is a type of file H5P content does not need`,
			);
	});

	test('odd characters, and names that differ only in case', () => {
		expect(verdict(zipSync(minimal({ 'content/a b.png': strToU8('x') })))).toContain(
			'has characters other than',
		);
		expect(
			verdict(zipSync(minimal({ 'content/A.png': strToU8('x'), 'content/a.png': strToU8('y') }))),
		).toContain('appears twice');
	});

	test('too many files, or too many bytes once unpacked', () => {
		const many = Object.fromEntries(
			Array.from({ length: 20 }, (_, i) => [`content/f${i}.json`, strToU8('{}')]),
		);
		expect(verdict(zipSync(minimal(many)), { maxEntries: 10, maxTotalBytes: 1e6 })).toBe(
			'lessons/h5p/quiz.h5p is refused: it has 23 entries, more than the 10 allowed.',
		);
		// 2 MB of zeros compress to a few KB: the unpacked size is what counts.
		const bomb = zipSync(minimal({ 'content/big.json': new Uint8Array(2_000_000) }));
		expect(bomb.byteLength).toBeLessThan(10_000);
		expect(verdict(bomb, { maxEntries: 100, maxTotalBytes: 1_000_000 })).toContain(
			'entry "content/big.json" it unpacks to more than 1000000 bytes',
		);
	});

	test('a zip that understates an entry’s size is refused, not trusted', () => {
		const bytes = zipSync(minimal({ 'content/big.json': new Uint8Array(50_000) }), { level: 9 });
		// Patch the central directory's uncompressed size of content/big.json to 10 bytes.
		const name = new TextEncoder().encode('content/big.json');
		const view = new DataView(bytes.buffer);
		for (let i = 0; i < bytes.length - 46; i++) {
			if (view.getUint32(i, true) !== 0x02014b50) continue;
			const len = view.getUint16(i + 28, true);
			const entry = bytes.subarray(i + 46, i + 46 + len);
			if (entry.length === name.length && entry.every((b, k) => b === name[k]))
				view.setUint32(i + 24, 10, true);
		}
		expect(verdict(bytes)).toBe(
			'lessons/h5p/quiz.h5p is refused: entry "content/big.json" does not match its checksum or size in the zip.',
		);
	});

	test('not a zip, or not an H5P package', () => {
		expect(verdict(strToU8('hello'))).toBe(
			'lessons/h5p/quiz.h5p is refused: it is not a zip file (an .h5p file is a zip).',
		);
		expect(verdict(zipSync({ 'content/content.json': strToU8('{}') }))).toContain(
			'it has no h5p.json',
		);
		expect(
			verdict(zipSync({ ...minimal(), 'h5p.json': strToU8('{"title":"no main"}') })),
		).toContain('entry "h5p.json" its h5p.json is not valid');
	});

	test('entry names: the rules on their own', () => {
		expect(entryNameProblem('H5P.TrueFalse-1.6/scripts/h5p-true-false.js')).toBeUndefined();
		expect(entryNameProblem('content/')).toBeUndefined();
		expect(entryNameProblem('a//b.js')).toContain('empty');
		expect(entryNameProblem('./a.js')).toContain('"."');
	});
});

describe('unpackH5p writes all or nothing', () => {
	let dir = '';
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'second-look-h5p-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('a good package lands in place, with no temporary folder left', async () => {
		const dest = join(dir, 'h5p', 'q1', 'package');
		const bytes = await unpackH5p(FILE, zipSync(minimal()), dest);
		expect(bytes).toBeGreaterThan(0);
		expect((await readdir(dest)).sort()).toEqual(['H5P.TrueFalse-1.6', 'content', 'h5p.json']);
		expect(await readdir(join(dir, 'h5p', 'q1'))).toEqual(['package']);
	});

	test('a hostile package writes nothing at all', async () => {
		const dest = join(dir, 'package');
		await expect(unpackH5p(FILE, withSymlink('content/x.png'), dest)).rejects.toThrow(
			'entry "content/x.png" is a symbolic link',
		);
		expect(await readdir(dir)).toEqual([]);
	});
});
