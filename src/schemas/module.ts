import { z } from 'astro/zod';
import { AudienceSchema } from './audience.ts';
import { ChangesSchema } from './changes.ts';
import { IdSchema } from './ids.ts';
import { LessonPlanSchema, sessionMinutes } from './lesson-plan.ts';
import { ManifestTextSchema } from './manifest-text.ts';

/** The package formats a module can be exported to. */
export const PackageFormatSchema = z.enum(['scorm12', 'scorm2004', 'cmi5', 'offline']);
export type PackageFormat = z.output<typeof PackageFormatSchema>;

/**
 * Where a module's confidence ratings ("How sure do you feel?", 1 to 5) go in its LMS packages:
 * - `reported`: to the LMS like every other answer (an interaction, an xAPI statement, and the saved
 *   progress), so whoever runs the course can compare before and after;
 * - `browser`: nowhere but the learner's own browser (this tab's sessionStorage, per module): no
 *   interaction, no statement, not in suspend data or the cmi5 state document, and not part of
 *   completion (the LMS cannot wait for what it never sees). The filter is the engine session's
 *   (src/lib/engine/session.ts); the completion rule is `summarise` (src/lib/engine/progress.ts).
 * The site and the offline package keep everything on the device either way.
 */
export const ConfidenceRecordingSchema = z.enum(['reported', 'browser']);
export type ConfidenceRecording = z.output<typeof ConfidenceRecordingSchema>;

/** One module, `modules/<id>.yaml`: lessons in order for one audience, and one LMS package per format. */
export const ModuleSchema = z
	.strictObject({
		/** Unique module id; used in the address `/modules/<id>/` and in package file names. */
		id: IdSchema,
		/** The module's title as teachers and LMSs show it. */
		title: ManifestTextSchema.min(3).max(90),
		/** Who the module is for. */
		audience: AudienceSchema,
		/** Youngest and oldest age the module is written for (inclusive). */
		ageRange: z.strictObject({
			min: z.number().int().min(11).max(99),
			max: z.number().int().min(11).max(99),
		}),
		/** A paragraph for teachers and trainers: what the module covers and how it is used. */
		description: ManifestTextSchema.min(20),
		/**
		 * The module's releases, newest first (`{ version, date, summary, lessons? }`): the newest is the
		 * content version every package carries (manifest, start screen) and the module page shows; the
		 * list is the module's "what changed" page. Versions rise and dates never go back or into the
		 * future (checked by src/content/validate-changes.ts). Absent: the packages carry no version.
		 */
		changes: ChangesSchema.optional(),
		/** Lesson ids, in the order learners meet them. */
		lessons: z.array(IdSchema).min(1),
		/**
		 * What the LMS is told (the rule is `summarise` in src/lib/engine/progress.ts):
		 * - `completion` (school modules): completed once every lesson is visited and every activity
		 *   answered or skipped; the score goes along for the teacher's information only;
		 * - `pass-mark`: completed as above, and also passed when the score reaches `passMark`.
		 * In both, no learner is ever reported failed, and skipped activities are left out of the score.
		 */
		reporting: z.enum(['completion', 'pass-mark']),
		/**
		 * Percentage of answered scored activities answered right needed to pass (0–100). Used only with
		 * `reporting: pass-mark`; below it the learner is still completed, never failed.
		 */
		passMark: z.number().int().min(0).max(100),
		/**
		 * Where confidence ratings go in LMS packages (see {@link ConfidenceRecordingSchema}). Absent:
		 * `browser`, the private choice; learners are told which at the start of every package.
		 */
		confidence: ConfidenceRecordingSchema.default('browser'),
		/** Typical time for the whole module, in minutes. */
		minutes: z.number().int().min(5).max(600),
		/**
		 * The highest reading age the module's lessons may have for its audience, checked by the content
		 * lint (Flesch–Kincaid grade + 5 over the learner-facing text; see docs/authoring.md). Set it for
		 * school modules, e.g. `{ max: 12 }` for ages 11–14; absent means not checked.
		 */
		readingAge: z
			.strictObject({
				/** Reading age in years, e.g. 12. */
				max: z.number().min(6).max(25),
			})
			.optional(),
		/** Which packages to build for this module. */
		formats: z.array(PackageFormatSchema).default(['scorm12', 'scorm2004', 'cmi5', 'offline']),
		/**
		 * The classroom session plan for the teacher or trainer pack. School and forces modules have
		 * one (they are taught to groups); a self-paced module has none.
		 */
		lessonPlan: LessonPlanSchema.optional(),
		/**
		 * Notes for this module's teacher or trainer pack only ("Before the session"), e.g. for the
		 * youngest learners of its age range. Each names ids of the pack's sources
		 * (`teachingSources` in src/data/teaching.ts).
		 */
		packNotes: z
			.array(
				z.strictObject({
					text: z.string().min(10),
					sources: z.array(z.string().min(1)).min(1),
				}),
			)
			.min(1)
			.max(6)
			.optional(),
	})
	.refine((m) => m.ageRange.min <= m.ageRange.max, {
		message: 'ageRange.min must not be greater than ageRange.max',
		path: ['ageRange', 'min'],
	})
	.refine((m) => m.audience === 'adult' || m.lessonPlan !== undefined, {
		message: 'school and forces modules need a lessonPlan: the teacher or trainer pack shows it',
		path: ['lessonPlan'],
	})
	.refine((m) => !m.lessonPlan || sessionMinutes(m.lessonPlan) === m.minutes, {
		message:
			"minutes must equal the lessonPlan's steps added up: the module page, the pack and presenter mode all show the session's length; change one so they agree",
		path: ['minutes'],
		// One mistake, one error: a plan refused on its own already says what to change.
		when: (payload) => payload.issues.length === 0,
	});

export type Module = z.output<typeof ModuleSchema>;
