import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Module } from '../src/schemas/module.ts';
import { lintCourseStructure } from './cmi5/lint.ts';
import { planCmi5Package } from './cmi5/package.ts';
import { buildScorm12Manifest } from './scorm12/manifest.ts';
import { buildScorm2004Manifest } from './scorm2004/manifest.ts';
import { planOfflinePackage } from './offline/package.ts';
import { lintManifest } from './shared/manifest-lint.ts';
import type { ManifestInput, PackagePlan } from './shared/package-plan.ts';
import { launchPagePath, planScormPackage } from './shared/scorm-package.ts';
import { readSitePage } from './shared/site-files.ts';
import { scormStandards, type ScormStandard } from './shared/standards.ts';
import { zipFiles } from './shared/zip.ts';

/** The exporters that exist, by format: each turns a module and its built page into a plan. */
const manifestBuilders: Record<ScormStandard, (input: ManifestInput) => string> = {
	scorm12: buildScorm12Manifest,
	scorm2004: buildScorm2004Manifest,
};

/** A package written by {@link buildPackages}. */
export interface BuiltPackage {
	moduleId: string;
	format: string;
	fileName: string;
	bytes: number;
}

/** Thrown when a package would be broken; the build stops and the previous output stays. */
export class PackageError extends Error {
	override readonly name = 'PackageError';
}

/**
 * Builds every package every module asks for, from the built site in `siteDir`, into
 * `siteDir/downloads/`. Each manifest is linted against its zip's entries before it is written.
 */
export async function buildPackages(
	siteDir: string,
	modules: readonly Module[],
	version: string,
): Promise<BuiltPackage[]> {
	const out = join(siteDir, 'downloads');
	await mkdir(out, { recursive: true });
	const built: BuiltPackage[] = [];
	for (const module of modules) {
		const page = await readSitePage(siteDir, launchPagePath(module.id));
		for (const format of module.formats) {
			if (format === 'cmi5') {
				const plan = planCmi5Package(module, page, version);
				const xml = plan.files.find((f) => f.path === 'cmi5.xml')?.bytes;
				const problems = lintCourseStructure(
					typeof xml === 'string' ? xml : '',
					plan.files.map((f) => f.path),
				);
				if (problems.length)
					throw new PackageError(
						`The cmi5 package of module "${module.id}" would be broken:\n  ${problems.join('\n  ')}`,
					);
				const zip = zipFiles(plan.files);
				await writeFile(join(out, plan.fileName), zip);
				built.push({ moduleId: module.id, format, fileName: plan.fileName, bytes: zip.byteLength });
				continue;
			}
			if (format === 'offline') {
				const plan = await planOfflinePackage(module, siteDir);
				const zip = zipFiles(plan.files);
				await writeFile(join(out, plan.fileName), zip);
				built.push({ moduleId: module.id, format, fileName: plan.fileName, bytes: zip.byteLength });
				continue;
			}
			const standard = scormStandards.find((s) => s === format);
			if (!standard) continue;
			const plan: PackagePlan = await planScormPackage(
				standard,
				module,
				page,
				manifestBuilders[standard],
				version,
			);
			const manifest = plan.files.find((f) => f.path === 'imsmanifest.xml')?.bytes;
			const problems = lintManifest(
				typeof manifest === 'string' ? manifest : '',
				standard,
				plan.files.map((f) => f.path),
			);
			if (problems.length)
				throw new PackageError(
					`The ${format} package of module "${module.id}" would be broken:\n  ${problems.join('\n  ')}`,
				);
			const zip = zipFiles(plan.files);
			await writeFile(join(out, plan.fileName), zip);
			built.push({ moduleId: module.id, format, fileName: plan.fileName, bytes: zip.byteLength });
		}
	}
	return built;
}
