import type { Activity, ActivityOf, ActivityType } from '../../schemas/activity.ts';
import { checkOf } from '../knowledge-check.ts';

/** What a learner's answer looks like for each type of activity. */
export interface AnswerValues {
	/** The chosen option id. */
	'single-choice': string;
	/** The chosen option ids, in option order. */
	'multiple-response': string[];
	/** The learner's verdict on the statement. */
	'true-false': boolean;
	/** Item ids in the learner's order. */
	ordering: string[];
	/** For each pair id, the target id the learner chose ("" when none). */
	matching: Record<string, string>;
	/** The rating, 1 to 5. */
	confidence: number;
	/** The choice ids taken, from the start node to an ending. */
	scenario: string[];
	/** The part ids the learner marked as red flags, in part order. */
	'red-flags': string[];
	/** What the H5P content reported (its xAPI result): it checks its own answers. */
	h5p: H5pResult;
}

/** An H5P content's own verdict on the learner's answer, from its xAPI `result`. */
export interface H5pResult {
	/** The learner's response in xAPI form (e.g. "false", "0[,]2"); "" when unknown or not kept. */
	response: string;
	/** The content's verdict; null when it gave none (the score decides then). */
	success: boolean | null;
	/** Scaled score, 0 to 1. */
	score: number;
}

/** An answer, tagged with its activity type so it can only be checked against the right kind. */
export type Answer = { [T in ActivityType]: { type: T; value: AnswerValues[T] } }[ActivityType];

/** The result of checking an answer. */
export interface Checked {
	/** False for confidence checks: they are never right or wrong. */
	scored: boolean;
	/** Whether the answer is right (always false when not scored). */
	correct: boolean;
	/** How much of it is right, 0 to 1 (partial credit is shown to the learner, not reported as a pass). */
	score: number;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x) => b.includes(x));

/** The chat node a scenario path ends on, or undefined when the path is not a complete one. */
export function scenarioEnd(activity: ActivityOf<'scenario'>, path: readonly string[]) {
	const byId = new Map(activity.nodes.map((n) => [n.id, n]));
	let node = byId.get(activity.start);
	for (const choiceId of path) {
		const next = node?.choices?.find((c) => c.id === choiceId)?.next;
		node = next === undefined ? undefined : byId.get(next);
	}
	return node?.ending ? node : undefined;
}

/**
 * Checks an answer against its activity. Pure. Throws if the answer is of another type, since that
 * is a programming error, never a learner's.
 */
export function checkAnswer(activity: Activity, answer: Answer): Checked {
	if (activity.type !== answer.type)
		throw new TypeError(
			`Answer of type ${answer.type} given to ${activity.type} "${activity.id}".`,
		);
	const whole = (correct: boolean): Checked => ({ scored: true, correct, score: correct ? 1 : 0 });
	const a = answer as { type: string; value: unknown };
	switch (activity.type) {
		case 'single-choice':
			return whole(activity.options.some((o) => o.correct && o.id === a.value));
		case 'true-false':
			return whole(a.value === activity.answer);
		case 'multiple-response': {
			const picked = a.value as string[];
			const right = activity.options.filter((o) => picked.includes(o.id) === o.correct).length;
			return {
				...whole(right === activity.options.length),
				score: right / activity.options.length,
			};
		}
		case 'ordering': {
			const order = a.value as string[];
			const inPlace = activity.items.filter((item, i) => order[i] === item.id).length;
			return {
				...whole(inPlace === activity.items.length),
				score: inPlace / activity.items.length,
			};
		}
		case 'matching': {
			const chosen = a.value as Record<string, string>;
			const right = activity.pairs.filter((p) => chosen[p.id] === p.match).length;
			return { ...whole(right === activity.pairs.length), score: right / activity.pairs.length };
		}
		case 'red-flags': {
			const marked = a.value as string[];
			const flags = activity.parts.filter((p) => p.flag).map((p) => p.id);
			const right = activity.parts.filter((p) => marked.includes(p.id) === p.flag).length;
			return { ...whole(sameSet(marked, flags)), score: right / activity.parts.length };
		}
		case 'scenario':
			return whole(scenarioEnd(activity, a.value as string[])?.ending?.safe === true);
		case 'confidence':
			return { scored: false, correct: false, score: 0 };
		case 'h5p': {
			// The H5P content checked the answer itself; its verdict is taken as reported.
			const r = a.value as H5pResult;
			if (!activity.scored) return { scored: false, correct: false, score: 0 };
			const score = Math.min(1, Math.max(0, r.score));
			return { scored: true, correct: r.success ?? score >= 1, score };
		}
	}
}

/**
 * Whether an activity counts towards the score. Confidence checks never do, nor the questions of a
 * module's baseline (a learner is never marked down for what they did not know yet: their answers
 * still go to the LMS, right or wrong, for the teacher to compare with the end point); H5P when
 * marked so.
 */
export function isScored(activity: Activity): boolean {
	if (activity.type === 'h5p') return activity.scored;
	if (checkOf(activity)?.phase === 'baseline') return false;
	return activity.type !== 'confidence';
}
