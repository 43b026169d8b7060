import type { StandardFacts } from '../../../../exports/shared/standards.ts';
import type { Progress } from '../../engine/progress.ts';
import type { AnswerReport, Tracker } from '../tracker.ts';
import { findApi, type WindowLike } from './api.ts';
import { toInteraction } from './interactions.ts';
import { formatDuration, formatTimestamp } from './time.ts';

/** Calm messages the package shows the learner; never technical, never alarming. */
export type Notice = 'standalone' | 'save-retrying' | 'save-failing' | 'saved-again';

/** Options for {@link connectScorm}. */
export interface ScormOptions {
	/** The window the package runs in (parents and opener are searched for the API). */
	win: WindowLike;
	facts: StandardFacts;
	/** The clock, injected for tests. */
	now?: () => number;
	/** Timers, injected for tests (retry back-off, the 60-second commit). */
	setTimer?: (run: () => void, ms: number) => unknown;
	/** Shows a calm notice to the learner. */
	onnotice?: (notice: Notice) => void;
	/** Every API call that failed (for the preview and tests); never shown to learners. */
	onproblem?: (problem: string) => void;
}

/** A live connection to an LMS (or a standalone stand-in when there is none). */
export interface ScormConnection {
	tracker: Tracker;
	/** Whether the LMS said this is a resumed attempt. */
	isResume: boolean;
	/** Whether an LMS API was found and initialised. */
	isConnected: boolean;
	/** The bookmark the LMS returned (a lesson id), if resuming. */
	location: string | undefined;
	/** Saves the bookmark (a lesson id). */
	bookmark(lessonId: string): void;
	/** Commits now (e.g. when the page is hidden). */
	commit(): void;
	/** Ends the session: session time, exit, final commit, Terminate. Safe to call more than once. */
	finish(): void;
}

const RETRY_MS = [1000, 3000, 10000];
const AUTOCOMMIT_MS = 60_000;

/**
 * Connects to the LMS: exactly one Initialize, every call checked (return value and GetLastError),
 * commits after each answer and status change and every 60 seconds, exactly one Terminate, and
 * nothing after it. With no LMS, or one that refuses to start, it runs standalone and says so.
 */
