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

const facts = STANDARDS.scorm2004;

/**
 * Builds the `imsmanifest.xml` of a single-SCO SCORM 2004 4th Edition package. Pure: no I/O.
 *
 * Shape (2004 4th Ed CAM §3 and §5; brief §1): `metadata` (ADL SCORM, 2004 4th Edition) →
 * `organizations@default` → one `organization` → one `item` pointing at the SCO resource →
 * `resources` with the SCO (`adlcp:scormType="sco"`, capital T) depending on one `asset`
 * resource that lists every other file.
 *
 * Sequencing is the minimum a single SCO needs and nothing else (Moodle ignores sequencing;
 * brief §3), each in the element order the XSDs require:
 * - on the `item`: `imsss:sequencing` → `imsss:objectives` → `imsss:primaryObjective
 *   satisfiedByMeasure="true"` → `imsss:minNormalizedMeasure` = pass mark / 100, which the LMS
 *   hands the SCO as `cmi.scaled_passing_score` (RTE 4.2.19) and uses to judge success;
 * - on the `organization`: `imsss:controlMode choice="true" flow="true"`. Control modes govern
 *   how the CHILDREN of an activity are sequenced (SN book, Sequencing Control Modes), so they
 *   only take effect on the root activity (the organization), not on the leaf item — the same
 *   placement as `shared/schemas/samples/scorm2004-4th/valid.xml` and ADL's golf examples.
 *   `flow="true"` lets a sequencing LMS start the one SCO without a menu click.
 *
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildScorm2004Manifest(input: ManifestInput): string {
	const { launch, assets } = checkManifestInput(input);
	const ids = manifestIdentifiers(input.module.id);
	const cp = namespaceUri(facts, '');
	const adlcp = namespaceUri(facts, 'adlcp');
	const imsss = namespaceUri(facts, 'imsss');

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

	// Item children, in the order the brief lists: title, …, imsss:sequencing, ….
	const item = organization
		.ele(cp, 'item')
		.att('identifier', ids.item)
		.att('identifierref', ids.sco);
	item.ele(cp, 'title').txt(input.module.title);
	item
		.ele(imsss, 'imsss:sequencing')
		.ele(imsss, 'imsss:objectives')
		.ele(imsss, 'imsss:primaryObjective')
		.att('satisfiedByMeasure', 'true')
		.ele(imsss, `imsss:${facts.mastery.element}`)
		.txt(String(input.module.passMark / facts.mastery.passMarkDivisor));

	// Organization children: title, item+, then the root activity's sequencing.
	organization
		.ele(imsss, 'imsss:sequencing')
		.ele(imsss, 'imsss:controlMode')
		.att('choice', 'true')
		.att('flow', 'true');

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
