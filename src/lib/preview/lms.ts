import { Scorm12API, Scorm2004API } from 'scorm-again';
import { STANDARDS, type ScormStandard } from '../../../exports/shared/standards.ts';

/**
 * The LMS side of the site's preview page (`/preview/<module>/`): scorm-again holds the CMI data as a
 * real LMS would, and every call the package makes is recorded, so a teacher or author sees before
 * uploading what their platform will store. Loaded only by the preview page.
 *
 * Each standard is one {@link PreviewLms}. cmi5 would be another: the package talks to it over HTTP
 * (xAPI statements, the state API, the auth-token fetch), so it needs an LRS the browser can reach:
 * a service worker answering those requests on this origin, with the same view built from statements.
 */

/** Standards the preview can play. cmi5 joins when it has an in-browser LRS (see above). */
export type PreviewStandard = ScormStandard;

/** One API call the package made. */
export interface CallRecord {
	/** 1, 2, 3… in the order made. */
	n: number;
	method: string;
	args: string[];
	/** What the LMS returned ("true", "false" or a value). */
	result: string;
	/** The LMS's error code just after the call ("0" when none). */
	error: string;
}

/** One interaction as the LMS stores it. */
export interface InteractionView {
	id: string;
	type: string;
	response: string;
	result: string;
}

/** What the LMS has recorded so far. */
export interface LmsView {
	standard: PreviewStandard;
	/** Completion (1.2: `lesson_status`, which also carries pass/fail). */
	completion: string;
	/** Success (2004 only: `success_status`); 1.2 repeats `lesson_status`. */
	success: string;
	scoreRaw: string;
	/** 2004 only. */
	scoreScaled: string | undefined;
	entry: string;
	exit: string;
	location: string;
	sessionTime: string;
	suspendLength: number;
	suspendLimit: number;
	interactions: InteractionView[];
	/** Every call but the error queries (GetLastError, GetErrorString, GetDiagnostic). */
	calls: CallRecord[];
	/** How many error queries the package made (checked after each call, as it should). */
	errorQueries: number;
	/** Whether the package has called Initialize, and Terminate. */
	initialized: boolean;
	terminated: boolean;
}

/** A test LMS for one launch of the package. */
export interface PreviewLms {
	readonly standard: PreviewStandard;
	/** Puts the API object where the package looks for it (`API` / `API_1484_11`). */
	install(win: Window): void;
	/** Takes it away again (before another launch, perhaps of the other standard). */
	uninstall(win: Window): void;
	view(): LmsView;
	/** The data a real LMS keeps for the next launch of this attempt, marked as a resume. */
	resumeData(): Record<string, unknown>;
}

/** Options for {@link createScormLms}. */
export interface ScormLmsOptions {
	/** The module's pass mark (0–100): the manifest's mastery score, as the LMS would read it. */
	passMark: number;
	/** CMI data from an earlier launch ({@link PreviewLms.resumeData}); none for a new attempt. */
	resume?: Record<string, unknown> | undefined;
	/** Called after every call the package makes. */
	onchange: () => void;
}

type ApiObject = Record<string, (...args: string[]) => string>;

/** The data an LMS starts a new attempt with: a learner, ab-initio, and the manifest's mastery. */
function newAttempt(standard: PreviewStandard, passMark: number): Record<string, unknown> {
	return standard === 'scorm12'
		? {
				core: {
					student_id: 'preview',
					student_name: 'Preview, Learner',
					entry: 'ab-initio',
					credit: 'credit',
					lesson_mode: 'normal',
				},
				student_data: { mastery_score: String(passMark) },
			}
		: {
				learner_id: 'preview',
				learner_name: 'Preview Learner',
				entry: 'ab-initio',
				credit: 'credit',
				mode: 'normal',
				scaled_passing_score: String(passMark / 100),
			};
}

/** Creates a SCORM 1.2 or 2004 test LMS (scorm-again) that records every call. */
export function createScormLms(standard: PreviewStandard, options: ScormLmsOptions): PreviewLms {
	const facts = STANDARDS[standard];
	const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as const;
	const raw = (standard === 'scorm12'
		? new Scorm12API(settings)
		: new Scorm2004API(settings)) as unknown as ApiObject & {
		loadFromJSON(json: unknown, root: string): void;
		getFlattenedCMI(): Record<string, unknown>;
		renderCMIToJSONObject(): { cmi: Record<string, unknown> };
	};
	raw.loadFromJSON(options.resume ?? newAttempt(standard, options.passMark), '');

	const m = facts.api.methods;
	const errorQueries = new Set([m.getLastError, m.getErrorString, m.getDiagnostic]);
	const calls: CallRecord[] = [];
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
				calls.push({ n: calls.length + 1, method, args, result, error });
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
		},
		uninstall(win) {
			const host = win as unknown as Record<string, unknown>;
			if (host[facts.api.globalName] === api) Reflect.deleteProperty(host, facts.api.globalName);
		},
		view() {
			const cmi = raw.getFlattenedCMI();
			const c = facts.cmi;
			const interactions: InteractionView[] = [];
			for (let n = 0; typeof cmi[`cmi.interactions.${n}.id`] === 'string'; n++) {
				const at = (path: string) => value(cmi, path.replace('.n.', `.${n}.`)) ?? '';
				interactions.push({
					id: at(c.interaction.id),
					type: at(c.interaction.type),
					response: at(c.interaction.learnerResponse),
					result: at(c.interaction.result),
				});
			}
			return {
				standard,
				completion: value(cmi, c.completionStatus) ?? '',
				success: value(cmi, c.successStatus) ?? '',
				scoreRaw: value(cmi, c.scoreRaw) ?? '',
				scoreScaled: value(cmi, c.scoreScaled),
				entry: value(cmi, c.entry) ?? '',
				exit: value(cmi, c.exit) ?? '',
				location: value(cmi, c.location) ?? '',
				sessionTime: value(cmi, c.sessionTime) ?? '',
				suspendLength: (value(cmi, c.suspendData) ?? '').length,
				suspendLimit: facts.limits.suspendData,
				interactions,
				calls: [...calls],
				errorQueries: queries,
				initialized,
				terminated,
			};
		},
		resumeData() {
			const { cmi } = raw.renderCMIToJSONObject();
			// What the LMS keeps: everything but this session's write-only exit and time.
			if (standard === 'scorm12') {
				const core = { ...(cmi['core'] as Record<string, unknown>) };
				delete core['exit'];
				delete core['session_time'];
				return { ...cmi, core: { ...core, entry: 'resume' } };
			}
			const kept: Record<string, unknown> = { ...cmi, entry: 'resume' };
			delete kept['exit'];
			delete kept['session_time'];
			return kept;
		},
	};
}
