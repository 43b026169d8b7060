import { describe, expect, test } from 'vitest';
import { withPageStylesheets } from './stylesheets.ts';

const link = (sheet: string) => `<link rel="stylesheet" href="${sheet}">`;
const page = (...sheets: string[]) =>
	`<!doctype html><html><head>${sheets.map(link).join('')}<script src="_astro/x.js"></script></head><body></body></html>`;
const text = (bytes: string | Uint8Array | undefined) =>
	typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
const linked = (html: string) =>
	[...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1] ?? '');

describe('withPageStylesheets', () => {
	const folder = new Map<string, string | Uint8Array>([
		['index.html', page('_astro/global.css', '_astro/a.css', '_astro/b.css', '_astro/c.css')],
		['help.html', page('_astro/global.css')],
		['_astro/global.css', '.g{color:red}'],
		['_astro/a.css', '.a{margin:0}'],
		['_astro/b.css', new TextEncoder().encode('.b{margin:1px}')],
		['_astro/c.css', '.c{margin:2px}'],
		['_astro/x.js', 'void 0'],
	]);

	test("joins a page's own stylesheets into one, in order, and keeps the one pages share", () => {
		const out = withPageStylesheets(folder);
		const index = text(out.get('index.html'));
		const [shared, joined = ''] = linked(index);
		expect(shared).toBe('_astro/global.css');
		expect(joined).toMatch(/^_astro\/page\.[0-9a-f]{10}\.css$/);
		expect(linked(index)).toHaveLength(2);
		expect(text(out.get(joined))).toBe('.a{margin:0}\n.b{margin:1px}\n.c{margin:2px}');
		expect(linked(text(out.get('help.html')))).toEqual(['_astro/global.css']);
		expect(out.has('_astro/global.css')).toBe(true);
		for (const gone of ['_astro/a.css', '_astro/b.css', '_astro/c.css'])
			expect(out.has(gone)).toBe(false);
		expect(index).toContain('<script src="_astro/x.js"></script>');
	});

	test('keeps the cascade: a shared stylesheet between two of the page’s own stays between them', () => {
		const out = withPageStylesheets(
			new Map<string, string | Uint8Array>([
				['index.html', page('_astro/a.css', '_astro/global.css', '_astro/b.css', '_astro/c.css')],
				['help.html', page('_astro/global.css')],
				['_astro/global.css', '.g{}'],
				['_astro/a.css', '.a{}'],
				['_astro/b.css', '.b{}'],
				['_astro/c.css', '.c{}'],
			]),
		);
		const sheets = linked(text(out.get('index.html')));
		expect(sheets.slice(0, 2)).toEqual(['_astro/a.css', '_astro/global.css']);
		expect(text(out.get(sheets[2] ?? ''))).toBe('.b{}\n.c{}');
	});

	test('is the same folder when no page has two of its own', () => {
		const same = new Map<string, string | Uint8Array>([
			['index.html', page('_astro/global.css', '_astro/a.css')],
			['help.html', page('_astro/global.css')],
			['_astro/global.css', '.g{}'],
			['_astro/a.css', '.a{}'],
		]);
		expect(withPageStylesheets(same)).toEqual(same);
	});

	test('refuses to join a stylesheet that points at a file, naming it', () => {
		const bad = new Map(folder);
		bad.set('_astro/b.css', '.b{background:url(img/x.png)}');
		expect(() => withPageStylesheets(bad)).toThrow(
			/_astro\/b\.css imports a file or points at one/,
		);
	});
});
