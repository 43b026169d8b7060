import { dropPastKeep, type SweptStorage } from '../../shared/keep.ts';
import { DEFERRED_PREFIX } from './deferred.ts';

/**
 * What a cmi5 launch keeps in this browser (localStorage) for the LMS, per registration: the queue
 * of requests it has not acknowledged and the answers given before it answered (`deferred.ts`).
 * Without a name (the queue conceals the actor), but with the learner's answers, so like the SCORM
 * copy it is kept for `KEEP_DAYS` at most (exports/shared/keep.ts), as the privacy page says.
 */

/** The key prefix of every registration's queue. */
export const QUEUE_PREFIX = 'second-look.cmi5.queue:';

/** The storage key (and lock name) of one registration's queue. */
export const queueKey = (registration: string) => `${QUEUE_PREFIX}${registration}`;

/**
 * At every launch, whoever's: drops each registration's queue and deferred answers first kept more
 * than `KEEP_DAYS` ago, or unreadable, so a learner who never comes back does not leave them
 * for every later user of a shared computer. One kept by a release before the 30 days (no `at`) is
 * stamped now, so it still has its 30 days. Never throws.
 */
export function dropExpiredKept(storage: SweptStorage | undefined, now: number): void {
	dropPastKeep(
		() => storage,
		[QUEUE_PREFIX, DEFERRED_PREFIX],
		now,
		(text) => stampedNow(text, now),
	);
}

/** An unstamped kept value with `at` set to `now`; undefined when it is not one of ours. Pure. */
function stampedNow(text: string | null, now: number): string | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text ?? 'null');
	} catch {
		return undefined;
	}
	if (Array.isArray(value)) return JSON.stringify({ at: now, items: value });
	if (value && typeof value === 'object') return JSON.stringify({ ...value, at: now });
	return undefined;
}
