/** Measuring a built output: per page, its HTML and the gzipped JS and CSS it loads. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildSpec } from './build.ts';
import {
	extractDynamicImports,
	extractPageRefs,
	extractStaticImports,
	pageAddress,
	resolveSitePath,
} from './pages.ts';

/** Figures for one page. */
export interface PageFigures {
	address: string;
	htmlRaw: number;
	htmlGzip: number;
	/** JS the page loads at once: its scripts and islands and their static imports. */
	jsGzip: number;
	/**
	 * JS it may load later on top of that, through `import()` (an activity type's component, a
	 * package's connection): every such chunk the page's code names, so an upper bound (a site page
	 * names every type and every format's connection; a zip holds only its own, see packages.ts).
	 */
	jsLazyGzip: number;
	cssGzip: number;
}

/** Figures for one built output. */
export interface OutputFigures {
	label: string;
	out: string;
	seconds: number;
	pages: PageFigures[];
	/** Bytes of every file in the output. */
	totalBytes: number;
	/** Site paths the pages refer to that are not in the output. */
	missing: string[];
}

/** Every file under `dir`, as paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

/** The gzip size of some bytes or text, at zlib's default level. */
export function gzipSize(data: string | Uint8Array): number {
	return gzipSync(data).length;
}

/**
 * Reads files of one output by site path, each once. Returns undefined for a path that is not a
 * file there.
 */
export function assetReader(out: string): (sitePath: string) => Promise<Buffer | undefined> {
	const cache = new Map<string, Promise<Buffer | undefined>>();
	return (sitePath) => {
		let entry = cache.get(sitePath);
		if (!entry) {
			entry = readFile(join(out, sitePath)).catch(() => undefined);
			cache.set(sitePath, entry);
		}
		return entry;
	};
}

/**
 * The JS files a page loads: `roots`, then every file they statically import, recursively; with
 * `lazy`, also every file they name in `import("…")`, recursively (what the page may load later).
 * Returns the files found (site path → contents) and the paths that are not in the output.
 */
export async function collectScripts(
	roots: readonly string[],
	read: (sitePath: string) => Promise<Buffer | undefined>,
	{ lazy = false }: { lazy?: boolean } = {},
): Promise<{ files: Map<string, Buffer>; missing: string[] }> {
	const files = new Map<string, Buffer>();
	const missing: string[] = [];
	const seen = new Set<string>();
	const queue = [...roots];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (seen.has(path)) continue;
		seen.add(path);
		const data = await read(path);
		if (!data) {
			missing.push(path);
			continue;
		}
		files.set(path, data);
		const js = data.toString('utf8');
		const specifiers = extractStaticImports(js);
		if (lazy) specifiers.push(...extractDynamicImports(js));
		for (const specifier of specifiers) {
			const next = resolveSitePath(specifier, path);
			if (next !== undefined) queue.push(next);
		}
	}
	return { files, missing };
}

/** Measures one HTML page of an output. */
export async function measurePage(
	file: string,
	html: Buffer,
	read: (sitePath: string) => Promise<Buffer | undefined>,
	gzipOf: (sitePath: string, data: Buffer) => number,
): Promise<{ figures: PageFigures; missing: string[] }> {
	const fromPath = `/${file.split(sep).join('/')}`;
	const refs = extractPageRefs(html.toString('utf8'));
	const resolveAll = (urls: readonly string[]): string[] =>
		urls.flatMap((url) => resolveSitePath(url, fromPath) ?? []);
	const inlineImports = refs.inlineScripts.flatMap((js) => resolveAll(extractStaticImports(js)));
	const roots = [...resolveAll(refs.scripts), ...inlineImports];
	const scripts = await collectScripts(roots, read);
	const inlineLazy = refs.inlineScripts.flatMap((js) => resolveAll(extractDynamicImports(js)));
	const withLazy = await collectScripts([...roots, ...inlineLazy], read, { lazy: true });
	const styles = await collectStyles(resolveAll(refs.styles), read);
	const sum = (files: Map<string, Buffer>, skip?: Map<string, Buffer>): number =>
		[...files].reduce(
			(total, [path, data]) => total + (skip?.has(path) ? 0 : gzipOf(path, data)),
			0,
		);
	const inlineGzip = refs.inlineScripts.reduce((total, js) => total + gzipSize(js), 0);
	return {
		figures: {
			address: pageAddress(file),
			htmlRaw: html.length,
			htmlGzip: gzipSize(html),
			jsGzip: sum(scripts.files) + inlineGzip,
			jsLazyGzip: sum(withLazy.files, scripts.files),
			cssGzip: sum(styles.files),
		},
		missing: [...new Set([...withLazy.missing, ...styles.missing])],
	};
}

/** Reads a page's stylesheets, deduplicated (CSS `@import`s are not followed). */
export async function collectStyles(
	paths: readonly string[],
	read: (sitePath: string) => Promise<Buffer | undefined>,
): Promise<{ files: Map<string, Buffer>; missing: string[] }> {
	const files = new Map<string, Buffer>();
	const missing: string[] = [];
	for (const path of new Set(paths)) {
		const data = await read(path);
		if (data) files.set(path, data);
		else missing.push(path);
	}
	return { files, missing };
}

/** Measures every page of a built output. */
export async function measureOutput(spec: BuildSpec, seconds: number): Promise<OutputFigures> {
	const files = await listFiles(spec.out);
	const read = assetReader(spec.out);
	const gzipCache = new Map<string, number>();
	const gzipOf = (path: string, data: Buffer): number => {
		const known = gzipCache.get(path);
		if (known !== undefined) return known;
		const size = gzipSize(data);
		gzipCache.set(path, size);
		return size;
	};
	const pages: PageFigures[] = [];
	const missing = new Set<string>();
	let totalBytes = 0;
	for (const file of files) {
		totalBytes += (await stat(join(spec.out, file))).size;
		if (!file.endsWith('.html')) continue;
		const page = await measurePage(file, await readFile(join(spec.out, file)), read, gzipOf);
		pages.push(page.figures);
		for (const path of page.missing) missing.add(path);
	}
	pages.sort((a, b) => a.address.localeCompare(b.address));
	return { label: spec.label, out: spec.out, seconds, pages, totalBytes, missing: [...missing] };
}
