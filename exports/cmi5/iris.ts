/**
 * A module's cmi5 identity: its course and AU IRIs and its completion rule. Pure and free of XML, so
 * the browser (the site's LMS preview launches the AU as an LMS would) can use it as well as the
 * exporter that writes `cmi5.xml`.
 */

/** The course and AU IRIs of a module: derived from its id only, so every build gives the same. */
export function cmi5Iris(moduleId: string): { course: string; au: string } {
	const id = encodeURIComponent(moduleId);
	return { course: `urn:second-look:cmi5:${id}`, au: `urn:second-look:cmi5:${id}:au` };
}

/**
 * How the module's reporting becomes the AU's completion rule (§13.1.4). A learner who finishes
 * must satisfy moveOn, and the AU never sends `failed` (engine `summarise`):
 * - `completion`: moveOn `Completed`, no masteryScore (the score is for the teacher only);
 * - `pass-mark`: moveOn `CompletedOrPassed` with masteryScore = pass mark / 100, so `passed` is
 *   recorded at or above it and a learner under it still moves on by completing.
 */
export function moveOnOf(module: { reporting: 'completion' | 'pass-mark'; passMark: number }): {
	moveOn: string;
	masteryScore?: string;
} {
	if (module.reporting === 'completion') return { moveOn: 'Completed' };
	return { moveOn: 'CompletedOrPassed', masteryScore: String(module.passMark / 100) };
}
