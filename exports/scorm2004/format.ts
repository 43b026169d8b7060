import type { DeliveryFormat } from '../contract.ts';
import { scormFormat } from '../scorm/scorm-package.ts';
import { buildScorm2004Manifest } from './manifest.ts';

/** SCORM 2004 4th Edition: one SCO, `imsmanifest.xml` and the 2004 schemas at the zip root. */
export const scorm2004Format: DeliveryFormat = scormFormat('scorm2004', buildScorm2004Manifest);
