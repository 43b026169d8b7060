import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Module } from '../../src/schemas/module.ts';
import type { PackageFile, PackagePlan } from '../shared/package-plan.ts';
import { referencedFiles } from '../shared/site-files.ts';
import { bundlePage } from './bundle.ts';
import { offlinePage, pageScripts } from './page.ts';
import { offlinePages, siteAddress, type OfflinePage } from './pages.ts';

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
 * Plans a module's offline web package: the launch page and the listed extra pages, each turned
 * into a `file://` page with one bundled classic script, the stylesheets and icons they use, and a
 * read-me. The launch page is the same document the LMS packages copy; only its chrome differs.
 */
export async function planOfflinePackage(
	module: Module,
	siteDir: string,
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
	const links = new Map(present.map((p) => [siteAddress(p.from(module.id)), p.to]));
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
		});
		files.set(page.to, rewritten);
		for (const asset of referencedFiles(html).filter((f) => !f.endsWith('.js')))
			if (!files.has(asset)) files.set(asset, new Uint8Array(await readFile(join(siteDir, asset))));
	}
	files.set('read-me.txt', readMe(module, present));
	return {
		format: 'offline',
		fileName: `${module.id}-offline.zip`,
		files: [...files].map(([path, bytes]) => ({ path, bytes })),
	};
}
