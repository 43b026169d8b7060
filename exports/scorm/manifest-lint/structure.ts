// Over 300 lines on purpose: the manifest's structural checks, one function each, sharing the
// helpers in xml.ts; namespaces are apart (namespaces.ts).
import type { Element } from '@xmldom/xmldom';
import { checkHref, checkIdentifier } from '../../shared/hrefs.ts';
import { METADATA_SCHEMA, namespaceUri, SCORM_TYPES, type StandardFacts } from '../standards.ts';
import { MANIFEST_FILE, type Report } from './problems.ts';
import { children, descendants, elements, show } from './xml.ts';

/**
 * The manifest's structure (`../manifest-lint.ts`): metadata, identifiers, resources and their
 * SCO, organizations, the mastery element, and the listed files against the zip's entries.
 */

/** `<metadata><schema>ADL SCORM</schema><schemaversion>…</schemaversion>`. */
export function checkMetadata(
	root: Element,
	facts: StandardFacts,
	cp: string,
	report: Report,
): void {
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
export function checkIdentifiers(root: Element, report: Report): void {
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
export function checkResources(
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
export function checkOrganizations(
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
export function checkMastery(root: Element, facts: StandardFacts, report: Report): void {
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
export function checkInventory(
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
