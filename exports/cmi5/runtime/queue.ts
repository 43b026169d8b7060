// Over 300 lines on purpose: ordering, deadlines, back-off and the keepalive flush all act on one
// list of pending requests; batching (batches.ts) and timeouts (timeout.ts) are already apart.
import { nextRequest, type Bisect } from './batches.ts';
import type { Concealer } from './conceal.ts';
import { keptSince } from '../../shared/keep.ts';
import { withTimeout, type SetTimer } from './timeout.ts';

/**
 * The delivery queue between the AU and the LRS. Every statement and state document goes through it
 * and stays in it until the LRS acknowledges it, so an LRS that answers 500, is slow,
 * hangs, or rejects the token for a while loses nothing: every request has a deadline, the queue
 * retries with back-off, and on `pagehide` sends what is left with `keepalive`.
 *
 * Statements go first (in order), then state documents: a document that cannot be written yet
 * (its stored version unreadable) never holds up the answers.
 *
 * It lives in localStorage, per registration: a tab closed during an outage leaves it there, and
 * the next launch of that registration (a new tab, a new token) delivers it first. Statements keep
 * their own ids and context, so a resend of one the LRS already has is harmless (xAPI 1.0.3 §2.2).
 * Storage is read and written item by item (read-modify-write), and one tab at a time delivers
 * (a Web Lock per registration), so two tabs of one registration neither lose nor double-send.
 *
 * A batch the LRS refuses (400/409/413) is split in halves until the one statement it refuses is
 * found: that one is reported and kept out, the others go through.
 */

/** One request waiting for the LRS. */
export interface Pending {
	/** `statement` items next to each other are sent as one POST of an array. */
	kind: 'statement' | 'state';
	/** Statement: its id. State: the document's URL (a newer save replaces an older one still queued). */
	key: string;
	/** The request URL. */
	url: string;
	/** JSON text. */
	body: string;
	/**
	 * State only: the stored document was never read by this page (unreadable at launch, or queued
	 * by an earlier page): read it, merge this into it, then write.
	 */
	merge?: boolean;
}

/**
 * What the learner may be told: calm, never technical (the runtime words it). `recovered` only once
 * the LRS acknowledged a request after failures; `refused` when it refused something for good.
 */
export type QueueStatus = 'retrying' | 'failing' | 'recovered' | 'refused';

/** The parts of Web Storage the queue uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Runs `run` while holding the named lock (one tab at a time); `navigator.locks.request`'s shape. */
export type Lock = <T>(name: string, run: () => Promise<T>) => Promise<T>;

/** Options for {@link createQueue}. */
export interface QueueOptions {
	fetch: typeof fetch;
	/** Headers for every request: Authorization and the xAPI version. */
	headers: () => Record<string, string>;
	/** Where the queue survives the page (localStorage); in memory without it. */
	storage?: StorageLike | undefined;
	/** Storage key and lock name: one per registration. */
	storageKey: string;
	/**
	 * What identifies the learner in a request (the actor: name and LMS account), taken out of it
	 * before it is written to storage and put back as it is read, so a shared computer's storage never
	 * holds it ({@link learnerConcealer}). Without it, requests are stored as they are.
	 */
	conceal?: Concealer | undefined;
	/** One tab delivers at a time; `navigator.locks` in the browser. Without it, no lock. */
	lock?: Lock | undefined;
	/** Timers, injected for tests. */
	setTimer?: SetTimer;
	/** The clock of the stored queue's `at`, when it was first kept (exports/shared/keep.ts). */
	now?: () => number;
	/** Waits between attempts; the last one repeats. */
	backoffMs?: readonly number[];
	/** How long one request may take before it is aborted and retried. */
	timeoutMs?: number;
	/** The statements endpoint (`<endpoint>statements`). */
	statementsUrl: string;
	/** Merges a queued state document into the stored one (JSON texts: stored, queued). */
	merge?: (stored: string, queued: string) => string;
	/** A `merge` item was written: `stored` is what the LRS held before (undefined: nothing). */
	onmerged?: (key: string, stored: string | undefined) => void;
	onstatus?: (status: QueueStatus) => void;
	/** Requests the LRS refused for good (HTTP 400/409/413): reported, never shown to learners. */
	onproblem?: (problem: string) => void;
}

/** The queue. */
export interface Queue {
	/** Adds a request at the end (a state save replaces the same document's older, unsent save). */
	push(item: Pending): void;
	/** Sends everything queued, in order; resolves true when the queue is empty. */
	flush(): Promise<boolean>;
	/** On leaving: sends everything left with `keepalive`, without waiting. */
	flushOnLeave(): void;
	/** How many requests are waiting (this registration's, from every tab). */
	size(): number;
	/** Whether what waits is kept in storage past the page (false: in memory only, storage refused). */
	isKept(): boolean;
	/** Resolves when nothing is waiting (the queue's own retries keep it moving). */
	whenEmpty(): Promise<void>;
}

