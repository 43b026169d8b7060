// Over 300 lines on purpose: one AU session's life (start, answers, progress, finish, notices)
// shares its registration's state; launch, statements, queue and deferred answers are apart.
import type { Progress } from '../../../src/lib/engine/progress.ts';
import type { AnswerReport, Tracker } from '../../../src/lib/tracking/tracker.ts';
import { CMI5_TAB_KEY } from '../../../src/lib/tracking/tab-progress.ts';
import type { Cmi5Connection, Cmi5Options, Started } from './connection.ts';
import {
	canKeep,
	deferredKey,
	loadReport,
	readDeferred,
	storeReport,
	writeDeferred,
	type StoredReport,
} from './deferred.ts';
import { stateUrl, type LaunchParams } from './launch.ts';
import type { AnyNotice } from './notices.ts';
import {
	mergeProgress,
	parseProgress,
	PROGRESS_STATE_ID,
	type ProgressDocument,
} from './progress-document.ts';
import { DEFAULT_TIMEOUT_MS, type StorageLike } from './queue.ts';
import { sentInRegistration, type StartContext } from './start.ts';
import {
	answered,
	completed,
	initialized,
	judged,
	terminated,
	uuid,
	type Statement,
	type StatementBase,
} from './statements.ts';
import { sleep } from './timeout.ts';

/**
 * One AU session of a cmi5 launch: a tracker that works at once, and sends once the start is
 * attached (`attach`). Before that, answers and saves are kept in durable storage (`deferred.ts`);
 * after it, they go through the queue. At most one completed and one passed/failed per
 * registration, and none while what the registration holds is unknown: a result is never lowered.
 */

/** Waits between asks when the LRS could not say what the registration holds. */
export const DEFAULT_BACKOFF = [500, 1500, 4000, 10_000, 30_000];

