/**
 * The module's knowledge check (baseline and end point): which activities are its questions, how
 * the two phases of one question pair up, and which learning objective a question checks. Pure and
 * free of zod, so the engine chunk, the cards and the class report can all use it.
 */
import type { Activity, CheckPhase, KnowledgeCheck } from '../schemas/activity.ts';

/** The knowledge check of an activity, where it is a baseline or end-point question. Pure. */
export function checkOf(activity: Activity): KnowledgeCheck | undefined {
	return 'check' in activity ? activity.check : undefined;
}

/**
 * The question an activity asks at either phase: `baseline-pay` and `endpoint-pay` are both `pay`.
 * Undefined for other activities and for an id without its phase's prefix (the content check
 * refuses those: CheckIdWithoutPhase). Pure.
 */
export function checkQuestionId(activity: Activity): string | undefined {
	const check = checkOf(activity);
	if (!check) return undefined;
	const prefix = `${check.phase}-`;
	return activity.id.startsWith(prefix) ? activity.id.slice(prefix.length) : undefined;
}

/** The id of the activity asking question `question` at `phase`. Pure. */
export function checkActivityId(question: string, phase: CheckPhase): string {
	return `${phase}-${question}`;
}

/** The baseline twin of an end-point question (what the learner said at the start), if it is one. Pure. */
export function baselineOf(activity: Activity): string | undefined {
	const question = checkQuestionId(activity);
	return question !== undefined && checkOf(activity)?.phase === 'endpoint'
		? checkActivityId(question, 'baseline')
		: undefined;
}

/** A learning objective reference split into its lesson and objective number (1-based). Pure. */
export function objectiveParts(ref: string): { lesson: string; number: number } | undefined {
	const m = /^(.+)-([1-9][0-9]?)$/.exec(ref);
	return m?.[1] && m[2] ? { lesson: m[1], number: Number(m[2]) } : undefined;
}

/**
 * An answer to a check question in words, as the learner saw the options (the three question
 * types a check may be: its schema allows no other). Pure.
 */
export function answerWords(activity: Activity, value: unknown): string | undefined {
	if (activity.type === 'true-false')
		return value === true ? 'True' : value === false ? 'False' : undefined;
	if (activity.type !== 'single-choice' && activity.type !== 'multiple-response') return undefined;
	const picked = Array.isArray(value) ? value : [value];
	const texts = activity.options.filter((o) => picked.includes(o.id)).map((o) => o.text);
	return texts.length ? texts.join('; ') : undefined;
}

/** What the learner did with a question at the start, as the end point compares it. */
export type AtStart =
	| { kind: 'answered'; value: unknown; correct: boolean }
	| { kind: 'skipped' }
	| { kind: 'not-met' };

/**
 * What the card says under an end-point answer: what the learner said at the start, gently. Never a
 * mark: a different answer now is learning; the same safe answer is confirmed; a pass at the start
 * is fine. Pure.
 */
export function compareWords(
	activity: Activity,
	start: AtStart,
	now: { value: unknown; correct: boolean },
): string {
	if (start.kind === 'not-met') return 'Answer checked.';
	if (start.kind === 'skipped')
		return 'Answer checked. At the start you passed this one, and that was fine.';
	const before = answerWords(activity, start.value);
	// An option that ends a sentence keeps its own full stop: “Pay, so that they go away.”
	const said = before
		? `At the start you chose “${before}”${/[.!?]$/.test(before) ? '' : '.'}`
		: 'You answered this at the start.';
	if (JSON.stringify(start.value) === JSON.stringify(now.value))
		return `Answer checked. ${said} You chose the same now.`;
	if (now.correct && !start.correct)
		return `Answer checked. ${said} Compare it with your answer now: that is something you have learnt today.`;
	return `Answer checked. ${said} Compare it with your answer now.`;
}