export function connectScorm(options: ScormOptions): ScormConnection {
	const { win, facts } = options;
	const now = options.now ?? (() => Date.now());
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const notice = options.onnotice ?? (() => undefined);
	const problem = options.onproblem ?? (() => undefined);
	const m = facts.api.methods;
	const cmi = facts.cmi;
	const voc = facts.vocabulary;
	const started = now();

	const api = findApi(win, facts.api.globalName, facts.api.maxParentDepth);
	let state: 'standalone' | 'open' | 'terminated' = 'standalone';
	let saved: string | undefined;
	let dirty = false;
	let failures = 0;
	let completed = false;

	/** Calls an API method; a throw or a non-function counts as "false". Returns the string result. */
	const call = (method: string, ...args: string[]): string => {
		const fn = api?.[method];
		if (typeof fn !== 'function') return 'false';
		try {
			return String((fn as (...a: string[]) => unknown).apply(api, args));
		} catch (err) {
			problem(`${method} threw: ${String(err)}`);
			return 'false';
		}
	};
	const lastError = () => call(m.getLastError);
	const get = (path: string): string => {
		if (state !== 'open') return '';
		const value = call(m.getValue, path);
		const code = lastError();
		if (code !== '0' && code !== 'false') problem(`${m.getValue}(${path}) error ${code}`);
		return value;
	};
	const set = (path: string, value: string): boolean => {
		if (state !== 'open') return false;
		const ok = call(m.setValue, path, value) === 'true';
		const code = lastError();
		if (!ok || (code !== '0' && code !== 'false')) {
			problem(`${m.setValue}(${path}, ${JSON.stringify(value)}) failed, error ${code}`);
			return false;
		}
		dirty = true;
		return true;
	};

	const commit = () => {
		if (state !== 'open') return;
		if (call(m.commit, '') === 'true') {
			dirty = false;
			if (failures > 0) notice('saved-again');
			failures = 0;
			return;
		}
		failures += 1;
		problem(`${m.commit} returned false (attempt ${failures}), error ${lastError()}`);
		notice(failures > RETRY_MS.length ? 'save-failing' : 'save-retrying');
		const delay = RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)] ?? AUTOCOMMIT_MS;
		setTimer(() => {
			if (state === 'open' && failures > 0) commit();
		}, delay);
	};

	// Start: exactly one Initialize.
	if (api && call(m.initialize, '') === 'true') {
		state = 'open';
	} else {
		if (api) problem(`${m.initialize} refused, error ${call(m.getLastError)}`);
		notice('standalone');
	}

	const isResume = state === 'open' && get(cmi.entry) === voc.entryResume;
	if (isResume) saved = get(cmi.suspendData) || undefined;
	const location = isResume ? get(cmi.location) || undefined : undefined;
	if (state === 'open') {
		// Honest start: the learner has begun, nothing more. Never "completed" or "passed" yet.
		const status = get(cmi.completionStatus);
		const alreadyDone = [voc.completed, voc.passed, voc.failed].includes(status);
		completed = alreadyDone && isResume;
		if (!alreadyDone) set(cmi.completionStatus, voc.incomplete);
		set(cmi.exit, voc.exitSuspend);
		commit();
	}

	const autocommit = () => {
		if (state !== 'open') return;
		if (dirty) commit();
		setTimer(autocommit, AUTOCOMMIT_MS);
	};
	setTimer(autocommit, AUTOCOMMIT_MS);

	const reportProgress = (p: Progress) => {
		if (state !== 'open') return;
		// The score is reported when the module is complete: an LMS with a mastery score (Moodle,
		// Totara: MDL-50620) would otherwise turn an unfinished "incomplete" into "failed".
		if (p.completed && p.scoredTotal > 0) {
			set(cmi.scoreMin, '0');
			set(cmi.scoreMax, '100');
			set(cmi.scoreRaw, String(Math.round(p.score * 100)));
			if (cmi.scoreScaled) set(cmi.scoreScaled, String(Math.round(p.score * 10000) / 10000));
		}
		if (p.completed) {
			completed = true;
			if (cmi.completionStatus === cmi.successStatus) {
				// One status element (1.2): passed/failed says both done and the outcome.
				set(cmi.completionStatus, p.passed ? voc.passed : voc.failed);
			} else {
				set(cmi.completionStatus, voc.completed);
				set(cmi.successStatus, p.passed ? voc.passed : voc.failed);
			}
		}
		commit();
	};

	const reportAnswer = (report: AnswerReport) => {
		if (state !== 'open' || !report.isFirst) return; // the first answer is the one recorded
		const n = get(cmi.interactionsCount) || '0';
		const path = (p: string) => p.replace('.n.', `.${n}.`);
		const i = cmi.interaction;
		const interaction = toInteraction(report.activity, report.answer, report.checked, facts);
		// 2004: id first, then type, before any response (else error 408).
		set(path(i.id), interaction.id);
		set(path(i.type), interaction.type);
		if (i.description) set(path(i.description), interaction.description);
		set(path(i.timestamp), formatTimestamp(report.at, facts.time.interactionTimestamp));
		if (interaction.correctResponse !== undefined)
			set(path(i.correctResponse), interaction.correctResponse);
		set(path(i.learnerResponse), interaction.learnerResponse);
		set(path(i.result), interaction.result);
		set(path(i.latency), formatDuration(report.latencyMs, facts.time.latency));
		commit();
	};

	const tracker: Tracker = {
		restore: () => saved,
		save(text) {
			saved = text;
			if (state !== 'open') return;
			if (text.length > facts.limits.suspendData) {
				problem(`suspend data of ${text.length} characters is over the limit; not saved`);
				return;
			}
			set(cmi.suspendData, text);
		},
		answered: reportAnswer,
		progress: reportProgress,
	};

	return {
		tracker,
		isResume,
		isConnected: state === 'open',
		location,
		bookmark(lessonId) {
			if (lessonId.length <= facts.limits.location) set(cmi.location, lessonId);
		},
		commit,
		finish() {
			if (state !== 'open') return;
			set(cmi.sessionTime, formatDuration(now() - started, facts.time.sessionTime));
			set(cmi.exit, completed ? voc.exitNormal : voc.exitSuspend);
			commit();
			call(m.terminate, '');
			state = 'terminated';
		},
	};
}
