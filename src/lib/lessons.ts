import { getCollection } from 'astro:content';
import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';
import { hasPack, type PackModule } from './teach/module-pack.ts';

/** Every lesson's data, keyed by lesson id. Astro caches the collection, so this is cheap per page. */
export async function lessonsById(): Promise<Map<string, Lesson>> {
	const entries = await getCollection('lessons');
	return new Map(entries.map((e) => [e.data.id, e.data]));
}

/** Finds a lesson's data by id; the content check guarantees that referenced ids exist. */
export async function lessonById(id: string): Promise<Lesson> {
	const lesson = (await lessonsById()).get(id);
	if (!lesson) throw new Error(`No lesson with id "${id}".`);
	return lesson;
}

/** Every module's data, sorted by audience order then title. */
export async function allModules(): Promise<Module[]> {
	const order = { school: 0, forces: 1, adult: 2 } as const;
	return (await getCollection('modules'))
		.map((e) => e.data)
		.sort((a, b) => order[a.audience] - order[b.audience] || a.ageRange.min - b.ageRange.min);
}

/** The modules with a teacher's or trainer's pack (school and forces), in {@link allModules} order. */
export async function packModules(): Promise<PackModule[]> {
	return (await allModules()).filter(hasPack);
}
