import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { checkHref, checkIdentifier } from '../shared/hrefs.ts';
import {
	METADATA_SCHEMA,
	namespaceUri,
	SCORM_TYPES,
	STANDARDS,
	XML_NAMESPACE,
	XSI_NAMESPACE,
	type ScormStandard,
	type StandardFacts,
} from './standards.ts';

/**
 * The checks an `imsmanifest.xml` needs beyond XSD validation (brief §1 "XSDs are not enough";
 * `shared/schemas/README.md` "Schema validation does not cover"). IMS CP declares its extension
 * points `processContents="lax"`, so a wrong-case `adlcp:scormtype`, a typo'd namespace or a
 * masteryscore of `eighty` all validate; LMSs then silently misread the package.
 *
 * Parses with `@xmldom/xmldom` (namespace-aware, strict about well-formedness); no regular
 * expressions over XML. Every fact that differs between standards comes from `standards.ts`.
 */

/** Permanent names of the problems the lint reports. Tests and docs rely on them. */
export const manifestProblemNames = [
	'ByteOrderMark',
	'NotWellFormed',
	'WrongRootElement',
	'WrongNamespace',
	'UnexpectedPrefix',
	'UnknownNamespace',
	'SchemaLocationMismatch',
	'SchemaVersionMismatch',
	'NoOrganization',
	'DefaultOrganizationMissing',
	'DefaultOrganizationUnresolved',
	'InvalidIdentifier',
	'DuplicateIdentifier',
	'UnresolvedIdentifierref',
	'ResourceTypeNotWebcontent',
	'ScormTypeMissing',
	'ScormTypeWrongCase',
	'ScormTypeInvalid',
	'ScoWithoutHref',
	'InvalidHref',
	'LaunchFileNotListed',
	'MasteryOutOfRange',
	'ManifestNotAtZipRoot',
	'FileMissingFromZip',
	'FileNotInManifest',
] as const;

/** One of {@link manifestProblemNames}. */
export type ManifestProblemName = (typeof manifestProblemNames)[number];

/** One thing wrong with a manifest or its package. */
export interface ManifestProblem {
	/** Permanent name of the kind of problem. */
	name: ManifestProblemName;
	/** Line in `imsmanifest.xml` (from 1), when the problem sits on an element. */
	line: number | undefined;
	/** Column in `imsmanifest.xml` (from 1), when known. */
	column: number | undefined;
	/** What is wrong and why it matters. */
	message: string;
	/** What to do about it. */
	hint: string;
}

/** The manifest's file name, fixed by IMS CP; also where problems are located. */
export const MANIFEST_FILE = 'imsmanifest.xml';

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

/** Reports one problem; see {@link checkManifest}. */
type Report = (
	name: ManifestProblemName,
	at: Element | undefined,
	message: string,
	hint: string,
) => void;

/** The parsed document, or a sentence saying why it is not well-formed. */
function parse(xml: string): Document | string {
	const messages: string[] = [];
	try {
		const document = new DOMParser({
			onError: (level, message) => {
				messages.push(message);
				if (level !== 'warning') throw new Error(message);
			},
		}).parseFromString(xml, 'application/xml');
		if (messages.length > 0) return `The manifest is not well-formed XML: ${messages.join('; ')}.`;
		return document;
	} catch (error) {
		const where = lineOf(error);
		const detail = messages[0] ?? (error instanceof Error ? error.message : String(error));
		return `The manifest is not well-formed XML${where}: ${detail}.`;
	}
}

/** ` (line 3, column 5)` from an xmldom ParseError's locator, or `''`. */
function lineOf(error: unknown): string {
	if (typeof error !== 'object' || error === null || !('locator' in error)) return '';
	const locator: unknown = error.locator;
	if (typeof locator !== 'object' || locator === null) return '';
	const line = 'lineNumber' in locator ? locator.lineNumber : undefined;
	const column = 'columnNumber' in locator ? locator.columnNumber : undefined;
	return typeof line === 'number' && typeof column === 'number'
		? ` (line ${line}, column ${column})`
		: '';
}

/** Every element under (and including) `root`, in document order. */
function elements(root: Element): Element[] {
	const all: Element[] = [];
	const visit = (element: Element): void => {
		all.push(element);
		for (let child = element.firstChild; child !== null; child = child.nextSibling) {
			if (isElement(child)) visit(child);
		}
	};
	visit(root);
	return all;
}

