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
 * How the module's pass mark becomes the AU's completion rule (§13.1.4): with a pass mark, the
 * learner moves on once the module is complete and passed, judged against masteryScore (0–1,
 * the pass mark / 100); with a pass mark of 0, completion alone.
 */
export function moveOnOf(passMark: number): { moveOn: string; masteryScore?: string } {
	if (passMark <= 0) return { moveOn: 'Completed' };
	return { moveOn: 'CompletedAndPassed', masteryScore: String(passMark / 100) };
}
