import { posix } from 'node:path';
import { rolldown, type OutputChunk, type Plugin } from 'rolldown';
import {
	chunkImports,
	isOtherConnector,
	isOwnConnector,
	withOneStylesheet,
	withoutPreloads,
	type SitePage,
} from './site-files.ts';

/**
 * An LMS package's scripts, regrouped into a few files (issue #16). The site splits its code finely
 * (each activity type is a chunk, so a lesson page loads only the types it has); a package holds the
 * whole module, so it uses nearly every chunk, and a zip compresses each file on its own: 26 small
 * chunks cost about 10 KiB more than the same code in four files, plus a zip header each (12 KiB a
 * zip in all, December 2026). The site's built code is bundled again, as it is (no source is
 * rebuilt), into:
 * - `launch`: what the page's module scripts run at once (the package runtime, the quick exit);
 * - `islands`: what an activity island loads as it is displayed (Svelte, the card, Astro's Svelte
 *   renderer); each island's `component-url` and `renderer-url` name this file;
 * - `connect`: the package's own connection (SCORM's or cmi5's), loaded by the runtime at start;
 * - `types`: every activity type's component and whatever else loads lazily, loaded as the first
 *   island prepares.
 * What was lazy on the site stays behind an `import()` (the activity types come together, with the
 * first island that needs one: a package uses nearly all of them). Other formats'
 * connections stay outside (never loaded: `isOtherConnector`), and no chunk preloads by URL.
 */

/** The module scripts a page loads, in order: `<script type="module" src="/_astro/x.js">`. */
const MODULE_SCRIPT =
	/<script\b(?=[^>]*\btype="module")[^>]*\bsrc="\/(_astro\/[^"]+\.js)"[^>]*><\/script>/g;
/** An island's start tag. */
const ISLAND = /<astro-island\b[^>]*>/g;
/** A script an H5P frame document (two folders down) loads: `src="../../_astro/x.js"`. */
const FRAME_SCRIPT = /"(?:\.\.\/)+(_astro\/[^"]+\.js)"/g;
/** A static import between built chunks: `from"./x.js"` or `import"./x.js"`. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Names of the virtual entry modules. */
const LAUNCH_ENTRY = '\0package:launch';
const ISLANDS_ENTRY = '\0package:islands';
/** Where the site's files are, for the bundler (an id that is a path: `/site/_astro/x.js`). */
const SITE = '/site/';

/** Thrown when a package's scripts cannot be regrouped (a chunk the page names is missing). */
export class PackageScriptsError extends Error {
	override readonly name = 'PackageScriptsError';
}

/** One chunk's imports, resolved to site-relative paths. Pure. */
function importsOf(js: string, path: string, pattern: RegExp): string[] {
	const dir = posix.dirname(path);
	return [...js.matchAll(pattern)].map((m) => posix.normalize(posix.join(dir, m[1] ?? '')));
}

/** Everything reached from `roots` by following `next`, the roots included. Pure. */
function closure(roots: readonly string[], next: (path: string) => readonly string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length) {
		const path = queue.shift() ?? '';
		if (seen.has(path)) continue;
		seen.add(path);
		queue.push(...next(path));
	}
	return seen;
}

/** What a page's islands name: each component (with its export) and each renderer. Pure. */
function islandsOf(html: string): { components: string[]; renderers: string[] } {
	const tags = [...html.matchAll(ISLAND)].map((m) => m[0]);
	const named = (name: string) => [
		...new Set(
			tags
				.map((tag) => new RegExp(`\\b${name}="\\/(_astro\\/[^"]+)"`).exec(tag)?.[1])
				.filter((v): v is string => Boolean(v)),
		),
	];
	return { components: named('component-url'), renderers: named('renderer-url') };
}

/**
 * The page with its module scripts and islands' code regrouped into `launch`, `islands`, `connect`
 * and `types` (see above). H5P frame documents keep the files they name. `format` is the package's
 * standard (its own connection is kept; others are left out, as `packageFiles` does).
 * @throws {PackageScriptsError} if the page names a script the site folder does not have, or has
 * islands of more than one framework (one renderer is joined into the islands file).
 */
