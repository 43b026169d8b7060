import { scormConnect } from '../scorm/connect.ts';
import { scorm2004Facts } from './facts.ts';

/** The SCORM 2004 package's connection (loaded only by a page that runs as SCORM 2004). */
export const connect = scormConnect(scorm2004Facts);
