/**
 * A fault layer around an LMS-side SCORM API (scorm-again in the tests): any call can return
 * "false", return "", throw, or block for a while, for a window (after N matching calls, for N
 * calls or for some milliseconds) or for good. It also counts every call. The same code runs in
 * Node (unit tests, `npm run bench`) and in the test LMS page (`tests/e2e/lms-harness.ts` strips
 * its types and serves it), so a fault means the same thing everywhere.
 */

/** One injected fault. Plain data, so a test can pass it into a page as JSON. */
export interface Fault {
	/** The API method, e.g. "LMSSetValue" or "Commit". */
	method: string;
	/** Only calls whose first argument matches this regular expression (source text). */
	path?: string;
	/** Return "false", return "", throw, or block for `delayMs` and then answer normally. */
	effect: 'false' | 'empty' | 'throw' | 'delay';
	/** For `delay`: how long each matching call blocks (a synchronous API blocks the page). */
	delayMs?: number;
	/** What the next GetLastError returns after a faulty call (default "101" for false/empty). */
	code?: string;
	/** Matching calls let through before the fault starts (default 0). */
	after?: number;
	/** How many matching calls fail once it started (default: all, for good). */
	times?: number;
	/** Or: it stops this many milliseconds after its first faulty call. */
	forMs?: number;
}

/** One recorded call, as the package made it. */
export interface FaultyCall {
	method: string;
	args: string[];
	result: string;
	/** Whether a fault changed this call. */
	isFault: boolean;
}

/**
 * Wraps `api`: every method of `names` goes through the faults in order (the first that applies
 * wins). Returns the wrapper and the record of calls.
 */
export function faultyScorm(
	api: Record<string, unknown>,
	names: readonly string[],
	faults: readonly Fault[],
	now: () => number = () => Date.now(),
) {
	const calls: FaultyCall[] = [];
	const seen = faults.map(() => 0);
	const startedAt: (number | undefined)[] = faults.map(() => undefined);
	let pendingCode: string | undefined;
	const wrapper: Record<string, unknown> = {};

	/** The index of the fault that applies to this call, if any (and counts the call). */
	const applying = (method: string, args: readonly string[]): number => {
		for (const [i, fault] of faults.entries()) {
			if (fault.method !== method) continue;
			if (fault.path !== undefined && !new RegExp(fault.path).test(args[0] ?? '')) continue;
			const n = (seen[i] ?? 0) + 1;
			seen[i] = n;
			if (n <= (fault.after ?? 0)) continue;
			const start = startedAt[i] ?? now();
			startedAt[i] = start;
			if (fault.times !== undefined && n > (fault.after ?? 0) + fault.times) continue;
			if (fault.forMs !== undefined && now() - start >= fault.forMs) continue;
			return i;
		}
		return -1;
	};

	for (const method of names) {
		wrapper[method] = (...args: string[]) => {
			const isErrorCall = /GetLastError$/.test(method);
			if (isErrorCall && pendingCode !== undefined) {
				const code = pendingCode;
				pendingCode = undefined;
				calls.push({ method, args, result: code, isFault: true });
				return code;
			}
			const index = applying(method, args);
			const fault = index >= 0 ? faults[index] : undefined;
			if (fault?.effect === 'delay') {
				const until = now() + (fault.delayMs ?? 0);
				while (now() < until) {
					// A synchronous LMS call blocks the page for this long.
				}
			} else if (fault) {
				pendingCode = fault.code ?? (fault.effect === 'empty' ? '0' : '101');
				calls.push({ method, args, result: fault.effect, isFault: true });
				if (fault.effect === 'throw') throw new Error(`The LMS failed (${method})`);
				return fault.effect === 'false' ? 'false' : '';
			}
			pendingCode = undefined;
			const fn = api[method] as (...a: string[]) => unknown;
			const result = String(fn.apply(api, args));
			calls.push({ method, args, result, isFault: false });
			return result;
		};
	}
	return { api: wrapper, calls };
}
