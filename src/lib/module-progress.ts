/**
 * Where a learner on their own stands in a self-paced module, from the progress the site keeps on
 * their device (src/lib/tracking/site-tracker.ts): for each lesson, how many of its activities are
 * answered or skipped, and the lesson to carry on with. The module page shows it, so coming back
 * to the module resumes where they left off, as a package does. Pure.
 */
import { readSaved, savedForKey } from './tracking/site-tracker.ts';

/** One activity as the module page lists it: its id and its key (`activityKey`). */
export interface ListedActivity {
	id: string;
	key: string;
}

/** One lesson as the module page lists it. */
export interface ListedLesson {
	id: string;
	activities: readonly ListedActivity[];
}

/** A lesson's progress: activities done (answered or skipped) of all it has for the audience. */
export interface LessonProgress {
	id: string;
	done: number;
	total: number;
}

/** Writes a lesson's activities into one attribute value: `id:key id:key`. */
export function listActivities(activities: readonly ListedActivity[]): string {
	return activities.map((a) => `${a.id}:${a.key}`).join(' ');
}

/** Reads {@link listActivities}'s attribute value back. */
export function readListedActivities(text: string): ListedActivity[] {
	return text
		.split(' ')
		.filter((word) => word !== '')
		.map((word) => {
			const at = word.lastIndexOf(':');
			return { id: word.slice(0, at), key: word.slice(at + 1) };
		});
}

/**
 * Whether a saved record counts as done for this activity: answered or skipped, and saved for the
 * activity as it is now (`savedForKey`: a changed question is asked again, as the lesson page's
 * session would).
 */
function isDone(record: unknown, activity: ListedActivity): boolean {
	const status = (record as { status?: unknown } | null)?.status;
	return (status === 'answered' || status === 'skipped') && savedForKey(record, activity.key);
}

/** Each lesson's progress from the site's saved progress (`undefined`: nothing saved). */
export function moduleProgress(
	lessons: readonly ListedLesson[],
	saved: string | undefined,
): LessonProgress[] {
	const records = (saved === undefined ? undefined : readSaved(saved))?.activities ?? {};
	return lessons.map((lesson) => ({
		id: lesson.id,
		done: lesson.activities.filter((a) => isDone(records[a.id], a)).length,
		total: lesson.activities.length,
	}));
}

/** Where the module page's start link leads, and how it reads. */
export type Resume =
	{ kind: 'start' } | { kind: 'continue'; lessonId: string } | { kind: 'finished' };

/**
 * Nothing done yet: start at the first lesson. Something done: continue with the first lesson not
 * finished (a learner who skipped ahead is brought back to what they missed). All done: finished.
 */
export function resumeFrom(progress: readonly LessonProgress[]): Resume {
	if (progress.every((p) => p.done === 0)) return { kind: 'start' };
	const next = progress.find((p) => p.done < p.total);
	return next ? { kind: 'continue', lessonId: next.id } : { kind: 'finished' };
}

/** What the module page says under a lesson: nothing until the learner has done something there. */
export function lessonStatus(p: LessonProgress): string {
	if (p.done === 0) return '';
	if (p.done >= p.total) return 'Done: every activity answered or skipped.';
	return `Started: ${String(p.done)} of ${String(p.total)} activities answered or skipped.`;
}
