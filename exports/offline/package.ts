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

/**
 * Plans a module's offline web package: the launch page and the listed extra pages, each turned
 * into a `file://` page with one bundled classic script, the stylesheets and icons they use, the
 * search page's index of this folder, and a read-me. The launch page is the same document the LMS
 * packages copy; only its chrome differs. `content` is what the search sources read.
 */
export async function planOfflinePackage(
	module: Module,
	siteDir: string,
	content: SiteContent,
	pages: readonly OfflinePage[] = offlinePages,
): Promise<PackagePlan> {
	const present: OfflinePage[] = [];
	for (const page of pages) {
		if (await exists(join(siteDir, page.from(module.id)))) present.push(page);
		else if (!page.isOptional)
			throw new Error(
				`The offline package of "${module.id}" needs the built page ${page.from(module.id)}, which ` +
					'the site build did not write. Check exports/offline/pages.ts against src/pages/.',
			);
	}
	const links = folderAddresses(module.lessons, present, module.id);
	const files = new Map<string, PackageFile['bytes']>();
	for (const [i, page] of present.entries()) {
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
						alsoHere: present
							.filter((p) => p.label)
							.map((p) => ({ to: p.to, label: p.label ?? '' })),
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
	files.set('read-me.txt', readMe(module, present));
	return {
		format: 'offline',
		fileName: packageFileName(module.id, 'offline'),
		files: [...files].map(([path, bytes]) => ({ path, bytes })),
	};
}
