import type { PackageFormat } from '../src/schemas/module.ts';
import { cmi5Format } from './cmi5/format.ts';
import type { DeliveryFormat } from './contract.ts';
import { offlineFormat } from './offline/format.ts';
import { scorm12Format } from './scorm12/format.ts';
import { scorm2004Format } from './scorm2004/format.ts';

/**
 * THE list of delivery formats the build exports (build side: imports the exporters). A new format
 * is a folder with a `format.ts` and one line here (the module schema's `PackageFormat` names it).
 */
export const deliveryFormats: Readonly<Record<PackageFormat, DeliveryFormat>> = {
	scorm12: scorm12Format,
	scorm2004: scorm2004Format,
	cmi5: cmi5Format,
	offline: offlineFormat,
};
