import type { AnswerReport } from '../../../src/lib/tracking/tracker.ts';
import { keptSince } from '../../shared/keep.ts';
import type { StorageLike } from './queue.ts';

/**
 * What a learner did while the LMS had not yet answered (no token or no LaunchData, so no
 * statement can be built): kept in this browser (localStorage, per registration) and delivered when
 * it answers, by this page or by the next launch of the registration. Cleared once queued.
 */

/** An answer report as JSON keeps it. */
export type StoredReport = Omit<AnswerReport, 'at'> & { at: string };

/** What is kept until the LMS answers. */
export interface Deferred {
	/** First answers, in order, to send as `answered` statements. */
	reports: StoredReport[];
	/** The engine's saved text. */
	suspend?: string;
	/** Lesson to reopen. */
	location?: string;
	/** When it was first kept (ms since 1970; exports/shared/keep.ts); set by {@link writeDeferred}. */
	at?: number;
}

/** The key prefix of every registration's deferred record. */
export const DEFERRED_PREFIX = 'second-look.cmi5.deferred:';

/** The storage key of a registration's deferred record. */
export const deferredKey = (registration: string) => `${DEFERRED_PREFIX}${registration}`;

/** A report as stored. */
export const storeReport = (r: AnswerReport): StoredReport => ({ ...r, at: r.at.toISOString() });

/** A stored report as the statement builder takes it. */
export const loadReport = (r: StoredReport): AnswerReport => ({ ...r, at: new Date(r.at) });

/** Reads the record; undefined when there is none (or storage is unavailable or garbled). */
export function readDeferred(storage: StorageLike | undefined, key: string): Deferred | undefined {
	try {
		const text = storage?.getItem(key);
		if (!text) return undefined;
		const value = JSON.parse(text) as Partial<Deferred> | null;
		if (!value || !Array.isArray(value.reports)) return undefined;
		return {
			reports: value.reports,
			...(typeof value.suspend === 'string' ? { suspend: value.suspend } : {}),
			...(typeof value.location === 'string' ? { location: value.location } : {}),
			...(typeof value.at === 'number' ? { at: value.at } : {}),
		};
	} catch {
		return undefined;
	}
}

/**
 * Writes (or, when empty, removes) the record, keeping when it was first kept (`at`, else `now`);
 * false when storage refused it.
 */
export function writeDeferred(
	storage: StorageLike | undefined,
	key: string,
	value: Deferred | undefined,
	now: number,
): boolean {
	if (!storage) return false;
	try {
		if (value && (value.reports.length || value.suspend !== undefined)) {
			storage.setItem(key, JSON.stringify({ ...value, at: keptSince(storage.getItem(key), now) }));
		} else storage.removeItem(key);
		return true;
	} catch {
		return false;
	}
}

/**
 * Whether `storage` really keeps what is written (false when it is missing, blocked as in a
 * cross-site frame with third-party cookies blocked, or full). Never throws; leaves nothing behind.
 */
export function canKeep(storage: StorageLike | undefined, key: string): boolean {
	if (!storage) return false;
	try {
		const probe = `${key}:probe`;
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return true;
	} catch {
		return false;
	}
}
