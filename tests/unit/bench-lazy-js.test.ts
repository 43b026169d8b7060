import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectScripts } from '../../scripts/bench/measure.ts';
import { measureZip, scriptBytes } from '../../scripts/bench/packages.ts';
import { extractDynamicImports } from '../../scripts/bench/pages.ts';

const files: Record<string, string> = {
	'/_astro/runtime.js': 'import{a}from"./shared.js";const c=()=>import(`./connect-scorm12.js`);',
	'/_astro/shared.js': 'export const a=1;',
	'/_astro/connect-scorm12.js': 'import"./facts.js";export const go=()=>import("./later.js");',
	'/_astro/facts.js': 'export const f=2;',
	'/_astro/later.js': 'export const l=3;',
};
const read = (path: string) =>
	Promise.resolve(files[path] === undefined ? undefined : Buffer.from(files[path]));

describe('the bench counts lazily imported chunks (issue #16)', () => {
	it('reads import() with any quote', () => {
		expect(extractDynamicImports('import(`./a.js`);import("./b.js"),import( \'./c.js\' )')).toEqual(
			['./a.js', './b.js', './c.js'],
		);
	});

	it('follows static imports only by default, and import() too when asked, recursively', async () => {
		const now = await collectScripts(['/_astro/runtime.js'], read);
		expect([...now.files.keys()].sort()).toEqual(['/_astro/runtime.js', '/_astro/shared.js']);
		const all = await collectScripts(['/_astro/runtime.js'], read, { lazy: true });
		expect([...all.files.keys()].sort()).toEqual(Object.keys(files).sort());
	});

	it('measures a zip from its own files: a connection it does not carry is not counted', async () => {
		const enc = (s: string) => new TextEncoder().encode(s);
		const html = '<html><script type="module" src="_astro/runtime.js"></script></html>';
		const zip = (withConnection: boolean) =>
			zipSync(
				Object.fromEntries(
					([['/index.html', html], ...Object.entries(files)] as [string, string][])
						.filter(([path]) => withConnection || !path.includes('connect'))
						.map(([path, text]) => [path.slice(1), enc(text)]),
				),
			);
		const full = await measureZip('a-scorm12.zip', zip(true));
		const bare = await measureZip('a-scorm12.zip', zip(false));
		expect(full.jsGzip).toBe(bare.jsGzip);
		expect(full.jsLazyGzip).toBeGreaterThan(0);
		expect(bare.jsLazyGzip).toBe(0);
	});
});

describe('the bench says what a zip would weigh without its scripts (issue #16)', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	const others = {
		'index.html': enc('<html><body><h1>Lesson</h1>'.repeat(40)),
		'imsmanifest.xml': enc('<manifest identifier="m"/>'),
		'_astro/package.css': enc('body{margin:0}'),
	};
	const scripts = Object.fromEntries(
		Object.entries(files).map(([path, text]) => [path.slice(1), enc(text.repeat(20))]),
	);

	it('as many bytes as the same zip built without them, whatever the compression', () => {
		for (const level of [0, 6, 9] as const) {
			const withScripts = zipSync({ ...others, ...scripts }, { level });
			const without = zipSync(others, { level });
			expect(withScripts.length - scriptBytes(withScripts)).toBe(without.length);
		}
	});

	it('a zip with no script spends nothing on scripts; something not a zip is refused', async () => {
		const zip = zipSync(others);
		expect(scriptBytes(zip)).toBe(0);
		expect((await measureZip('a-scorm12.zip', zip)).withoutScripts).toBe(zip.length);
		expect(() => scriptBytes(enc('not a zip at all, only words'))).toThrow(/Not a zip/);
	});
});
