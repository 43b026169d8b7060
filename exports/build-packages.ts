import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteContent } from '../src/lib/search/sources.ts';
import { deliveryFormats } from './registry.ts';
import { launchPagePath } from './scorm/scorm-package.ts';
import { readSitePage } from './shared/site-files.ts';
import { zipFiles } from './shared/zip.ts';

export { PackageError } from './shared/package-plan.ts';

/** A package written by {@link buildPackages}. */
export interface BuiltPackage {
	moduleId: string;
	format: string;
	fileName: string;
	bytes: number;
}

/**
 * Builds every package every module asks for, from the built site in `siteDir`, into
 * `siteDir/downloads/`: each format in the registry plans and checks its package (manifests and
 * cmi5.xml linted against the zip's entries) before it is written. `content` (every module and
 * lesson) feeds the offline package's own search index.
 * @throws {PackageError} when a package would be broken.
 */
export async function buildPackages(
	siteDir: string,
	content: SiteContent,
	version: string,
): Promise<BuiltPackage[]> {
	const out = join(siteDir, 'downloads');
	await mkdir(out, { recursive: true });
	const built: BuiltPackage[] = [];
	for (const module of content.modules) {
		const page = await readSitePage(siteDir, launchPagePath(module.id));
		for (const format of module.formats) {
			const plan = await deliveryFormats[format].plan(module, page, { siteDir, version, content });
			const zip = zipFiles(plan.files);
			await writeFile(join(out, plan.fileName), zip);
			built.push({ moduleId: module.id, format, fileName: plan.fileName, bytes: zip.byteLength });
		}
	}
	return built;
}
