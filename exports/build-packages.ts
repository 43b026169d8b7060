import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteContent } from '../src/lib/search/sources.ts';
import type { Module, PackageFormat } from '../src/schemas/module.ts';
import { lintCourseStructure } from './cmi5/lint.ts';
import { planCmi5Package } from './cmi5/package.ts';
import { buildScorm12Manifest } from './scorm12/manifest.ts';
import { buildScorm2004Manifest } from './scorm2004/manifest.ts';
import { planOfflinePackage } from './offline/package.ts';
import { lintManifest } from './shared/manifest-lint.ts';
import type { ManifestInput, PackagePlan } from './shared/package-plan.ts';
import { launchPagePath, planScormPackage } from './shared/scorm-package.ts';
import { readSitePage, type SitePage } from './shared/site-files.ts';
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

/** The text of a file in a plan ('' when absent), for the lints. */
function fileText(plan: PackagePlan, path: string): string {
	const bytes = plan.files.find((f) => f.path === path)?.bytes;
	return typeof bytes === 'string' ? bytes : '';
}

/** Stops the build when a lint found problems in a package. */
function assertSound(format: PackageFormat, moduleId: string, problems: readonly string[]): void {
	if (problems.length)
		throw new PackageError(
			`The ${format} package of module "${moduleId}" would be broken:\n  ${problems.join('\n  ')}`,
		);
}

/**
 * The plan of one package, checked: SCORM manifests and cmi5.xml are linted against the zip's
 * entries. Undefined for a format no exporter handles.
 */
async function checkedPlan(
	format: PackageFormat,
	module: Module,
	page: SitePage,
	siteDir: string,
	version: string,
	content: SiteContent,
): Promise<PackagePlan | undefined> {
	if (format === 'offline') return planOfflinePackage(module, siteDir, content);
	if (format === 'cmi5') {
		const plan = planCmi5Package(module, page, version);
		const paths = plan.files.map((f) => f.path);
		assertSound(format, module.id, lintCourseStructure(fileText(plan, 'cmi5.xml'), paths));
		return plan;
	}
	const standard = scormStandards.find((s) => s === format);
	if (!standard) return undefined;
	const plan = await planScormPackage(standard, module, page, manifestBuilders[standard], version);
	const paths = plan.files.map((f) => f.path);
	assertSound(format, module.id, lintManifest(fileText(plan, 'imsmanifest.xml'), standard, paths));
	return plan;
}

/**
 * Builds every package every module asks for, from the built site in `siteDir`, into
 * `siteDir/downloads/`. Each manifest is linted against its zip's entries before it is written.
 * `content` (every module and lesson) feeds the offline package's own search index.
 */
export async function buildPackages(
	siteDir: string,
	content: SiteContent,
	version: string,
): Promise<BuiltPackage[]> {
	const { modules } = content;
	const out = join(siteDir, 'downloads');
	await mkdir(out, { recursive: true });
	const built: BuiltPackage[] = [];
	for (const module of modules) {
		const page = await readSitePage(siteDir, launchPagePath(module.id));
		for (const format of module.formats) {
			const plan = await checkedPlan(format, module, page, siteDir, version, content);
			if (!plan) continue;
			const zip = zipFiles(plan.files);
			await writeFile(join(out, plan.fileName), zip);
			built.push({ moduleId: module.id, format, fileName: plan.fileName, bytes: zip.byteLength });
		}
	}
	return built;
}
