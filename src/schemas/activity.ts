import { z } from 'astro/zod';
import { AudienceSchema } from './audience.ts';
import { IdSchema, ShortIdSchema } from './ids.ts';

/** One point of a note for the teacher or trainer, with the lesson sources behind it. */
export const TeacherNoteSchema = z.strictObject({
	/** Plain text, addressed to the teacher or trainer. */
	text: z.string().min(10),
	/** Ids of the lesson's sources that back this point. At least one. */
	sources: z
		.array(ShortIdSchema)
		.min(1, { message: 'cite at least one source id from the lesson' }),
});
export type TeacherNote = z.output<typeof TeacherNoteSchema>;

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
	/**
	 * Questions a teacher or trainer can ask the class after this activity (teacher pack and presenter
	 * mode). Third person, about the story's characters: never ask learners about themselves.
	 */
	discussion: z.array(z.string().min(10)).min(1).max(4).optional(),
	/**
	 * What the teacher or trainer must know before running this activity (teacher pack and presenter
	 * mode, never learners): how to prepare, what not to say, who to tell. Each point names the ids of
	 * the lesson's sources behind it.
	 */
	teacherNotes: z.array(TeacherNoteSchema).min(1).max(8).optional(),
};

/** Calm feedback that says why: shown after an answer. */
const FeedbackSchema = z.string().min(5);

/** One answer a learner can pick, with feedback that explains why. */
export const ChoiceOptionSchema = z.strictObject({
	/** Short id, unique within the activity (reported to an LMS as the response). */
	id: ShortIdSchema,
	/** What the option says. */
	text: z.string().min(1),
	/** Whether picking this option is right. */
	correct: z.boolean().default(false),
	/** Shown after the learner picks this option: calm, and says why. */
	feedback: FeedbackSchema,
});

/** The two ends of a module's knowledge check: the same questions, asked first and last. */
export const CHECK_PHASES = ['baseline', 'endpoint'] as const;
export type CheckPhase = (typeof CHECK_PHASES)[number];

/**
 * A learning objective as checks name it (and as LMSs record it): `<lesson id>-<n>`, the lesson's
 * n-th `objectives` entry (1-based), e.g. `if-it-happens-1`.
 */
export const ObjectiveRefSchema = z
	.string()
	.max(64)
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[1-9][0-9]?$/, {
		message:
			'must be a lesson id, a hyphen and the number of one of its objectives (e.g. "if-it-happens-1")',
	});

/**
 * Marks a question as part of the module's knowledge check (baseline and end point, PSHE
 * Association assessment guidance): the same question is written twice, `baseline-<q>` placed at
 * the start of the module's first lesson and `endpoint-<q>` at the end of its last. At the baseline
 * learners see no right or wrong and it never counts toward the score; at the end point they get
 * the usual feedback and what they said at the start. LMSs record both, with the objective.
 */
export const KnowledgeCheckSchema = z.strictObject({
	/** `baseline` (start of the module, no feedback, no score) or `endpoint` (end, feedback). */
	phase: z.enum(CHECK_PHASES),
	/** The learning objective the question checks: `<lesson id>-<n>` (see {@link ObjectiveRefSchema}). */
	objective: ObjectiveRefSchema,
});
export type KnowledgeCheck = z.output<typeof KnowledgeCheckSchema>;

/** The field the three knowledge-check question types take (single and multiple choice, true/false). */
const checkField = {
	/** Present on the questions of the module's baseline and end point (see {@link KnowledgeCheckSchema}). */
	check: KnowledgeCheckSchema.optional(),
};

/** Pick one answer from several. */
export const SingleChoiceSchema = z.strictObject({
	...activityBase,
	...checkField,
	type: z.literal('single-choice'),
	/** Two or more options; exactly one is correct. */
	options: z.array(ChoiceOptionSchema).min(2).max(26),
});

