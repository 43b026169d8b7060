import type { ScormStandard } from '../scorm/facts.ts';
import type { Reporting } from '../../src/lib/engine/progress.ts';
import type { LaunchMode } from '../cmi5/runtime/launch.ts';

/**
 * The LMS side of the site's preview page (`/preview/<module>/`): a test LMS holds what a real one
 * would, and every call or request the package makes is recorded, so a teacher or author sees
 * before uploading what their platform will store. Loaded only by the preview page.
 *
 * Each standard is one {@link PreviewLms}: SCORM 1.2 and 2004 in `exports/scorm/preview/lms.ts`
 * (scorm-again holds the CMI data, the package finds it as `API` / `API_1484_11`), cmi5 in
 * `exports/cmi5/preview/cmi5-preview.ts` (an LMS + LRS in the
 * page, reached over HTTP through a service worker). All give the panel the same {@link LmsView}.
 */

/** Standards the preview can play. */
export type PreviewStandard = ScormStandard | 'cmi5';

/** One row of the status table: what the LMS holds, named as the standard names it. */
export interface StatusRow {
	/** Stable name for tests and styles (`data-field`). */
	field: string;
	label: string;
	/** The data model element or statement it comes from. */
	code: string | undefined;
	value: string;
}

/** One interaction as the LMS stores it. */
export interface InteractionView {
	id: string;
	type: string;
	response: string;
	result: string;
}

/** One call (SCORM) or request (cmi5) the package made. */
export interface LogEntry {
	/** 1, 2, 3… in the order made. */
	n: number;
	/** The call with its arguments, or the request with what it carried. */
	call: string;
	/** What the LMS returned (a value, or an HTTP status). */
	result: string;
	/** The LMS's error just after it ("0" or "" when none). */
	error: string;
}

/** What the LMS has recorded so far. */
export interface LmsView {
	standard: PreviewStandard;
	/** The outcome in a few words for the one-line summary ("status passed, score 67"). */
	outcome: string;
	rows: StatusRow[];
	interactions: InteractionView[];
	log: LogEntry[];
	/** The log's caption ("Call log (12 calls, …)"). */
	logCaption: string;
	/** cmi5: the rules of the standard the package broke; undefined where the LMS checks none. */
	problems: string[] | undefined;
}

/** A test LMS for one launch of the package. */
export interface PreviewLms {
	readonly standard: PreviewStandard;
	/** Gets the page ready for the package; resolves to the address its frame opens. */
	install(win: Window): Promise<string>;
	/** Takes it away again (before another launch, perhaps of another standard). */
	uninstall(win: Window): void;
	view(): LmsView;
	/** What a real LMS keeps for the next launch of this attempt, marked as a resume. */
	resumeData(): unknown;
}

/** What every standard's preview LMS is made from. */
export interface PreviewOptions {
	moduleId: string;
	/** The module's pass mark (0–100); used only with `reporting: 'pass-mark'`. */
	passMark: number;
	/** What the module tells the LMS (engine `summarise`): its cmi5 moveOn follows it. */
	reporting: Reporting;
	/** {@link PreviewLms.resumeData} of an earlier launch of the same standard; none for a new attempt. */
	resume?: unknown;
	/** Called whenever the LMS records something. */
	onchange: () => void;
	/** cmi5: the launch mode LMS.LaunchData gives (default Normal); SCORM previews ignore it. */
	mode?: LaunchMode | undefined;
}

/** Numbers as a British reader writes them ("4,096"). */
export const numbers = new Intl.NumberFormat('en-GB');

/** One status row; `code` is the data model element or statement it comes from. */
export const row = (
	field: string,
	label: string,
	code: string | null,
	value: string,
): StatusRow => ({
	field,
	label,
	code: code ?? undefined,
	value,
});

/** "1,234 of 4,096 characters (30.1% of the limit)". */
export function sizeAgainstLimit(length: number, limit: number): string {
	const share = Math.round((length / limit) * 1000) / 10;
	return `${numbers.format(length)} of ${numbers.format(limit)} characters (${share}% of the limit)`;
}

/** "ended (Terminate called)", "open", "not started". */
export const sessionState = (initialized: boolean, ended: string | undefined): string =>
	ended ?? (initialized ? 'open' : 'not started');
