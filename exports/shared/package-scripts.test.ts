import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PackageScriptsError, regroupScripts, rewritePage } from './package-scripts.ts';
import { packageFiles, readSitePage, type SitePage } from './site-files.ts';

/**
 * A small built site shaped as Astro builds ours: module scripts that share a chunk, an island
 * whose component lazily loads an activity type, Svelte's renderer, and one connection per format
 * loaded lazily by the runtime. Each module records when it runs, so the test can see the order.
 */
const SITE: Record<string, string> = {
	'_astro/events.b1.js': 'globalThis.ran.push("events");const e="E";export{e};',
	'_astro/quick-exit.a1.js':
		'import{e as t}from"./events.b1.js";globalThis.ran.push("quick-exit:"+t);',
	'_astro/id.c1.js':
		'import{e}from"./events.b1.js";globalThis.ran.push("runtime");' +
		'globalThis.connect=()=>import(`./connect-scorm12.d1.js`);' +
		'globalThis.other=()=>import(`./connect-cmi5.e1.js`);',
	'_astro/connect-scorm12.d1.js':
		'import{e}from"./events.b1.js";export const connect=()=>"scorm12"+e;',
	'_astro/connect-cmi5.e1.js': 'export const connect=()=>"cmi5";',
	'_astro/svelte.g1.js': 'globalThis.ran.push("svelte");export const s="svelte";',
	'_astro/activity-island.f1.js':
		'import{s}from"./svelte.g1.js";export default function Island(){return s+":island"};' +
		'export const load=()=>import(`./single-choice.h1.js`);',
	'_astro/single-choice.h1.js':
		'import{s}from"./svelte.g1.js";import{e}from"./events.b1.js";export default()=>"single-choice:"+s+e;',
	'_astro/client.i1.js':
		'import{s}from"./svelte.g1.js";export default(el)=>(C)=>el.id+":"+s+":"+C();',
	'package/m/index.html':
		'<html><head><script type="module" src="/_astro/quick-exit.a1.js"></script></head><body>' +
		'<astro-island uid="1" component-url="/_astro/activity-island.f1.js" component-export="default" ' +
		'renderer-url="/_astro/client.i1.js" props="{}" client="reach"></astro-island>' +
		'<script type="module" src="/_astro/id.c1.js"></script></body></html>',
};

let dir = '';
let page: SitePage;
let out: SitePage;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'package-scripts-'));
	for (const [path, text] of Object.entries(SITE)) {
		await mkdir(dirname(join(dir, 'site', path)), { recursive: true });
		await writeFile(join(dir, 'site', path), text);
	}
	page = await readSitePage(join(dir, 'site'), 'package/m/index.html');
	out = await regroupScripts(page, 'scorm12');
	// Written as the zip would carry them, to be run as modules from disk.
	for (const [path, bytes] of packageFiles(out, 'scorm12')) {
		await mkdir(dirname(join(dir, 'zip', path)), { recursive: true });
		await writeFile(join(dir, 'zip', path), bytes);
	}
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The one file of a group (`launch`, `islands`, …) the package carries. */
function fileOf(group: string): string {
	const found = [...out.files.keys()].filter((p) => p.startsWith(`_astro/${group}.`));
	expect(found, `one ${group} file`).toHaveLength(1);
	return found[0] ?? '';
}

