import type { DeliveryFormat } from '../contract.ts';
import { scormFormat } from '../scorm/scorm-package.ts';
import { buildScorm12Manifest } from './manifest.ts';

/** SCORM 1.2: one SCO, `imsmanifest.xml` and the 1.2 schemas at the zip root. */
export const scorm12Format: DeliveryFormat = scormFormat('scorm12', buildScorm12Manifest);