const DEFAULT_BACKOFF = [1000, 2000, 4000, 8000, 15000];
/** Long enough for a slow LRS on a school network, short enough that a hang does not stall us. */
export const DEFAULT_TIMEOUT_MS = 8000;
/** Failed attempts in a row before the learner is told saving is failing, not just slow. */
const FAILING_AFTER = 3;
/** Chrome allows 64 KiB of keepalive bodies in flight per page; leave room for the state PUTs. */
const KEEPALIVE_BYTES = 48_000;

/** Whether an LRS answer means "stored" (2xx) or "never will be" (400/409/413: our request is wrong). */
function outcome(status: number): 'ok' | 'refused' | 'retry' {
	if (status >= 200 && status < 300) return 'ok';
	if (status === 400 || status === 409 || status === 413) return 'refused';
	return 'retry'; // 401/403 (token rejected for now), 408, 429, 5xx, 0 (network error, timeout)
}

const same = (a: Pending, b: Pending) => a.key === b.key && a.body === b.body;

/**
 * The requests of a stored queue: `{ at, items }`, or a plain list as a release before the 30 days
 * kept it (stamped when next written, or by the launch's sweep). Pure.
 */
function storedItems(value: unknown): Pending[] {
	if (Array.isArray(value)) return value as Pending[];
	const items = value && typeof value === 'object' ? (value as { items?: unknown }).items : [];
	return Array.isArray(items) ? (items as Pending[]) : [];
}

