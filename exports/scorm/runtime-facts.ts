import { scorm12Facts } from '../scorm12/facts.ts';
import { scorm2004Facts } from '../scorm2004/facts.ts';
import type { RuntimeFacts, ScormStandard } from './facts.ts';

/**
 * Both standards' runtime facts, for code that serves either on one page: the site's LMS preview
 * and the teacher's key to an LMS report. A package's own runtime imports only its standard's
 * facts (`exports/connectors.ts`).
 */
export const RUNTIME_FACTS: Readonly<Record<ScormStandard, RuntimeFacts>> = {
	scorm12: scorm12Facts,
	scorm2004: scorm2004Facts,
};
