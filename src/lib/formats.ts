import type { PackageFormat } from '../schemas/module.ts';

/** How each package format is named to teachers. */
export const formatLabels: Readonly<Record<PackageFormat, string>> = {
	scorm12: 'SCORM 1.2',
	scorm2004: 'SCORM 2004 (4th edition)',
	cmi5: 'cmi5',
	offline: 'Offline web',
};
