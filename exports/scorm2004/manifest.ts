import type { ManifestInput } from '../shared/package-plan.ts';
import { buildSingleScoManifest } from '../scorm/single-sco-manifest.ts';
import { namespaceUri, STANDARDS } from '../scorm/standards.ts';

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
 * - on the `item`: nothing (no objective measure: see below; brief §3, §7);
 * - on the `organization`: `imsss:controlMode choice="true" flow="true"`. Control modes govern
 *   how the CHILDREN of an activity are sequenced (SN book, Sequencing Control Modes), so they
 *   only take effect on the root activity (the organization), not on the leaf item — the same
 *   placement as `shared/schemas/samples/scorm2004-4th/valid.xml` and ADL's golf examples.
 *   `flow="true"` lets a sequencing LMS start the one SCO without a menu click.
 *
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildScorm2004Manifest(input: ManifestInput): string {
	const imsss = namespaceUri(facts, 'imsss');
	return buildSingleScoManifest(facts, input, {
		// No item sequencing objective: `satisfiedByMeasure` with `minNormalizedMeasure` makes the LMS
		// (and the SCO's cmi.scaled_passing_score, RTE 4.2.22) judge a score under it "failed". The
		// package's own rule (engine `summarise`) is never failed: completed, with success unknown,
		// or passed at a pass-mark module's mark.
		// Organization children: title, item+, then the root activity's sequencing.
		organization(organization) {
			organization
				.ele(imsss, 'imsss:sequencing')
				.ele(imsss, 'imsss:controlMode')
				.att('choice', 'true')
				.att('flow', 'true');
		},
	});
}
