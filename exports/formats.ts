import type { PackageFormat } from '../src/schemas/module.ts';

/**
 * How each delivery format is named, for pages and packages alike (no build code here: module
 * pages and the preview import it). The formats' build side is `registry.ts`.
 */

/** How each package format is named to teachers, in the order module pages offer them. */
export const formatLabels: Readonly<Record<PackageFormat, string>> = {
	scorm12: 'SCORM 1.2',
	scorm2004: 'SCORM 2004 (4th edition)',
	cmi5: 'cmi5',
	offline: 'Offline web',
};

/** The file name of a module's package in `dist/downloads/`: the only place it is built. */
export function packageFileName(moduleId: string, format: PackageFormat): string {
	return `${moduleId}-${format}.zip`;
}

/** The id, label and file name of a format: the naming half of a `DeliveryFormat`. */
export function formatNaming(id: PackageFormat): {
	id: PackageFormat;
	label: string;
	fileName(moduleId: string): string;
} {
	return { id, label: formatLabels[id], fileName: (moduleId) => packageFileName(moduleId, id) };
}
