import type { ScormConnection } from '../../scorm/runtime/connection.ts';
import { createSession, DEFAULT_BACKOFF } from './au-session.ts';
import { parseLaunch, stateUrl, type LaunchData } from './launch.ts';
import type { AnyNotice } from './notices.ts';
import {
	mergeProgress,
	sameProgress,
	parseProgress,
	PROGRESS_STATE_ID,
	type MergeSaved,
	type ProgressDocument,
} from './progress-document.ts';
import {
	createQueue,
	DEFAULT_TIMEOUT_MS,
	type Lock,
	type Queue,
	type QueueStatus,
	type StorageLike,
} from './queue.ts';
import { learnerConcealer } from './conceal.ts';
import {
	authToken,
	launchData as readLaunchData,
	readProgress,
	sentInRegistration,
	XAPI_VERSION,
	type PriorProgress,
	type StartContext,
} from './start.ts';
import { sleep, type SetTimer } from './timeout.ts';
import { dropExpiredKept, queueKey } from './kept.ts';
import type { SweptStorage } from '../../shared/keep.ts';

export { PROGRESS_STATE_ID, type ProgressDocument } from './progress-document.ts';
export { XAPI_VERSION } from './start.ts';

/**
 * The cmi5 AU side (cmi5 spec §8–§11), hand-rolled on `fetch` on purpose: `@xapi/cmi5` brings axios
 * and `@xapi/xapi` (well over our 25 KB JS budget for a learner's page), and its async `terminate`
 * on close can be lost (it has no keepalive queue).
 *
 * Flow: launch parameters → the start (`start.ts`: token, `LMS.LaunchData`, our progress document,
 * what the registration holds) → `initialized` → answers, progress → `terminated` → `returnURL`.
 * The learner never waits long for the start: after `startWaitMs` the page is usable and what they
 * do is kept in this browser (`deferred.ts`) until the LMS answers. A progress document that could
 * not be read is never written over: saves are merged into it once it can be read.
 */

/** Options for {@link connectCmi5}. */
export interface Cmi5Options {
	/** `location.search` of the launch. */
	search: string;
	fetch: typeof fetch;
	/** This tab's storage (sessionStorage): the token and the session of a reload of one launch. */
	storage?: StorageLike | undefined;
	/**
	 * Storage that outlives the tab (localStorage): the queue and deferred answers, per registration,
	 * each for 30 days at most (kept.ts).
	 */
	durable?: SweptStorage | undefined;
	/** One tab at a time delivers a registration's queue (`navigator.locks` in the browser). */
	lock?: Lock | undefined;
	/** Goes to `returnURL` (location.assign in the browser). */
	navigate: (url: string) => void;
	now?: () => number;
	setTimer?: SetTimer;
	/** Fills bytes with randomness (statement ids); `crypto.getRandomValues` by default. */
	random?: (bytes: Uint8Array<ArrayBuffer>) => unknown;
	onnotice?: (notice: AnyNotice) => void;
	onproblem?: (problem: string) => void;
	/** Merges the engine's stored saved text with this session's (else the stored one is kept). */
	mergeSaved?: MergeSaved | undefined;
	/** Waits between attempts at the start and in the queue. */
	backoffMs?: readonly number[];
	/** How long one request may take before it is aborted and retried. */
	timeoutMs?: number;
	/** How long the learner waits for the start before the page is usable anyway. */
	startWaitMs?: number;
	/** How long Finish waits for the LRS before going to returnURL anyway (the queue persists). */
	finishWaitMs?: number;
}

/** A cmi5 connection: the SCORM connection's shape, plus what the launch said. */
export interface Cmi5Connection extends ScormConnection {
	/** The launch mode; undefined while the LMS has not answered. */
	readonly launchMode: LaunchData['launchMode'] | undefined;
	readonly returnURL: string | undefined;
	/** Ends the session; `button` also goes to returnURL once the queue is delivered. */
	finish(reason?: 'button' | 'leaving'): void;
	/** Statements queued, not yet acknowledged (tests, preview). */
	pending(): number;
	/** Resolves once the LMS answered the start (true) or gave up (false). */
	readonly ready: Promise<boolean>;
}

/** What the start gave. */
export interface Started {
	token: string;
	queue: Queue;
	data: LaunchData;
	prior: PriorProgress;
	held: ProgressDocument['sent'] | undefined;
}

/**
 * Starts the cmi5 session, or resolves undefined when the page was not launched by a cmi5 LMS, or
 * the LMS refused the start within `startWaitMs` (the runtime then runs standalone and says so).
 */
export async function connectCmi5(options: Cmi5Options): Promise<Cmi5Connection | undefined> {
	const launch = parseLaunch(options.search);
	if (!launch) return undefined;
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const unsent = unsentTracker(options.onnotice ?? (() => undefined));
	const notice = unsent.notice;
	const problem = options.onproblem ?? (() => undefined);
	// Anyone's queue or deferred answers past their time go first, whoever launches (kept.ts).
	dropExpiredKept(options.durable, (options.now ?? Date.now)());
	const ctx: StartContext = {
		launch,
		fetch: options.fetch,
		setTimer,
		waits: options.backoffMs ?? DEFAULT_BACKOFF,
		timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
	};
	const session = createSession(launch, options, problem, notice);
	const starting = start(ctx, options, session, unsent);
	const waited = sleep(options.startWaitMs ?? 6000, setTimer).then(() => 'waiting' as const);
	const first = await Promise.race([starting, waited]);
	if (first === undefined) {
		problem('the LMS gave no auth token or launch data');
		notice('standalone');
		return undefined;
	}
	if (first === 'waiting') {
		// The page is usable now; what the learner does is kept until the LMS answers, if this
		// browser can keep it (else the learner is told plainly to keep the page open).
		session.tellWaiting();
		void starting.then((s) => {
			if (s) session.attach(s, true);
			else problem('the LMS gave no auth token or launch data');
			session.settle(Boolean(s));
		});
	} else {
		session.attach(first);
		session.settle(true);
	}
	return unsent.finishTells(session.connection);
}

