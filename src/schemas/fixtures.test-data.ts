import type { PlanStep } from './lesson-plan.ts';

/** A valid 55-minute lesson plan for test modules (school and forces modules need one). */
export const samplePlan: PlanStep[] = [
	{
		minutes: 10,
		step: 'Ground rules',
		does: 'Agree the ground rules with the class.',
		activities: [],
	},
	{ minutes: 30, step: 'The lesson', does: 'Work through the lesson together.', activities: [] },
	{ minutes: 15, step: 'Help', does: 'Show where to get help.', activities: [] },
];
