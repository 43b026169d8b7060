import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';
import { hasPack } from './teach/module-pack.ts';

/**
 * A module's lessons in the module's order, from every lesson keyed by id (the content check
 * guarantees each id exists). Pure: the site's pages and the build (which reads content without
 * Astro) both use it.
 */
export function moduleLessons(
	module: Pick<Module, 'lessons'>,
	byId: ReadonlyMap<string, Lesson>,
): Lesson[] {
	return module.lessons.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Whether learners take the module on their own: a module without a teacher's or trainer's pack
 * (the young adults' module). The site then shows each of its lessons as the module's audience
 * sees it, in order, at {@link moduleLessonPath}; a taught module's lessons are read on the
 * lesson pages, every audience's version side by side, and shown to a group in presenter mode.
 * Pure.
 */
export function isSelfPaced(module: Module): boolean {
	return !hasPack(module);
}

/** Where the site shows a lesson of a self-paced module, e.g. `/modules/adult-self-paced/lessons/fake-profiles/`. Pure. */
export function moduleLessonPath(moduleId: string, lessonId: string): string {
	return `/modules/${moduleId}/lessons/${lessonId}/`;
}

/** A lesson's place in its module: its number from 1, how many there are, and its neighbours. */
export interface LessonPlace<L> {
	number: number;
	count: number;
	previous: L | undefined;
	next: L | undefined;
}

/** Where `lessonId` stands among `lessons` (a module's, in order); undefined if it is not one. Pure. */
export function lessonPlace<L extends { id: string }>(
	lessons: readonly L[],
	lessonId: string,
): LessonPlace<L> | undefined {
	const index = lessons.findIndex((l) => l.id === lessonId);
	if (index < 0) return undefined;
	return {
		number: index + 1,
		count: lessons.length,
		previous: lessons[index - 1],
		next: lessons[index + 1],
	};
}
