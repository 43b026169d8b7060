// Over 300 lines on purpose: one SCORM session's state (open, resume, bookmark, finish, and the
// browser's copy of what the LMS has not accepted, which follows all of them); the writer, the
// resume judgement, the no-downgrade rules, the copy's storage and merge (unsaved.ts) and the value
// formats are already apart.
import type { RuntimeFacts } from '../facts.ts';
import type { Progress } from '../../../src/lib/engine/progress.ts';
import type { AnswerReport, Tracker } from '../../../src/lib/tracking/tracker.ts';
import { findApi, type WindowLike } from './api.ts';
import { interactionFields } from './interactions.ts';
import { policyFor, raisesScore, raisesStatus, rankOf, startStatus } from './record.ts';
import { judgeStored, type ResumeState, type StateHooks } from './resume.ts';
import { formatDuration } from './time.ts';
import {
	joinUnsaved,
	keptCopy,
	recoverUnsaved,
	type KeepOptions,
	type KeptCopy,
	type Unsaved,
} from './unsaved.ts';
import { createWriter, RETRY_MS, type Writer } from './writer.ts';
import { standaloneConnection } from '../../../src/lib/tracking/standalone.ts';

/** Calm messages the package shows the learner; never technical, never alarming. */
export type Notice =
	| 'standalone'
	| 'save-retrying'
	| 'save-failing'
	/** The same, while what the LMS has not accepted is kept in this browser (`unsaved.ts`). */
	| 'save-failing-kept'
	| 'saved-again'
	/** Stored progress could not be read at launch; it is kept and read again later. */
	| 'resume-unreadable'
	/** Stored progress is in a form this package cannot read; it is kept as it is. */
	| 'resume-kept'
	/** Progress that could not be read at launch arrived later and is shown again. */
	| 'resume-recovered'
	/** Answers an earlier visit could not save, kept in this browser, are now saved. */
	| 'unsaved-recovered'
	/** At the end, something could not be sent to the LMS. */
	| 'not-all-saved'
	/** The same, and it is kept in this browser for the learner's next launch here. */
	| 'not-all-saved-kept'
	/** Launched to look back at a recorded attempt: nothing is changed. */
	| 'review'
	/** Launched to look through without recording. */
	| 'browse'
	/** This attempt does not count towards a result. */
	| 'no-credit'
	/**
	 * The learner did something after the session ended (Finish, or a page kept and shown again): it
	 * stays on the page but reaches no LMS, and opening the course again from the LMS carries on.
	 */
	| 'visit-ended';

/** Options for {@link connectScorm}. */
export interface ScormOptions {
	/** The window the package runs in (parents and opener are searched for the API). */
	win: WindowLike;
	facts: RuntimeFacts;
	/**
	 * The runtime's codec, so that stored progress it cannot read is kept rather than overwritten,
	 * and progress the LMS gives late is merged with the new answers. Without it, stored text is
	 * taken as readable and a late read never replaces what the session saved.
	 */
	state?: StateHooks;
	/** The clock, injected for tests. */
	now?: () => number;
	/** Timers, injected for tests (retry back-off, the 60-second commit). */
	setTimer?: (run: () => void, ms: number) => unknown;
	/** Back-off between retry rounds, injected for tests. */
	retryMs?: readonly number[];
	/** Runs a function after the current task (default `queueMicrotask`): one commit per change. */
	defer?: (run: () => void) => void;
	/** Shows a calm notice to the learner. */
	onnotice?: (notice: Notice) => void;
	/** Every API call that failed (for the preview and tests); never shown to learners. */
	onproblem?: (problem: string) => void;
	/**
	 * Where this tab notes a visit that ended ({@link endedVisit}): its sessionStorage and the key of
	 * this package. Absent (or blocked): a reload after the end runs as if there were no LMS.
	 */
	tab?: TabNote;
	/**
	 * Where this browser keeps what the LMS has not accepted (localStorage, per launch and learner:
	 * `unsaved.ts`), for the learner's next launch. Absent, or no learner id: nothing is kept.
	 */
	keep?: KeepOptions;
}

