import type { Module, PackageFormat } from '../../src/schemas/module.ts';
import { checkHref } from './hrefs.ts';

/**
 * What every exporter produces (style anchors, rule 1): a {@link PackagePlan}, every file of the
 * package before any I/O; `build-packages.ts` zips and writes it (the contract: `../contract.ts`).
 */

/** One file inside a package. */
export interface PackageFile {
	/** Path inside the package: relative, forward slashes, rules of `checkHref` (`hrefs.ts`). */
	path: string;
	/** The file's content; strings are written as UTF-8 without a byte-order mark. */
	bytes: Uint8Array | string;
}

/** Everything needed to write one package, before any I/O. */
export interface PackagePlan {
	/** Which standard the package follows. */
	format: PackageFormat;
	/** Name of the archive to write, e.g. `school-ks3-scorm12.zip`. */
	fileName: string;
	/** Every file in the package, manifest and shipped schema files included. */
	files: PackageFile[];
}

/** What a manifest builder needs. The same for every standard. */
export interface ManifestInput {
	/** The module the package is for: its `id`, `title` and `passMark` end up in the manifest. */
	module: Module;
	/** Relative href of the one launch document (the SCO), e.g. `index.html`. */
	launch: string;
	/**
	 * Every content file in the package (relative, forward slashes), the launch document
	 * included or not. Not the manifest, not the shipped schema files.
	 */
	files: string[];
	/** Package version written to `<manifest version>`, e.g. `0.1.0` (1–20 characters). */
	version: string;
}

/** Longest `<manifest version>` the SCORM 1.2 CP schema accepts; we hold both standards to it. */
export const MANIFEST_VERSION_MAX_LENGTH = 20;

/**
 * Thrown when a manifest builder gets input it cannot turn into a valid package.
 * `name` is permanent; the message says what is wrong, why it matters and what to do.
 */
export class ManifestInputError extends Error {
	/** Permanent error name. */
	override readonly name = 'ManifestInputError';
	/** The offending value (a path, the title or the version). */
	readonly value: string;

	constructor(value: string, message: string) {
		super(message);
		this.value = value;
	}
}

/** The launch document and the other files, checked, de-duplicated and sorted. */
export interface ResourceFiles {
	/** The SCO's launch document. */
	launch: string;
	/** Every other content file, sorted by code point so manifests are reproducible. */
	assets: string[];
}

/** Characters XML 1.0 cannot carry at all, not even escaped (C0 controls except tab/LF/CR). */
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Checks a {@link ManifestInput} and splits its files into the SCO launch document and the rest.
 * @throws {ManifestInputError} if a path breaks the href rules, the title or description holds characters XML
 * cannot carry, or the version is unusable.
 */
export function checkManifestInput(input: ManifestInput): ResourceFiles {
	// Every module text a manifest carries (cmi5.xml holds the description too).
	for (const [field, text] of [
		['title', input.module.title],
		['description', input.module.description],
	] as const) {
		if (NOT_XML_CHARACTER.test(text)) {
			throw new ManifestInputError(
				text,
				`Module ${field} ${JSON.stringify(text)} contains a control character that ` +
					'XML 1.0 cannot represent, so no LMS could read the manifest. Remove it from ' +
					`modules/${input.module.id}.yaml.`,
			);
		}
	}
	for (const path of [input.launch, ...input.files]) {
		const problem = checkHref(path);
		if (problem !== undefined) {
			throw new ManifestInputError(
				path,
				`Package path ${JSON.stringify(path)} ${problem}. LMSs and the ADL conformance ` +
					'suite reject such paths or fail to find the file. Rename the file in the build output.',
			);
		}
	}
	if (input.version.length === 0 || input.version.length > MANIFEST_VERSION_MAX_LENGTH) {
		throw new ManifestInputError(
			input.version,
			`Package version ${JSON.stringify(input.version)} must be 1–${MANIFEST_VERSION_MAX_LENGTH} ` +
				'characters: the SCORM 1.2 content packaging schema limits <manifest version> to 20. ' +
				'Pass the short release version, e.g. "0.1.0".',
		);
	}
	const assets = [...new Set(input.files)].filter((path) => path !== input.launch);
	assets.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return { launch: input.launch, assets };
}

/** Thrown when a package would be broken; the build stops and the previous output stays. */
export class PackageError extends Error {
	override readonly name = 'PackageError';
}

/** The text of a file in a plan ('' when absent), for the lints. */
export function fileText(plan: PackagePlan, path: string): string {
	const bytes = plan.files.find((f) => f.path === path)?.bytes;
	return typeof bytes === 'string' ? bytes : '';
}

/**
 * Returns the plan when its lint found nothing.
 * @throws {PackageError} naming the module, the format and every problem.
 */
export function checkedPlan(
	plan: PackagePlan,
	moduleId: string,
	problems: readonly string[],
): PackagePlan {
	if (problems.length)
		throw new PackageError(
			`The ${plan.format} package of module "${moduleId}" would be broken:\n  ${problems.join('\n  ')}`,
		);
	return plan;
}