/** Whether a node is an element. */
function isElement(node: { nodeType: number }): node is Element {
	return node.nodeType === 1;
}

/** Direct children of `parent` named `{namespace}localName`. */
function children(parent: Element, namespace: string, localName: string): Element[] {
	const found: Element[] = [];
	for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
		if (isElement(child) && child.namespaceURI === namespace && child.localName === localName) {
			found.push(child);
		}
	}
	return found;
}

/** Descendants of `root` named `{namespace}localName`. */
function descendants(root: Element, namespace: string, localName: string): Element[] {
	return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** `"value"`, or `(none)` for a missing value. */
function show(value: string | null | undefined): string {
	return value === null || value === undefined ? '(none)' : JSON.stringify(value);
}

/** Namespace declarations, prefixes and every element/attribute namespace. */
function checkNamespaces(root: Element, facts: StandardFacts, report: Report): void {
	const expected = [
		...facts.namespaces,
		{ prefix: 'xsi', uri: XSI_NAMESPACE },
		{ prefix: 'xml', uri: XML_NAMESPACE },
	];
	const allowed = new Set(expected.map((row) => row.uri));
	// URIs already reported, so one typo gives one problem, not one per element.
	const reported = new Set<string>();
	const all = elements(root);
	for (const element of all) {
		for (const attribute of Array.from(element.attributes)) {
			// Prefixed declarations only: LMS parsers match `adlcp:`, `imsss:`, … by prefix, while a
			// default-namespace redeclaration (`<lom xmlns="…LOM">` in metadata) is ordinary XML,
			// and the root's default namespace is checked as WrongRootElement.
			if (attribute.prefix !== 'xmlns') continue;
			const prefix = attribute.localName ?? '';
			const byPrefix = expected.find((row) => row.prefix === prefix);
			const byUri = expected.find((row) => row.uri === attribute.value);
			if (byPrefix !== undefined && byPrefix.uri !== attribute.value) {
				reported.add(attribute.value);
				report(
					'WrongNamespace',
					element,
					`xmlns:${prefix} is bound to ${show(attribute.value)}, but ${facts.label} uses ` +
						`${show(byPrefix.uri)}. LMSs ignore every element and attribute in the wrong ` +
						'namespace, and XSD validation may not notice (IMS CP accepts unknown extensions laxly).',
					`Bind xmlns:${prefix} to ${byPrefix.uri}.`,
				);
			} else if (byUri !== undefined && byUri.prefix !== prefix && byUri.prefix !== '') {
				report(
					'UnexpectedPrefix',
					element,
					`xmlns:${prefix} binds ${byUri.uri}, which LMS parsers (Moodle among them) look for ` +
						`under the prefix ${show(byUri.prefix)}.`,
					`Bind it as xmlns:${byUri.prefix} and use that prefix.`,
				);
			}
		}
	}
	for (const element of all) {
		const nodes = [
			element,
			...Array.from(element.attributes).filter(
				(attribute) => attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns',
			),
		];
		for (const node of nodes) {
			const uri = node.namespaceURI;
			// Unprefixed attributes have no namespace, which is right; elements always need one.
			if (uri === null && node !== element) continue;
			if (uri !== null && allowed.has(uri)) continue;
			const key = uri ?? '(none)';
			if (reported.has(key)) continue;
			reported.add(key);
			const row = expected.find((candidate) => candidate.prefix === (node.prefix ?? ''));
			report(
				'UnknownNamespace',
				element,
				`${node === element ? `<${element.nodeName}>` : `Attribute ${node.nodeName}`} is in ` +
					`namespace ${show(uri)}, which is not a ${facts.label} namespace, so LMSs skip it.`,
				row === undefined
					? 'Use the namespaces listed in exports/<standard>/manifest-facts.ts.'
					: `Use ${row.uri}.`,
			);
		}
	}
}

/** `xsi:schemaLocation` names each namespace's shipped schema file (and, with a zip, ships it). */
function checkSchemaLocation(
	root: Element,
	facts: StandardFacts,
	zipEntries: readonly string[] | undefined,
	report: Report,
): void {
	const value = root.getAttributeNS(XSI_NAMESPACE, 'schemaLocation');
	if (value === null) return;
	const parts = value.split(/\s+/).filter((part) => part !== '');
	if (parts.length % 2 !== 0) {
		report(
			'SchemaLocationMismatch',
			root,
			'xsi:schemaLocation must hold pairs of "namespace schema-file"; it has an odd number of parts.',
			'Write one schema file after each namespace.',
		);
	}
	const entries = zipEntries === undefined ? undefined : new Set(zipEntries);
	for (let i = 0; i + 1 < parts.length; i += 2) {
		const [uri = '', file = ''] = [parts[i], parts[i + 1]];
		const row = facts.namespaces.find((candidate) => candidate.uri === uri);
		if (row === undefined) {
			report(
				'SchemaLocationMismatch',
				root,
				`xsi:schemaLocation names ${show(uri)}, which is not a ${facts.label} namespace.`,
				'Remove it, or fix the namespace URI.',
			);
		} else if (row.schemaFile !== file) {
			report(
				'SchemaLocationMismatch',
				root,
				`xsi:schemaLocation points ${uri} at ${show(file)}, but its schema file is ${show(row.schemaFile)}.`,
				`Use ${row.schemaFile}, shipped at the zip root.`,
			);
		} else if (entries !== undefined && !entries.has(file)) {
			report(
				'FileMissingFromZip',
				root,
				`xsi:schemaLocation names ${file}, but the zip has no such entry at its root.`,
				`Ship ${file} from shared/schemas/${facts.schemaFolder}/ at the zip root.`,
			);
		}
	}
}

/** `<metadata><schema>ADL SCORM</schema><schemaversion>…</schemaversion>`. */
function checkMetadata(root: Element, facts: StandardFacts, cp: string, report: Report): void {
	const metadata = children(root, cp, 'metadata')[0];
	const schema = metadata && children(metadata, cp, 'schema')[0];
	const version = metadata && children(metadata, cp, 'schemaversion')[0];
	const hint =
		`Write <metadata><schema>${METADATA_SCHEMA}</schema>` +
		`<schemaversion>${facts.schemaVersion}</schemaversion></metadata> first in <manifest>.`;
	if (schema?.textContent?.trim() !== METADATA_SCHEMA) {
		report(
			'SchemaVersionMismatch',
			schema ?? metadata ?? root,
			`<metadata><schema> is ${show(schema?.textContent?.trim())}, not "${METADATA_SCHEMA}".`,
			hint,
		);
	}
	if (version?.textContent?.trim() !== facts.schemaVersion) {
		report(
			'SchemaVersionMismatch',
			version ?? metadata ?? root,
			`<metadata><schemaversion> is ${show(version?.textContent?.trim())}, but a ${facts.label} ` +
				`package says "${facts.schemaVersion}"; LMSs pick their runtime from it.`,
			hint,
		);
	}
}

/** Every `identifier` is a valid xs:ID and unique. */
function checkIdentifiers(root: Element, report: Report): void {
	const seen = new Map<string, Element>();
	for (const element of elements(root)) {
		const identifier = element.getAttribute('identifier');
		if (identifier === null) continue;
		const problem = checkIdentifier(identifier);
		if (problem !== undefined) {
			report(
				'InvalidIdentifier',
				element,
				`<${element.nodeName} identifier=${show(identifier)}>: the identifier ${problem}.`,
				'Use letters, digits, ".", "_" and "-", starting with a letter.',
			);
		}
		const first = seen.get(identifier);
		if (first === undefined) {
			seen.set(identifier, element);
		} else {
			report(
				'DuplicateIdentifier',
				element,
				`<${element.nodeName} identifier=${show(identifier)}> repeats the identifier of ` +
					`<${first.nodeName}> on line ${first.lineNumber ?? '?'}; identifiers are unique per manifest.`,
				'Give each element its own identifier.',
			);
		}
	}
}

/** Checks every resource; returns them by identifier. */
function checkResources(
	root: Element,
	facts: StandardFacts,
	cp: string,
	report: Report,
): Map<string, Element> {
	const adlcp = namespaceUri(facts, 'adlcp');
	const byId = new Map<string, Element>();
	const all = descendants(root, cp, 'resource');
	for (const resource of all) {
		const identifier = resource.getAttribute('identifier');
		if (identifier !== null) byId.set(identifier, resource);
	}
	for (const resource of all) {
		const name = `<resource identifier=${show(resource.getAttribute('identifier'))}>`;
		if (resource.getAttribute('type') !== 'webcontent') {
			report(
				'ResourceTypeNotWebcontent',
				resource,
				`${name} has type=${show(resource.getAttribute('type'))}; SCORM resources are "webcontent".`,
				'Set type="webcontent".',
			);
		}
		const scormType = checkScormType(resource, name, facts, adlcp, report);
		const href = resource.getAttribute('href');
		if (scormType === 'sco' && (href === null || href === '')) {
			report(
				'ScoWithoutHref',
				resource,
				`${name} is a SCO but has no href, so the LMS has nothing to launch.`,
				'Set href to the launch document.',
			);
		}
		const files = children(resource, cp, 'file');
		const listed = files.map((file) => file.getAttribute('href') ?? '');
		for (const [element, value] of [
			...(href === null ? [] : [[resource, href] as const]),
			...files.map((file, i) => [file, listed[i] ?? ''] as const),
		]) {
			const problem = checkHref(value);
			if (problem !== undefined) {
				report(
					'InvalidHref',
					element,
					`href ${show(value)} ${problem}.`,
					'Rename the file (and its href) to a relative, lower-case path.',
				);
			}
		}
		if (href !== null && href !== '' && !listed.includes(href)) {
			report(
				'LaunchFileNotListed',
				resource,
				`${name} launches ${show(href)} but does not list it as a <file href>.`,
				`Add <file href=${show(href)}/> to the resource.`,
			);
		}
		for (const dependency of children(resource, cp, 'dependency')) {
			const target = dependency.getAttribute('identifierref');
			if (target === null || !byId.has(target)) {
				report(
					'UnresolvedIdentifierref',
					dependency,
					`${name} depends on ${show(target)}, but no <resource> has that identifier.`,
					'Point identifierref at an existing resource.',
				);
			}
		}
	}
	return byId;
}

/** The right-cased `adlcp:scormType`/`scormtype` with value sco|asset; returns the value. */
function checkScormType(
	resource: Element,
	name: string,
	facts: StandardFacts,
	adlcp: string,
	report: Report,
): string | undefined {
	const expected = facts.scormTypeAttribute;
	const value = resource.getAttributeNS(adlcp, expected);
	if (value === null) {
		const lookalike = Array.from(resource.attributes).find(
			(attribute) => (attribute.localName ?? '').toLowerCase() === expected.toLowerCase(),
		);
		if (lookalike !== undefined && lookalike.localName !== expected) {
			report(
				'ScormTypeWrongCase',
				resource,
				`${name} has ${lookalike.name}, but ${facts.label} spells it adlcp:${expected}. ` +
					'LMSs match the name exactly, so they treat the SCO as an asset and never start its ' +
					'runtime; the 2004 XSDs accept the misspelling laxly, so validation does not catch it.',
				`Rename the attribute to adlcp:${expected}.`,
			);
		} else {
			report(
				'ScormTypeMissing',
				resource,
				lookalike === undefined
					? `${name} has no adlcp:${expected} attribute.`
					: `${name} has ${lookalike.name} in namespace ${show(lookalike.namespaceURI)}, not ${adlcp}.`,
				`Add adlcp:${expected}="sco" (the launch document) or "asset" (other files).`,
			);
		}
		return undefined;
	}
	if (!SCORM_TYPES.includes(value)) {
		report(
			'ScormTypeInvalid',
			resource,
			`${name} has adlcp:${expected}=${show(value)}; the only values are "sco" and "asset" (lower case).`,
			'Use "sco" for the launch document, "asset" for everything else.',
		);
	}
	return value;
}

/** `organizations@default` names an organization; every item's identifierref resolves. */
function checkOrganizations(
	root: Element,
	facts: StandardFacts,
	cp: string,
	resources: ReadonlyMap<string, Element>,
	report: Report,
): void {
	const organizations = children(root, cp, 'organizations')[0];
	const all = organizations === undefined ? [] : children(organizations, cp, 'organization');
	if (all.length === 0) {
		report(
			'NoOrganization',
			organizations ?? root,
			`The manifest has no <organization>; a ${facts.label} package needs one to be launchable.`,
			'Add <organizations default="…"><organization identifier="…"> with an item.',
		);
	} else {
		const fallback = organizations ?? root;
		const preferred = fallback.getAttribute('default');
		if (preferred === null || preferred === '') {
			report(
				'DefaultOrganizationMissing',
				fallback,
				'<organizations> has no default attribute, so LMSs pick an organization at random or refuse the package.',
				'Set default to the identifier of the organization to launch.',
			);
		} else if (!all.some((organization) => organization.getAttribute('identifier') === preferred)) {
			report(
				'DefaultOrganizationUnresolved',
				fallback,
				`<organizations default=${show(preferred)}> names no <organization>.`,
				'Set default to the identifier of an organization in the manifest.',
			);
		}
	}
	for (const item of descendants(root, cp, 'item')) {
		const target = item.getAttribute('identifierref');
		if (target !== null && !resources.has(target)) {
			report(
				'UnresolvedIdentifierref',
				item,
				`<item identifier=${show(item.getAttribute('identifier'))}> points at ${show(target)}, ` +
					'but no <resource> has that identifier.',
				'Point identifierref at the SCO resource.',
			);
		}
	}
}

/** The mastery element holds a number in the standard's range. */
function checkMastery(root: Element, facts: StandardFacts, report: Report): void {
	const { namespace, element: localName, min, max } = facts.mastery;
	for (const element of descendants(root, namespace, localName)) {
		const text = element.textContent?.trim() ?? '';
		const value = /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
		if (Number.isNaN(value) || value < min || value > max) {
			report(
				'MasteryOutOfRange',
				element,
				`<${element.nodeName}> is ${show(text)}; it must be a number from ${min} to ${max}. ` +
					'The XSD does not check this, and LMSs read anything else as no pass mark or as 0.',
				`Write the pass mark in that range (a pass mark of 80% is ${80 / facts.mastery.passMarkDivisor}).`,
			);
		}
	}
}

/** Listed files ⇔ zip entries: every listed file exists; every other entry is listed. */
function checkInventory(
	root: Element,
	facts: StandardFacts,
	cp: string,
	zipEntries: readonly string[],
	report: Report,
): void {
	const entries = new Set(zipEntries.filter((entry) => !entry.endsWith('/')));
	if (!entries.has(MANIFEST_FILE)) {
		report(
			'ManifestNotAtZipRoot',
			undefined,
			`The zip has no ${MANIFEST_FILE} at its root${
				[...entries].some((entry) => entry.endsWith(`/${MANIFEST_FILE}`))
					? ' (it is in a folder)'
					: ''
			}, so LMSs reject the package.`,
			`Put ${MANIFEST_FILE} at the zip root, not in a folder.`,
		);
	}
	const listed = new Map<string, Element>();
	for (const resource of descendants(root, cp, 'resource')) {
		const href = resource.getAttribute('href');
		if (href !== null && href !== '') listed.set(href, resource);
		for (const file of children(resource, cp, 'file')) {
			const path = file.getAttribute('href');
			if (path !== null && !listed.has(path)) listed.set(path, file);
		}
	}
	const lowerCaseEntries = new Map([...entries].map((entry) => [entry.toLowerCase(), entry]));
	for (const [path, element] of listed) {
		if (entries.has(path)) continue;
		const nearly = lowerCaseEntries.get(path.toLowerCase());
		report(
			'FileMissingFromZip',
			element,
			`The manifest lists ${show(path)}, but the zip has no such entry` +
				(nearly === undefined ? '.' : ` (it has ${show(nearly)}; paths are case-exact).`),
			'Add the file to the zip, or fix the href.',
		);
	}
	const shipped = new Set([MANIFEST_FILE, ...facts.schemaFiles]);
	for (const entry of entries) {
		if (shipped.has(entry) || listed.has(entry)) continue;
		report(
			'FileNotInManifest',
			undefined,
			`The zip entry ${show(entry)} is not listed as a <file href>. Conformance checks compare ` +
				'the files with the manifest, and LMSs may not serve unlisted files.',
			'List it in the asset resource, or leave it out of the zip.',
		);
	}
}
