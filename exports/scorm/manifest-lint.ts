import type { Element } from '@xmldom/xmldom';
import { namespaceUri, STANDARDS, type ScormStandard } from './standards.ts';
import { checkNamespaces, checkSchemaLocation } from './manifest-lint/namespaces.ts';
import {
	MANIFEST_FILE,
	type ManifestProblem,
	type ManifestProblemName,
} from './manifest-lint/problems.ts';
import {
	checkIdentifiers,
	checkInventory,
	checkMastery,
	checkMetadata,
	checkOrganizations,
	checkResources,
} from './manifest-lint/structure.ts';
import { parse, show } from './manifest-lint/xml.ts';

export {
	MANIFEST_FILE,
	manifestProblemNames,
	type ManifestProblem,
	type ManifestProblemName,
} from './manifest-lint/problems.ts';
/**
 * The checks an `imsmanifest.xml` needs beyond XSD validation (brief §1 "XSDs are not enough";
 * `shared/schemas/README.md` "Schema validation does not cover"). IMS CP declares its extension
 * points `processContents="lax"`, so a wrong-case `adlcp:scormtype`, a typo'd namespace or a
 * masteryscore of `eighty` all validate; LMSs then silently misread the package.
 *
 * Parses with `@xmldom/xmldom` (namespace-aware, strict about well-formedness); no regular
 * expressions over XML. Every fact that differs between standards comes from `standards.ts`. The checks live in
 * `manifest-lint/`, one file per concern.
 */

/**
 * Lints a manifest and, when `zipEntries` is given, the package's file inventory.
 *
 * @param xml the `imsmanifest.xml` text.
 * @param standard which SCORM version it must follow.
 * @param zipEntries every entry name in the zip (forward slashes; folder entries end in `/`).
 * @returns one readable line per problem (`Name at imsmanifest.xml:line:col: what. Fix.`);
 * empty when the manifest is fine.
 */
export function lintManifest(
	xml: string,
	standard: ScormStandard,
	zipEntries?: readonly string[],
): string[] {
	return checkManifest(xml, standard, zipEntries).map(formatManifestProblem);
}

/** `ScormTypeWrongCase at imsmanifest.xml:40:5: <message> <hint>` */
export function formatManifestProblem(problem: ManifestProblem): string {
	const where =
		problem.line === undefined
			? MANIFEST_FILE
			: `${MANIFEST_FILE}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
	return `${problem.name} at ${where}: ${problem.message} ${problem.hint}`;
}

/** Like {@link lintManifest}, returning structured problems. */
export function checkManifest(
	xml: string,
	standard: ScormStandard,
	zipEntries?: readonly string[],
): ManifestProblem[] {
	const facts = STANDARDS[standard];
	const problems: ManifestProblem[] = [];
	const report = (
		name: ManifestProblemName,
		at: Element | undefined,
		message: string,
		hint: string,
	): void => {
		problems.push({ name, line: at?.lineNumber, column: at?.columnNumber, message, hint });
	};

	if (xml.startsWith('\uFEFF')) {
		report(
			'ByteOrderMark',
			undefined,
			'The manifest starts with a byte-order mark.',
			'Write it as UTF-8 without BOM (brief §1); some LMS parsers reject the BOM.',
		);
	}

	// Reported above; parse the rest so one BOM does not hide every other problem.
	const parsed = parse(xml.startsWith('\uFEFF') ? xml.slice(1) : xml);
	if (typeof parsed === 'string') {
		report('NotWellFormed', undefined, parsed, 'Fix the XML; no LMS can read it as it is.');
		return problems;
	}
	const root = parsed.documentElement;
	const cp = namespaceUri(facts, '');
	if (root?.localName !== 'manifest' || root.namespaceURI !== cp) {
		report(
			'WrongRootElement',
			root ?? undefined,
			`The root element is <${root?.nodeName ?? '?'}> in namespace ${show(root?.namespaceURI)}, ` +
				`but a ${facts.label} manifest is <manifest> in ${cp}.`,
			'Check the default namespace, and that the manifest is for this standard.',
		);
		return problems;
	}

	checkNamespaces(root, facts, report);
	checkSchemaLocation(root, facts, zipEntries, report);
	checkMetadata(root, facts, cp, report);
	checkIdentifiers(root, report);
	const resources = checkResources(root, facts, cp, report);
	checkOrganizations(root, facts, cp, resources, report);
	checkMastery(root, facts, report);
	if (zipEntries !== undefined) checkInventory(root, facts, cp, zipEntries, report);
	return problems;
}
