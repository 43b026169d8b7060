import type { Progress } from '../../engine/progress.ts';
import type { Notice, ScormConnection } from '../scorm/connection.ts';
import type { Tracker } from '../tracker.ts';
import {
	parseLaunch,
	readLaunchData,
	stateUrl,
	type LaunchData,
	type LaunchParams,
} from './launch.ts';
import { createQueue, type StorageLike } from './queue.ts';
import {
	answered,
	completed,
	initialized,
	judged,
	terminated,
	uuid,
	VERBS,
	type Statement,
	type StatementBase,
} from './statements.ts';

/**
 * The cmi5 AU side (cmi5 spec §8–§11), hand-rolled on `fetch` on purpose: `@xapi/cmi5` brings axios
 * and `@xapi/xapi` (well over our 25 KB JS budget for a learner's page), and its async `terminate`
 * on close can be lost (it has no keepalive queue). This file and its three neighbours are ~4 KB
 * gzipped and load only in the cmi5 package (a dynamic import).
 *
 * Flow: launch parameters → POST `fetch` once for the token (kept in sessionStorage for a reload
 * of the same launch) → GET `LMS.LaunchData` → GET our own state document (resume point, and which
 * of completed/passed/failed this registration already has) → `initialized` → answers, progress →
 * `terminated` → `returnURL`.
 */

/** The xAPI version every request declares (cmi5 requires xAPI 1.0.x). */
export const XAPI_VERSION = '1.0.3';
/** Our state document (xAPI State API, one per registration): resume point and verbs already sent. */
export const PROGRESS_STATE_ID = 'second-look.progress';

/** What we keep in our state document. */
export interface ProgressDocument {
	/** The engine's compact saved state. */
	suspend?: string;
	/** Lesson to reopen. */
	location?: string;
	/** Which cmi5 verbs this registration already has (at most one of each, §9.3). */
	sent: { completed?: boolean; passed?: boolean; failed?: boolean };
}

/** Options for {@link connectCmi5}. */
export interface Cmi5Options {
	/** `location.search` of the launch. */
	search: string;
	fetch: typeof fetch;
	storage?: StorageLike | undefined;
	/** Goes to `returnURL` (location.assign in the browser). */
	navigate: (url: string) => void;
	now?: () => number;
	setTimer?: (run: () => void, ms: number) => unknown;
	/** Fills bytes with randomness (statement ids); `crypto.getRandomValues` by default. */
	random?: (bytes: Uint8Array<ArrayBuffer>) => unknown;
	onnotice?: (notice: Notice) => void;
	onproblem?: (problem: string) => void;
	/** Waits between attempts at the start and in the queue. */
	backoffMs?: readonly number[];
	/** How long Finish waits for the LRS before going to returnURL anyway (the queue persists). */
	finishWaitMs?: number;
}

/** A cmi5 connection: the SCORM connection's shape, plus what the launch said. */
export interface Cmi5Connection extends ScormConnection {
	launchMode: LaunchData['launchMode'];
	returnURL: string | undefined;
	/** Ends the session; `button` also goes to returnURL once the queue is delivered. */
	finish(reason?: 'button' | 'leaving'): void;
	/** Statements queued, not yet acknowledged (tests, preview). */
	pending(): number;
}

const sleep = (ms: number, setTimer: (run: () => void, ms: number) => unknown) =>
	new Promise<void>((resolve) => setTimer(resolve, ms));

/** Retries `attempt` with back-off until it gives a value or the tries run out. */
async function retry<T>(
	attempt: () => Promise<T | undefined>,
	waits: readonly number[],
	setTimer: (run: () => void, ms: number) => unknown,
): Promise<T | undefined> {
	for (let i = 0; ; i++) {
		try {
			const value = await attempt();
			if (value !== undefined) return value;
		} catch {
			// network error: try again
		}
		const wait = waits[i];
		if (wait === undefined) return undefined;
		await sleep(wait, setTimer);
	}
}

/**
 * Starts the cmi5 session, or resolves undefined when the page was not launched by a cmi5 LMS, or
 * the LMS never gave a token or launch data (the runtime then runs standalone and says so).
 */
