import { z } from 'astro/zod';
import { ActivitySchema } from './activity.ts';
import { AudienceSchema } from './audience.ts';
import { IdSchema } from './ids.ts';
import { SourceSchema } from './source.ts';

/** The frontmatter of one lesson file, `lessons/<slug>.mdx`. */
export const LessonSchema = z.strictObject({
	/** Unique lesson id; the lesson's address is `/lessons/<id>/`. */
	id: IdSchema,
	/** The lesson's title, short and calm. */
	title: z.string().min(3).max(90),
	/** One or two sentences saying what the learner will get from it. */
	summary: z.string().min(20).max(300),
	/** Who the lesson is written for. Decides which support lines are shown. */
	audiences: z.array(AudienceSchema).min(1),
	/** Typical time to work through it, in minutes. */
	minutes: z.number().int().min(1).max(120),
	/** What the learner will be able to do afterwards ("Name five signs of a fake profile"). */
	objectives: z.array(z.string().min(5)).min(1),
	/** The few things the learner should remember. */
	keyMessages: z.array(z.string().min(5)).min(1),
	/** Every source the lesson cites. Statistics and advice point here by id. */
	sources: z.array(SourceSchema).min(1, { message: 'a lesson needs at least one source' }),
	/** The lesson's activities as data; the prose places each with `<Activity id="…" />`. */
	activities: z.array(ActivitySchema).default([]),
});

export type Lesson = z.output<typeof LessonSchema>;
