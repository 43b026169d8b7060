import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLASSIC_SCRIPT } from '../shared/classic-script.ts';
import { isOtherConnector, withoutPreloads } from '../shared/site-files.ts';
import type { PageScripts } from './page.ts';

/** The browser module that defines the offline `<astro-island>` (imported by every bundle). */
const ISLANDS_MODULE = join(
	import.meta.dirname,
	'..',
	'..',
	'src',
	'scripts',
	'offline-islands.ts',
);

/**
 * The entry of one page's bundle: its islands' modules (by the URLs the islands name), then its
 * module scripts in page order (as the browser would run them), then the island element. Pure.
 */
export function bundleEntry(scripts: PageScripts): string {
	const lines: string[] = [];
	const components = scripts.components.map((url, i) => {
		lines.push(`import * as c${i} from ${JSON.stringify(`./${url}`)};`);
		return `${JSON.stringify(url)}: c${i}`;
	});
	const renderers = scripts.renderers.map((url, i) => {
		lines.push(`import r${i} from ${JSON.stringify(`./${url}`)};`);
		return `${JSON.stringify(url)}: r${i}`;
	});
	for (const url of scripts.scripts) lines.push(`import ${JSON.stringify(`./${url}`)};`);
	if (components.length) {
		lines.push(`import { defineOfflineIslands } from ${JSON.stringify(ISLANDS_MODULE)};`);
		lines.push(
			`defineOfflineIslands(window, { components: { ${components.join(', ')} }, renderers: { ${renderers.join(', ')} } });`,
		);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * The site's chunks as the offline package carries them: other formats' connections are empty
 * (the page runs as `offline` only), and nothing is preloaded by URL (`file://` has no root).
 */
const offlineChunks: Plugin = {
	name: 'offline-chunks',
	setup(build) {
		build.onLoad({ filter: /\.js$/ }, async ({ path }) => ({
			contents: isOtherConnector(path, 'offline')
				? 'export {};'
				: withoutPreloads(await readFile(path, 'utf8')),
			loader: 'js',
		}));
	},
};

/**
 * Bundles a page's built scripts (from the site folder) into one classic script (an IIFE): a
 * `file://` page can run it, where module scripts and `import()` are refused. The code is the
 * site's own built code, so the offline package behaves as the site and the LMS packages do.
 */
export async function bundlePage(
	siteDir: string,
	scripts: PageScripts,
	page: string,
): Promise<string> {
	const result = await build({
		stdin: { contents: bundleEntry(scripts), resolveDir: siteDir, sourcefile: `${page} (offline)` },
		...CLASSIC_SCRIPT,
		plugins: [offlineChunks],
	});
	const js = result.outputFiles[0]?.text;
	if (js === undefined) throw new Error(`esbuild wrote no bundle for ${page}.`);
	return js;
}
