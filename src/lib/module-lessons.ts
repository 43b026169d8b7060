import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';

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
