import type { Activity } from '../../schemas/activity.ts';
import type { ConfidenceRecording } from '../../schemas/module.ts';
import { checkAnswer, isScored } from './answers.ts';
import type { ActivityRecord, LearnerState } from './state.ts';

/** A lesson as the engine sees it: its id and its activities in order. */
export interface EngineLesson {
	id: string;
	activities: readonly Activity[];
}

/** The activities of `lessons`, by id. Pure. */
export function activitiesById(lessons: readonly EngineLesson[]): Map<string, Activity> {
	return new Map(lessons.flatMap((l) => l.activities.map((a) => [a.id, a] as const)));
}

/**
 * What a module tells the LMS (`reporting` in modules/*.yaml):
 * - `completion`: the learner is reported completed once every lesson is visited and every activity
 *   answered or skipped; the score goes along for the teacher's information and never becomes a pass
 *   or a fail (school modules).
 * - `pass-mark`: as `completion`, and a learner whose score reaches the pass mark is also reported
 *   passed; one under it is still just completed.
 *
 * In both, no learner is ever reported failed: skipping, exploring or a low score never produce it.
 */
export type Reporting = 'completion' | 'pass-mark';

/**
 * Whether an activity's answers stay on the learner's device in a module whose confidence ratings
 * are `confidence` (modules/*.yaml): confidence ratings of a `browser` module. Such answers never
 * reach an LMS (the engine session keeps them apart: src/lib/engine/session.ts) and so are no part
 * of completion. Pure.
 */
export function staysOnDevice(activity: Activity, confidence: ConfidenceRecording): boolean {
	return confidence === 'browser' && activity.type === 'confidence';
}

/** Where a learner stands in a module (or a single lesson). */
export interface Progress {
	lessonsVisited: number;
	lessonsTotal: number;
	answered: number;
	skipped: number;
	activitiesTotal: number;
	/** Scored activities that count as right (see {@link countsAsCorrect}). */
	correct: number;
	/** Scored activities the learner answered (skipped ones are left out of the score). */
	scoredAnswered: number;
	/** Scored activities in the module, answered, skipped or not yet met. */
	scoredTotal: number;
	/** correct / scoredAnswered, 0 to 1 (0 when nothing scored was answered: see `scoredAnswered`). */
	score: number;
	/** Every lesson visited and every activity answered or skipped. */
	completed: boolean;
	/**
	 * Completed, the module reports `pass-mark`, at least one scored activity was answered and the
	 * score is at or above the pass mark. Never true for `completion` modules. Not passing is never
	 * "failed": it is reported as completed.
	 */
	passed: boolean;
	/** Confidence before and after, per measure, where answered. */
	confidence: Record<string, { before?: number; after?: number }>;
}

/**
 * Whether an answered scored activity counts as right. A chat story (scenario) counts if the learner
 * reached a safe ending on the first or the latest run (the two runs the saved progress keeps):
 * trying a risky branch to see where it leads is learning, not a mistake. Other types count their
 * first answer, the one the LMS records as the interaction: a retry after the feedback has shown
 * the answer measures reading, not knowing. Pure.
 */
export function countsAsCorrect(activity: Activity, record: ActivityRecord): boolean {
	if (record.result?.correct === true) return true;
	if (activity.type !== 'scenario' || record.latest?.type !== 'scenario') return false;
	return checkAnswer(activity, record.latest).correct;
}

/**
 * Summarises a learner's state for a module. Pure. `passMark` is a percentage (0–100), used only
 * when `reporting` is `pass-mark`. The rule: completed = every lesson visited and every activity
 * answered or skipped; score = right answers / answered scored activities (skips leave the
 * denominator: skipping is never wrong); passed = pass-mark module, completed, something scored
 * answered, score ≥ pass mark; failed = never.
 *
 * With `recording: 'browser'` (the module's `confidence`) the confidence ratings stay on the device ({@link staysOnDevice}):
 * they are left out altogether (not counted, not needed for completion, no `confidence` entry), so
 * the LMS's completion never waits for something it is never told. They are never scored anyway.
 */
export function summarise(
	lessons: readonly EngineLesson[],
	state: LearnerState,
	passMark: number,
	reporting: Reporting,
	recording: ConfidenceRecording = 'reported',
): Progress {
	const activities = lessons
		.flatMap((l) => l.activities)
		.filter((a) => !staysOnDevice(a, recording));
	const records = activities.map((a) => ({ activity: a, record: state.activities[a.id] }));
	const scored = records.filter((r) => isScored(r.activity));
	const answeredScored = scored.flatMap((r) =>
		r.record?.status === 'answered' ? [{ activity: r.activity, record: r.record }] : [],
	);
	const correct = answeredScored.filter((r) => countsAsCorrect(r.activity, r.record)).length;
	const score = answeredScored.length ? correct / answeredScored.length : 0;
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
		scoredAnswered: answeredScored.length,
		scoredTotal: scored.length,
		score,
		completed,
		passed:
			reporting === 'pass-mark' &&
			completed &&
			answeredScored.length > 0 &&
			// A small tolerance so 0.8 * 100 compares equal to a pass mark of 80.
			score * 100 + 1e-9 >= passMark,
		confidence,
	};
}
