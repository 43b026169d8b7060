import type { Activity } from '../schemas/activity.ts';

/**
 * An activity as a learner's page carries it: without `teacherNotes`, which are for the teacher's
 * pack and presenter mode only (they would otherwise ride, unseen, in every lesson page's island
 * props and every package's data block). Pure.
 */
export function forLearners<T extends Activity>(activity: T): T {
	if (activity.teacherNotes === undefined) return activity;
	// `teacherNotes` is optional on every activity type, so what is left is still a `T`.
	const copy = { ...activity };
	delete copy.teacherNotes;
	return copy;
}
