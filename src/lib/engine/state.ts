import type { Activity } from '../../schemas/activity.ts';
import { checkAnswer, type Answer, type Checked } from './answers.ts';

/** What has happened to one activity. Skipped means "not answered", never "wrong". */
export interface ActivityRecord {
	status: 'answered' | 'skipped';
	/** The first answer: the one reported to an LMS. */
	first?: Answer;
	/** The latest answer (after retries): the one shown to the learner. */
	latest?: Answer;
	/** The check of the first answer. */
	result?: Checked;
	/** How many times the learner answered. */
	attempts: number;
}

/** Everything a learner has done, as plain data (safe to JSON-encode). */
export interface LearnerState {
	/** Lesson ids the learner has opened. */
	visited: string[];
	/** Records by activity id. */
	activities: Record<string, ActivityRecord>;
	/** The lesson id the learner was last on (the bookmark). */
	location?: string;
}

/** A state with nothing done yet. */
export function emptyState(): LearnerState {
	return { visited: [], activities: {} };
}

/** Records an answer. The first answer is kept for reporting; later ones are retries. */
export function recordAnswer(
	state: LearnerState,
	activity: Activity,
	answer: Answer,
): LearnerState {
	const before = state.activities[activity.id];
	const isFirst = before?.first === undefined;
	const record: ActivityRecord = {
		status: 'answered',
		attempts: (before?.attempts ?? 0) + 1,
		latest: answer,
		...(isFirst ? { first: answer, result: checkAnswer(activity, answer) } : {}),
		...(!isFirst && before.first ? { first: before.first } : {}),
		...(!isFirst && before.result ? { result: before.result } : {}),
	};
	return { ...state, activities: { ...state.activities, [activity.id]: record } };
}

/** Records a skip. An activity already answered stays answered. */
export function recordSkip(state: LearnerState, activityId: string): LearnerState {
	const before = state.activities[activityId];
	if (before?.status === 'answered') return state;
	return {
		...state,
		activities: { ...state.activities, [activityId]: { status: 'skipped', attempts: 0 } },
	};
}

/** Marks a lesson as visited and makes it the bookmark. */
export function recordVisit(state: LearnerState, lessonId: string): LearnerState {
	const visited = state.visited.includes(lessonId) ? state.visited : [...state.visited, lessonId];
	return { ...state, visited, location: lessonId };
}

/** One activity's record from both sides: the stored first answer stays the one reported. */
function mergeRecord(
	stored: ActivityRecord | undefined,
	now: ActivityRecord | undefined,
): ActivityRecord | undefined {
	if (!stored) return now;
	if (!now) return stored;
	// The same record on both sides (one save delivered twice) is one record, not two attempts.
	if (JSON.stringify(stored) === JSON.stringify(now)) return stored;
	if (stored.status !== 'answered') return now;
	if (now.status !== 'answered') return stored;
	const latest = now.latest ?? stored.latest;
	return {
		...stored,
		...(latest === undefined ? {} : { latest }),
		attempts: stored.attempts + now.attempts,
	};
}

/**
 * Joins stored progress that arrived late (an LMS's read that failed at launch, an LRS document
 * that could not be read) with what the learner did since the launch (`now`), by activity id:
 * nothing is dropped. Both SCORM and cmi5 use it. Pure. For an activity answered on both sides, the stored first answer (already
 * reported to the LMS) stays first and this session's latest answer is shown. The bookmark is the
 * learner's current one.
 */
export function mergeStates(stored: LearnerState, now: LearnerState): LearnerState {
	const ids = [...new Set([...Object.keys(stored.activities), ...Object.keys(now.activities)])];
	const activities: Record<string, ActivityRecord> = {};
	for (const id of ids) {
		const record = mergeRecord(stored.activities[id], now.activities[id]);
		if (record) activities[id] = record;
	}
	const location = now.location ?? stored.location;
	return {
		visited: [...new Set([...stored.visited, ...now.visited])],
		activities,
		...(location === undefined ? {} : { location }),
	};
}

/**
 * Splits a state in two by activity: `apart` holds only the records of `ids` (nothing else: no
 * lessons, no bookmark), `shared` everything else. The session gives `shared` to its tracker and
 * keeps `apart` on the device (confidence ratings a module keeps in the browser). Pure.
 */
export function separate(
	state: LearnerState,
	ids: ReadonlySet<string>,
): { shared: LearnerState; apart: LearnerState } {
	const shared: Record<string, ActivityRecord> = {};
	const apart: Record<string, ActivityRecord> = {};
	for (const [id, record] of Object.entries(state.activities)) {
		(ids.has(id) ? apart : shared)[id] = record;
	}
	return {
		shared: { ...state, activities: shared },
		apart: { visited: [], activities: apart },
	};
}

/**
 * The learner's whole state from the two sides {@link separate} made: `shared` (what the tracker
 * holds) with the records of `ids` from `apart` (what the device holds). A record of `ids` only the
 * tracker holds (saved before the module kept them apart) is still shown; the next save moves it.
 * Pure.
 */
export function joinApart(
	shared: LearnerState,
	apart: LearnerState | undefined,
	ids: ReadonlySet<string>,
): LearnerState {
	if (!apart) return shared;
	const kept = Object.entries(apart.activities).filter(([id]) => ids.has(id));
	if (kept.length === 0) return shared;
	return { ...shared, activities: { ...shared.activities, ...Object.fromEntries(kept) } };
}
