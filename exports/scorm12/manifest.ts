import type { ManifestInput } from '../shared/package-plan.ts';
import { buildSingleScoManifest } from '../scorm/single-sco-manifest.ts';
import { namespaceUri, STANDARDS } from '../scorm/standards.ts';
import { contentVersion, versionLine } from '../../src/lib/content-version.ts';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

const facts = STANDARDS.scorm12;
/** The namespace of `xml:lang` (XML 1.0 §2.12). */
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Builds the `imsmanifest.xml` of a single-SCO SCORM 1.2 package. Pure: no I/O.
 *
 * Shape (1.2 CAM; brief §1): `metadata` (ADL SCORM 1.2) → `organizations@default` → one
 * `organization` → one `item` pointing at the SCO resource → `resources` with the SCO
 * (`adlcp:scormtype="sco"`, the launch document) depending on one `asset` resource that lists
 * every other file. A module with releases (`changes:`) carries its content version twice: as
 * `<manifest version>` and in inline LOM (`imsmd:lifecycle`: version, and the release day).
 *
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildScorm12Manifest(input: ManifestInput): string {
	const version = contentVersion(input.module);
	// No adlcp:masteryscore, for any module: with one, Moodle/Totara override the SCO's status and
	// store a learner under it as "failed" ("Mastery score overrides status", MDL-50620; brief §3
	// and §7), and Moodle's "passed or completed" completion then never ticks. The package's own
	// rule (engine `summarise`) is never failed: completed, or passed at a pass-mark module's mark.
	return buildSingleScoManifest(
		facts,
		input,
		version
			? {
					metadata(metadata) {
						// IMS Learning Resource Meta-data 1.2.1 (imsmd_rootv1p2p1.xsd, shipped at the root):
						// lifecycle/version is the content version, and its release day is the date of a
						// "Publisher" contribution (LOMv1.0 vocabulary), described in words.
						const md = namespaceUri(facts, 'imsmd');
						const vocab = (parent: XMLBuilder, name: string, value: string) => {
							const el = parent.ele(md, `imsmd:${name}`);
							langstring(el.ele(md, 'imsmd:source'), 'LOMv1.0', 'x-none');
							langstring(el.ele(md, 'imsmd:value'), value, 'x-none');
						};
						const langstring = (parent: XMLBuilder, text: string, lang = 'en-GB') =>
							parent.ele(md, 'imsmd:langstring').att(XML_NAMESPACE, 'xml:lang', lang).txt(text);
						const lifecycle = metadata.ele(md, 'imsmd:lom').ele(md, 'imsmd:lifecycle');
						langstring(lifecycle.ele(md, 'imsmd:version'), version.version, 'x-none');
						const contribute = lifecycle.ele(md, 'imsmd:contribute');
						vocab(contribute, 'role', 'Publisher');
						const date = contribute.ele(md, 'imsmd:date');
						date.ele(md, 'imsmd:datetime').txt(version.date);
						langstring(date.ele(md, 'imsmd:description'), versionLine(version));
					},
				}
			: {},
	);
}
