/**
 * How long this browser keeps what an LMS has not taken yet, for the learner's next launch: the
 * SCORM copy (`exports/scorm/runtime/unsaved.ts`) and cmi5's queue and deferred answers
 * (`exports/cmi5/runtime/expiry.ts`) alike, as the privacy page says. Each kept value is a JSON
 * object whose `at` is when it was first kept (ms since 1970).
 */

/** Days a kept value waits for its learner's next launch before anyone's launch drops it. */
export const KEEP_DAYS = 30;

/** Storage as a sweep walks it. */
export type SweptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** When a stored value was kept (its `at`), or NaN when it has none or cannot be read. Pure. */
export function keptAt(text: string | null): number {
	try {
		const value: unknown = JSON.parse(text ?? 'null');
		const at = value && typeof value === 'object' ? (value as { at?: unknown }).at : undefined;
		return typeof at === 'number' ? at : Number.NaN;
	} catch {
		return Number.NaN;
	}
}

/** Whether a value kept at `at` (NaN: unreadable) is past {@link KEEP_DAYS} at `now`. Pure. */
export const isPastKeep = (at: number, now: number): boolean =>
	!(now - at <= KEEP_DAYS * 86_400_000);

/** Every key in `store` that starts with one of `prefixes`. */
export function keysUnder(store: Pick<Storage, 'key' | 'length'>, prefixes: readonly string[]) {
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key !== null && prefixes.some((p) => key.startsWith(p))) keys.push(key);
	}
	return keys;
}
