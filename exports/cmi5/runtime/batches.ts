import type { Pending } from './queue.ts';

/**
 * How the queue cuts its items into requests: statements (one POST of an array, at most
 * {@link BATCH}), or one state document (PUT). Pure.
 */

/** At most this many statements per POST (and keepalive bodies stay far below Chrome's 64 KB). */
export const BATCH = 20;

/**
 * The search for a statement the LRS refuses: the first `suspect` items hold it, and requests are
 * cut to `limit` statements until it is found (0: no search going on).
 */
export interface Bisect {
	suspect: number;
	limit: number;
}

/** One request to send. */
export interface NextRequest {
	batch: Pending[];
	url: string;
	method: 'POST' | 'PUT';
	body: string;
}

/**
 * The next request: the first statements, in order (a state document between them does not hold
 * them up: one that cannot be written yet must not stall the answers), then the state documents.
 * Undefined when the queue is empty.
 */
export function nextRequest(
	items: readonly Pending[],
	bisect: Bisect,
	statementsUrl: string,
): NextRequest | undefined {
	const size =
		bisect.suspect > 0 && bisect.limit > 0 ? Math.min(bisect.limit, bisect.suspect, BATCH) : BATCH;
	const batch = items.filter((i) => i.kind === 'statement').slice(0, size);
	if (batch.length) {
		const body = `[${batch.map((b) => b.body).join(',')}]`;
		return { batch, url: statementsUrl, method: 'POST', body };
	}
	const state = items.find((i) => i.kind === 'state');
	return state && { batch: [state], url: state.url, method: 'PUT', body: state.body };
}
