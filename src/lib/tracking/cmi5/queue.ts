/**
 * The delivery queue between the AU and the LRS. Every statement and state document goes through it,
 * in order, and stays in it (and in sessionStorage) until the LRS acknowledges it, so an LRS that
 * answers 500, is slow, or rejects the token for a while loses nothing: the queue retries with
 * back-off, and on `pagehide` sends what is left with `keepalive` (Chrome drops synchronous XHR on
 * unload). Statements carry their own ids, so a resend of one the LRS already has is harmless
 * (xAPI 1.0.3 §2.2: the LRS ignores an identical statement with a known id).
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
}

/** What the learner may be told: calm, never technical (the runtime words it). */
export type QueueStatus = 'retrying' | 'failing' | 'recovered';

/** The parts of Web Storage the queue uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Options for {@link createQueue}. */
export interface QueueOptions {
	fetch: typeof fetch;
	/** Headers for every request: Authorization and the xAPI version. */
	headers: () => Record<string, string>;
	/** Where the queue survives a reload or a crash of the page (sessionStorage). */
	storage?: StorageLike | undefined;
	storageKey: string;
	/** Timers, injected for tests. */
	setTimer?: (run: () => void, ms: number) => unknown;
	/** Waits between attempts; the last one repeats. */
	backoffMs?: readonly number[];
	/** The statements endpoint (`<endpoint>statements`). */
	statementsUrl: string;
	onstatus?: (status: QueueStatus) => void;
	/** Requests the LRS refused for good (HTTP 400/409): reported, never shown to learners. */
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
	/** How many requests are waiting. */
	size(): number;
	/** Resolves when nothing is waiting (the queue's own retries keep it moving). */
	whenEmpty(): Promise<void>;
}

const DEFAULT_BACKOFF = [1000, 2000, 4000, 8000, 15000];
/** At most this many statements per POST (and keepalive bodies stay far below Chrome's 64 KB). */
const BATCH = 20;
/** Failed attempts in a row before the learner is told saving is failing, not just slow. */
const FAILING_AFTER = 3;
/** Chrome allows 64 KiB of keepalive bodies in flight per page; leave room for the state PUTs. */
const KEEPALIVE_BYTES = 48_000;

/** Whether an LRS answer means "stored" (2xx) or "never will be" (400/409/413: our request is wrong). */
function outcome(status: number): 'ok' | 'refused' | 'retry' {
	if (status >= 200 && status < 300) return 'ok';
	if (status === 400 || status === 409 || status === 413) return 'refused';
	return 'retry'; // 401/403 (token rejected for now), 408, 429, 5xx
}

export function createQueue(options: QueueOptions): Queue {
	const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
	const backoff = options.backoffMs ?? DEFAULT_BACKOFF;
	const status = options.onstatus ?? (() => undefined);
	const problem = options.onproblem ?? (() => undefined);
	let items: Pending[] = [];
	try {
		const saved = options.storage?.getItem(options.storageKey);
		if (saved) items = JSON.parse(saved) as Pending[];
	} catch {
		items = [];
	}
	let running: Promise<boolean> | undefined;
	let failures = 0;
	let timer = false;

	const persist = () => {
		try {
			options.storage?.setItem(options.storageKey, JSON.stringify(items));
		} catch {
			// Storage full or blocked: the queue still works in memory.
		}
	};

	/** The next request: a run of statements, or one state document. */
	const next = ():
		{ batch: Pending[]; url: string; method: 'POST' | 'PUT'; body: string } | undefined => {
		const head = items[0];
		if (!head) return undefined;
		if (head.kind === 'state')
			return { batch: [head], url: head.url, method: 'PUT', body: head.body };
		const batch: Pending[] = [];
		for (const item of items) {
			if (item.kind !== 'statement' || batch.length === BATCH) break;
			batch.push(item);
		}
		const body = `[${batch.map((b) => b.body).join(',')}]`;
		return { batch, url: options.statementsUrl, method: 'POST', body };
	};

	let waiters: (() => void)[] = [];
	const remove = (batch: readonly Pending[]) => {
		items = items.filter((item) => !batch.includes(item));
		persist();
		if (items.length === 0) {
			for (const wake of waiters) wake();
			waiters = [];
		}
	};

	const send = async (): Promise<boolean> => {
		for (let request = next(); request; request = next()) {
			let answer: number;
			try {
				const response = await options.fetch(request.url, {
					method: request.method,
					headers: { ...options.headers(), 'Content-Type': 'application/json' },
					body: request.body,
				});
				answer = response.status;
			} catch {
				answer = 0; // network error or timeout
			}
			const result = outcome(answer);
			if (result === 'retry') {
				failures += 1;
				status(failures >= FAILING_AFTER ? 'failing' : 'retrying');
				if (!timer) {
					timer = true;
					const wait = backoff[Math.min(failures - 1, backoff.length - 1)] ?? 1000;
					setTimer(() => {
						timer = false;
						void flush();
					}, wait);
				}
				return false;
			}
			if (result === 'refused')
				problem(`LRS refused ${request.method} ${request.url}: HTTP ${answer}`);
			remove(request.batch);
			if (failures > 0) status('recovered');
			failures = 0;
		}
		return true;
	};

	const flush = (): Promise<boolean> => {
		running ??= send().finally(() => {
			running = undefined;
		});
		return running;
	};

	return {
		push(item) {
			if (item.kind === 'state')
				items = items.filter((i) => !(i.kind === 'state' && i.key === item.key));
			items.push(item);
			persist();
		},
		flush,
		flushOnLeave() {
			// What is left, kept alive past the page: every statement in ONE request (so they arrive
			// in order, `terminated` last), then the state documents. Nothing is removed unless the LRS
			// answers: if the page lives on (bfcache), or a request is dropped, the queue still has it.
			const statements = items.filter((i) => i.kind === 'statement');
			const requests: { run: Pending[]; url: string; method: string; body: string }[] = [];
			let run: Pending[] = [];
			let size = 2;
			for (const item of statements) {
				if (size + item.body.length + 1 > KEEPALIVE_BYTES) break;
				run.push(item);
				size += item.body.length + 1;
			}
			if (run.length) {
				const body = `[${run.map((r) => r.body).join(',')}]`;
				requests.push({ run, url: options.statementsUrl, method: 'POST', body });
			}
			for (const item of items.filter((i) => i.kind === 'state')) {
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
							if (outcome(response.status) !== 'retry') remove(r.run);
						})
						.catch(() => undefined);
				} catch {
					// Over the keepalive budget: the items stay in sessionStorage for the next launch.
				}
			}
		},
		size: () => items.length,
		whenEmpty: () =>
			items.length === 0 ? Promise.resolve() : new Promise<void>((wake) => waiters.push(wake)),
	};
}
