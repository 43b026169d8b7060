/**
 * Where someone is on the guided help path: the introduction, one question, or the result, and
 * what they answered. Kept in memory only (a reload starts again). Pure: each move returns a new
 * state.
 */
import { meets, type Answers, type Condition } from './select.ts';

/** The introduction, a question (its index), or the result. */
export interface GuidedFlow {
	/** -1: the introduction; 0…n-1: question n; n (the number of questions): the result. */
	at: number;
	answers: Answers;
	/** At a question opened from the result to change its answer: answering, or Back, returns there. */
	changing?: boolean;
	/**
	 * They have just said they are not safe: who to call is shown now, before question `at` (or the
	 * result), as the first question promises.
	 */
	callFirst?: boolean;
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
 * earlier to a later question is kept, so Back and then forward again shows it chosen. An answer
 * that meets `notSafe` (on the question it names) shows who to call first ({@link carryOn}).
 */
export function answer(
	flow: GuidedFlow,
	questions: readonly string[],
	value: string,
	notSafe: Condition = {},
): GuidedFlow {
	const question = questions[flow.at];
	if (question === undefined) return flow;
	const at = flow.changing ? questions.length : flow.at + 1;
	const answers = { ...flow.answers, [question]: value };
	const callFirst = question in notSafe && meets(notSafe, answers);
	return { at, answers, ...(callFirst ? { callFirst } : {}) };
}

/** From who to call first on to the next question (or the result). */
export function carryOn(flow: GuidedFlow): GuidedFlow {
	return { at: flow.at, answers: flow.answers };
}

/**
 * One step back: from the result to the last question, from the first question to the
 * introduction; from a question opened to change its answer, back to the result, unchanged.
 */
export function back(flow: GuidedFlow, questions: readonly string[]): GuidedFlow {
	if (flow.changing) return { at: questions.length, answers: flow.answers };
	return { at: Math.max(-1, flow.at - 1), answers: flow.answers };
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

/** True on the result (not while who to call first is shown before it). */
export function isResult(flow: GuidedFlow, questions: readonly string[]): boolean {
	return flow.at >= questions.length && !flow.callFirst;
}
