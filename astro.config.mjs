// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from './src/content-root.ts';
import { clientReach } from './src/integrations/client-reach.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { h5pContent } from './src/integrations/h5p.ts';
import { rehypeLessonAnchors } from './src/integrations/rehype-lesson-anchors.ts';
import { rehypeTableScroll } from './src/integrations/rehype-table-scroll.ts';
import { remarkLessonContext } from './src/integrations/remark-lesson-context.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The CSP hash of a script inlined as it is (`<script is:inline set:html>`), which Astro does not
 * hash itself. Its text is the file's, byte for byte.
 */
const inlineScriptHash = (/** @type {string} */ file) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256')
			.update(readFileSync(resolve(root, file), 'utf8'))
			.digest('base64')}`
	);

/** A file name part safe in any LMS package: lower-case letters, digits, dots and hyphens. */
/** Output options for the server-side builds, which emit the CSS files pages load. */
const assetOutput = {
	hashCharacters: /** @type {const} */ ('base36'),
	assetFileNames: (/** @type {{ names: string[] }} */ asset) =>
		`_astro/${safeName(asset.names[0] ?? 'asset')}.[hash][extname]`,
};

const safeName = (/** @type {string} */ name) =>
	name
		.replace(/\.[^.]*$/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase()
		.replace(/[^a-z0-9.-]+/g, '-')
		.replace(/^-+|-+$/g, '') || 'chunk';
/**
 * How the browser's JS is cut into files. Rolldown's default (a chunk per set of entries sharing a
 * module) cut what a lesson page loads into ten files; gzip cannot share across files and each file
 * repeats its imports, so files that always load together are merged here: lesson and package pages
 * 1.4 KiB lighter (`npm run bench`). A module goes to the first group by priority that matches it,
 * or that matches a module importing it (groups take their imports); islands keep a tiny entry
 * file that re-exports from the group. https://rolldown.rs/reference/OutputOptions.codeSplitting
 */
const codeSplitting = {
	groups: [
		// Imported by the quick exit on every page: on its own, or every page would load the groups below
		// (the tab's progress key, which the site tracker also imports, would pull in the engine).
		// With it, Vite's one-line helper for lazy imports (activity types, the search's query code),
		// and what keeps the scroll padding as tall as the top bar (and a package's save line).
		{
			name: 'events',
			test: /[\\/]src[\\/](lib[\\/](events|tracking[\\/]tab-progress)|scripts[\\/]bar-height)\.ts$|vite[\\/]preload-helper/,
			priority: 3,
		},
		// Answer checks, also used by the preview page's LMS code, which has no activity cards.
		{ name: 'answers', test: /[\\/]src[\\/]lib[\\/]engine[\\/]answers\.ts$/, priority: 3 },
		// The Svelte runtime and Astro's Svelte renderer, which every island loads.
		{
			name: 'svelte',
			test: /[\\/]node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]/,
			priority: 2,
		},
		// The engine: the session, its state and scoring, the device tracker. The package runtime loads
		// it at start; a lesson page as its first activity is about to hydrate (site-session.ts). No
		// component is in it, so the runtime loads no Svelte code.
		{
			name: 'engine',
			test: /[\\/]src[\\/]lib[\\/](engine[\\/](session|state|progress|shuffle|answer-fit)|tracking[\\/]site-tracker)\.ts$|[\\/]components[\\/]activities[\\/]site-session\.ts$/,
			priority: 1,
		},
		// What every activity island loads: the card and what finds its activity and its type's code.
		// Each type's component is a chunk of its own, loaded only where an activity of that type is
		// (src/components/activities/type-loader.ts); H5P's component stays with its own island.
		{
			name: 'activities',
			test: /[\\/]src[\\/](components[\\/]activities[\\/](ActivityCard|ActivityIsland|SourceRefs)\.svelte|components[\\/]activities[\\/](card-data|type-loader|island-prepare)\.ts|lib[\\/]package-data\.ts)/,
			priority: 1,
		},
	],
};

/**
 * No lazy chunk is preloaded. An activity type's component (src/components/activities/type-loader.ts)
 * and the search's query code are imported by relative URL; Vite would first fetch what they import
 * and their CSS by root-relative URL (`/_astro/…`), which inside an LMS points off the package and
 * from file:// (the offline zip) fails, and a failed preload fails the import. Nothing needs it:
 * Astro links in each page the CSS of every component the page can load, and a lazy chunk's imports
 * are chunks the page has already loaded. So each dynamic import's preload list (Vite's marker) is
 * emptied before Vite fills it, and Vite's helper then just imports.
 * @type {import('vite').Plugin}
 */
const noPreload = {
	name: 'second-look:no-preload',
	enforce: 'pre',
	applyToEnvironment: (environment) => environment.name === 'client',
	// Vite's helper, with nothing to preload, only imports: the same in one line (not 1.7 KB).
	load(id) {
		return id === '\0vite/preload-helper.js'
			? 'export const __vitePreload = (load) => load();'
			: undefined;
	},
	generateBundle: {
		order: 'pre',
		handler(_options, bundle) {
			for (const chunk of Object.values(bundle))
				if (chunk.type === 'chunk')
					chunk.code = chunk.code.replaceAll('__VITE_PRELOAD__', 'void 0');
		},
	},
};

const content = contentRoot(root);
// Astro caches loaded content; other content (the benchmark's corpus, test fixtures) gets its own cache.
const cacheDir =
	content === resolve(root)
		? undefined
		: join(
				tmpdir(),
				`second-look-cache-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`,
			);

export default defineConfig({
	// The deployed address (printed in the letter home's pointer to the parents' guide): set
	// SECOND_LOOK_SITE when building for a real host. The placeholder prints no address at all.
	site: process.env.SECOND_LOOK_SITE || 'https://second-look.invalid',
	...(cacheDir ? { cacheDir } : {}),
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	vite: {
		plugins: [noPreload],
		// Never inline page scripts: the offline package bundles each page's script files, and an
		// inline module script could import by URL, which file:// refuses.
		build: {
			assetsInlineLimit: 0,
			rolldownOptions: {
				/**
				 * One warning is dropped, exactly: Astro's content layer generates, for each lesson, a module
				 * (`<lesson>.mdx?astroPropagatedAssets`) that starts with its own marker directive
				 * `"use astro:head-inject"`, and Rolldown warns that it cannot keep a module-level directive
				 * when bundling. Nothing reads the marker after bundling (Astro passes the head through
				 * `__astroPropagation` in the same module), so the warning is noise: one per lesson, seven
				 * in a build, hiding real warnings. Every other warning is printed as before.
				 */
				onLog(level, log, handler) {
					if (
						log.code === 'MODULE_LEVEL_DIRECTIVE' &&
						log.message.includes('"use astro:head-inject"') &&
						log.message.includes('?astroPropagatedAssets')
					)
						return;
					handler(level, log);
				},
			},
		},
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// LMS packages need file names of [a-z0-9._-] only (ADL conformance; case-sensitive
							// LMS servers): lower-case names and base-36 hashes for every built file.
							hashCharacters: 'base36',
							entryFileNames: (chunk) => `_astro/${safeName(chunk.name)}.[hash].js`,
							chunkFileNames: (chunk) => `_astro/${safeName(chunk.name)}.[hash].js`,
							assetFileNames: (asset) =>
								`_astro/${safeName(asset.names[0] ?? 'asset')}.[hash][extname]`,
							codeSplitting,
						},
					},
				},
			},
			ssr: { build: { rolldownOptions: { output: assetOutput } } },
			prerender: { build: { rolldownOptions: { output: assetOutput } } },
		},
	},
	integrations: [
		contentCheck({ contentRoot: content }),
		mdx(),
		// No `window.__svelte.v` version marker: a file and a request less on every page with an island.
		svelte({ compilerOptions: { discloseVersion: false } }),
		h5pContent({ contentRoot: content }),
		// Activity islands hydrate when reached: seen, focused or pressed (keyboard learners, issue #15).
		clientReach(),
	],
	markdown: {
		// Lessons have no code blocks; Shiki's inline styles would also break the strict CSP.
		syntaxHighlight: false,
		processor: unified({
			remarkPlugins: [remarkLessonContext],
			// Heading ids first (Astro would add them after these plugins), so each lesson's can be marked.
			rehypePlugins: [rehypeTableScroll, rehypeHeadingIds, rehypeLessonAnchors],
		}),
	},
	security: {
		csp: {
			// The early quick exit, inlined into every page (components/QuickExit.astro).
			scriptDirective: { hashes: [inlineScriptHash('src/scripts/quick-exit-early.js')] },
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"frame-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
});
