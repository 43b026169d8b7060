// Over 300 lines on purpose: the kept values, the interaction queue, what no commit has accepted
// and the one retry chain are one state that every call reads and changes; split, each half would
// need the other's internals.
import type { RuntimeFacts } from '../facts.ts';
import type { ScormApi } from './api.ts';

/**
 * The one place that calls the LMS API once the session is open: reads retried, writes kept until
 * the LMS takes them, interactions written in order at indexes from a counter kept here, and ONE
 * commit chain with back-off. Every call costs the learner a frozen page on a slow LMS, so it asks
 * GetLastError only after a failed return, never re-sets a value the LMS already holds, and reads
 * `_count` once.
 */

/** Back-off between retry rounds (the last one repeats). */
export const RETRY_MS: readonly number[] = [1000, 3000, 10000, 30000, 60000];

/** How many immediate tries a read gets, and how many rounds `close` tries before Terminate. */
const READ_TRIES = 3;
const CLOSING_ROUNDS = 3;

/** The fields of one interaction, in the order they must be written (`n` = its index). */
export type InteractionFields = readonly (readonly [template: string, value: string])[];

/** Options for {@link createWriter}. */
export interface WriterOptions {
	api: ScormApi;
	facts: RuntimeFacts;
	setTimer: (run: () => void, ms: number) => unknown;
	/** Runs a function soon, after the current task (one commit for several changes). */
	defer: (run: () => void) => void;
	retryMs: readonly number[];
	/** Called at the start of every retry round: false while something outside still waits. */
	beforeRound: () => boolean;
	/** Commits failed (`retrying`, then `failing` after three rounds) or work again (`again`). */
	onsaving: (state: 'retrying' | 'failing' | 'again') => void;
	/**
	 * The LMS has accepted everything set so far: a commit (or Terminate) succeeded with nothing
	 * written since and nothing waiting. What was kept in case it never would can go.
	 */
	onaccepted?: () => void;
	problem: (problem: string) => void;
}

/** What {@link createWriter} returns. */
export interface Writer {
	/** Calls a method: a throw or a missing method counts as "false". */
	call(method: string, ...args: string[]): string;
	/**
	 * Reads an element: the value, "" when the LMS says it is empty, or undefined when the read
	 * failed every time. `retryEmpty` retries an empty answer too (some LMSs return "" with no
	 * error code on failure); `isValid` rejects values that cannot be right (`_count` not a number).
	 */
	read(
		path: string,
		how?: { retryEmpty?: boolean; isValid?: (v: string) => boolean },
	): string | undefined;
	/** Notes a value the LMS holds already, so it is never written again unchanged. */
	know(path: string, value: string): void;
	/** Writes a value now, or keeps it (latest wins) until the LMS takes it. */
	set(path: string, value: string): void;
	/** Queues one interaction behind any not yet written, and tries to write them. */
	addInteraction(fields: InteractionFields): void;
	/** Sets where the next interaction goes (from `_count`); undefined until known. */
	setCount(count: number | undefined): void;
	/** Asks for a commit: one per burst of changes; while a retry is pending it waits for that. */
	requestCommit(): void;
	/**
	 * Commits now if anything changed since the last commit (the 60-second tick), or anyway with
	 * `always` (the page is being hidden); while a retry is pending, that retry does it.
	 */
	commitIfDirty(always?: boolean): void;
	/** Keeps the retry chain going (something outside waits, e.g. a resume read). */
	wake(): void;
	/** Last rounds, then Terminate; nothing is called after it. False when something was not saved. */
	close(): boolean;
	/**
	 * The interactions the LMS has not accepted: written since the last successful commit, or still
	 * waiting to be written (in order). Empty once a commit took them.
	 */
	unaccepted(): InteractionFields[];
}

/** A queued interaction: its fields and how far it got. */
interface Pending {
	fields: InteractionFields;
	index?: number;
	next: number;
}