/** Creates the queue of one registration (what storage holds for it is part of it at once). */
export function createQueue(options: QueueOptions): Queue {
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const backoff = options.backoffMs ?? DEFAULT_BACKOFF;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const status = options.onstatus ?? (() => undefined);
	const problem = options.onproblem ?? (() => undefined);
	const lock: Lock = options.lock ?? ((_name, run) => run());
	const { storage, storageKey, conceal } = options;
	const now = options.now ?? (() => Date.now());

	let memory: Pending[] = [];
	let durable = storage !== undefined;
	/** The queue as storage holds it now (another tab may have changed it). */
	const read = (): Pending[] => {
		if (!durable || !storage) return memory;
		let text: string | null;
		try {
			text = storage.getItem(storageKey);
		} catch {
			durable = false;
			return memory;
		}
		try {
			const list = storedItems(text ? JSON.parse(text) : []);
			const shown = list.map((item) =>
				conceal ? { ...item, url: conceal.show(item.url), body: conceal.show(item.body) } : item,
			);
			return shown;
		} catch {
			return [];
		}
	};
	const write = (list: Pending[]) => {
		memory = list;
		if (!durable || !storage) return;
		try {
			const hidden = list.map((item) =>
				conceal ? { ...item, url: conceal.hide(item.url), body: conceal.hide(item.body) } : item,
			);
			if (list.length) {
				// Kept since the first item waited, whichever tab added the rest (its `at` stays).
				const at = keptSince(storage.getItem(storageKey), now());
				storage.setItem(storageKey, JSON.stringify({ at, items: hidden }));
			} else storage.removeItem(storageKey);
		} catch {
			durable = false; // storage full or blocked: the queue goes on in memory
		}
	};
	/** State items this page pushed itself; any other was saved without reading the stored one. */
	const mine: Pending[] = [];

	let waiters: (() => void)[] = [];
	const remove = (batch: readonly Pending[]) => {
		const left = read().filter((item) => !batch.some((b) => same(b, item)));
		write(left);
		if (left.length === 0) {
			for (const wake of waiters) wake();
			waiters = [];
		}
	};

	const request = (url: string, method: string, body?: string) =>
		withTimeout(
			async (signal) => {
				const response = await options.fetch(url, {
					method,
					headers: {
						...options.headers(),
						...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
					},
					...(body === undefined ? {} : { body }),
					signal,
				});
				const text = method === 'GET' && response.ok ? await response.text() : undefined;
				return { status: response.status, text };
			},
			timeoutMs,
			setTimer,
		).catch(() => ({ status: 0, text: undefined })); // network error or timeout

	/** A state document that must be merged: read the stored one first; the body to write. */
	const mergedBody = async (
		item: Pending,
		merge: (stored: string, queued: string) => string,
	): Promise<{ body: string; stored: string | undefined } | undefined> => {
		const got = await request(item.url, 'GET');
		if (got.status === 404) return { body: item.body, stored: undefined };
		if (outcome(got.status) !== 'ok' || got.text === undefined) return undefined;
		return { body: merge(got.text, item.body), stored: got.text };
	};

	let failures = 0;
	let timer = false;
	const bisect: Bisect = { suspect: 0, limit: 0 };
	const retryLater = () => {
		failures += 1;
		status(failures >= FAILING_AFTER ? 'failing' : 'retrying');
		if (timer) return;
		timer = true;
		const wait = backoff[Math.min(failures - 1, backoff.length - 1)] ?? 1000;
		setTimer(() => {
			timer = false;
			void flush();
		}, wait);
	};

	const send = async (): Promise<boolean> => {
		for (
			let next = nextRequest(read(), bisect, options.statementsUrl);
			next;
			next = nextRequest(read(), bisect, options.statementsUrl)
		) {
			const { batch } = next;
			const head = batch[0];
			let body = next.body;
			let merged: { stored: string | undefined } | undefined;
			const mustMerge = head?.kind === 'state' && (head.merge || !mine.some((m) => same(m, head)));
			if (head && mustMerge && options.merge) {
				const m = await mergedBody(head, options.merge);
				if (!m) {
					retryLater();
					return false;
				}
				({ body } = m);
				merged = m;
			}
			// The LRS already holds exactly this document: writing it again would change nothing
			// (and in Review mode it must write nothing).
			const answer =
				merged && merged.stored === body
					? 204
					: (await request(next.url, next.method, body)).status;
			const result = outcome(answer);
			if (result === 'retry') {
				retryLater();
				return false;
			}
			if (result === 'refused' && batch.length > 1) {
				// One of them is wrong: try each half on its own, until that one is found.
				bisect.suspect = batch.length;
				bisect.limit = Math.ceil(batch.length / 2);
				continue;
			}
			remove(batch);
			if (head?.kind === 'statement') {
				bisect.suspect = Math.max(0, bisect.suspect - batch.length);
				if (bisect.suspect === 0) bisect.limit = 0;
			}
			if (result === 'refused') {
				problem(`LRS refused ${next.method} ${next.url}: HTTP ${answer} for ${head?.key ?? ''}`);
				status('refused');
				continue;
			}
			// "Saved again" only once everything waiting is acknowledged.
			if (failures > 0 && read().length === 0) {
				status('recovered');
				failures = 0;
			}
			if (merged && head) options.onmerged?.(head.key, merged.stored);
		}
		return true;
	};

	/** `send` under the lock; without it when the lock itself is refused (an opaque-origin frame). */
	const locked = (): Promise<boolean> => {
		let entered = false;
		const run = () => {
			entered = true;
			return send();
		};
		try {
			return lock(storageKey, run).catch((err: unknown) => {
				if (entered) throw err;
				return send();
			});
		} catch {
			return send();
		}
	};
	let running: Promise<boolean> | undefined;
	const flush = (): Promise<boolean> => {
		running ??= locked()
			.catch(() => false)
			.finally(() => {
				running = undefined;
			});
		return running;
	};

	return {
		push(item) {
			const list = read();
			if (item.kind !== 'state') {
				write([...list, item]);
				return;
			}
			// A newer save replaces the older one still queued; if that one had to be merged into the
			// stored document (or came from another page), so must this one.
			const older = list.filter((i) => i.kind === 'state' && i.key === item.key);
			const merge = item.merge || older.some((i) => i.merge || !mine.some((m) => same(m, i)));
			const next = merge ? { ...item, merge: true } : item;
			mine.push(next);
			write([...list.filter((i) => !older.includes(i)), next]);
		},
		flush,
		flushOnLeave() {
			// What is left, kept alive past the page: every statement in ONE request (so they arrive
			// in order, `terminated` last), then the state documents this page wrote itself (one to
			// merge needs a read first: it waits for the next launch). Nothing is removed unless the
			// LRS answers: if the page lives on (bfcache), or a request is dropped, storage has it.
			const items = read();
			const requests: { run: Pending[]; url: string; method: string; body: string }[] = [];
			let run: Pending[] = [];
			let size = 2;
			for (const item of items.filter((i) => i.kind === 'statement')) {
				if (size + item.body.length + 1 > KEEPALIVE_BYTES) break;
				run.push(item);
				size += item.body.length + 1;
			}
			if (run.length) {
				const body = `[${run.map((r) => r.body).join(',')}]`;
				requests.push({ run, url: options.statementsUrl, method: 'POST', body });
			}
			for (const item of items) {
				if (item.kind !== 'state' || item.merge || !mine.some((m) => same(m, item))) continue;
				run = [item];
				requests.push({ run, url: item.url, method: 'PUT', body: item.body });
			}
			for (const r of requests) {
				try {
					void options
						.fetch(r.url, {
							method: r.method,
							headers: { ...options.headers(), 'Content-Type': 'application/json' },
							body: r.body,
							keepalive: true,
						})
						.then((response) => {
							if (outcome(response.status) === 'ok') remove(r.run);
						})
						.catch(() => undefined);
				} catch {
					// Over the keepalive budget: the items stay in storage for the next launch.
				}
			}
		},
		size: () => read().length,
		isKept: () => durable,
		whenEmpty: () =>
			new Promise<void>((wake) => {
				// Woken by our own deliveries; with storage, another tab may deliver ours: look again.
				const look = () => {
					if (read().length === 0) wake();
					else if (durable) setTimer(look, 250);
				};
				waiters.push(wake);
				look();
			}),
	};
}