/** This launch's session as an earlier page of it left it, if any. */
function readSession(
	storage: StorageLike | undefined,
	key: string,
): { started: number; ended: boolean } | undefined {
	try {
		const text = storage?.getItem(key);
		return text ? (JSON.parse(text) as { started: number; ended: boolean }) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The session: a tracker that works at once, and sends once the start is attached. Before that,
 * answers and saves are kept in `durable` storage (deferred); after it, they go through the queue.
 */
export function createSession(
	launch: LaunchParams,
	options: Cmi5Options,
	problem: (p: string) => void,
	notice: (n: AnyNotice) => void,
) {
	const now = options.now ?? (() => Date.now());
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const random = options.random ?? ((b: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(b));
	const { storage, durable } = options;
	const progressUrl = stateUrl(launch, PROGRESS_STATE_ID);
	const keepKey = deferredKey(launch.registration);
	// Kept by an earlier page that never reached the LMS: shown now, delivered with ours.
	const carried = readDeferred(durable, keepKey);
	const reports: StoredReport[] = [...(carried?.reports ?? [])];
	let doc: ProgressDocument = {
		...(carried?.suspend === undefined ? {} : { suspend: carried.suspend }),
		...(carried?.location === undefined ? {} : { location: carried.location }),
		sent: {},
	};
	// A reload of the same launch is the same session (§9.3.2: one initialized per session, nothing
	// after terminated): remember when it started and whether it ended, per fetch URL.
	const sessionKey = `${CMI5_TAB_KEY}session:${launch.fetch}`;
	const earlier = readSession(storage, sessionKey);
	const startedAt = earlier?.started ?? now();
	const remember = (ended: boolean) => {
		try {
			storage?.setItem(sessionKey, JSON.stringify({ started: startedAt, ended }));
		} catch {
			// private mode: a reload would start a new session
		}
	};

	let s: (Started & { base: StatementBase }) | undefined;
	let open = !earlier?.ended;
	/**
	 * What the learner did after the session ended (a reload after `terminated`, or going on after
	 * Finish): kept for the page, so it stays on screen, and never sent (§9.3.2). Said once.
	 */
	let afterEnd: string | undefined;
	let toldEnded = false;
	const tellEnded = () => {
		if (toldEnded) return;
		toldEnded = true;
		notice('visit-ended');
	};
	if (earlier?.ended) tellEnded();
	let finishedAt: number | undefined;
	let finishReason: 'button' | 'leaving' | undefined;
	let endedWhileWaiting = false;
	let readOnly = false;
	let readable = true;
	let known = false;
	let latest: Progress | undefined;
	let settle: (ok: boolean) => void = () => undefined;
	const ready = new Promise<boolean>((resolve) => {
		settle = resolve;
	});

	/** Whether what the learner does before the LMS answers really is kept in this browser. */
	let isKept = canKeep(durable, keepKey);
	/** Whether the learner was told that the LMS is not answering (then told again if it changes). */
	let toldWaiting = false;
	const tellWaiting = () => {
		toldWaiting = true;
		notice(isKept ? 'lms-not-answering' : 'lms-not-answering-unkept');
	};
	const keep = () => {
		if (s) return;
		const isWritten = writeDeferred(
			durable,
			keepKey,
			{
				reports,
				...(doc.suspend === undefined ? {} : { suspend: doc.suspend }),
				...(doc.location === undefined ? {} : { location: doc.location }),
			},
			now(),
		);
		// Storage refused it (full, or blocked since): never let the learner believe it is kept.
		if (isWritten || !isKept) return;
		isKept = false;
		if (toldWaiting) tellWaiting();
	};
	const send = (st: Statement) => {
		s?.queue.push({ kind: 'statement', key: st.id, url: '', body: JSON.stringify(st) });
		void s?.queue.flush();
	};
	const saveDoc = () => {
		if (!s) {
			keep();
			return;
		}
		if (readOnly) return;
		const body = JSON.stringify(doc);
		s.queue.push({ kind: 'state', key: progressUrl, url: progressUrl, body, merge: !readable });
		void s.queue.flush();
	};

	/** Asks the LRS again which verbs the registration holds, until it says. */
	let asking = false;
	const ask = () => {
		if (!s || asking || known) return;
		asking = true;
		const ctx: StartContext = {
			launch,
			fetch: options.fetch,
			setTimer,
			waits: [],
			timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
		};
		void sentInRegistration(ctx, s.token).then((held) => {
			asking = false;
			if (held) {
				Object.assign(doc.sent, held);
				known = true;
				judge();
			} else if (open) setTimer(ask, (options.backoffMs ?? DEFAULT_BACKOFF).at(-1) ?? 1000);
		});
	};

	// The engine reports progress before the answer that caused it; judging is deferred to just
	// after that answer (or a microtask, or Finish), so `answered` comes before `completed`.
	const judge = (at = now()) => {
		const p = latest;
		if (!s || !open || readOnly || !p?.completed) return;
		if (!known) {
			// What the registration already holds is unknown: sending now could lower a result.
			ask();
			return;
		}
		const when = new Date(at);
		const elapsed = at - startedAt;
		let changed = false;
		if (!doc.sent.completed) {
			send(completed(s.base, when, elapsed));
			doc.sent.completed = true;
			changed = true;
		}
		// The scoring rule (engine `summarise`): `passed` only at a pass-mark module's mark, and never
		// `failed` (cmi5 lets an AU send neither: §9.3.4–9.3.5 say when it may, not that it must).
		// A masteryScore the LMS sets wins over the module's own rule (§10): passed at or above it.
		const mastery = s.data.masteryScore;
		const passed =
			mastery === undefined ? p.passed : p.scoredAnswered > 0 && p.score + 1e-9 >= mastery;
		if (!doc.sent.passed && passed) {
			send(judged(s.base, when, elapsed, p, true, mastery));
			doc.sent.passed = true;
			changed = true;
		}
		if (changed) saveDoc();
	};

	const end = () => {
		if (!s) return;
		judge(finishedAt);
		if (latest?.completed && !readOnly && !known)
			problem('completed/passed not sent: what the registration holds could not be read');
		open = false;
		remember(true);
		send(terminated(s.base, new Date(finishedAt ?? now()), (finishedAt ?? now()) - startedAt));
	};
	let finishing: Promise<void> | undefined;
	const leave = () => {
		if (!s) return;
		if (finishReason === 'leaving') {
			s.queue.flushOnLeave();
			return;
		}
		const { queue, data } = s;
		void queue.flush();
		// Answers this browser cannot keep would be lost by going: then only once delivered.
		finishing ??= Promise.race([
			queue.whenEmpty(),
			sleep(options.finishWaitMs ?? 10_000, setTimer).then(() =>
				queue.isKept() ? undefined : queue.whenEmpty(),
			),
		]).then(() => {
			if (data.returnURL) options.navigate(data.returnURL);
		});
	};

	/** The LMS answered: build the session, deliver what was kept, apply the mode. */
	const attach = (started: Started, wasWaiting = false) => {
		const base: StatementBase = {
			launch,
			contextTemplate: started.data.contextTemplate,
			newId: () => uuid(random),
		};
		s = { ...started, base };
		const mode = started.data.launchMode;
		readOnly = mode !== 'Normal';
		if (mode !== 'Normal') notice(mode === 'Review' ? 'review' : 'browse');
		const kept = doc;
		if (started.prior.kind === 'found')
			doc =
				kept.suspend === undefined && kept.location === undefined
					? started.prior.doc
					: readOnly
						? started.prior.doc
						: mergeProgress(started.prior.doc, kept, options.mergeSaved);
		readable = started.prior.kind !== 'unreadable';
		if (!readable) notice('earlier-unavailable');
		if (started.held) Object.assign(doc.sent, started.held);
		known =
			started.held !== undefined ||
			(readable && Boolean(doc.sent.completed && (doc.sent.passed || doc.sent.failed)));
		if (!earlier) {
			send(initialized(base, new Date(startedAt)));
			remember(false);
		}
		if (!earlier?.ended) {
			if (!readOnly) for (const r of reports) send(answered(base, loadReport(r)));
			writeDeferred(durable, keepKey, undefined, now());
		}
		if (!readOnly && (kept.suspend !== undefined || kept.location !== undefined)) saveDoc();
		if (endedWhileWaiting) {
			open = true;
			end();
			leave();
		} else judge();
		if (wasWaiting && readable)
			void started.queue.flush().then((empty) => {
				if (empty) notice('saved-again'); // the LMS answers now, and holds what was kept
			});
	};

	/** The queue wrote our document into one it could not read before: now it can. */
	const onmerged = (_key: string, stored: string | undefined) => {
		if (readable) return;
		readable = true;
		let theirs: ProgressDocument | undefined;
		try {
			theirs = stored === undefined ? undefined : parseProgress(JSON.parse(stored));
		} catch {
			theirs = undefined;
		}
		if (!theirs) return;
		doc = mergeProgress(theirs, doc, options.mergeSaved);
		if (theirs.sent.completed && (theirs.sent.passed || theirs.sent.failed)) known = true;
		if (theirs.suspend !== undefined) notice('earlier-found');
	};

	const tracker: Tracker = {
		restore: () => afterEnd ?? doc.suspend,
		save(text) {
			if (!open) {
				afterEnd = text;
				tellEnded();
				return;
			}
			if (text === doc.suspend) return;
			// Browse and Review keep what the learner does on this page, and write none of it.
			doc.suspend = text;
			saveDoc();
		},
		answered(report: AnswerReport) {
			if (!open) tellEnded();
			if (open && !readOnly && report.isFirst) {
				if (s) send(answered(s.base, report));
				else {
					reports.push(storeReport(report));
					keep();
				}
			}
			judge();
		},
		progress(p) {
			latest = p;
			queueMicrotask(() => {
				judge();
			});
		},
	};

	const connection: Cmi5Connection = {
		tracker,
		get isResume() {
			return doc.suspend !== undefined;
		},
		get isConnected() {
			return s !== undefined;
		},
		get location() {
			return doc.location;
		},
		get launchMode() {
			return s?.data.launchMode;
		},
		get returnURL() {
			return s?.data.returnURL;
		},
		ready,
		bookmark(lessonId) {
			if (!open || readOnly || doc.location === lessonId) return;
			doc.location = lessonId;
			saveDoc();
		},
		commit() {
			void s?.queue.flush();
		},
		finish(reason = 'leaving') {
			if (finishReason !== 'button') finishReason = reason;
			if (open) {
				finishedAt = now();
				if (s) end();
				else {
					open = false; // kept (deferred) until the LMS answers; attach ends the session
					endedWhileWaiting = true;
				}
			}
			leave();
		},
		pending: () => s?.queue.size() ?? 0,
	};
	return {
		connection,
		attach,
		onmerged,
		isUnreadable: () => !readable,
		/** Says the LMS is not answering, and whether the answers are kept meanwhile. */
		tellWaiting,
		settle: (ok: boolean) => {
			settle(ok);
		},
	};
}
