import { isShownTo } from '../lib/audience-view.ts';
import type { Activity } from '../schemas/activity.ts';
import type { LoadedLesson, LoadedModule } from './types.ts';

/**
 * What a module holds, as the content check's rules read it: its lessons in the module's order
 * (a listed id with no lesson is left out: UnknownLessonId reports it), and the activities its
 * audience meets in them. Pure.
 */
export function lessonsOf(mod: LoadedModule, lessons: readonly LoadedLesson[]): LoadedLesson[] {
	return mod.data.lessons.flatMap((id) => lessons.filter((l) => l.data.id === id));
}

/** The activities of a module's lessons that its audience is shown, in module order. Pure. */
export function activitiesShownIn(mod: LoadedModule, lessons: readonly LoadedLesson[]): Activity[] {
	return lessonsOf(mod, lessons)
		.flatMap((l) => l.data.activities)
		.filter((a) => isShownTo(a.audiences, [mod.data.audience]));
}
