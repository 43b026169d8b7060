import { z } from 'astro/zod';
import { IdSchema } from './ids.ts';

/** The shortest and longest classroom session a lesson plan may describe, in minutes. */
export const lessonPlanMinutes = { min: 50, max: 60 } as const;

/** One step of a classroom session in a module's teacher or trainer pack. */
export const PlanStepSchema = z.strictObject({
	/** How long the step takes, in minutes. */
	minutes: z.number().int().min(1).max(30),
	/** A short name for the step (e.g. "Ground rules"). */
	step: z.string().min(3).max(60),
	/** What the teacher or trainer does and says, in a sentence or two. */
	does: z.string().min(10),
	/** Activities used in this step, by id; each must be in one of the module's lessons. */
	activities: z.array(IdSchema).default([]),
	/**
	 * What the step's slide in presenter mode shows under its name: `ground-rules` lists the pack's
	 * ground rules (for the step where the group agrees them). Absent: the step's activities, listed.
	 */
	show: z.enum(['ground-rules']).optional(),
});

/**
 * A timed plan for one 50–60 minute classroom session, shown in the teacher pack. The steps run in
 * order and their minutes add up to the session's length.
 */
export const LessonPlanSchema = z
	.array(PlanStepSchema)
	.min(3)
	.refine(
		(steps) => {
			const total = steps.reduce((sum, s) => sum + s.minutes, 0);
			return total >= lessonPlanMinutes.min && total <= lessonPlanMinutes.max;
		},
		{
			message: `the steps' minutes must add up to ${lessonPlanMinutes.min}–${lessonPlanMinutes.max} (one classroom session)`,
		},
	);

export type PlanStep = z.output<typeof PlanStepSchema>;

/**
 * How long a session takes, in minutes: the sum of its plan's steps. Pure. The one source of a
 * module's classroom length: the module page, the teacher pack and presenter mode all show it.
 */
export function sessionMinutes(plan: readonly Pick<PlanStep, 'minutes'>[]): number {
	return plan.reduce((sum, step) => sum + step.minutes, 0);
}
