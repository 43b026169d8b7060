/**
 * Every request the AU makes has a deadline: an LMS or LRS that never answers must not leave the
 * learner waiting forever, nor stall the delivery queue. The request is aborted (AbortController)
 * and counts as failed, so the caller's retry with back-off takes over.
 */

/** Sets a timer; injected so tests control time. */
export type SetTimer = (run: () => void, ms: number) => unknown;

/** A request that got no answer in time (never shown to learners; the caller retries). */
export class RequestTimedOut extends Error {
	override name = 'RequestTimedOut';
	constructor(ms: number) {
		super(`No answer within ${ms} ms: the request was aborted and will be tried again.`);
	}
}

/**
 * Runs `run` with an abort signal; rejects with {@link RequestTimedOut} (and aborts) when it has not
 * settled within `ms`. The whole run counts, reading the body included.
 */
export function withTimeout<T>(
	run: (signal: AbortSignal) => Promise<T>,
	ms: number,
	setTimer: SetTimer,
): Promise<T> {
	const controller = new AbortController();
	let settled = false;
	return new Promise<T>((resolve, reject) => {
		setTimer(() => {
			if (settled) return;
			settled = true;
			controller.abort();
			reject(new RequestTimedOut(ms));
		}, ms);
		run(controller.signal).then(
			(value) => {
				if (settled) return;
				settled = true;
				resolve(value);
			},
			(err: unknown) => {
				if (settled) return;
				settled = true;
				reject(err instanceof Error ? err : new Error(String(err)));
			},
		);
	});
}

/** Waits `ms` on the injected timer. */
export const sleep = (ms: number, setTimer: SetTimer) =>
	new Promise<void>((resolve) => setTimer(resolve, ms));
