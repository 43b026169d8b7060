import type { Activity } from '../../schemas/activity.ts';
import { isScored } from './answers.ts';
import type { LearnerState } from './state.ts';

/** A lesson as the engine sees it: its id and its activities in order. */
export interface EngineLesson {
	id: string;
	activities: readonly Activity[];
}

/** Where a learner stands in a module (or a single lesson). */
export interface Progress {
	lessonsVisited: number;
	lessonsTotal: number;
	answered: number;
	skipped: number;
	activitiesTotal: number;
	/** Scored activities answered right the first time. */
	correct: number;
	scoredTotal: number;
	/** correct / scoredTotal, 0 to 1 (0 when nothing is scored). */
	score: number;
	/** Every lesson visited and every activity answered or skipped. */
	completed: boolean;
	/** Completed and score at or above the pass mark. */
	passed: boolean;
	/** Confidence before and after, per measure, where answered. */
	confidence: Record<string, { before?: number; after?: number }>;
}

/** Summarises a learner's state for a module. Pure. `passMark` is a percentage (0–100). */
export function summarise(
	lessons: readonly EngineLesson[],
	state: LearnerState,
	passMark: number,
): Progress {
	const activities = lessons.flatMap((l) => l.activities);
	const records = activities.map((a) => ({ activity: a, record: state.activities[a.id] }));
	const scored = records.filter((r) => isScored(r.activity));
	const correct = scored.filter((r) => r.record?.result?.correct === true).length;
	const score = scored.length ? correct / scored.length : 0;
	const lessonsVisited = lessons.filter((l) => state.visited.includes(l.id)).length;
	const done = records.filter((r) => r.record).length;
	const completed = lessonsVisited === lessons.length && done === activities.length;
	const confidence: Progress['confidence'] = {};
	for (const { activity, record } of records) {
		if (activity.type !== 'confidence' || record?.first?.type !== 'confidence') continue;
		const entry = (confidence[activity.measure] ??= {});
		entry[activity.when] = record.first.value;
	}
	return {
		lessonsVisited,
		lessonsTotal: lessons.length,
		answered: records.filter((r) => r.record?.status === 'answered').length,
		skipped: records.filter((r) => r.record?.status === 'skipped').length,
		activitiesTotal: activities.length,
		correct,
		scoredTotal: scored.length,
		score,
		completed,
		// A small tolerance so 0.8 * 100 compares equal to a pass mark of 80.
		passed: completed && score * 100 + 1e-9 >= passMark,
		confidence,
	};
}
