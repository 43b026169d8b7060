import { create } from 'xmlbuilder2';
import { manifestIdentifiers } from '../shared/hrefs.ts';
import { checkManifestInput, type ManifestInput } from '../shared/package-plan.ts';
import {
	declaredNamespaces,
	METADATA_SCHEMA,
	namespaceUri,
	schemaLocation,
	STANDARDS,
	XSI_NAMESPACE,
} from '../shared/standards.ts';

/** Namespace of `xmlns:` declarations (DOM spec); lets the builder bind prefixes explicitly. */
const XMLNS = 'http://www.w3.org/2000/xmlns/';

const facts = STANDARDS.scorm12;

/**
 * Builds the `imsmanifest.xml` of a single-SCO SCORM 1.2 package. Pure: no I/O.
 *
 * Shape (1.2 CAM; brief §1): `metadata` (ADL SCORM 1.2) → `organizations@default` → one
 * `organization` → one `item` pointing at the SCO resource → `resources` with the SCO
 * (`adlcp:scormtype="sco"`, the launch document) depending on one `asset` resource that lists
 * every other file. Text and attributes are escaped by xmlbuilder2, never interpolated.
 *
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildScorm12Manifest(input: ManifestInput): string {
	const { launch, assets } = checkManifestInput(input);
	const ids = manifestIdentifiers(input.module.id);
	const cp = namespaceUri(facts, '');
	const adlcp = namespaceUri(facts, 'adlcp');

	const root = create({ version: '1.0', encoding: 'UTF-8' })
		.ele(cp, 'manifest')
		.att('identifier', ids.manifest)
		.att('version', input.version);
	for (const row of declaredNamespaces(facts)) {
		if (row.prefix !== '') root.att(XMLNS, `xmlns:${row.prefix}`, row.uri);
	}
	root
		.att(XMLNS, 'xmlns:xsi', XSI_NAMESPACE)
		.att(XSI_NAMESPACE, 'xsi:schemaLocation', schemaLocation(facts));

	const metadata = root.ele(cp, 'metadata');
	metadata.ele(cp, 'schema').txt(METADATA_SCHEMA);
	metadata.ele(cp, 'schemaversion').txt(facts.schemaVersion);

	const organization = root
		.ele(cp, 'organizations')
		.att('default', ids.organization)
		.ele(cp, 'organization')
		.att('identifier', ids.organization);
	organization.ele(cp, 'title').txt(input.module.title);
	const item = organization
		.ele(cp, 'item')
		.att('identifier', ids.item)
		.att('identifierref', ids.sco);
	item.ele(cp, 'title').txt(input.module.title);
	// We emit the mastery score, and it is exactly the module's pass mark: the quiz passes the
	// learner at the same percentage, so the LMS's own judgement (raw >= mastery → passed, else
	// failed; RTE 3.4.4 cmi.student_data.mastery_score) agrees with the SCO's. Moodle/Totara let
	// a manifest mastery score override the SCO's status ("Mastery score overrides status",
	// MDL-50620), which only hurts when the two thresholds differ (brief §3) — they cannot here.
	item
		.ele(adlcp, `adlcp:${facts.mastery.element}`)
		.txt(String(input.module.passMark / facts.mastery.passMarkDivisor));

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
