/**
 * Counts a teacher or trainer enters in presenter mode, by a show of hands: for each scored
 * activity how many answered and how many chose the safest answer, for each confidence check how
 * many chose 1 … 5. Counts only, never a name; kept in the presenting browser's own storage (one
 * entry per module) for the class report page to read on the same computer. Pure.
 */
import type { Activity } from '../../schemas/activity.ts';
import type { ReportCounts } from './tally.ts';

/** The counts of one module's session. */
export interface RoomTallies {
	/** Scored activities: how many answered, how many in the safest way. */
	scored: Record<string, { answered: number; safest: number }>;
	/** Confidence checks: how many chose 1 … 5 (five numbers). */
	ratings: Record<string, number[]>;
}

/** The most a count can be: a big year group in a hall, not a typo's thousands. */
export const MAX_COUNT = 500;

/** Where a module's counts are kept in the browser's storage. */
export const roomTalliesKey = (moduleId: string) => `second-look.room-tallies:${moduleId}`;

/** No counts yet. */
export const noTallies = (): RoomTallies => ({ scored: {}, ratings: {} });

/** A count as typed: a whole number from 0 to {@link MAX_COUNT}, or undefined (left empty). Pure. */
export function countOf(value: unknown): number | undefined {
	const n = typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : value;
	return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT ? n : undefined;
}

const record = (value: unknown): Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

/**
 * Stored text as counts; anything that is not ours (another version, a hand-edited entry, nothing)
 * reads as what it holds of valid counts, or none. Pure.
 */
export function readTallies(text: string | null): RoomTallies {
	let raw: unknown;
	try {
		raw = text === null ? undefined : JSON.parse(text);
	} catch {
		raw = undefined;
	}
	const tallies = noTallies();
	for (const [id, v] of Object.entries(record(record(raw)['scored']))) {
		const answered = countOf(record(v)['answered']);
		const safest = countOf(record(v)['safest']);
		if (answered !== undefined && safest !== undefined && safest <= answered)
			tallies.scored[id] = { answered, safest };
	}
	for (const [id, v] of Object.entries(record(record(raw)['ratings']))) {
		const counts = Array.isArray(v) ? v.map(countOf) : [];
		if (counts.length === 5 && counts.every((n) => n !== undefined)) tallies.ratings[id] = counts;
	}
	return tallies;
}

/** Whether any count has been entered. Pure. */
export const hasTallies = (t: RoomTallies) =>
	Object.keys(t.scored).length > 0 || Object.keys(t.ratings).length > 0;

/**
 * The counts after the presenter's fields for one activity are read: a scored activity's two
 * numbers (kept when both are there and the safest are no more than those who answered), or a
 * confidence check's five (empty fields count 0). Both fields of a scored activity emptied, or all
 * five ratings, clear its counts; anything else that does not read (a typo, one field left empty)
 * keeps the counts stored before, so a slip of the keyboard never loses a count. Pure.
 */
export function withEntry(
	t: RoomTallies,
	id: string,
	entry: { answered?: string; safest?: string } | { ratings: readonly string[] },
): RoomTallies {
	const scored = Object.fromEntries(Object.entries(t.scored).filter(([k]) => k !== id));
	const ratings = Object.fromEntries(Object.entries(t.ratings).filter(([k]) => k !== id));
	if ('ratings' in entry) {
		const counts = entry.ratings.map((v) => (v.trim() === '' ? 0 : countOf(v)));
		if (counts.length !== 5 || !counts.every((n) => n !== undefined)) return t;
		if (counts.some((n) => n > 0)) ratings[id] = counts;
	} else {
		const empty = (entry.answered ?? '').trim() === '' && (entry.safest ?? '').trim() === '';
		const answered = countOf(entry.answered ?? '');
		const safest = countOf(entry.safest ?? '');
		if (answered !== undefined && safest !== undefined && safest <= answered)
			scored[id] = { answered, safest };
		else if (!empty) return t;
	}
	return { scored, ratings };
}

/**
 * The counts as the class report reads them. "Learners" is the largest number who answered any one
 * activity: the room, as near as a show of hands can say. Pure.
 */
export function roomCounts(t: RoomTallies): ReportCounts {
	const rooms = [
		...Object.values(t.scored).map((s) => s.answered),
		...Object.values(t.ratings).map((r) => r.reduce((a, b) => a + b, 0)),
	];
	const counted = (a: Activity) => ({
		...(t.scored[a.id] ?? { answered: 0, safest: 0 }),
		unread: 0,
	});
	return {
		scored: counted,
		// A baseline or end-point question is counted as any other: how many answered, how many right.
		phase: counted,
		ratings: (a: Activity) => t.ratings[a.id] ?? [0, 0, 0, 0, 0],
		answered: () => 0,
		learners: Math.max(0, ...rooms),
		attempts: 0,
		unknownIds: (known) =>
			[...Object.keys(t.scored), ...Object.keys(t.ratings)].filter((id) => !known.has(id)),
	};
}