/** The LMS not answering the start: the learner's answers wait, kept in this browser or not. */
const WAITING: Partial<Record<AnyNotice, 'kept' | 'unkept'>> = {
	'lms-not-answering': 'kept',
	'lms-not-answering-unkept': 'unkept',
};

/**
 * Finish pressed while the learner's answers are not reaching the LMS is said, as SCORM's close
 * says it (`not-all-saved-kept`; `finish-waiting-unkept` where this browser cannot keep them): the
 * finish paragraph then tells the truth, not "saved". The queue, or the deferred record, goes on
 * delivering; `saved-again` says when it has.
 */
function unsentTracker(told: (notice: AnyNotice) => void) {
	let unsent: 'kept' | 'unkept' | undefined;
	return {
		notice: (n: AnyNotice) => {
			if (WAITING[n]) unsent = WAITING[n];
			else if (n === 'saved-again') unsent = undefined;
			told(n);
		},
		/** The queue's own state, whatever it was worded as (unreadable earlier answers, say). */
		queue: (status: QueueStatus, isKept: boolean) => {
			if (status === 'failing') unsent = isKept ? 'kept' : 'unkept';
			else if (status === 'recovered') unsent = undefined;
		},
		finishTells: (connection: Cmi5Connection): Cmi5Connection => {
			const end = connection.finish.bind(connection);
			connection.finish = (reason) => {
				end(reason);
				const isRecording = (connection.launchMode ?? 'Normal') === 'Normal';
				if (reason === 'button' && unsent && isRecording)
					// Not kept: the page stays until they are delivered (au-session `leave`).
					told(unsent === 'kept' ? 'not-all-saved-kept' : 'finish-waiting-unkept');
			};
			return connection;
		},
	};
}

/** Token, earlier pages' queue, LaunchData, our document and the registration's verbs. */
async function start(
	ctx: StartContext,
	options: Cmi5Options,
	session: {
		onmerged: (key: string, stored: string | undefined) => void;
		isUnreadable: () => boolean;
	},
	unsent: ReturnType<typeof unsentTracker>,
): Promise<Started | undefined> {
	const token = await authToken(ctx, options.storage);
	if (token === undefined) return undefined;
	const { launch } = ctx;
	const progressUrl = stateUrl(launch, PROGRESS_STATE_ID);
	const queue = createQueue({
		fetch: options.fetch,
		headers: () => ({ Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION }),
		storage: options.durable,
		storageKey: queueKey(launch.registration),
		...(options.now ? { now: options.now } : {}),
		conceal: learnerConcealer(launch.actor),
		lock: options.lock,
		setTimer: ctx.setTimer,
		timeoutMs: ctx.timeoutMs,
		statementsUrl: `${launch.endpoint}statements`,
		...(options.backoffMs ? { backoffMs: options.backoffMs } : {}),
		merge: (stored, queued) => {
			const mine = parseProgress(JSON.parse(queued));
			let theirs: ProgressDocument | undefined;
			try {
				theirs = parseProgress(JSON.parse(stored));
			} catch {
				theirs = undefined; // not JSON: not a document of ours, nothing to keep
			}
			if (!mine || !theirs) return theirs ? stored : queued;
			const merged = mergeProgress(theirs, mine, options.mergeSaved);
			// Nothing new (an earlier page's save the LRS stored, its answer unseen): the stored text.
			return sameProgress(merged, theirs) ? stored : JSON.stringify(merged);
		},
		onmerged: (key, stored) => {
			if (key === progressUrl) session.onmerged(key, stored);
		},
		...statusHandlers(options, unsent, session.isUnreadable, () => queue.isKept()),
	});
	// What an earlier page of this registration left undelivered goes first, before we read.
	if (queue.size() > 0) await Promise.race([queue.flush(), sleep(3000, ctx.setTimer)]);
	const data = await readLaunchData(ctx, token);
	if (!data) return undefined;
	// Our document may have missed a save (another device, a page that died) that the LRS has: ask
	// which of completed/passed/failed this registration holds, alongside reading the document.
	const held = data.launchMode === 'Normal' ? sentInRegistration(ctx, token) : undefined;
	const prior = await readProgress(ctx, token);
	return { token, queue, data, prior, held: await held };
}

/**
 * The queue's status, in the learner's words; nothing after a refusal says "saved again"; while
 * the earlier answers are unreadable, that is what a failed save means, and what is said; a failing
 * save says whether the answers are kept in this browser meanwhile.
 */
function statusHandlers(
	options: Cmi5Options,
	unsent: ReturnType<typeof unsentTracker>,
	isUnreadable: () => boolean,
	isKept: () => boolean,
) {
	const { notice } = unsent;
	let refused = false;
	return {
		onstatus: (s: QueueStatus) => {
			unsent.queue(s, isKept());
			if (s === 'refused') refused = true;
			const failed = s === 'retrying' || s === 'failing';
			notice(
				s === 'refused' || (s === 'recovered' && refused)
					? 'part-refused'
					: failed && isUnreadable()
						? 'earlier-unavailable'
						: s === 'recovered'
							? 'saved-again'
							: s === 'failing'
								? isKept()
									? 'save-failing-kept'
									: 'save-failing'
								: 'save-retrying',
			);
		},
		onproblem: options.onproblem ?? (() => undefined),
	};
}
