import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { RuntimeFacts, ScormStandard } from '../facts.ts';
import { RUNTIME_FACTS } from '../runtime-facts.ts';
import type { Reporting } from '../../../src/lib/engine/progress.ts';
import type { LaunchMode } from '../../cmi5/runtime/launch.ts';

/**
 * The LMS side of the site's preview page (`/preview/<module>/`): a test LMS holds what a real one
 * would, and every call or request the package makes is recorded, so a teacher or author sees
 * before uploading what their platform will store. Loaded only by the preview page.
 *
 * Each standard is one {@link PreviewLms}: SCORM 1.2 and 2004 here (scorm-again holds the CMI data,
 * the package finds it as `API` / `API_1484_11`), cmi5 in `cmi5-preview.ts` (an LMS + LRS in the
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

type ApiObject = Record<string, (...args: string[]) => string>;

/** The scorm-again API class of each standard. */
const apiClasses: Record<ScormStandard, new (settings: object) => unknown> = {
	scorm12: Scorm12API,
	scorm2004: Scorm2004API,
};

/** A CMI path (`cmi.core.exit`) as keys into scorm-again's JSON of the CMI (`core`, `exit`). */
const keysOf = (path: string): string[] => path.split('.').slice(1);

/** A copy of scorm-again's JSON of the CMI with the element at `path` set to `value`. */
function withValue(
	cmi: Record<string, unknown>,
	path: string,
	value: string,
): Record<string, unknown> {
	const [key = '', ...rest] = keysOf(path);
	if (rest.length === 0) return { ...cmi, [key]: value };
	const inner = (cmi[key] ?? {}) as Record<string, unknown>;
	return { ...cmi, [key]: withValue(inner, `cmi.${rest.join('.')}`, value) };
}

/** A copy of scorm-again's JSON of the CMI without the element at `path`. */
function without(cmi: Record<string, unknown>, path: string): Record<string, unknown> {
	const [key = '', ...rest] = keysOf(path);
	if (rest.length === 0) {
		const copy = { ...cmi };
		Reflect.deleteProperty(copy, key);
		return copy;
	}
	const inner = cmi[key];
	if (typeof inner !== 'object' || inner === null) return cmi;
	return { ...cmi, [key]: without(inner as Record<string, unknown>, `cmi.${rest.join('.')}`) };
}

/**
 * The data an LMS starts a new attempt with: a learner and ab-initio. No mastery score: the
 * manifests carry none (one would make the LMS turn a score under it into "failed").
 */
function newAttempt(facts: RuntimeFacts): Record<string, unknown> {
	const values: [string, string][] = [
		[facts.cmi.learnerId, 'preview'],
		[facts.cmi.learnerName, 'Preview, Learner'],
		[facts.cmi.entry, facts.vocabulary.entryNew],
		[facts.cmi.credit, facts.vocabulary.creditFull],
		[facts.cmi.mode, facts.vocabulary.modeNormal],
	];
	return values.reduce((cmi, [path, value]) => withValue(cmi, path, value), {});
}

/** Creates a SCORM 1.2 or 2004 test LMS (scorm-again) that records every call. */
export function createScormLms(standard: ScormStandard, options: PreviewOptions): PreviewLms {
	const facts = RUNTIME_FACTS[standard];
	const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as const;
	const raw = new apiClasses[standard](settings) as ApiObject & {
		loadFromJSON(json: unknown, root: string): void;
		getFlattenedCMI(): Record<string, unknown>;
		renderCMIToJSONObject(): { cmi: Record<string, unknown> };
	};
	const resume = options.resume as Record<string, unknown> | undefined;
	raw.loadFromJSON(resume ?? newAttempt(facts), '');

	const m = facts.api.methods;
	const errorQueries = new Set([m.getLastError, m.getErrorString, m.getDiagnostic]);
	const calls: LogEntry[] = [];
	let queries = 0;
	let initialized = false;
	let terminated = false;
	const api: ApiObject = {};
	for (const method of Object.values(m)) {
		api[method] = (...args: string[]) => {
			const result = String(raw[method]?.(...args));
			if (errorQueries.has(method)) queries += 1;
			else {
				if (method === m.initialize && result === 'true') initialized = true;
				if (method === m.terminate && result === 'true') terminated = true;
				const error = String(raw[m.getLastError]?.());
				const call = `${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
				calls.push({ n: calls.length + 1, call, result, error });
			}
			options.onchange();
			return result;
		};
	}

	const value = (cmi: Record<string, unknown>, path: string | null) =>
		path === null ? undefined : typeof cmi[path] === 'string' ? cmi[path] : '';

	return {
		standard,
		install(win) {
			(win as unknown as Record<string, unknown>)[facts.api.globalName] = api;
			return Promise.resolve(`/package/${options.moduleId}/`);
		},
		uninstall(win) {
			const host = win as unknown as Record<string, unknown>;
			if (host[facts.api.globalName] === api) Reflect.deleteProperty(host, facts.api.globalName);
		},
		view() {
			const cmi = raw.getFlattenedCMI();
			const c = facts.cmi;
			const interactions: InteractionView[] = [];
			const nth = (path: string, n: number) => path.replace('.n.', `.${n}.`);
			for (let n = 0; typeof cmi[nth(c.interaction.id, n)] === 'string'; n++) {
				const at = (path: string) => value(cmi, nth(path, n)) ?? '';
				interactions.push({
					id: at(c.interaction.id),
					type: at(c.interaction.type),
					response: at(c.interaction.learnerResponse),
					result: at(c.interaction.result),
				});
			}
			const get = (path: string | null) => value(cmi, path) ?? '';
			const oneStatus = c.completionStatus === c.successStatus;
			const score = get(c.scoreRaw);
			const status = oneStatus
				? [row('status', 'Status', c.completionStatus, get(c.completionStatus))]
				: [
						row('completion', 'Completion', c.completionStatus, get(c.completionStatus)),
						row('success', 'Success', c.successStatus, get(c.successStatus)),
					];
			const scaled = value(cmi, c.scoreScaled);
			return {
				standard,
				outcome:
					(oneStatus
						? `status ${get(c.completionStatus)}`
						: `completion ${get(c.completionStatus)}, success ${get(c.successStatus)}`) +
					(score ? `, score ${score}` : ''),
				rows: [
					...status,
					row('score', 'Score', c.scoreRaw, score || 'not set'),
					...(scaled === undefined
						? []
						: [row('scaled', 'Scaled score', c.scoreScaled, scaled || 'not set')]),
					row(
						'suspend',
						'Suspend data',
						c.suspendData,
						sizeAgainstLimit(get(c.suspendData).length, facts.limits.suspendData),
					),
					row('location', 'Bookmark', c.location, get(c.location) || 'none'),
					row('entry', 'Entry', c.entry, get(c.entry)),
					row('exit', 'Exit', c.exit, get(c.exit) || '(empty)'),
					row('session-time', 'Session time', c.sessionTime, get(c.sessionTime) || 'not set'),
					row(
						'session',
						'Session',
						null,
						sessionState(initialized, terminated ? 'ended (Terminate called)' : undefined),
					),
				],
				interactions,
				log: [...calls],
				logCaption: `Call log (${calls.length} calls, and ${queries} error checks not listed)`,
				problems: undefined,
			};
		},
		resumeData() {
			const { cmi } = raw.renderCMIToJSONObject();
			// What the LMS keeps: everything but this session's write-only exit and time.
			const kept = without(without(cmi, facts.cmi.exit), facts.cmi.sessionTime);
			return withValue(kept, facts.cmi.entry, facts.vocabulary.entryResume);
		},
	};
}
