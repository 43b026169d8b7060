import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeJsonForScript } from '../../src/lib/json-script.ts';
import { payloadScript, searchSource } from '../../src/lib/search/build-index.ts';
import { moduleSearchDocuments } from '../../src/lib/search/module-index.ts';
import type { SiteContent } from '../../src/lib/search/sources.ts';
import type { Module } from '../../src/schemas/module.ts';
import { packageFileName } from '../formats.ts';
import type { PackageFile, PackagePlan } from '../shared/package-plan.ts';
import { referencedFiles } from '../shared/site-files.ts';
import { bundlePage } from './bundle.ts';
import { offlinePage, pageScripts } from './page.ts';
import { folderAddresses, inFolder, offlinePages, type OfflinePage } from './pages.ts';
import { withPageStylesheets } from './stylesheets.ts';

/** The short note at the zip root for whoever unzips it. */
function readMe(module: Module, pages: readonly OfflinePage[]): string {
	return [
		module.title,
		'',
		'To start: unzip this folder, then double-click index.html. It opens in your web browser.',
		'No internet connection and no learning platform are needed, and nothing is sent anywhere.',
		'',
		'Progress stays in the browser on this device: it is forgotten when the window closes, unless',
		'the learner ticks "Remember my progress" (do not tick it on a shared computer).',
		'',
		'Also in this folder:',
		...pages.filter((p) => p.label).map((p) => `  ${p.to}: ${p.label ?? ''}`),
		'',
	].join('\r\n');
}

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}

/**
 * The module's search documents as a classic script (indexed when the search page opens): the module's lessons (as its audience sees them),
 * the help page, and the teacher pack if the folder has one, linking to the folder's files.
 */
export function folderSearchIndex(
	module: Module,
	content: SiteContent,
	addresses: ReadonlyMap<string, string>,
): string {
	const docs = moduleSearchDocuments(module, content, (url) => inFolder(addresses, url));
	return payloadScript(serializeJsonForScript(searchSource(docs)));
}

/** A folder of `file://` pages planned from the built site (the offline package, the teacher's kit). */
export interface FolderPages {
	/** Every file so far, by its path in the folder. */
	files: Map<string, PackageFile['bytes']>;
	/** Site address (`/help/`) → file in the folder, for every page and file it carries. */
	links: ReadonlyMap<string, string>;
}

/**
 * Turns built site pages into a folder that works from `file://`: each page rewritten (relative
 * links, one bundled classic script), the stylesheets and icons they use (each page's own joined
 * into one: `withPageStylesheets`), and the search page's index of this folder. The first page is
 * the launch page: its footer names the labelled pages.
 * `extraLinks` are other files the folder will carry (site address → file), so links to them stay.
 * @throws {Error} when a page is missing from the built site.
 */
export async function folderPages(
	module: Module,
	siteDir: string,
	content: SiteContent,
	pages: readonly OfflinePage[],
	extraLinks: ReadonlyMap<string, string> = new Map(),
): Promise<FolderPages> {
	for (const page of pages)
		if (!(await exists(join(siteDir, page.from(module.id)))))
			throw new Error(
				`The offline folder of "${module.id}" needs the built page ${page.from(module.id)}, which ` +
					'the site build did not write. Check exports/offline/pages.ts and src/lib/teach/kit-files.ts against src/pages/.',
			);
	const links = new Map([...folderAddresses(module.lessons, pages, module.id), ...extraLinks]);
	const files = new Map<string, PackageFile['bytes']>();
	for (const [i, page] of pages.entries()) {
		const from = page.from(module.id);
		const html = await readFile(join(siteDir, from), 'utf8');
		const scripts = pageScripts(html, from);
		const script = `_astro/offline-${page.to.replace(/\.html$/, '')}.js`;
		files.set(script, await bundlePage(siteDir, scripts, from));
		const rewritten = offlinePage(html, {
			page: from,
			...(i === 0
				? {
						standard: 'offline',
						alsoHere: pages.filter((p) => p.label).map((p) => ({ to: p.to, label: p.label ?? '' })),
					}
				: {}),
			script,
			links,
			...(page.searchIndex ? { searchIndex: page.searchIndex } : {}),
		});
		files.set(page.to, rewritten);
		if (page.searchIndex) files.set(page.searchIndex, folderSearchIndex(module, content, links));
		for (const asset of referencedFiles(html).filter((f) => !f.endsWith('.js')))
			if (!files.has(asset)) files.set(asset, new Uint8Array(await readFile(join(siteDir, asset))));
	}
	return { files: withPageStylesheets(files), links };
}

/**
 * Plans a module's offline web package, the learner's course: the launch page and the listed extra
 * pages (`offlinePages`: help, search), each turned into a `file://` page with one bundled classic
 * script, the stylesheets and icons they use, the search page's index of this folder, and a
 * read-me. The launch page is the same document the LMS packages copy; only its chrome differs.
 * `content` is what the search sources read. The teacher's pages are in the teacher's kit
 * (`teacher-kit.ts`).
 */
export async function planOfflinePackage(
	module: Module,
	siteDir: string,
	content: SiteContent,
	pages: readonly OfflinePage[] = offlinePages,
): Promise<PackagePlan> {
	const { files } = await folderPages(module, siteDir, content, pages);
	files.set('read-me.txt', readMe(module, pages));
	return {
		format: 'offline',
		fileName: packageFileName(module.id, 'offline'),
		files: [...files].map(([path, bytes]) => ({ path, bytes })),
	};
}
