import type { ManifestInput } from '../shared/package-plan.ts';
import { buildSingleScoManifest } from '../scorm/single-sco-manifest.ts';
import { STANDARDS } from '../scorm/standards.ts';

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
	// No adlcp:masteryscore, for any module: with one, Moodle/Totara override the SCO's status and
	// store a learner under it as "failed" ("Mastery score overrides status", MDL-50620; brief §3
	// and §7), and Moodle's "passed or completed" completion then never ticks. The package's own
	// rule (engine `summarise`) is never failed: completed, or passed at a pass-mark module's mark.
	return buildSingleScoManifest(facts, input, {});
}
