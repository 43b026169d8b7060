import type { Element } from '@xmldom/xmldom';

/** What the manifest lint reports (`../manifest-lint.ts`): the problems' names and shape. */

/** Permanent names of the problems the lint reports. Tests and docs rely on them. */
export const manifestProblemNames = [
	'ByteOrderMark',
	'NotWellFormed',
	'WrongRootElement',
	'WrongNamespace',
	'UnexpectedPrefix',
	'UnknownNamespace',
	'SchemaLocationMismatch',
	'SchemaVersionMismatch',
	'NoOrganization',
	'DefaultOrganizationMissing',
	'DefaultOrganizationUnresolved',
	'InvalidIdentifier',
	'DuplicateIdentifier',
	'UnresolvedIdentifierref',
	'ResourceTypeNotWebcontent',
	'ScormTypeMissing',
	'ScormTypeWrongCase',
	'ScormTypeInvalid',
	'ScoWithoutHref',
	'InvalidHref',
	'LaunchFileNotListed',
	'MasteryOutOfRange',
	'ManifestNotAtZipRoot',
	'FileMissingFromZip',
	'FileNotInManifest',
] as const;

/** One of {@link manifestProblemNames}. */
export type ManifestProblemName = (typeof manifestProblemNames)[number];

/** One thing wrong with a manifest or its package. */
export interface ManifestProblem {
	/** Permanent name of the kind of problem. */
	name: ManifestProblemName;
	/** Line in `imsmanifest.xml` (from 1), when the problem sits on an element. */
	line: number | undefined;
	/** Column in `imsmanifest.xml` (from 1), when known. */
	column: number | undefined;
	/** What is wrong and why it matters. */
	message: string;
	/** What to do about it. */
	hint: string;
}

/** The manifest's file name, fixed by IMS CP; also where problems are located. */
export const MANIFEST_FILE = 'imsmanifest.xml';

/** Reports one problem; see `checkManifest`. */
export type Report = (
	name: ManifestProblemName,
	at: Element | undefined,
	message: string,
	hint: string,
) => void;