/** Pick every answer that applies. Right only when exactly the correct options are picked. */
export const MultipleResponseSchema = z.strictObject({
	...activityBase,
	...checkField,
	type: z.literal('multiple-response'),
	/** Two or more options; at least one is correct. */
	options: z.array(ChoiceOptionSchema).min(2).max(26),
});

/** Decide whether a statement is true or false. */
export const TrueFalseSchema = z.strictObject({
	...activityBase,
	...checkField,
	type: z.literal('true-false'),
	/** Whether the statement in `prompt` is true. */
	answer: z.boolean(),
	/** Why the statement is true or false: shown after either answer. */
	feedback: FeedbackSchema,
});

/** An item to put in order; `items` lists them in the right order. */
export const OrderItemSchema = z.strictObject({
	id: ShortIdSchema,
	text: z.string().min(1),
});

/** Put steps in the right order (e.g. what to do if it happens). */
export const OrderingSchema = z.strictObject({
	...activityBase,
	type: z.literal('ordering'),
	/** The items in the RIGHT order; learners see them shuffled in a fixed, stable order. */
	items: z.array(OrderItemSchema).max(26),
	/** Why this order: shown after an answer. */
	feedback: FeedbackSchema,
});

/** Something to match on the left (e.g. a helpline) and the id of the target it matches. */
export const MatchPairSchema = z.strictObject({
	id: ShortIdSchema,
	text: z.string().min(1),
	/** The id of the matching target. */
	match: ShortIdSchema,
});

/** Match each item to a target (e.g. helpline ↔ what it helps with). */
export const MatchingSchema = z.strictObject({
	...activityBase,
	type: z.literal('matching'),
	/** The items to match, each naming its target. */
	pairs: z.array(MatchPairSchema).min(2).max(26),
	/** The targets to choose from (may include some that match nothing). */
	targets: z.array(OrderItemSchema).min(2).max(26),
	/** Why these matches: shown after an answer. */
	feedback: FeedbackSchema,
});

/** A 1–5 self-rating, asked before and after; not scored. */
export const ConfidenceSchema = z.strictObject({
	...activityBase,
	type: z.literal('confidence'),
	/** What is measured; the same id before and after shows the learner's gain. */
	measure: IdSchema,
	/** Asked at the start (`before`) or the end (`after`). */
	when: z.enum(['before', 'after']),
	/** Label of 1 and of 5 (e.g. "Not at all confident", "Very confident"). */
	low: z.string().min(3),
	high: z.string().min(3),
});

/** A line in a mock chat: from the other person (`them`), from the learner's character (`you`), or narration. */
export const ChatMessageSchema = z.strictObject({
	from: z.enum(['them', 'you', 'narrator']),
	text: z.string().min(1),
});

/** A reply the learner can pick, leading to another node. */
export const ChatChoiceSchema = z.strictObject({
	id: ShortIdSchema,
	text: z.string().min(1),
	/** The id of the node this reply leads to. */
	next: ShortIdSchema,
});

/** An ending: calm feedback and the safe move. */
export const ChatEndingSchema = z.strictObject({
	/** Whether this ending is the safe outcome (scores 1) or not (scores 0). */
	safe: z.boolean(),
	/** What happened and why, calmly. */
	feedback: FeedbackSchema,
	/** The safe move, said plainly (shown on every ending). */
	safeMove: z.string().min(5),
	/**
	 * The route to teach: the teacher's key and presenter mode show the way to this ending as the
	 * model answer. A chat with several safe endings marks exactly one (a route that recovers from a
	 * mistake, such as paying then stopping, is safe but is not the one to model).
	 */
	best: z.literal(true).optional(),
});

/** One step of a branching chat: messages, then either choices or an ending. */
export const ChatNodeSchema = z.strictObject({
	id: ShortIdSchema,
	messages: z.array(ChatMessageSchema).default([]),
	choices: z.array(ChatChoiceSchema).min(1).max(26).optional(),
	ending: ChatEndingSchema.optional(),
});

