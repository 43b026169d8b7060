import { checkOf } from '../../../src/lib/knowledge-check.ts';
import { scorm2004Facts } from '../../scorm2004/facts.ts';
import type { Progress } from '../../../src/lib/engine/progress.ts';
import type { Activity } from '../../../src/schemas/activity.ts';
import { codeBook, type Code } from '../../scorm/runtime/codes.ts';
import { toInteraction } from '../../scorm/runtime/interactions.ts';
import { formatDuration } from '../../scorm/runtime/time.ts';
import type { AnswerReport } from '../../../src/lib/tracking/tracker.ts';
import type { Agent, Context, LaunchParams } from './launch.ts';

/**
 * Pure builders for every xAPI statement the AU sends (cmi5 spec §9 "xAPI Statement Requirements").
 * xAPI's interaction response formats (xAPI 1.0.3 §2.4.4.1.1) are SCORM 2004's, so interactions come
 * from the same code the SCORM adapters use, with the 2004 row of the standards table.
 */

/** ADL verb IRIs (cmi5 §9.3). */
export const VERBS = {
	initialized: 'http://adlnet.gov/expapi/verbs/initialized',
	completed: 'http://adlnet.gov/expapi/verbs/completed',
	passed: 'http://adlnet.gov/expapi/verbs/passed',
	failed: 'http://adlnet.gov/expapi/verbs/failed',
	terminated: 'http://adlnet.gov/expapi/verbs/terminated',
	answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;

export type Verb = keyof typeof VERBS;

/** cmi5 category: marks a "cmi5 defined" statement (§9.6.2.1). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** moveOn category: completed/passed/failed that count towards moveOn (§9.6.2.2). */
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
/** Context extension carrying the mastery score on passed/failed (§9.6.3.2). */
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/**
 * The context extension of a baseline or end-point answer: `{ phase, objective }` (the learning
 * objective it checks, the id SCORM writes as `cmi.interactions.n.objectives.0.id`).
 */
export const CHECK_EXTENSION = 'urn:second-look:xapi:extension:knowledge-check';
/** Activity type of an interaction (xAPI 1.0.3 §2.4.4.1.1). */
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Language of every name and description we send. */
const LANG = 'en-GB';

/** A statement's score (xAPI 1.0.3 §2.4.5.1): scaled −1…1, raw between min and max. */
export interface Score {
	scaled: number;
	raw: number;
	min: number;
	max: number;
}

/** An interaction component: a response code and what it stands for. */
export interface Component {
	id: string;
	description: Record<string, string>;
}

/**
 * What each code of an interaction means, as xAPI's interaction components, so an LRS can show the
 * words: choices (choice, sequencing; a chat story's endings), source and target (matching), scale
 * (a confidence rating). From the same code book the responses are written with.
 */
export function components(activity: Activity): Partial<Record<ComponentList, Component[]>> {
	const book = codeBook(activity, scorm2004Facts);
	const list = (codes: readonly Code[]) =>
		codes.map((c) => ({ id: c.code, description: { [LANG]: c.words } }));
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
		case 'red-flags':
		case 'ordering':
		case 'scenario':
			return { choices: list(book.choices) };
		case 'matching':
			return { source: list(book.choices), target: list(book.targets) };
		case 'confidence':
			return {
				scale: [1, 2, 3, 4, 5].map((n) => ({
					id: String(n),
					description: {
						[LANG]: n === 1 ? activity.low : n === 5 ? activity.high : String(n),
					},
				})),
			};
		case 'true-false':
		case 'h5p':
			return {};
	}
}

type ComponentList = 'choices' | 'scale' | 'source' | 'target';

/** An xAPI statement as we send it. */
export interface Statement {
	id: string;
	actor: Agent;
	verb: { id: string; display: Record<string, string> };
	object: {
		objectType: 'Activity';
		id: string;
		definition?: {
			type: string;
			name: Record<string, string>;
			description?: Record<string, string>;
			interactionType: string;
			correctResponsesPattern?: string[];
			/** Interaction components (xAPI 1.0.3 §2.4.4.1.1): each code with its words. */
			choices?: Component[];
			scale?: Component[];
			source?: Component[];
			target?: Component[];
		};
	};
	result?: {
		success?: boolean;
		completion?: boolean;
		response?: string;
		duration?: string;
		score?: Score;
	};
	context: Context;
	timestamp: string;
}

/** What every statement of one session shares. */
export interface StatementBase {
	launch: LaunchParams;
	/** `contextTemplate` from LMS.LaunchData: the base of every statement's context (§10). */
	contextTemplate: Context;
	/** A fresh statement id (UUID); injected so tests are deterministic. */
	newId: () => string;
}

/** ISO 8601 duration, as SCORM 2004 writes it (xAPI's `result.duration` is the same type). */
export function isoDuration(ms: number): string {
	return formatDuration(ms, scorm2004Facts.time.sessionTime);
}

