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
}

/** Before the first question. */
export const atIntro: GuidedFlow = { at: -1, answers: {} };

/** The first question, with nothing answered. */
export function begin(): GuidedFlow {
	return { at: 0, answers: {} };
}

/**
 * Answers the question shown (`questions[at]`) and moves to the next one, or to the result after
 * the last. An answer given earlier to a later question is kept, so Back and then forward again
 * shows it chosen.
 */
export function answer(flow: GuidedFlow, questions: readonly string[], value: string): GuidedFlow {
	const question = questions[flow.at];
	if (question === undefined) return flow;
	return { at: flow.at + 1, answers: { ...flow.answers, [question]: value } };
}

/** One step back: from the result to the last question, from the first question to the introduction. */
export function back(flow: GuidedFlow): GuidedFlow {
	return { ...flow, at: Math.max(-1, flow.at - 1) };
}

/** True on the result. */
export function isResult(flow: GuidedFlow, questions: readonly string[]): boolean {
	return flow.at >= questions.length;
}
