import type { Element } from '@xmldom/xmldom';
import { XML_NAMESPACE, XSI_NAMESPACE, type StandardFacts } from '../standards.ts';
import type { Report } from './problems.ts';
import { elements, show } from './xml.ts';

/** The manifest's namespaces and the schema files it names (`../manifest-lint.ts`). */

/** Namespace declarations, prefixes and every element/attribute namespace. */
export function checkNamespaces(root: Element, facts: StandardFacts, report: Report): void {
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
export function checkSchemaLocation(
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
