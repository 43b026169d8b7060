import { curriculum, type CurriculumFramework } from '../../data/curriculum.ts';
import { teachingGuidance, teachingSources, type TeachingGuidance } from '../../data/teaching.ts';
import type { Activity } from '../../schemas/activity.ts';
import type { Lesson } from '../../schemas/lesson.ts';
import { sessionMinutes, type PlanStep } from '../../schemas/lesson-plan.ts';
import type { Module } from '../../schemas/module.ts';
import { isForAges } from '../support.ts';

/** An activity as the pack lists it: with its lesson, and its number in the module (1, 2, …). */
export interface PackActivity {
	activity: Activity;
	lesson: Lesson;
	number: number;
}

/** A plan step with its start time and the activities it uses. */
export interface PackStep extends PlanStep {
	/** Minutes from the start of the session. */
	from: number;
	used: PackActivity[];
}

/** Everything a module's teacher or trainer pack shows, worked out from the content. */
export interface ModulePack {
	module: Module;
	lessons: Lesson[];
	activities: PackActivity[];
	plan: PackStep[];
	guidance: TeachingGuidance;
	framework: CurriculumFramework;
}

/**
 * How long a module takes, in minutes, as every page says it: a module taught to groups takes its
 * session plan's length (the sum of the steps), a self-paced one its `minutes`. Pure.
 */
export function moduleMinutes(module: Module): number {
	return module.lessonPlan ? sessionMinutes(module.lessonPlan) : module.minutes;
}

/**
 * Whether an activity belongs in a deck or pack for `audience` outside its session plan. Activities
 * limited to audiences are that audience's own versions (the school-age stories, Jay, Mia, Maya,
 * Alfie, are limited to school and adult learners, and forces learners have their own); unlimited
 * ones are shared by every audience, and only a school deck offers them unasked. Another audience
 * meets a shared activity only where its plan chooses it. Pure.
 */
export function offeredOutsidePlan(activity: Activity, audience: Module['audience']): boolean {
	return activity.audiences ? activity.audiences.includes(audience) : audience === 'school';
}

/** A module taught to groups, which has a teacher's or trainer's pack. */
export type PackModule = Module & { audience: 'school' | 'forces' };

/**
 * The pack guidance for a module: its audience's, and where the module's ages include 18 (a sixth
 * form), the disclosure step for an adult after the rest, by the rule every help box uses
 * (`isForAges`), so a pack names adults' routes exactly where its help boxes show adults' lines.
 * Pure.
 */
export function packGuidance(module: Pick<PackModule, 'audience' | 'ageRange'>): TeachingGuidance {
	const guidance = teachingGuidance[module.audience];
	if (!isForAges('adult', module.ageRange) || !guidance.adultDisclosure.length) return guidance;
	return { ...guidance, disclosure: [...guidance.disclosure, ...guidance.adultDisclosure] };
}

/** The modules that have a pack: those taught to groups (school and forces). */
export function hasPack(module: Module): module is PackModule {
	return module.audience !== 'adult' && module.lessonPlan !== undefined;
}

/**
 * The pack of a module. Pure. Lists every activity the module's learners meet in its packages (its
 * audience's), numbered in module order, so the answers and the key to LMS codes cover all of
 * them; the presenter's deck is narrower ({@link offeredOutsidePlan}). Also the curriculum links
 * that name at least one of its lessons (or none, for notes).
 */
export function modulePack(
	module: Module & { audience: 'school' | 'forces' },
	lessons: readonly Lesson[],
): ModulePack {
	let number = 0;
	const activities = lessons.flatMap((lesson) =>
		lesson.activities
			.filter((a) => !a.audiences || a.audiences.includes(module.audience))
			.map((activity) => ({ activity, lesson, number: ++number })),
	);
	const byId = new Map(activities.map((a) => [a.activity.id, a]));
	let from = 0;
	const plan = (module.lessonPlan ?? []).map((step) => {
		const at = from;
		from += step.minutes;
		return {
			...step,
			from: at,
			used: step.activities.flatMap((id) => byId.get(id) ?? []),
		};
	});
	const known = new Set(teachingSources.map((s) => s.id));
	for (const note of module.packNotes ?? [])
		for (const id of note.sources)
			if (!known.has(id))
				throw new Error(
					`Module "${module.id}": a pack note cites "${id}", which is not in teachingSources (src/data/teaching.ts).`,
				);
	const ids = new Set(module.lessons);
	const base = curriculum[module.audience];
	return {
		module,
		lessons: [...lessons],
		activities,
		plan,
		guidance: packGuidance(module),
		framework: {
			...base,
			links: base.links.filter(
				(l) => l.lessons.length === 0 || l.lessons.some((id) => ids.has(id)),
			),
		},
	};
}