/** A UUID v4 from `getRandomValues`, which (unlike `randomUUID`) works on plain-http LMS pages. */
export function uuid(fill: (bytes: Uint8Array<ArrayBuffer>) => unknown): string {
	const b = new Uint8Array(16);
	fill(b);
	b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
	b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
	const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The template's context plus the registration and extra categories/extensions. */
function contextFor(
	base: StatementBase,
	categories: readonly string[],
	extensions: Record<string, unknown> = {},
	parent = false,
): Context {
	const t = base.contextTemplate;
	const activities = { ...t.contextActivities };
	const category = [...(activities.category ?? []), ...categories.map((id) => ({ id }))];
	if (category.length) activities.category = category;
	if (parent) activities.parent = [...(activities.parent ?? []), { id: base.launch.activityId }];
	const allExtensions = { ...t.extensions, ...extensions };
	return {
		...t,
		registration: base.launch.registration,
		...(Object.keys(activities).length ? { contextActivities: activities } : {}),
		...(Object.keys(allExtensions).length ? { extensions: allExtensions } : {}),
	};
}

function statement(
	base: StatementBase,
	verb: Verb,
	at: Date,
	context: Context,
	result?: Statement['result'],
	object?: Statement['object'],
): Statement {
	return {
		id: base.newId(),
		actor: base.launch.actor,
		verb: { id: VERBS[verb], display: { [LANG]: verb } },
		object: object ?? { objectType: 'Activity', id: base.launch.activityId },
		...(result ? { result } : {}),
		context,
		timestamp: at.toISOString(),
	};
}

/** `initialized` (§9.3.2): the first statement of every session. */
export function initialized(base: StatementBase, at: Date): Statement {
	return statement(base, 'initialized', at, contextFor(base, [CMI5_CATEGORY]));
}

/** `terminated` (§9.3.8): the last statement, with the session's duration. */
export function terminated(base: StatementBase, at: Date, sessionMs: number): Statement {
	return statement(base, 'terminated', at, contextFor(base, [CMI5_CATEGORY]), {
		duration: isoDuration(sessionMs),
	});
}

/** `completed` (§9.3.3): every lesson visited and every activity done. */
export function completed(base: StatementBase, at: Date, sessionMs: number): Statement {
	return statement(base, 'completed', at, contextFor(base, [CMI5_CATEGORY, MOVEON_CATEGORY]), {
		completion: true,
		duration: isoDuration(sessionMs),
	});
}

/** The score of a finished module: share right first time, and the raw count. */
export function scoreOf(progress: Progress): Score {
	return {
		scaled: Math.round(progress.score * 10000) / 10000,
		raw: progress.correct,
		min: 0,
		max: progress.scoredAnswered,
	};
}

/**
 * `passed` (§9.3.4) with the score (right answers of the scored activities answered), the session's duration, and the mastery
 * score the judgement used (§9.6.3.2) when the LMS gave one.
 */
export function judged(
	base: StatementBase,
	at: Date,
	sessionMs: number,
	progress: Progress,
	passed: boolean,
	masteryScore: number | undefined,
): Statement {
	const extensions = masteryScore === undefined ? {} : { [MASTERY_EXTENSION]: masteryScore };
	return statement(
		base,
		passed ? 'passed' : 'failed',
		at,
		contextFor(base, [CMI5_CATEGORY, MOVEON_CATEGORY], extensions),
		{ success: passed, duration: isoDuration(sessionMs), score: scoreOf(progress) },
	);
}

/**
 * `answered` (a cmi5 "allowed" statement, §9.6.1: no cmi5 category): the interaction as an activity
 * of its own under the AU, with its type, the question (name: trimmed as SCORM 2004's description;
 * description: whole), every correct response pattern (a chat story: one per safe ending), the
 * response in the same readable codes as SCORM 2004, success and how long the learner took.
 */
export function answered(base: StatementBase, report: AnswerReport): Statement {
	const i = toInteraction(report.activity, report.answer, report.checked, scorm2004Facts);
	const voc = scorm2004Facts.vocabulary;
	const check = checkOf(report.activity);
	return statement(
		base,
		'answered',
		report.at,
		contextFor(
			base,
			[],
			check ? { [CHECK_EXTENSION]: { phase: check.phase, objective: check.objective } } : {},
			true,
		),
		{
			response: i.learnerResponse,
			...(i.result === voc.resultNeutral ? {} : { success: i.result === voc.resultCorrect }),
			duration: isoDuration(report.latencyMs),
		},
		{
			objectType: 'Activity',
			id: i.id,
			definition: {
				type: INTERACTION_TYPE,
				name: { [LANG]: i.description },
				description: { [LANG]: report.activity.prompt },
				interactionType: i.type,
				...(i.correctResponses === undefined
					? {}
					: { correctResponsesPattern: i.correctResponses }),
				...components(report.activity),
			},
		},
	);
}
