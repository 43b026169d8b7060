import { scormConnect } from '../scorm/connect.ts';
import { scorm12Facts } from './facts.ts';

/** The SCORM 1.2 package's connection (loaded only by a page that runs as SCORM 1.2). */
export const connect = scormConnect(scorm12Facts);
