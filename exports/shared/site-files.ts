import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

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
	while (queue.length) {
		const path = queue.shift() ?? '';
		if (files.has(path)) continue;
		const bytes = new Uint8Array(await readFile(join(siteDir, path)));
		files.set(path, bytes);
		if (path.endsWith('.js')) queue.push(...chunkImports(new TextDecoder().decode(bytes), path));
	}
	return { html, files };
}
