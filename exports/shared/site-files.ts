import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

/**
 * Attributes that name a file the launch page loads. Astro writes root-relative URLs
 * (`/_astro/x.js`); a package lives under any LMS path, so they become relative (`_astro/x.js`).
 */
const URL_ATTRIBUTE = /\b(src|href|component-url|renderer-url)="\/(_astro\/[^"]+|favicon\.svg)"/g;
/**
 * Static and dynamic imports between built chunks (`from"./x.js"`, `import("./x.js")`; the bundler
 * writes dynamic ones with backticks: import(`./x.js`)).
 */
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/**
 * A format's connection chunk, `connect-<id>.<hash>.js` (built from `exports/<id>/connect-<id>.ts`,
 * loaded by the package runtime through `exports/connectors.ts`); `connect-preview` is the site's.
 */
const CONNECTOR_CHUNK = /(?:^|\/)connect-([a-z0-9]+)\.[a-z0-9]+\.js$/;

/** Whether a package of `format` leaves this file out: another format's (or the site's) connection. Pure. */
export function isOtherConnector(path: string, format: string): boolean {
	const id = CONNECTOR_CHUNK.exec(path)?.[1];
	return id !== undefined && id !== format;
}

/** Whether this file is the connection a package of `format` runs on (`connect-<format>.<hash>.js`). Pure. */
export function isOwnConnector(path: string, format: string): boolean {
	return CONNECTOR_CHUNK.exec(path)?.[1] === format;
}

/** The bundler's list of files to preload before a lazy chunk: `__vite__mapDeps([0,1,…])`. */
const PRELOAD_LIST = /__vite__mapDeps\(\[[\d,]*\]\)/g;
/** Its table of file names, at the top of the chunk that loads lazy chunks. */
const PRELOAD_TABLE =
	/^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/;

/**
 * A built chunk as a package carries it: no preloading before a lazy chunk. The bundler preloads by
 * root-relative URL (`/_astro/x.js`), which inside an LMS points off the package (and `file://`
 * has no root); the lazy chunk's own imports load what it needs from beside it. Pure.
 */
export function withoutPreloads(js: string): string {
	const out = js.replace(PRELOAD_LIST, '[]');
	return out.includes('__vite__mapDeps(') ? out : out.replace(PRELOAD_TABLE, '');
}

/** The files a page loads, as paths relative to the site root (e.g. `_astro/x.js`). Pure. */
export function referencedFiles(html: string): string[] {
	return [...new Set([...html.matchAll(URL_ATTRIBUTE)].map((m) => m[2] ?? ''))].filter(Boolean);
}

/**
 * One standard's words on what is recorded (`RecordedNotice.astro`: the page holds one, hidden, per
 * standard; the runtime shows only its own). No section nests inside one.
 */
const RECORDED_FOR = /<section\b[^>]*\bdata-recorded-for="([a-z0-9]+)"[^>]*>[\s\S]*?<\/section>/g;

/**
 * Rewrites a built page's own URLs to relative ones and records the package's standard; the other
 * standards' words on what is recorded are left out (never shown in this package). Pure.
 */
export function relativisePage(html: string, standard: string | undefined): string {
	let out = html.replace(URL_ATTRIBUTE, (_all, attr: string, path: string) => `${attr}="${path}"`);
	if (standard) {
		out = out.replace(/<html\b/, `<html data-standard="${standard}"`);
		out = out.replace(RECORDED_FOR, (section, id: string) => (id === standard ? section : ''));
	}
	return out;
}

/** The relative imports inside a JS chunk, resolved against the chunk's own path. Pure. */
export function chunkImports(js: string, chunkPath: string): string[] {
	const dir = posix.dirname(chunkPath);
	return [...js.matchAll(JS_IMPORT)].map((m) => posix.normalize(posix.join(dir, m[1] ?? '')));
}

/** The H5P activities a page embeds (`data-h5p-frame="<id>"`, from H5p.svelte). Pure. */
export function h5pFrames(html: string): string[] {
	return [
		...new Set([...html.matchAll(/\bdata-h5p-frame="([a-z0-9-]+)"/g)].map((m) => m[1] ?? '')),
	];
}

/** Rewrites an H5P frame document's root-relative URLs for its place two folders down. Pure. */
export function relativiseFrame(html: string): string {
	return html.replace(
		URL_ATTRIBUTE,
		(_all, attr: string, path: string) => `${attr}="../../${path}"`,
	);
}

