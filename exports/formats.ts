import type { PackageFormat } from '../src/schemas/module.ts';

/** The package formats the build can export today; module pages offer only these for download. */
export const exportedFormats: readonly PackageFormat[] = [
	'scorm12',
	'scorm2004',
	'cmi5',
	'offline',
];

/** The file name of a module's package in `dist/downloads/`. */
export function packageFileName(moduleId: string, format: PackageFormat): string {
	return `${moduleId}-${format}.zip`;
}
