/**
 * Where someone is on the guided help path: the introduction, one question, or the result, and
 * what they answered. Kept in memory only (a reload starts again). Pure: each move returns a new
 * state.
 */
import type { Answers } from './select.ts';

/** The introduction, a question (its index), or the result. */
export interface GuidedFlow {
	/** -1: the introduction; 0…n-1: question n; n (the number of questions): the result. */
	at: number;
	answers: Answers;
	/** At a question opened from the result to change its answer: answering, or Back, returns there. */
	changing?: boolean;
}

/** Before the first question. */
export const atIntro: GuidedFlow = { at: -1, answers: {} };

/** The first question, with nothing answered. */
export function begin(): GuidedFlow {
	return { at: 0, answers: {} };
}

/**
 * Answers the question shown (`questions[at]`) and moves to the next one, or to the result after
 * the last (or straight back to it, for a question opened to change its answer). An answer given
 * earlier to a later question is kept, so Back and then forward again shows it chosen.
 */
export function answer(flow: GuidedFlow, questions: readonly string[], value: string): GuidedFlow {
	const question = questions[flow.at];
	if (question === undefined) return flow;
	const at = flow.changing ? questions.length : flow.at + 1;
	return { at, answers: { ...flow.answers, [question]: value } };
}

/**
 * One step back: from the result to the last question, from the first question to the
 * introduction; from a question opened to change its answer, back to the result, unchanged.
 */
export function back(flow: GuidedFlow, questions: readonly string[]): GuidedFlow {
	if (flow.changing) return { at: questions.length, answers: flow.answers };
	return { ...flow, at: Math.max(-1, flow.at - 1) };
}

/**
 * From the result, the question `id` again, its answer kept (shown chosen), to change it: a wrong
 * tap, seen in "You said", is put right without answering everything again.
 */
export function change(flow: GuidedFlow, questions: readonly string[], id: string): GuidedFlow {
	const at = questions.indexOf(id);
	if (at < 0 || !isResult(flow, questions)) return flow;
	return { at, answers: flow.answers, changing: true };
}

/** True on the result. */
export function isResult(flow: GuidedFlow, questions: readonly string[]): boolean {
	return flow.at >= questions.length;
}
