import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Module } from '../../src/schemas/module.ts';
import type { DeliveryFormat } from '../contract.ts';
import { formatNaming, packageFileName } from '../formats.ts';
import { lintManifest } from './manifest-lint.ts';
import {
	checkedPlan,
	fileText,
	type ManifestInput,
	type PackageFile,
	type PackagePlan,
} from '../shared/package-plan.ts';
import { lmsPage } from '../shared/package-scripts.ts';
import { packageFiles, relativisePage, type SitePage } from '../shared/site-files.ts';
import { STANDARDS, type ScormStandard } from './standards.ts';

/** Where the launch page of a module is in the built site. */
export function launchPagePath(moduleId: string): string {
	return `package/${moduleId}/index.html`;
}

/** The schema files shipped at the zip root, read from the project's copies. */
async function schemaFiles(standard: ScormStandard): Promise<PackageFile[]> {
	const dir = join(import.meta.dirname, '..', standard, 'schemas');
	const names = STANDARDS[standard].schemaFiles;
	const present = new Set(await readdir(dir));
	return Promise.all(
		names.map(async (name) => {
			if (!present.has(name))
				throw new Error(`Missing schema file exports/${standard}/schemas/${name}.`);
			return { path: name, bytes: new Uint8Array(await readFile(join(dir, name))) };
		}),
	);
}

/**
 * Plans one SCORM package: the launch page with relative URLs and the standard recorded, every file
 * it loads, the manifest, and the schema files. The differences between standards come from the
 * table and the manifest builder passed in.
 */
export async function planScormPackage(
	standard: ScormStandard,
	module: Module,
	sitePage: SitePage,
	buildManifest: (input: ManifestInput) => string,
	version: string,
): Promise<PackagePlan> {
	const launch = 'index.html';
	const page = await lmsPage(sitePage, standard);
	const content: PackageFile[] = [
		{ path: launch, bytes: relativisePage(page.html, standard) },
		...packageFiles(page, standard).map(([path, bytes]) => ({ path, bytes })),
	];
	const manifest = buildManifest({
		module,
		launch,
		files: content.map((f) => f.path),
		version,
	});
	return {
		format: standard,
		fileName: packageFileName(module.id, standard),
		files: [
			{ path: 'imsmanifest.xml', bytes: manifest },
			...content,
			...(await schemaFiles(standard)),
		],
	};
}

/**
 * A SCORM delivery format: the shared single-SCO plan with the standard's manifest builder, the
 * manifest linted against the zip's entries.
 */
export function scormFormat(
	standard: ScormStandard,
	buildManifest: (input: ManifestInput) => string,
): DeliveryFormat {
	return {
		...formatNaming(standard),
		async plan(module, page, { version }) {
			const plan = await planScormPackage(standard, module, page, buildManifest, version);
			const paths = plan.files.map((f) => f.path);
			const manifest = fileText(plan, 'imsmanifest.xml');
			return checkedPlan(plan, module.id, lintManifest(manifest, standard, paths));
		},
	};
}