/** A branching chat scenario: a mock messaging thread whose story branches on the learner's replies. */
export const ScenarioSchema = z.strictObject({
	...activityBase,
	type: z.literal('scenario'),
	/** Who the learner's character is chatting with, as the thread shows them. */
	contact: z.strictObject({ name: z.string().min(1), note: z.string().optional() }),
	/** The id of the first node. */
	start: ShortIdSchema,
	/** The graph: each node has choices (leading to other nodes) or an ending. */
	nodes: z.array(ChatNodeSchema).min(2).max(26),
});

/** A part of a mock profile the learner may mark as a warning sign. */
export const ProfilePartSchema = z.strictObject({
	id: ShortIdSchema,
	/** Where the part sits on the card. */
	area: z.enum(['name', 'photo', 'bio', 'stats', 'post', 'detail']),
	/** What the card shows (e.g. "Joined 3 days ago"). */
	text: z.string().min(1),
	/** Whether this part is a red flag. */
	flag: z.boolean(),
	/** Why it is (or is not) a warning sign. */
	feedback: FeedbackSchema,
});

/** Spot the red flags on a mock social profile (no real people, no photos). */
export const RedFlagsSchema = z.strictObject({
	...activityBase,
	type: z.literal('red-flags'),
	/** The profile as its screen shows it: display name, handle, and any photos in its grid. */
	profile: z.strictObject({
		name: z.string().min(1),
		handle: z.string().min(2),
		/**
		 * The photos in the profile's grid, each said in words (there is never a photo of anyone:
		 * each is drawn as an abstract tile with these words), e.g. "A dog asleep on a sofa". They
		 * are context, not parts to mark: a warning sign belongs in `parts`.
		 */
		photos: z.array(z.string().min(3).max(120)).max(6).default([]),
	}),
	/** The parts of the card; at least one is a flag. */
	parts: z.array(ProfilePartSchema).min(2).max(26),
});

/** Where an H5P file may live: under `lessons/h5p/`, a lower-case name ending in `.h5p`. */
export const H5P_FILE_PATTERN = /^lessons\/h5p\/[a-z0-9][a-z0-9-]*\.h5p$/;

/**
 * Interactive content made with H5P (https://h5p.org), from a `.h5p` file kept in the repo. The
 * build unpacks it into the site and packages; the H5P content reports its own answer and score
 * (xAPI), which reach the engine like any other answer.
 */
export const H5pSchema = z.strictObject({
	...activityBase,
	type: z.literal('h5p'),
	/** The `.h5p` file, relative to the content root: `lessons/h5p/<name>.h5p`. */
	file: z.string().regex(H5P_FILE_PATTERN, {
		message: 'must be a path like "lessons/h5p/my-quiz.h5p" (lower-case letters, digits, hyphens)',
	}),
	/** What the embedded content is, for screen readers (the frame's title), e.g. "Quiz: is this safe?". */
	title: z.string().min(3).max(120),
	/** Whether its score counts towards the module's score (false for content with no right answer). */
	scored: z.boolean().default(true),
	/**
	 * How an LMS records the answer: `true-false` for H5P True/False questions, else `fill-in` (the
	 * H5P's response as text).
	 */
	interaction: z.enum(['true-false', 'fill-in']).default('fill-in'),
});

/**
 * Every kind of activity, told apart by `type`. Exporters and the engine switch on `type` and
 * TypeScript checks that every kind is handled.
 */
export const ActivitySchema = z.discriminatedUnion('type', [
	SingleChoiceSchema,
	MultipleResponseSchema,
	TrueFalseSchema,
	OrderingSchema,
	MatchingSchema,
	ConfidenceSchema,
	ScenarioSchema,
	RedFlagsSchema,
	H5pSchema,
]);

export type Activity = z.output<typeof ActivitySchema>;
export type ActivityType = Activity['type'];
export type ActivityOf<T extends ActivityType> = Extract<Activity, { type: T }>;
export type ChatNode = z.output<typeof ChatNodeSchema>;
