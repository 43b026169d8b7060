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

/** The files a page loads, as paths relative to the site root (e.g. `_astro/x.js`). Pure. */
export function referencedFiles(html: string): string[] {
	return [...new Set([...html.matchAll(URL_ATTRIBUTE)].map((m) => m[2] ?? ''))].filter(Boolean);
}

/** Rewrites a built page's own URLs to relative ones and records the package's standard. Pure. */
export function relativisePage(html: string, standard: string | undefined): string {
	let out = html.replace(URL_ATTRIBUTE, (_all, attr: string, path: string) => `${attr}="${path}"`);
	if (standard) out = out.replace(/<html\b/, `<html data-standard="${standard}"`);
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
}

/**
 * Reads a built page and everything it loads (following imports between scripts), so a package
 * can carry exactly what the page needs and nothing else.
 */
export async function readSitePage(siteDir: string, pagePath: string): Promise<SitePage> {
	const html = await readFile(join(siteDir, pagePath), 'utf8');
	const files = new Map<string, Uint8Array>();
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
	while (queue.length) {
		const path = queue.shift() ?? '';
		if (files.has(path)) continue;
		const bytes = new Uint8Array(await readFile(join(siteDir, path)));
		files.set(path, bytes);
		if (path.endsWith('.js')) queue.push(...chunkImports(new TextDecoder().decode(bytes), path));
	}
	return { html, files };
}
