import type { RuntimeFacts } from './facts.ts';

/**
 * What a SCORM manifest and its shipped schemas need to know about a standard (build only: the
 * browser never imports this; runtime facts are in `facts.ts`). The rows are in
 * `exports/scorm12/manifest-facts.ts` and `exports/scorm2004/manifest-facts.ts`, each citing:
 *
 * - SCORM 1.2: "The SCORM Content Aggregation Model" (CAM) for the manifest.
 * - SCORM 2004 4th Edition: CAM §3 (content packaging) and §5 (sequencing XML binding).
 * - The XSDs in `shared/schemas/` and `shared/reference/scorm-brief.md` §1 (packaging).
 */

/** A namespace a manifest may use. */
export interface NamespaceRow {
	/** The prefix LMS parsers expect (`''` = the default namespace of `<manifest>`). */
	prefix: string;
	/** The exact namespace URI; one character off and the LMS silently ignores the elements. */
	uri: string;
	/** The schema file for this namespace, shipped at the zip root. */
	schemaFile: string;
	/** Whether our manifests bind it on `<manifest>` and name it in `xsi:schemaLocation` (its schema ships). */
	isDeclared: boolean;
}

/** The manifest and schema facts of one standard. */
export interface ManifestFacts {
	/** How teachers and LMS admins name the standard. */
	label: string;

	/** Every namespace a manifest for this standard may use; the first row is the default one. */
	namespaces: readonly NamespaceRow[];
	/** Text of `<metadata><schemaversion>`; `<schema>` is always `ADL SCORM`. */
	schemaVersion: string;
	/** Local name (case matters) of the `adlcp:` attribute saying whether a resource is a SCO. */
	scormTypeAttribute: string;
	/** Folder under `shared/schemas/` that holds this standard's schema files. */
	schemaFolder: string;
	/** Schema files (XSD/DTD) shipped at the zip root, relative to {@link schemaFolder}. */
	schemaFiles: readonly string[];
	/** Our validation driver in {@link schemaFolder} (imports every schema; never shipped). */
	validationDriver: string;
	/** First line of stderr noise xmllint always prints for these schemas (judge by exit code). */
	xsdNoise: readonly string[];
	/** How the module's pass mark (0–100) is written into the manifest. */
	mastery: {
		/** Namespace of the element that carries it. */
		namespace: string;
		/** Local name of the element. */
		element: string;
		/** Manifest value = pass mark / divisor. */
		passMarkDivisor: number;
		/** Smallest value the spec allows. */
		min: number;
		/** Largest value the spec allows. */
		max: number;
		/** Where the SCO reads it back at run time (read-only). */
		cmiPath: string;
	};
}

/** Everything about one standard, runtime and manifest: what the build-side code reads. */
export type StandardFacts = RuntimeFacts & ManifestFacts;

/** The W3C schema-instance namespace (for `xsi:schemaLocation`); the same in both standards. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The built-in `xml:` namespace (for `xml:lang`, `xml:base`). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Text of `<metadata><schema>` in both standards (1.2 CAM; 2004 4th Ed CAM §3). */
export const METADATA_SCHEMA = 'ADL SCORM';

/** Values of the scormType attribute; the same (lower-case) in both standards. */
export const SCORM_TYPES: readonly string[] = ['sco', 'asset'];

/** Namespaces a manifest binds on `<manifest>`: default first, then the prefixed ones. */
export function declaredNamespaces(facts: ManifestFacts): NamespaceRow[] {
	return facts.namespaces.filter((row) => row.isDeclared);
}

/** The URI a standard binds to `prefix` (`''` = the manifest's default namespace). */
export function namespaceUri(facts: StandardFacts, prefix: string): string {
	const row = facts.namespaces.find((candidate) => candidate.prefix === prefix);
	if (row === undefined)
		throw new Error(`The ${facts.label} manifest facts have no namespace "${prefix}"`);
	return row.uri;
}

/** The `xsi:schemaLocation` value: each declared namespace with its shipped schema file. */
export function schemaLocation(facts: ManifestFacts): string {
	return declaredNamespaces(facts)
		.map((row) => `${row.uri} ${row.schemaFile}`)
		.join(' ');
}
