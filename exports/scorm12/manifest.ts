import type { ManifestInput } from '../shared/package-plan.ts';
import { buildSingleScoManifest } from '../shared/single-sco-manifest.ts';
import { namespaceUri, STANDARDS } from '../shared/standards.ts';

const facts = STANDARDS.scorm12;

/**
 * Builds the `imsmanifest.xml` of a single-SCO SCORM 1.2 package. Pure: no I/O.
 *
 * Shape (1.2 CAM; brief §1): `metadata` (ADL SCORM 1.2) → `organizations@default` → one
 * `organization` → one `item` pointing at the SCO resource → `resources` with the SCO
 * (`adlcp:scormtype="sco"`, the launch document) depending on one `asset` resource that lists
 * every other file.
 *
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildScorm12Manifest(input: ManifestInput): string {
	const adlcp = namespaceUri(facts, 'adlcp');
	return buildSingleScoManifest(facts, input, {
		item(item) {
			// We emit the mastery score, and it is exactly the module's pass mark: the quiz passes the
			// learner at the same percentage, so the LMS's own judgement (raw >= mastery → passed, else
			// failed; RTE 3.4.4 cmi.student_data.mastery_score) agrees with the SCO's. Moodle/Totara let
			// a manifest mastery score override the SCO's status ("Mastery score overrides status",
			// MDL-50620), which only hurts when the two thresholds differ (brief §3) — they cannot here.
			item
				.ele(adlcp, `adlcp:${facts.mastery.element}`)
				.txt(String(input.module.passMark / facts.mastery.passMarkDivisor));
		},
	});
}