/**
 * The paths (interactions' with `n`) that hold a learner's answer or progress: a refused write of
 * one of them is a loss the learner is told about; the others (type, timestamp, latency, the
 * question's text, the right answers, exit, session time) only describe it.
 */
function countedPaths(facts: RuntimeFacts): ReadonlySet<string> {
	const { cmi } = facts;
	const i = cmi.interaction;
	return new Set(
		[
			cmi.suspendData,
			cmi.location,
			cmi.completionStatus,
			cmi.successStatus,
			cmi.scoreRaw,
			cmi.scoreScaled,
			i.id,
			i.learnerResponse,
			i.result,
		].filter((p): p is string => p !== null),
	);
}

/** Creates the writer for an open session. */
export function createWriter(options: WriterOptions): Writer {
	const { api, facts, setTimer, defer, retryMs, problem } = options;
	const m = facts.api.methods;
	const errors = facts.errors;
	const written = new Map<string, string>();
	const values = new Map<string, string>(); // set but not yet taken by the LMS
	const queue: Pending[] = [];
	/** Interactions written whole since the last successful commit (not yet accepted). */
	const uncommitted: InteractionFields[] = [];
	let count: number | undefined;
	let lost = 0;
	let isClosed = false;
	let isDirty = false;
	let isQueued = false;
	let isRetryPending = false;
	let failures = 0;
	let rounds = 0;
	const counted = countedPaths(facts);

	const call = (method: string, ...args: string[]): string => {
		const fn = api[method];
		if (typeof fn !== 'function') return 'false';
		try {
			return String((fn as (...a: string[]) => unknown).apply(api, args));
		} catch (err) {
			problem(`${method} threw: ${String(err)}`);
			return 'false';
		}
	};
	const lastError = () => call(m.getLastError);

	const read: Writer['read'] = (path, how = {}) => {
		let empty = false;
		for (let attempt = 0; attempt < READ_TRIES; attempt++) {
			const value = call(m.getValue, path);
			if (value !== '' && value !== 'false' && (how.isValid?.(value) ?? true)) return value;
			const code = value === '' || value === 'false' ? lastError() : '0';
			if (value === '' && errors.notInitialized.includes(code)) return '';
			if (value === '' && (code === '0' || code === '')) {
				empty = true;
				if (!how.retryEmpty) return '';
			} else problem(`${m.getValue}(${path}) gave ${JSON.stringify(value)}, error ${code}`);
		}
		return empty ? '' : undefined;
	};

	/** One SetValue: taken, refused for good (a value the LMS will never accept), or failed. */
	const write = (path: string, value: string): 'ok' | 'rejected' | 'failed' => {
		if (call(m.setValue, path, value) === 'true') {
			written.set(path, value);
			isDirty = true;
			return 'ok';
		}
		const code = lastError();
		problem(`${m.setValue}(${path}, ${JSON.stringify(value.slice(0, 60))}) failed, error ${code}`);
		if (!errors.rejected.includes(code)) return 'failed';
		// Refused for good: never retried. A learner's answer or progress refused is lost, and Finish
		// says so (`not-all-saved`); a refused detail (a description, a latency) is not.
		if (counted.has(path.replace(/\.\d+\./, '.n.'))) lost += 1;
		return 'rejected';
	};

	/** Writes what waits: values, then interactions in order. True when nothing is left. */
	const flush = (): boolean => {
		for (const [path, value] of [...values]) {
			if (write(path, value) === 'failed') return false;
			values.delete(path);
		}
		while (queue.length > 0) {
			const item = queue[0];
			if (!item) break;
			if (item.index === undefined) {
				if (count === undefined) return false;
				item.index = count;
			}
			const at = `.${item.index}.`;
			while (item.next < item.fields.length) {
				const [template, value] = item.fields[item.next] ?? ['', ''];
				const outcome = write(template.replace('.n.', at), value);
				if (outcome === 'failed') return false;
				if (item.next === 0) {
					// The LMS will never take this id (counted lost by `write`): the interaction cannot be made.
					if (outcome === 'rejected') break;
					count = item.index + 1;
				}
				item.next += 1;
			}
			// Refused for good (its id): not kept for later either, it would be refused again.
			if (item.next >= item.fields.length) uncommitted.push(item.fields);
			queue.shift();
		}
		return true;
	};

	const commitNow = (always = false): boolean => {
		if (!isDirty && !always) return true;
		if (call(m.commit, '') === 'true') {
			isDirty = false;
			uncommitted.length = 0;
			return true;
		}
		problem(`${m.commit} returned false, error ${lastError()}`);
		return false;
	};

	/** Nothing set, written or queued that the LMS has not accepted. */
	const isAccepted = () =>
		values.size === 0 && queue.length === 0 && uncommitted.length === 0 && !isDirty;
	const tellIfAccepted = () => {
		if (isAccepted()) options.onaccepted?.();
	};

	/** A retry round is on its way because the LMS is failing: changes wait for it. */
	const isFailing = () => failures > 0 && isRetryPending;

	const scheduleRetry = () => {
		if (isRetryPending || isClosed) return;
		isRetryPending = true;
		const delay = retryMs[Math.min(rounds, retryMs.length - 1)] ?? 60_000;
		rounds += 1;
		setTimer(() => {
			isRetryPending = false;
			round();
		}, delay);
	};

	/** One round: whatever waits outside, the kept writes, one commit. */
	function round(always = false): void {
		if (isClosed) return;
		const isWaiting = !options.beforeRound();
		const isFlushed = flush();
		const isCommitted = commitNow(always);
		if (isFlushed && isCommitted) {
			if (failures > 0) options.onsaving('again');
			tellIfAccepted();
			failures = 0;
			if (!isWaiting) {
				rounds = 0;
				return;
			}
		} else {
			failures += 1;
			options.onsaving(failures > 3 ? 'failing' : 'retrying');
		}
		scheduleRetry();
	}

	return {
		call,
		read,
		know(path, value) {
			written.set(path, value);
		},
		set(path, value) {
			if (isClosed) return;
			if (!values.has(path) && written.get(path) === value) return;
			values.set(path, value);
			// Tried at once even while commits fail: the LMS may still take values into its memory.
			if (write(path, value) !== 'failed') values.delete(path);
		},
		addInteraction(fields) {
			if (isClosed) return;
			queue.push({ fields, next: 0 });
			flush();
		},
		setCount(n) {
			count = n;
		},
		requestCommit() {
			if (isClosed || isQueued || isFailing()) return;
			isQueued = true;
			defer(() => {
				isQueued = false;
				if (!isFailing()) round();
			});
		},
		commitIfDirty(always = false) {
			if ((isDirty || always) && !isFailing() && !isClosed) round(always);
		},
		wake: scheduleRetry,
		close() {
			if (isClosed) return true;
			options.beforeRound();
			let isSaved = false;
			for (let attempt = 0; attempt < CLOSING_ROUNDS && !isSaved; attempt++) {
				const isFlushed = flush();
				isSaved = commitNow() && isFlushed;
			}
			isClosed = true;
			// Terminate persists what the LMS holds (2004 RTE 3.1.3.2; 1.2 LMSFinish likewise): taken,
			// even when every commit before it was refused.
			const isTerminated =
				call(m.terminate, '') === 'true' && values.size === 0 && queue.length === 0;
			if (isTerminated) {
				isDirty = false;
				uncommitted.length = 0;
			}
			tellIfAccepted();
			const isAllSaved = (isSaved || isTerminated) && lost === 0;
			// After a failing spell, the end went through: said, as a round's would be (the page must
			// not go on saying the answers have not reached the LMS).
			if (isAllSaved && failures > 0) {
				failures = 0;
				options.onsaving('again');
			}
			return isAllSaved;
		},
		unaccepted: () => [...uncommitted, ...queue.map((item) => item.fields)],
	};
}
