import { describe, expect, test } from 'vitest';
import {
	chunkImports,
	h5pFrames,
	isOtherConnector,
	isOwnConnector,
	packageFiles,
	relativiseFrame,
	relativisePage,
	withOneStylesheet,
	withoutPreloads,
	type SitePage,
} from './site-files.ts';

describe('H5P frames in a package', () => {
	test('finds each embedded H5P activity once', () => {
		const html =
			'<div class="h5p-embed" data-h5p-frame="q-one"></div><p data-h5p-frame="q-two"></p>' +
			'<div data-h5p-frame="q-one"></div>';
		expect(h5pFrames(html)).toEqual(['q-one', 'q-two']);
		expect(h5pFrames('<section data-activity="q"></section>')).toEqual([]);
	});

	test('makes a frame document’s root-relative script URLs relative to h5p/<id>/', () => {
		expect(
			relativiseFrame(
				'<script type="module" src="/_astro/id.k7njj3pw.js"></script><script src="../player/main.bundle.js"></script>',
			),
		).toBe(
			'<script type="module" src="../../_astro/id.k7njj3pw.js"></script><script src="../player/main.bundle.js"></script>',
		);
	});
});

describe('chunkImports', () => {
	test('follows static imports and dynamic ones in quotes or backticks', () => {
		const js =
			'import{a}from"./id.x1.js";import"../b.y2.js";const m=await import(`./connection.z3.js`);import(\'./c.js\')';
		expect(chunkImports(js, '_astro/page.js').sort()).toEqual(
			['_astro/id.x1.js', 'b.y2.js', '_astro/connection.z3.js', '_astro/c.js'].sort(),
		);
	});
});

describe('what a package of one format carries', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);
	const runtime =
		'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/connect-scorm12.a1.js","_astro/connect-cmi5.b2.js"])))=>i.map(i=>d[i]);' +
		'import{a as c}from"./preload-helper.h1.js";const z={scorm12:()=>c(()=>import(`./connect-scorm12.a1.js`),__vite__mapDeps([0])),cmi5:()=>c(()=>import(`./connect-cmi5.b2.js`),__vite__mapDeps([1])),preview:()=>import(`./connect-preview.p1.js`)};';
	const page: SitePage = {
		html: '',
		roots: ['_astro/id.r1.js', '_astro/page.css'],
		files: new Map([
			['_astro/id.r1.js', bytes(runtime)],
			['_astro/page.css', bytes('p{}')],
			['_astro/preload-helper.h1.js', bytes('export const a=(f)=>f()')],
			['_astro/connect-scorm12.a1.js', bytes('import"./scorm.s1.js"')],
			['_astro/scorm.s1.js', bytes('')],
			['_astro/connect-cmi5.b2.js', bytes('import"./xapi.x1.js"')],
			['_astro/xapi.x1.js', bytes('')],
			['_astro/connect-preview.p1.js', bytes('')],
		]),
		imports: new Map([
			[
				'_astro/id.r1.js',
				[
					'_astro/preload-helper.h1.js',
					'_astro/connect-scorm12.a1.js',
					'_astro/connect-cmi5.b2.js',
					'_astro/connect-preview.p1.js',
				],
			],
			['_astro/connect-scorm12.a1.js', ['_astro/scorm.s1.js']],
			['_astro/connect-cmi5.b2.js', ['_astro/xapi.x1.js']],
		]),
	};

	test('a SCORM 1.2 package has its own connection and what it imports, no other format’s', () => {
		expect(packageFiles(page, 'scorm12').map(([path]) => path)).toEqual([
			'_astro/id.r1.js',
			'_astro/page.css',
			'_astro/preload-helper.h1.js',
			'_astro/connect-scorm12.a1.js',
			'_astro/scorm.s1.js',
		]);
		expect(packageFiles(page, 'cmi5').map(([path]) => path)).toContain('_astro/xapi.x1.js');
		expect(packageFiles(page, 'cmi5').map(([path]) => path)).not.toContain('_astro/scorm.s1.js');
	});

	test('its scripts preload nothing by root-relative URL, and keep their lazy imports', () => {
		const [, js] = packageFiles(page, 'scorm12')[0] ?? [];
		const text = new TextDecoder().decode(js);
		expect(text).not.toContain('__vite__mapDeps');
		expect(text).toContain('c(()=>import(`./connect-scorm12.a1.js`),[])');
		expect(withoutPreloads('import(`./x.js`)')).toBe('import(`./x.js`)');
	});
});