/** This tab's note of the package's last visit: see {@link ScormOptions.tab}. */
export interface TabNote {
	storage: () => Storage;
	key: string;
	/**
	 * Whether this page was loaded again in place (reload, back or forward): only then is a refused
	 * Initialize this tab's own ended visit. A fresh launch, maybe by someone else, never reads it.
	 */
	isReload: boolean;
}

/**
 * The progress of this package's visit in this tab that has ended, if there was one: noted when
 * the session ends, because a reload of the course's page (F5, a phone's pull to refresh) ends
 * the session on `pagehide`, and the LMS then refuses the new page's Initialize (SCORM allows one
 * session per launch). The reloaded page says the visit has ended and keeps the answers on screen,
 * rather than starting empty as if there were no LMS. Never throws.
 */
function endedVisit(tab: TabNote | undefined): { saved?: string } | undefined {
	try {
		const text = tab?.storage().getItem(tab.key);
		const note: unknown = text ? JSON.parse(text) : undefined;
		if (typeof note !== 'object' || note === null) return undefined;
		const { saved } = note as { saved?: unknown };
		return typeof saved === 'string' ? { saved } : {};
	} catch {
		return undefined;
	}
}

/** Notes (with the progress last saved) or forgets this tab's ended visit. Never throws. */
function noteVisit(tab: TabNote | undefined, ended: { saved?: string | undefined } | undefined) {
	try {
		if (!tab) return;
		if (ended) tab.storage().setItem(tab.key, JSON.stringify(ended));
		else tab.storage().removeItem(tab.key);
	} catch {
		// blocked storage: a reload then runs as if there were no LMS
	}
}

