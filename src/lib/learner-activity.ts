import type { Activity } from '../schemas/activity.ts';

/**
 * An activity as a learner's page carries it: without `teacherNotes` and `discussion`, which are for
 * the teacher's pack and presenter mode only (the questions a teacher asks the class after it). No
 * learner's card shows them, and they would otherwise ride, unseen, in every lesson page's island
 * props and every package's data block (about 0.9 KiB of each package zip). Pure.
 */
export function forLearners<T extends Activity>(activity: T): T {
	if (activity.teacherNotes === undefined && activity.discussion === undefined) return activity;
	// Both are optional on every activity type, so what is left is still a `T`.
	const copy = { ...activity };
	delete copy.teacherNotes;
	delete copy.discussion;
	return copy;
}