export async function regroupScripts(page: SitePage, format: string): Promise<SitePage> {
	const scripts = [...page.html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? '');
	const { components, renderers } = islandsOf(page.html);
	if (scripts.length === 0 && components.length === 0) return page;
	if (renderers.length > 1)
		throw new PackageScriptsError(
			`The package page has islands of ${renderers.length} frameworks (${renderers.join(', ')}); ` +
				'exports/shared/package-scripts.ts joins one renderer: add a file per renderer there.',
		);
	const decoder = new TextDecoder();
	const code = (path: string): string => {
		const bytes = page.files.get(path);
		if (!bytes)
			throw new PackageScriptsError(
				`The package page loads ${path}, which is not in the built site: rebuild (npm run build).`,
			);
		return decoder.decode(bytes);
	};
	// What each root imports statically: the code that runs with it.
	const staticClosure = (roots: readonly string[]) =>
		closure(roots, (path) => importsOf(code(path), path, STATIC_IMPORT));
	const launch = staticClosure(scripts);
	const islands = staticClosure([...components, ...renderers]);
	const connector = [...page.files.keys()].find((path) => isOwnConnector(path, format));
	const connect = staticClosure(connector ? [connector] : []);
	const group = (path: string) =>
		launch.has(path)
			? 'launch'
			: islands.has(path)
				? 'islands'
				: connect.has(path)
					? 'connect'
					: 'types';

	const entries: Record<string, string> = {
		[LAUNCH_ENTRY]: scripts.map((s) => `import ${JSON.stringify(SITE + s)};`).join('\n'),
		[ISLANDS_ENTRY]: [
			...components.map((c, i) => `export * as c${i} from ${JSON.stringify(SITE + c)};`),
			// One renderer (Svelte's) is the module's default export, as `renderer-url` expects.
			...renderers.slice(0, 1).map((r) => `export { default } from ${JSON.stringify(SITE + r)};`),
		].join('\n'),
	};
	const sitePages: Plugin = {
		name: 'second-look:package-scripts',
		resolveId(source, importer) {
			if (source in entries) return source;
			if (source.startsWith(SITE)) return source;
			if (!importer) return undefined;
			const path = posix.normalize(posix.join(posix.dirname(importer.slice(SITE.length)), source));
			// Another format's connection: never loaded by this package, so never carried.
			if (isOtherConnector(path, format)) return { id: source, external: true };
			return SITE + path;
		},
		load(id) {
			if (id in entries) return entries[id];
			if (!id.startsWith(SITE)) return undefined;
			return withoutPreloads(code(id.slice(SITE.length)));
		},
	};
	const bundle = await rolldown({
		input: { launch: LAUNCH_ENTRY, islands: ISLANDS_ENTRY },
		plugins: [sitePages],
		logLevel: 'silent',
		preserveEntrySignatures: 'allow-extension',
		// The site's code ran as modules in this order: keep every module's side effects.
		treeshake: { moduleSideEffects: true },
	});
	const { output } = await bundle.generate({
		format: 'es',
		minify: true,
		// Lower-case, base-36 names of [a-z0-9._-], as the site's own (astro.config.mjs).
		entryFileNames: '_astro/[name].[hash].js',
		chunkFileNames: '_astro/[name].[hash].js',
		hashCharacters: 'base36',
		codeSplitting: {
			groups: (['launch', 'islands', 'connect', 'types'] as const).map((name, i) => ({
				name,
				priority: 4 - i,
				test: (id: string) =>
					(name === 'launch' && id === LAUNCH_ENTRY) ||
					(name === 'islands' && id === ISLANDS_ENTRY) ||
					(id.startsWith(SITE) && (name === 'types' || group(id.slice(SITE.length)) === name)),
			})),
		},
	});
	await bundle.close();
	const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
	const fileOf = (entry: 'launch' | 'islands') =>
		chunks.find((c) => c.isEntry && c.name === entry)?.fileName ?? '';
	const html = rewritePage(page.html, fileOf('launch'), fileOf('islands'), components);

	// The site's chunks the new files replace, but not those an H5P frame document names.
	const lazyToo = (path: string) => page.imports.get(path) ?? [];
	const replaced = closure([...scripts, ...components, ...renderers], lazyToo);
	const frames = [...page.files]
		.filter(([path]) => path.endsWith('.html'))
		.flatMap(([, bytes]) =>
			[...decoder.decode(bytes).matchAll(FRAME_SCRIPT)].map((m) => m[1] ?? ''),
		);
	const kept = closure(frames, lazyToo);
	const files = new Map([...page.files].filter(([path]) => kept.has(path) || !replaced.has(path)));
	const imports = new Map([...page.imports].filter(([path]) => files.has(path)));
	for (const chunk of chunks) {
		files.set(chunk.fileName, new TextEncoder().encode(chunk.code));
		imports.set(chunk.fileName, chunkImports(chunk.code, chunk.fileName));
	}
	const roots = [
		...new Set([
			...page.roots.filter((path) => files.has(path)),
			fileOf('launch'),
			fileOf('islands'),
		]),
	];
	return { html, files, roots, imports };
}

/**
 * The page loading `launch` in place of its module scripts (one tag, where the first was: module
 * scripts run in page order after parsing, and `launch` imports them in that order), and every
 * island loading its component from `islands` (export `c<i>`, as `regroupScripts` names them) with
 * Svelte's renderer (the module's default export). Pure.
 */
export function rewritePage(
	html: string,
	launch: string,
	islands: string,
	components: readonly string[],
): string {
	let first = true;
	const out = html.replace(MODULE_SCRIPT, (tag, src: string) => {
		if (!first) return '';
		first = false;
		return tag.replace(`/${src}`, `/${launch}`);
	});
	return out.replace(ISLAND, (tag) => {
		const component = /\bcomponent-url="\/(_astro\/[^"]+)"/.exec(tag)?.[1];
		const index = component ? components.indexOf(component) : -1;
		if (index < 0) return tag;
		const exported = /\bcomponent-export="([^"]*)"/.exec(tag)?.[1] || 'default';
		const path = `c${index}.${exported}`;
		const named = /\bcomponent-export="/.test(tag)
			? tag.replace(/\bcomponent-export="[^"]*"/, `component-export="${path}"`)
			: tag.replace(/\bcomponent-url=/, `component-export="${path}" component-url=`);
		// `./`: Astro's island element passes these to `import()`, where `_astro/x.js` would be a bare
		// specifier: refused, then fetched again with `?astro-retry=` a second later, a second copy
		// of Svelte beside the one the other chunks import.
		return named
			.replace(/\bcomponent-url="[^"]*"/, `component-url="./${islands}"`)
			.replace(/\brenderer-url="[^"]*"/, `renderer-url="./${islands}"`);
	});
}

/**
 * A built launch page as an LMS package carries it: one stylesheet, and its scripts regrouped into
 * a few files ({@link regroupScripts}).
 */
export function lmsPage(page: SitePage, format: string): Promise<SitePage> {
	return regroupScripts(withOneStylesheet(page), format);
}