/** A live connection to an LMS (or a standalone stand-in when there is none). */
export interface ScormConnection {
	tracker: Tracker;
	/** Whether the session starts from progress the LMS kept. */
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

const AUTOCOMMIT_MS = 60_000;

/** What the LMS held at launch; `undefined` = could not be read. */
interface Stored {
	completion: string | undefined;
	success: string | undefined;
	score: string | undefined;
}

/**
 * Connects to the LMS: exactly one Initialize, commits after each change (one per burst) and every
 * 60 seconds, exactly one Terminate, and nothing after it. With no LMS, or one that refuses to
 * start, it runs standalone and says so. What the LMS holds is protected: stored progress is read
 * with retries and never overwritten unread; a status or score is never lowered; review and browse
 * change nothing, no-credit changes no result (see `record.ts`); writes the LMS refuses are kept
 * and retried in order (see `writer.ts`).
 */
export function connectScorm(options: ScormOptions): ScormConnection {
	const { win, facts } = options;
	const now = options.now ?? (() => Date.now());
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const notice = options.onnotice ?? (() => undefined);
	const problem = options.onproblem ?? (() => undefined);
	const m = facts.api.methods;
	const started = now();

	const api = findApi(win, facts.api.globalName, facts.api.maxParentDepth);
	const standalone = (): ScormConnection =>
		standaloneConnection(() => {
			notice('standalone');
		});
	if (!api) return standalone();

	let resume: ResumeState = 'fresh';
	const listeners = new Set<() => void>();
	/** This learner's copy of what the LMS has not accepted (none without a learner id). */
	let copy: KeptCopy | undefined;
	/** Whether this session has a copy in the browser (its own, or an earlier one it sends now). */
	let isKeeping = false;
	/** Whether an earlier visit's copy is being sent: the learner is told once it is accepted. */
	let isRecovering = false;
	/**
	 * An earlier visit's copy this launch cannot send (stored progress unread or kept, or a new
	 * attempt): never overwritten or deleted by this session, only joined with what it keeps.
	 */
	let carried: Unsaved | undefined;
	/** Whether the LMS has accepted a commit in this visit (it then knows the attempt began). */
	let hasAccepted = false;
	const writer: Writer = createWriter({
		api,
		facts,
		setTimer,
		defer:
			options.defer ??
			((run) => {
				queueMicrotask(run);
			}),
		retryMs: options.retryMs ?? RETRY_MS,
		beforeRound: () => reread(),
		onsaving: (s) => {
			if (s !== 'again' && isOpen) keepNow();
			// Failing: the learner is told whether the answers are kept here meanwhile (never a guess).
			const failing = isKeeping ? 'save-failing-kept' : 'save-failing';
			notice(s === 'again' ? 'saved-again' : s === 'failing' ? failing : 'save-retrying');
		},
		onaccepted: () => {
			hasAccepted = true;
			if (!isKeeping) return;
			if (carried) copy?.write(carried);
			else copy?.drop();
			isKeeping = false;
			if (!isRecovering) return;
			isRecovering = false;
			notice('unsaved-recovered');
		},
		problem,
	});
	// Start: exactly one Initialize.
	if (writer.call(m.initialize, '') !== 'true') {
		problem(`${m.initialize} refused, error ${writer.call(m.getLastError)}`);
		const ended = options.tab?.isReload ? endedVisit(options.tab) : undefined;
		return ended
			? standaloneConnection(() => {
					notice('visit-ended');
				}, ended.saved)
			: standalone();
	}
	noteVisit(options.tab, undefined);
	let isOpen = true;

	const cmi = facts.cmi;
	const voc = facts.vocabulary;
	const policy = policyFor(facts, writer.read(cmi.mode) ?? '', writer.read(cmi.credit) ?? '');
	const entry = writer.read(cmi.entry);
	const stored: Stored = {
		completion: writer.read(cmi.completionStatus),
		success:
			cmi.successStatus === cmi.completionStatus ? undefined : writer.read(cmi.successStatus),
		score: writer.read(cmi.scoreRaw),
	};
	if (cmi.successStatus === cmi.completionStatus) stored.success = stored.completion;
	const atLeastIncomplete =
		rankOf(voc.completionOrder, stored.completion) >= rankOf(voc.completionOrder, voc.incomplete);
	const isNewAttempt = entry === voc.entryNew && policy.mode === 'normal';
	const isResumed = entry === voc.entryResume || atLeastIncomplete;
	const isNumber = (v: string) => /^\d+$/.test(v);
	/**
	 * Where the next interaction goes. Never a non-number: "" with no error (a lax LMS) means 0 only
	 * on an attempt with nothing before it; otherwise interactions wait until `_count` reads.
	 */
	const readCount = () => {
		const text = writer.read(cmi.interactionsCount, { isValid: isNumber });
		if (text === '' && !isResumed) return 0;
		return text === undefined || !isNumber(text) ? undefined : Number(text);
	};
	let count = policy.canWriteInteractions ? readCount() : undefined;
	writer.setCount(count);

	// Stored progress: read whenever it may hold something (ab-initio is a new attempt).
	const hasEvidence = isResumed || (count ?? 0) > 0;
	let saved: string | undefined;
	let location: string | undefined;
	/** Stored progress read as empty (not failed) though there were signs of earlier progress. */
	let isReadEmpty = false;
	if (!isNewAttempt) {
		location = writer.read(cmi.location, { retryEmpty: hasEvidence }) || undefined;
		const text = writer.read(cmi.suspendData, { retryEmpty: hasEvidence || !!location });
		isReadEmpty = text === '';
		resume = judgeStored(text, hasEvidence || !!location, options.state?.decode);
		if (resume === 'restored') saved = text;
		if (text) writer.know(cmi.suspendData, text);
		if (location) writer.know(cmi.location, location);
	}
	// What an earlier visit of this learner could not save, kept in this browser: sent now.
	if (policy.mode === 'normal') copy = keptCopy(options.keep, writer.read(cmi.learnerId), now);
	// A new attempt after a visit the LMS never heard from is that visit's attempt (the LMS never
	// knew it began): its copy is sent. After a visit the LMS recorded, the copy belongs to an
	// attempt that is over, and goes.
	const kept = copy?.read();
	if (isNewAttempt && kept?.accepted === true) copy?.drop();
	const earlier = isNewAttempt && kept?.accepted === true ? undefined : kept;
	// A whole copy (the earlier visit started from what the LMS held) explains an empty read: that
	// visit's progress never reached the LMS. It then stands in for the stored progress.
	const isExplained = resume === 'unread' && isReadEmpty && earlier?.whole === true;
	if (isExplained) resume = 'fresh';
	if (earlier && (resume === 'fresh' || resume === 'restored')) recover(earlier);
	else carried = copy?.read();

	// Done before (1.2 failed, completed, passed; 2004 completed) and resumed: the attempt may end.
	let completed =
		saved !== undefined &&
		rankOf(voc.completionOrder, stored.completion) > rankOf(voc.completionOrder, voc.incomplete);

	/**
	 * Joins the copy an earlier visit kept with what the LMS gave (its first answers stay first),
	 * writes it and sends the interactions the LMS never accepted; the learner is told once it has
	 * accepted them. Only on a normal launch that goes on from readable (or no) stored progress.
	 */
	function recover(earlier: Unsaved): void {
		const prefix = facts.responses.interactionIdPrefix;
		const back = recoverUnsaved(earlier, saved, options.state, (id) =>
			id.startsWith(prefix) ? id.slice(prefix.length) : id,
		);
		isKeeping = true;
		const isNew = back.suspend !== undefined && back.suspend !== saved;
		if (back.suspend !== undefined && back.suspend.length <= facts.limits.suspendData) {
			saved = back.suspend;
			resume = 'restored';
			writer.set(cmi.suspendData, back.suspend);
		}
		for (const fields of back.interactions) writer.addInteraction(fields);
		isRecovering = isNew || back.interactions.length > 0;
	}

	/** Keeps what the LMS has not accepted in this browser, for this learner (when there is one). */
	function keepNow(): void {
		const suspend = saved === undefined ? {} : { suspend: saved };
		const whole = resume === 'fresh' || resume === 'restored';
		const mine: Unsaved = {
			...suspend,
			whole,
			interactions: writer.unaccepted(),
			accepted: hasAccepted,
		};
		const value = carried ? joinUnsaved(carried, mine, options.state) : mine;
		if (copy?.write(value)) isKeeping = true;
	}

	/** While the stored progress is unread: reads it again; true when nothing waits any more. */
	function reread(): boolean {
		if (policy.canWriteInteractions && count === undefined) {
			count = readCount();
			writer.setCount(count);
		}
		if (resume === 'unread') {
			const text = writer.read(cmi.suspendData);
			if (text) {
				resume = judgeStored(text, true, options.state?.decode);
				writer.know(cmi.suspendData, text);
				if (resume === 'restored') adopt(text);
				else if (policy.mode === 'normal') notice('resume-kept');
			}
		}
		return resume !== 'unread' && (count !== undefined || !policy.canWriteInteractions);
	}

	/**
	 * Stored progress arrived late: joined with this session's (nothing dropped), written back, and
	 * shown. Without the codec's hooks it cannot be joined, so neither side overwrites the other.
	 */
	function adopt(text: string): void {
		const hooks = options.state;
		const theirs = hooks?.decode(text);
		const mine = saved === undefined ? undefined : hooks?.decode(saved);
		if (saved === undefined) saved = text;
		else if (hooks && theirs && mine) saved = hooks.encode(hooks.merge(theirs, mine));
		else {
			resume = 'kept';
			return;
		}
		if (saved !== text && policy.canWriteProgress) {
			writer.set(cmi.suspendData, saved);
			writer.requestCommit();
		}
		notice('resume-recovered');
		for (const listener of listeners) listener();
	}

	if (policy.mode !== 'normal') notice(policy.mode);
	else {
		if (!policy.isCredit) notice('no-credit');
		// Both say what the learner does now is still recorded: in review and browse nothing is, and
		// their own notice says so (the answers, when they arrive, are shown: 'resume-recovered').
		if (resume === 'unread') notice('resume-unreadable');
		if (resume === 'kept') notice('resume-kept');
	}

	const first = startStatus(facts, policy, stored.completion);
	if (first !== undefined) writer.set(cmi.completionStatus, first);
	if (policy.canWriteEnd) writer.set(cmi.exit, voc.exitSuspend);
	writer.requestCommit();
	if (resume === 'unread' || (policy.canWriteInteractions && count === undefined)) writer.wake();

	const autocommit = () => {
		if (!isOpen) return;
		writer.commitIfDirty();
		setTimer(autocommit, AUTOCOMMIT_MS);
	};
	setTimer(autocommit, AUTOCOMMIT_MS);

	/** Writes a status only if it raises what the LMS holds (re-read first if that failed). */
	const raise = (path: string, order: readonly string[], held: keyof Stored, next: string) => {
		if (stored[held] === undefined) stored[held] = writer.read(path);
		if (!raisesStatus(order, stored[held], next)) return;
		writer.set(path, next);
		stored[held] = next;
	};

	const reportProgress = (p: Progress) => {
		if (!isOpen || !p.completed) return;
		completed = true;
		if (!policy.canWriteResult) return;
		// The score is reported when the module is complete: an LMS with a mastery score (Moodle,
		// Totara: MDL-50620) would otherwise turn an unfinished "incomplete" into "failed".
		const raw = Math.round(p.score * 100);
		if (stored.score === undefined) stored.score = writer.read(cmi.scoreRaw);
		if (p.scoredAnswered > 0 && raisesScore(stored.score, raw)) {
			writer.set(cmi.scoreMin, '0');
			writer.set(cmi.scoreMax, '100');
			writer.set(cmi.scoreRaw, String(raw));
			if (cmi.scoreScaled) writer.set(cmi.scoreScaled, String(Math.round(p.score * 10000) / 10000));
			stored.score = String(raw);
		}
		// The scoring rule (engine `summarise`): passed at a pass-mark module's mark, otherwise just
		// completed; never failed, so skipping or a low score never marks a learner down.
		if (cmi.completionStatus === cmi.successStatus) {
			// One status element (1.2): passed says both done and the outcome; completed says done.
			raise(
				cmi.completionStatus,
				voc.completionOrder,
				'completion',
				p.passed ? voc.passed : voc.completed,
			);
			stored.success = stored.completion;
		} else {
			// 2004: completed, and success stays unknown unless passed.
			raise(cmi.completionStatus, voc.completionOrder, 'completion', voc.completed);
			if (p.passed) raise(cmi.successStatus, voc.successOrder, 'success', voc.passed);
		}
		writer.requestCommit();
	};

	/** Says once that the session has ended, when the learner goes on after it (never silently). */
	let toldEnded = false;
	/** Whether the learner was told their progress outgrew what the LMS can hold (said once). */
	let toldTooLong = false;
	const tellIfEnded = () => {
		// A look back or through recorded nothing before the end either, and said so at the start.
		if (isOpen || toldEnded || policy.mode !== 'normal') return;
		toldEnded = true;
		notice('visit-ended');
	};
	const reportAnswer = (report: AnswerReport) => {
		tellIfEnded();
		// The first answer is the one recorded; review, browse record none.
		if (!isOpen || !report.isFirst || !policy.canWriteInteractions) return;
		writer.addInteraction(interactionFields(report, facts));
		writer.requestCommit();
		if (isKeeping) keepNow();
	};

	/** Progress is written only when this launch may, and only once the stored progress is known. */
	const mayWriteProgress = () =>
		isOpen && policy.canWriteProgress && (resume === 'fresh' || resume === 'restored');

	const tracker: Tracker = {
		restore: () => saved,
		save(text) {
			// Kept for the page even after the end, so what the learner did stays on screen.
			saved = text;
			tellIfEnded();
			if (isOpen && isKeeping) keepNow();
			if (!mayWriteProgress()) return;
			if (text.length > facts.limits.suspendData) {
				problem(`suspend data of ${text.length} characters is over the limit; not saved`);
				if (!toldTooLong) notice('not-all-saved');
				toldTooLong = true;
				return;
			}
			writer.set(cmi.suspendData, text);
			writer.requestCommit();
		},
		answered: reportAnswer,
		progress: reportProgress,
		subscribe(listener) {
			listeners.add(listener);
		},
	};

	return {
		tracker,
		isResume: saved !== undefined,
		isConnected: true,
		location,
		bookmark(lessonId) {
			if (!isOpen || !policy.canWriteProgress || lessonId.length > facts.limits.location) return;
			writer.set(cmi.location, lessonId);
		},
		commit: () => {
			if (isOpen) writer.commitIfDirty(true);
		},
		finish() {
			if (!isOpen) return;
			isOpen = false;
			if (policy.canWriteEnd) {
				writer.set(cmi.sessionTime, formatDuration(now() - started, facts.time.sessionTime));
				writer.set(cmi.exit, completed ? voc.exitNormal : voc.exitSuspend);
			}
			// Kept first: if the LMS takes everything now, the writer says so and the copy goes.
			keepNow();
			if (!writer.close()) notice(isKeeping ? 'not-all-saved-kept' : 'not-all-saved');
			noteVisit(options.tab, { saved });
		},
	};
}
