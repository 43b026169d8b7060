/**
 * The one rule that picks what the guided help path shows (issue #15), on plain data so that the
 * page's script can run it over the rules the page carries without loading the step texts. Pure.
 */

/** Answers by question id; a question not answered counts as "I'd rather not say" (`skip`). */
export type Answers = Readonly<Record<string, string | undefined>>;

/** For each question named, the answers that meet it. No question named: everyone meets it. */
export type Condition = Readonly<Record<string, readonly string[] | undefined>>;

/** The answer a question has when it was not answered. */
export const UNANSWERED = 'skip';

/** Something the path may show: a step or a help line. */
export interface Selectable {
	when?: Condition;
	/** Rank among the urgent ones (1 first), for someone not safe right now. */
	urgent?: number;
}

/** True when the answers meet every question the condition names. */
export function meets(when: Condition | undefined, answers: Answers): boolean {
	if (!when) return true;
	return Object.entries(when).every(
		([question, allowed]) => !allowed || allowed.includes(answers[question] ?? UNANSWERED),
	);
}

/**
 * The items the answers meet, in list order; when `notSafe` is met, the urgent items first, by
 * rank (someone in danger sees 999, Samaritans and Childline before anything else).
 */
export function selectGuided<T extends Selectable>(
	items: readonly T[],
	answers: Answers,
	notSafe: Condition,
): T[] {
	const chosen = items.filter((item) => meets(item.when, answers));
	if (!meets(notSafe, answers) || Object.keys(notSafe).length === 0) return chosen;
	const urgent = chosen
		.filter((item) => item.urgent !== undefined)
		.sort((a, b) => (a.urgent ?? 0) - (b.urgent ?? 0));
	return [...urgent, ...chosen.filter((item) => item.urgent === undefined)];
}