/** Every file under `dir` (site-relative paths with forward slashes), sorted. */
async function filesUnder(siteDir: string, dir: string): Promise<string[]> {
	const entries = await readdir(join(siteDir, dir), { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** A built page and every file it needs, read from the site's output folder. */
export interface SitePage {
	html: string;
	/** Site-relative paths and their bytes, the page's scripts' imports followed to the end. */
	files: Map<string, Uint8Array>;
	/** The files the page names itself (scripts, styles, H5P frames and their files). */
	roots: string[];
	/** Each script's imports (static and lazy), as site-relative paths. */
	imports: Map<string, string[]>;
}

/**
 * The files a package of `format` carries: those the page reaches from its own files, leaving out
 * other formats' connections (a SCORM 1.2 zip has no cmi5 client), each script without preloads.
 * In the page's order. Pure.
 */
export function packageFiles(page: SitePage, format: string): [string, Uint8Array][] {
	const reached = new Set<string>();
	const queue = page.roots.filter((path) => !isOtherConnector(path, format));
	while (queue.length) {
		const path = queue.shift() ?? '';
		if (reached.has(path)) continue;
		reached.add(path);
		queue.push(...(page.imports.get(path) ?? []).filter((p) => !isOtherConnector(p, format)));
	}
	return [...page.files]
		.filter(([path]) => reached.has(path))
		.map(([path, bytes]) => {
			if (!path.endsWith('.js')) return [path, bytes];
			const js = new TextDecoder().decode(bytes);
			const out = withoutPreloads(js);
			return [path, out === js ? bytes : new TextEncoder().encode(out)];
		});
}

/** A stylesheet link as Astro writes it into a built page (root-relative, before relativising). */
const STYLESHEET_LINK = /<link rel="stylesheet" href="\/(_astro\/[a-z0-9._-]+\.css)">/g;

/**
 * Stylesheets joined into one, in the order given (the same cascade), with the name the joined file
 * takes from its content: `_astro/<prefix>.<hash>.css`. A zip compresses each file on its own, so
 * several small stylesheets cost more than one (issue #16). Joined, a stylesheet's relative `url()`
 * or `@import` would point somewhere else, so one that has either is refused. Pure.
 * @throws {Error} naming the first stylesheet that imports a file or points at one by a relative
 * url(), and saying that `holder` (the package, the folder) could lose it.
 */
export function joinedStylesheet(
	sheets: readonly { path: string; css: string }[],
	prefix: string,
	holder: string,
): { path: string; css: string } {
	for (const { path, css } of sheets)
		if (/@import\b|url\(\s*(?!["']?data:)/i.test(css))
			throw new Error(
				`${path} imports a file or points at one by a relative url(): joined into one stylesheet, ${holder} could lose it.`,
			);
	const css = sheets.map((s) => s.css).join('\n');
	const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
	return { path: `_astro/${prefix}.${hash}.css`, css };
}

/**
 * The page with its stylesheets joined into one file ({@link joinedStylesheet}), in the page's
 * order: six small stylesheets cost about 2 KiB more than one in a zip. The file is named by its
 * content (`_astro/package.<hash>.css`). Pure.
 */
export function withOneStylesheet(page: SitePage): SitePage {
	const links = [...page.html.matchAll(STYLESHEET_LINK)];
	const paths = links.map((m) => m[1] ?? '');
	if (paths.length < 2) return page;
	const decoder = new TextDecoder();
	const { path: joined, css } = joinedStylesheet(
		paths.map((path) => ({ path, css: decoder.decode(page.files.get(path)) })),
		'package',
		'the package',
	);
	let first = true;
	const html = page.html.replace(STYLESHEET_LINK, () => {
		if (!first) return '';
		first = false;
		return `<link rel="stylesheet" href="/${joined}">`;
	});
	// A stylesheet another document of the package also names (an H5P frame) stays for it.
	const pages = [...page.files].filter(([path]) => path.endsWith('.html'));
	const alsoUsed = (path: string) =>
		pages.some(([, bytes]) => decoder.decode(bytes).includes(path));
	const dropped = paths.filter((path) => !alsoUsed(path));
	const files = new Map([...page.files].filter(([path]) => !dropped.includes(path)));
	files.set(joined, new TextEncoder().encode(css));
	const roots = [joined, ...page.roots.filter((path) => !dropped.includes(path))];
	return { ...page, html, files, roots };
}

/**
 * Reads a built page and everything it loads (following imports between scripts), so a package
 * can carry exactly what the page needs and nothing else.
 */
export async function readSitePage(siteDir: string, pagePath: string): Promise<SitePage> {
	const html = await readFile(join(siteDir, pagePath), 'utf8');
	const files = new Map<string, Uint8Array>();
	const imports = new Map<string, string[]>();
	const queue = referencedFiles(html);
	// H5P activities: each frame document (URLs made relative), its content, and the player once.
	const frames = h5pFrames(html);
	for (const id of frames) {
		const framePath = `h5p/${id}/index.html`;
		const frame = await readFile(join(siteDir, framePath), 'utf8');
		files.set(framePath, new TextEncoder().encode(relativiseFrame(frame)));
		queue.push(...referencedFiles(frame));
		for (const path of await filesUnder(siteDir, `h5p/${id}/package`)) queue.push(path);
	}
	if (frames.length) queue.push(...(await filesUnder(siteDir, 'h5p/player')));
	const roots = [...files.keys(), ...queue];
	while (queue.length) {
		const path = queue.shift() ?? '';
		if (files.has(path)) continue;
		const bytes = new Uint8Array(await readFile(join(siteDir, path)));
		files.set(path, bytes);
		if (path.endsWith('.js')) {
			const js = new TextDecoder().decode(bytes);
			const css = PRELOAD_TABLE.exec(js)?.[0].match(/[^"`']+\.css/)?.[0];
			// Astro writes no client-build stylesheet: a lazy chunk that preloads one fails on the site.
			if (css)
				throw new Error(
					`${path} preloads ${css} before a lazy chunk, which the site does not have: a format's ` +
						'connect-<id>.ts must not import code from the activities chunk (pass it in instead).',
				);
			const found = chunkImports(js, path);
			imports.set(path, found);
			queue.push(...found);
		}
	}
	return { html, files, roots, imports };
}
