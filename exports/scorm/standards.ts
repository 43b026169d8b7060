import { scorm12Facts } from '../scorm12/facts.ts';
import { scorm12ManifestFacts } from '../scorm12/manifest-facts.ts';
import { scorm2004Facts } from '../scorm2004/facts.ts';
import { scorm2004ManifestFacts } from '../scorm2004/manifest-facts.ts';
import type { ScormStandard } from './facts.ts';
import type { StandardFacts } from './manifest-facts.ts';

export { scormStandards, type ScormStandard, type RuntimeFacts, type TimeFormat } from './facts.ts';
export {
	declaredNamespaces,
	METADATA_SCHEMA,
	namespaceUri,
	SCORM_TYPES,
	schemaLocation,
	XML_NAMESPACE,
	XSI_NAMESPACE,
	type ManifestFacts,
	type NamespaceRow,
	type StandardFacts,
} from './manifest-facts.ts';

/**
 * THE table of what differs between SCORM 1.2 and SCORM 2004 4th Edition, for the build and the
 * tests: each standard's runtime facts (`<standard>/facts.ts`, which the browser reads) and its
 * manifest facts (`<standard>/manifest-facts.ts`, build only), one row per standard. Browser code
 * never imports this file.
 */
export const STANDARDS: Readonly<Record<ScormStandard, StandardFacts>> = {
	scorm12: { ...scorm12Facts, ...scorm12ManifestFacts },
	scorm2004: { ...scorm2004Facts, ...scorm2004ManifestFacts },
};