describe('an LMS package’s scripts, regrouped', () => {
	test('four files (and the bundler’s helpers when several share them), named [a-z0-9.-] by their content; no other format’s connection', async () => {
		const names = (await readdir(join(dir, 'zip', '_astro'))).sort();
		const groups = names.map((name) => /^([a-z-]+)\.[a-z0-9]+\.js$/.exec(name)?.[1]);
		expect(groups.filter((g) => g !== 'rolldown-runtime')).toEqual([
			'connect',
			'islands',
			'launch',
			'types',
		]);
		expect(names.length).toBeLessThanOrEqual(5);
		expect(names.join(' ')).not.toContain('cmi5');
	});

	test('the page loads one script where its first was, and its islands load from the islands file', () => {
		const scripts = [...out.html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map(
			(m) => m[1],
		);
		expect(scripts).toEqual([fileOf('launch')]);
		expect(out.html.indexOf('<script')).toBeLessThan(out.html.indexOf('</head>'));
		const island = /<astro-island\b[^>]*>/.exec(out.html)?.[0] ?? '';
		expect(island).toContain('component-export="c0.default"');
		expect(island).toContain(`component-url="./${fileOf('islands')}"`);
		expect(island).toContain(`renderer-url="./${fileOf('islands')}"`);
	});

	test('runs as the site’s did: scripts in page order, lazy code only when asked, the own connection', async () => {
		const ran: string[] = [];
		Object.assign(globalThis, { ran });
		const url = (group: string) => pathToFileURL(join(dir, 'zip', fileOf(group))).href;
		await import(url('launch'));
		// The islands' code (Svelte) is not loaded by the scripts: only as an island is displayed.
		expect(ran).toEqual(['events', 'quick-exit:E', 'runtime']);
		const g = globalThis as unknown as { connect: () => Promise<{ connect: () => string }> };
		expect((await g.connect()).connect()).toBe('scorm12E');
		const islands = (await import(url('islands'))) as {
			c0: { default: () => string; load: () => Promise<{ default: () => string }> };
			default: (el: { id: string }) => (c: () => string) => string;
		};
		expect(ran).toEqual(['events', 'quick-exit:E', 'runtime', 'svelte']);
		// As Astro's island element calls them: renderer(element)(component).
		expect(islands.default({ id: 'el' })(islands.c0.default)).toBe('el:svelte:svelte:island');
		expect((await islands.c0.load()).default()).toBe('single-choice:svelteE');
	});

	test('islands of two frameworks are refused with what to change, not joined wrongly', async () => {
		const twoRenderers = {
			...page,
			html: page.html.replace(
				'</body>',
				'<astro-island component-url="/_astro/activity-island.f1.js" renderer-url="/_astro/other-client.j1.js"></astro-island></body>',
			),
		};
		const refused = regroupScripts(twoRenderers, 'scorm12');
		await expect(refused).rejects.toThrow(PackageScriptsError);
		await expect(refused).rejects.toThrow(
			/islands of 2 frameworks \(_astro\/client\.i1\.js, _astro\/other-client\.j1\.js\).*add a file per renderer/,
		);
	});

	test('a script the built site lacks is named, with how to fix it', async () => {
		const missing = {
			...page,
			html: page.html.replace('/_astro/id.c1.js', '/_astro/id.gone1.js'),
		};
		await expect(regroupScripts(missing, 'scorm12')).rejects.toThrow(
			'The package page loads _astro/id.gone1.js, which is not in the built site: rebuild (npm run build).',
		);
	});

	test('a page without scripts or islands is left as it was', async () => {
		const plain = { ...page, html: '<html><body><p>Hi</p></body></html>' };
		expect(await regroupScripts(plain, 'scorm12')).toBe(plain);
	});
});

describe('rewritePage', () => {
	test('an island without component-export gets its export path; other tags stay', () => {
		const html =
			'<script type="module" src="/_astro/a.1.js"></script><script type="module" src="/_astro/b.2.js"></script>' +
			'<astro-island component-url="/_astro/x.3.js" renderer-url="/_astro/r.4.js"></astro-island>' +
			'<astro-island component-url="/_astro/other.5.js"></astro-island>';
		expect(rewritePage(html, '_astro/launch.9.js', '_astro/islands.8.js', ['_astro/x.3.js'])).toBe(
			'<script type="module" src="/_astro/launch.9.js"></script>' +
				'<astro-island component-export="c0.default" component-url="./_astro/islands.8.js" renderer-url="./_astro/islands.8.js"></astro-island>' +
				'<astro-island component-url="/_astro/other.5.js"></astro-island>',
		);
	});
});
