import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { xmlLiteral } from '../shared/xml-text.ts';
import { manifestIdentifiers } from '../shared/hrefs.ts';
import { checkManifestInput, type ManifestInput } from '../shared/package-plan.ts';
import { contentVersion } from '../../src/lib/content-version.ts';
import {
	declaredNamespaces,
	METADATA_SCHEMA,
	namespaceUri,
	schemaLocation,
	XSI_NAMESPACE,
	type StandardFacts,
} from './standards.ts';

/** Namespace of `xmlns:` declarations (DOM spec); lets the builder bind prefixes explicitly. */
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** What a standard adds to the shared single-SCO shape: its mastery and sequencing elements. */
export interface ManifestExtras {
	/** Appends the standard's children to the manifest's `metadata`, after its `schemaversion`. */
	metadata?(metadata: XMLBuilder, input: ManifestInput): void;
	/** Appends the standard's children to the `item`, after its `title`. */
	item?(item: XMLBuilder): void;
	/** Appends the standard's children to the `organization`, after its `item`. */
	organization?(organization: XMLBuilder): void;
}

/**
 * The `<manifest version>` of a module's package: its content version (the newest `changes:`
 * entry, e.g. `1.1`), so an LMS admin sees which release an uploaded zip holds; the build's
 * version only for a module without releases. Pure.
 */
export function manifestVersion(input: ManifestInput): string {
	return contentVersion(input.module)?.version ?? input.version;
}

/**
 * The shape both SCORM versions share: `manifest` with namespaces and schema locations from the
 * table → `metadata` (ADL SCORM, the table's schema version) → `organizations@default` → one
 * `organization` → one `item` pointing at the SCO → `resources` with the SCO (the launch document)
 * depending on one `asset` resource listing every other file. Pure; text and attributes are escaped
 * by xmlbuilder2 (the title through {@link xmlLiteral}), never interpolated.
 *
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildSingleScoManifest(
	facts: StandardFacts,
	input: ManifestInput,
	extras: ManifestExtras,
): string {
	const { launch, assets } = checkManifestInput(input);
	const ids = manifestIdentifiers(input.module.id);
	const cp = namespaceUri(facts, '');
	const adlcp = namespaceUri(facts, 'adlcp');

	const root = create({ version: '1.0', encoding: 'UTF-8' })
		.ele(cp, 'manifest')
		.att('identifier', ids.manifest)
		.att('version', manifestVersion(input));
	for (const row of declaredNamespaces(facts)) {
		if (row.prefix !== '') root.att(XMLNS, `xmlns:${row.prefix}`, row.uri);
	}
	root
		.att(XMLNS, 'xmlns:xsi', XSI_NAMESPACE)
		.att(XSI_NAMESPACE, 'xsi:schemaLocation', schemaLocation(facts));

	const metadata = root.ele(cp, 'metadata');
	metadata.ele(cp, 'schema').txt(METADATA_SCHEMA);
	metadata.ele(cp, 'schemaversion').txt(facts.schemaVersion);
	extras.metadata?.(metadata, input);

	const organization = root
		.ele(cp, 'organizations')
		.att('default', ids.organization)
		.ele(cp, 'organization')
		.att('identifier', ids.organization);
	organization.ele(cp, 'title').txt(xmlLiteral(input.module.title));
	const item = organization
		.ele(cp, 'item')
		.att('identifier', ids.item)
		.att('identifierref', ids.sco);
	item.ele(cp, 'title').txt(xmlLiteral(input.module.title));
	extras.item?.(item);
	extras.organization?.(organization);

	const resources = root.ele(cp, 'resources');
	const sco = resources
		.ele(cp, 'resource')
		.att('identifier', ids.sco)
		.att('type', 'webcontent')
		.att(adlcp, `adlcp:${facts.scormTypeAttribute}`, 'sco')
		.att('href', launch);
	sco.ele(cp, 'file').att('href', launch);
	if (assets.length > 0) {
		sco.ele(cp, 'dependency').att('identifierref', ids.assets);
		const shared = resources
			.ele(cp, 'resource')
			.att('identifier', ids.assets)
			.att('type', 'webcontent')
			.att(adlcp, `adlcp:${facts.scormTypeAttribute}`, 'asset');
		for (const path of assets) shared.ele(cp, 'file').att('href', path);
	}

	return root.end({ prettyPrint: true, indent: '  ', width: 100, wellFormed: true }) + '\n';
}
