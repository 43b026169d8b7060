import type { Lesson } from '../../schemas/lesson.ts';
import type { ModulePack, PackActivity } from './module-pack.ts';

/** One screen of presenter mode. */
export type Slide =
	| { kind: 'title'; id: string; title: string }
	| { kind: 'rules'; id: string; title: string }
	| { kind: 'lesson'; id: string; title: string; lesson: Lesson }
	| { kind: 'activity'; id: string; title: string; item: PackActivity }
	| { kind: 'summary'; id: string; title: string; lesson: Lesson }
	| { kind: 'help'; id: string; title: string };

/**
 * The slides of a module in presenter mode, in order: a title, the ground rules, then per lesson an
 * opening slide, one slide per activity and a summary, and last the support slide. Pure.
 */
export function presenterSlides(pack: ModulePack): Slide[] {
	const slides: Slide[] = [
		{ kind: 'title', id: 'start', title: pack.module.title },
		{ kind: 'rules', id: 'ground-rules', title: 'Our ground rules' },
	];
	for (const lesson of pack.lessons) {
		slides.push({ kind: 'lesson', id: `lesson-${lesson.id}`, title: lesson.title, lesson });
		for (const item of pack.activities.filter((a) => a.lesson.id === lesson.id))
			slides.push({
				kind: 'activity',
				id: `activity-${item.activity.id}`,
				title: `Activity ${String(item.number)}`,
				item,
			});
		slides.push({ kind: 'summary', id: `remember-${lesson.id}`, title: 'Remember', lesson });
	}
	slides.push({ kind: 'help', id: 'help', title: 'Where to get help' });
	return slides;
}