describe('the launch page a package carries', () => {
	const recorded = (id: string) =>
		`<section class="recorded" aria-labelledby="recorded-${id}" data-recorded-for="${id}" hidden><h2 id="recorded-${id}">Records ${id}</h2><ul><li>answers</li></ul></section>`;
	const page = `<html lang="en-GB"><div id="recorded-at-start">${['scorm12', 'scorm2004', 'cmi5', 'offline'].map(recorded).join('')}</div><script src="/_astro/a.js"></script></html>`;

	test('records its standard and keeps only that standard’s words on what is recorded', () => {
		const out = relativisePage(page, 'scorm2004');
		expect(out).toContain('<html data-standard="scorm2004" lang="en-GB">');
		expect(out).toContain(recorded('scorm2004'));
		for (const other of ['scorm12', 'cmi5', 'offline'])
			expect(out).not.toContain(`data-recorded-for="${other}"`);
		expect(out).toContain('<script src="_astro/a.js"></script>');
	});

	test('the site’s own page (no standard) keeps every version', () => {
		expect(relativisePage(page, undefined).split('data-recorded-for=').length - 1).toBe(4);
	});
});

describe('one stylesheet per package', () => {
	const enc = (text: string) => new TextEncoder().encode(text);
	const dec = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
	const sitePage = (css: Record<string, string>, extra: [string, string][] = []): SitePage => {
		const links = Object.keys(css)
			.map((path) => `<link rel="stylesheet" href="/${path}">`)
			.join('');
		const files = new Map<string, Uint8Array>(
			[...Object.entries(css), ...extra].map(([path, text]) => [path, enc(text)]),
		);
		return {
			html: `<head>${links}</head><body><script type="module" src="/_astro/a.js"></script></body>`,
			files: new Map([...files, ['_astro/a.js', enc('export{}')]]),
			roots: [...Object.keys(css), '_astro/a.js', ...extra.map(([path]) => path)],
			imports: new Map([['_astro/a.js', []]]),
		};
	};

	test('joins the stylesheets in the page’s order into one file the page links once', () => {
		const page = withOneStylesheet(
			sitePage({
				'_astro/global.a1.css': 'body{color:#111}',
				'_astro/card.b2.css': '.card{background:url("data:image/svg+xml,%3Csvg%3E")}',
			}),
		);
		const links = [...page.html.matchAll(/<link rel="stylesheet" href="\/([^"]+)">/g)];
		expect(links).toHaveLength(1);
		const joined = links[0]?.[1] ?? '';
		expect(joined).toMatch(/^_astro\/package\.[0-9a-f]{10}\.css$/);
		expect(dec(page.files.get(joined))).toBe(
			'body{color:#111}\n.card{background:url("data:image/svg+xml,%3Csvg%3E")}',
		);
		expect([...packageFiles(page, 'scorm12').map(([path]) => path)].sort()).toEqual(
			['_astro/a.js', joined].sort(),
		);
	});

	test('keeps a stylesheet an H5P frame also links, and refuses one that points at a file', () => {
		const frame: [string, string] = [
			'h5p/q/index.html',
			'<link rel="stylesheet" href="../../_astro/global.a1.css">',
		];
		const page = withOneStylesheet(
			sitePage({ '_astro/global.a1.css': 'a{}', '_astro/card.b2.css': 'b{}' }, [frame]),
		);
		expect(page.files.has('_astro/global.a1.css')).toBe(true);
		expect(page.files.has('_astro/card.b2.css')).toBe(false);
		expect(() =>
			withOneStylesheet(
				sitePage({ '_astro/a.css': 'a{}', '_astro/b.css': '@font-face{src:url(./f.woff2)}' }),
			),
		).toThrow(/relative url/);
	});

	test('a page with one stylesheet is left as it is', () => {
		const page = sitePage({ '_astro/global.a1.css': 'a{}' });
		expect(withOneStylesheet(page)).toBe(page);
	});
});

describe('a format’s own connection and the others', () => {
	test('connect-<format>.<hash>.js is the own one; other formats’ and the site’s are left out', () => {
		expect(isOwnConnector('_astro/connect-scorm12.dfd56nnq.js', 'scorm12')).toBe(true);
		expect(isOwnConnector('_astro/connect-scorm2004.dfd56nnq.js', 'scorm12')).toBe(false);
		expect(isOwnConnector('_astro/connect.o4n3pgym.js', 'scorm12')).toBe(false);
		expect(isOwnConnector('_astro/engine.miu60rb7.js', 'scorm12')).toBe(false);
		expect(isOtherConnector('_astro/connect-cmi5.obl68ew7.js', 'scorm12')).toBe(true);
		expect(isOtherConnector('_astro/connect-preview.0rydxcwq.js', 'cmi5')).toBe(true);
		expect(isOtherConnector('_astro/connect-cmi5.obl68ew7.js', 'cmi5')).toBe(false);
		expect(isOtherConnector('_astro/engine.miu60rb7.js', 'cmi5')).toBe(false);
	});
});
