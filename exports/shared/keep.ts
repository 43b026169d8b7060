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

/** The `at` to write over a stored value: the one it has (first kept), else `now`. Pure. */
export function keptSince(stored: string | null, now: number): number {
	const at = keptAt(stored);
	return Number.isNaN(at) ? now : at;
}

/**
 * The sweep every launch runs, whoever's: drops each value under `prefixes` kept past
 * {@link KEEP_DAYS}. One with no `at` is what `undated` makes of it (a stamped text to keep), or
 * dropped when it gives none, as an unreadable one is. Never throws (a blocked storage kept nothing).
 */
export function dropPastKeep(
	storage: () => SweptStorage | undefined,
	prefixes: readonly string[],
	now: number,
	undated: (text: string | null) => string | undefined = () => undefined,
): void {
	try {
		const store = storage();
		if (!store) return;
		for (const key of keysUnder(store, prefixes)) {
			const text = store.getItem(key);
			const at = keptAt(text);
			const stamped = Number.isNaN(at) ? undated(text) : undefined;
			if (stamped !== undefined) store.setItem(key, stamped);
			else if (isPastKeep(at, now)) store.removeItem(key);
		}
	} catch {
		// blocked: nothing was kept
	}
}

/** Every key in `store` that starts with one of `prefixes`. */
export function keysUnder(store: Pick<Storage, 'key' | 'length'>, prefixes: readonly string[]) {
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key !== null && prefixes.some((p) => key.startsWith(p))) keys.push(key);
	}
	return keys;
}