export async function connectCmi5(options: Cmi5Options): Promise<Cmi5Connection | undefined> {
	const launch = parseLaunch(options.search);
	if (!launch) return undefined;
	const now = options.now ?? (() => Date.now());
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const waits = options.backoffMs ?? [500, 1500, 4000];
	const notice = options.onnotice ?? (() => undefined);
	const problem = options.onproblem ?? (() => undefined);
	const storage = options.storage;
	const random = options.random ?? ((b: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(b));

	const token = await authToken(launch, options.fetch, storage, waits, setTimer);
	if (token === undefined) {
		problem('no auth token from the fetch URL');
		notice('standalone');
		return undefined;
	}
	const headers = () => ({
		Authorization: `Basic ${token}`,
		'X-Experience-API-Version': XAPI_VERSION,
	});
	const getJson = async (url: string): Promise<{ status: number; json: unknown }> => {
		const response = await options.fetch(url, { headers: headers() });
		const json: unknown = response.ok ? await response.json() : undefined;
		return { status: response.status, json };
	};

	const queue = createQueue({
		fetch: options.fetch,
		headers,
		storage,
		storageKey: `second-look.cmi5.queue:${launch.registration}`,
		setTimer,
		statementsUrl: `${launch.endpoint}statements`,
		...(options.backoffMs ? { backoffMs: options.backoffMs } : {}),
		onstatus: (s) => {
			notice(
				s === 'recovered' ? 'saved-again' : s === 'failing' ? 'save-failing' : 'save-retrying',
			);
		},
		onproblem: problem,
	});
	// What an earlier page of this launch left undelivered goes first, before we read the state.
	if (queue.size() > 0) await Promise.race([queue.flush(), sleep(3000, setTimer)]);

	const launchData = await retry(
		async () => {
			const r = await getJson(stateUrl(launch, 'LMS.LaunchData'));
			return readLaunchData(r.json);
		},
		waits,
		setTimer,
	);
	if (!launchData) {
		problem('LMS.LaunchData could not be read');
		notice('standalone');
		return undefined;
	}
	const mode = launchData.launchMode;
	const readOnly = mode === 'Review';
	const credit = mode === 'Normal';
	// Our state document may have missed a save (another device, a page that died) that the LRS
	// has: ask it which of completed/passed/failed this registration already holds (§9.3: at most one
	// completed and one passed per registration), alongside reading the document, not after it.
	const held = credit ? sentInRegistration(launch, getJson) : undefined;
	const progressUrl = stateUrl(launch, PROGRESS_STATE_ID);
	const prior = await retry(
		async () => {
			const r = await getJson(progressUrl);
			if (r.status === 404) return { sent: {} };
			const doc = r.json as Partial<ProgressDocument> | undefined;
			return doc ? { ...doc, sent: { ...doc.sent } } : undefined;
		},
		waits,
		setTimer,
	);
	const doc: ProgressDocument = prior ?? { sent: {} };
	if (held && !(doc.sent.completed && (doc.sent.passed || doc.sent.failed)))
		Object.assign(doc.sent, await held);
	// A reload of the same launch is the same session (§9.3.2: one initialized per session, nothing
	// after terminated): remember when it started and whether it ended, per fetch URL.
	const sessionKey = `second-look.cmi5.session:${launch.fetch}`;
	const earlier = readSession(storage, sessionKey);
	const started = earlier?.started ?? now();
	const remember = (ended: boolean) => {
		try {
			storage?.setItem(sessionKey, JSON.stringify({ started, ended }));
		} catch {
			// private mode: a reload would start a new session
		}
	};
	const base: StatementBase = {
		launch,
		contextTemplate: launchData.contextTemplate,
		newId: () => uuid(random),
	};
	let state: 'open' | 'terminated' = earlier?.ended ? 'terminated' : 'open';

	const send = (s: Statement) => {
		queue.push({ kind: 'statement', key: s.id, url: '', body: JSON.stringify(s) });
		void queue.flush();
	};
	const saveDoc = () => {
		if (readOnly) return;
		queue.push({ kind: 'state', key: progressUrl, url: progressUrl, body: JSON.stringify(doc) });
		void queue.flush();
	};

	if (!earlier) {
		send(initialized(base, new Date(started)));
		remember(false);
	}

	// The engine reports progress before the answer that caused it; judging is deferred to just
	// after that answer (or a microtask, or Finish), so `answered` comes before `completed`.
	let latest: Progress | undefined;
	const judge = () => {
		const p = latest;
		if (state !== 'open' || !credit || !p?.completed) return;
		const at = new Date(now());
		const elapsed = at.getTime() - started;
		let changed = false;
		if (!doc.sent.completed) {
			send(completed(base, at, elapsed));
			doc.sent.completed = true;
			changed = true;
		}
		if (!doc.sent.passed && !doc.sent.failed && p.scoredTotal > 0) {
			// The LMS's masteryScore wins over the package's own pass mark (§10).
			const mastery = launchData.masteryScore;
			const passed = mastery === undefined ? p.passed : p.score + 1e-9 >= mastery;
			send(judged(base, at, elapsed, p, passed, mastery));
			doc.sent[passed ? 'passed' : 'failed'] = true;
			changed = true;
		}
		if (changed) saveDoc();
	};
	const progress = (p: Progress) => {
		latest = p;
		queueMicrotask(judge);
	};

	const tracker: Tracker = {
		restore: () => doc.suspend,
		save(text) {
			if (state !== 'open' || readOnly || text === doc.suspend) return;
			doc.suspend = text;
			saveDoc();
		},
		answered(report) {
			if (state === 'open' && !readOnly && report.isFirst) send(answered(base, report));
			judge();
		},
		progress,
	};

	let finishing: Promise<void> | undefined;
	return {
		tracker,
		isResume: doc.suspend !== undefined,
		isConnected: true,
		location: doc.location,
		launchMode: mode,
		returnURL: launchData.returnURL,
		bookmark(lessonId) {
			if (state !== 'open' || readOnly || doc.location === lessonId) return;
			doc.location = lessonId;
			saveDoc();
		},
		commit() {
			void queue.flush();
		},
		finish(reason = 'leaving') {
			if (state === 'open') {
				judge();
				state = 'terminated';
				remember(true);
				send(terminated(base, new Date(now()), now() - started));
			}
			if (reason === 'leaving') {
				queue.flushOnLeave();
				return;
			}
			const wait = options.finishWaitMs ?? 10_000;
			void queue.flush();
			finishing ??= Promise.race([queue.whenEmpty(), sleep(wait, setTimer)]).then(() => {
				if (launchData.returnURL) options.navigate(launchData.returnURL);
			});
		},
		pending: () => queue.size(),
	};
}

/**
 * Which cmi5 verbs the LRS already holds for this registration and AU (xAPI 1.0.3 §7.2.3 statement
 * queries, one per verb, `limit=1`). A query that fails says nothing: the state document decides.
 */
async function sentInRegistration(
	launch: LaunchParams,
	getJson: (url: string) => Promise<{ status: number; json: unknown }>,
): Promise<ProgressDocument['sent']> {
	const verbs = ['completed', 'passed', 'failed'] as const;
	const found = await Promise.all(
		verbs.map(async (verb) => {
			const q = new URLSearchParams({
				agent: JSON.stringify(launch.actor),
				verb: VERBS[verb],
				activity: launch.activityId,
				registration: launch.registration,
				limit: '1',
			});
			try {
				const r = await getJson(`${launch.endpoint}statements?${q.toString()}`);
				const result = r.json as { statements?: unknown[] } | undefined;
				return (result?.statements?.length ?? 0) > 0;
			} catch {
				return false;
			}
		}),
	);
	const sent: ProgressDocument['sent'] = {};
	verbs.forEach((verb, i) => {
		if (found[i]) sent[verb] = true;
	});
	return sent;
}

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

/** POSTs to the fetch URL once (§8.2); a reload of the same launch reuses the stored token. */
async function authToken(
	launch: LaunchParams,
	fetchFn: typeof fetch,
	storage: StorageLike | undefined,
	waits: readonly number[],
	setTimer: (run: () => void, ms: number) => unknown,
): Promise<string | undefined> {
	const key = `second-look.cmi5.token:${launch.fetch}`;
	const stored = storage?.getItem(key);
	if (stored) return stored;
	const token = await retry(
		async () => {
			const response = await fetchFn(launch.fetch, { method: 'POST' });
			if (response.status >= 500) return undefined; // the LMS may recover: try again
			const body = (await response.json()) as { 'auth-token'?: string };
			// An error document (`error-code`) means the URL was used already: asking again won't help.
			return body['auth-token'] ?? '';
		},
		waits,
		setTimer,
	);
	if (!token) return undefined;
	try {
		storage?.setItem(key, token);
	} catch {
		// private mode: the token lives in memory only
	}
	return token;
}
