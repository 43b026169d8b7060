import { z } from 'astro/zod';
import { AudienceSchema } from './audience.ts';
import { IdSchema, ShortIdSchema } from './ids.ts';

/** Fields every activity has, whatever its type. */
const activityBase = {
	/** Unique across all lessons: it becomes the interaction id reported to an LMS. */
	id: IdSchema,
	/** The question or instruction the learner sees. Plain text. */
	prompt: z.string().min(5),
	/** Ids of the lesson's sources that back the answer and feedback. At least one. */
	sources: z
		.array(ShortIdSchema)
		.min(1, { message: 'cite at least one source id from the lesson' }),
	/** Limit the activity to some audiences; absent means every audience of the lesson. */
	audiences: z.array(AudienceSchema).min(1).optional(),
};

/** One answer a learner can pick, with feedback that explains why. */
export const ChoiceOptionSchema = z.strictObject({
	/** Short id, unique within the activity (reported to an LMS as the response). */
	id: ShortIdSchema,
	/** What the option says. */
	text: z.string().min(1),
	/** Whether picking this option is right. */
	correct: z.boolean().default(false),
	/** Shown after the learner picks this option: calm, and says why. */
	feedback: z.string().min(5),
});

/** Pick one answer from several. */
export const SingleChoiceSchema = z.strictObject({
	...activityBase,
	type: z.literal('single-choice'),
	/** Two or more options; exactly one is correct. */
	options: z.array(ChoiceOptionSchema).min(2),
});

/**
 * Every kind of activity, told apart by `type`. Later activity kinds join this union; exporters and
 * the engine switch on `type` and TypeScript checks that every kind is handled.
 */
export const ActivitySchema = z.discriminatedUnion('type', [SingleChoiceSchema]);

export type Activity = z.output<typeof ActivitySchema>;
export type ActivityType = Activity['type'];
export type ChoiceOption = z.output<typeof ChoiceOptionSchema>;
