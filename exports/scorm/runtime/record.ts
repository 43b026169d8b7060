import type { RuntimeFacts } from '../facts.ts';

/**
 * The rules that protect what the LMS already holds: a later session never lowers a recorded
 * status or score, and each launch mode writes only what its standard lets it change. Pure.
 */

/** What a launch may write, decided once from `mode` and `credit` (see {@link policyFor}). */
export interface WritePolicy {
	/** Which mode the LMS launched in. */
	mode: 'normal' | 'review' | 'browse';
	/** Whether the attempt counts (credit) or not (no-credit). */
	isCredit: boolean;
	/** Status and score (completion, success, raw/min/max/scaled). */
	canWriteResult: boolean;
	/** Suspend data and location (the learner's place and answers, for resume). */
	canWriteProgress: boolean;
	/** Interactions (one per first answer). */
	canWriteInteractions: boolean;
	/** `exit` and `session_time` at the end. */
	canWriteEnd: boolean;
}

/**
 * The policy for a launch. The rule, per the standards' own words (RTE 1.2 §3.4.4
 * `cmi.core.lesson_mode`/`credit`, 2004 RTE 4.2.16 `cmi.mode`, 4.2.6 `cmi.credit`):
 *
 * - normal + credit: everything, under the no-downgrade rule.
 * - normal + no-credit: nothing that could change the credited result (no status, no score);
 *   progress, interactions, exit and session time are kept, so the learner can come back.
 * - review ("presented without the intent of updating" the recorded attempt) and browse
 *   ("without the intent of recording"): nothing at all. Not even `session_time`: an LMS adds it to
 *   the attempt's total time (RTE 4.2.21 / 1.2 `cmi.core.total_time`), which is part of the
 *   record, and the SCO may leave it unset. Nor `exit`: it stays as the attempt left it. The only
 *   exception is 1.2 browse's own status "browsed", set by {@link startStatus} when nothing was
 *   attempted.
 *
 * An unknown or unreadable mode counts as normal (the default every LMS launches with); an unknown
 * credit counts as credit.
 */
export function policyFor(facts: RuntimeFacts, mode: string, credit: string): WritePolicy {
	const voc = facts.vocabulary;
	const which = mode === voc.modeReview ? 'review' : mode === voc.modeBrowse ? 'browse' : 'normal';
	const isCredit = credit !== voc.creditNone;
	const isNormal = which === 'normal';
	return {
		mode: which,
		isCredit,
		canWriteResult: isNormal && isCredit,
		canWriteProgress: isNormal,
		canWriteInteractions: isNormal,
		canWriteEnd: isNormal,
	};
}

/** Where `value` stands in `order` (lowest first); −1 for a value not listed ("", unknown). */
export function rankOf(order: readonly string[], value: string | undefined): number {
	return value === undefined ? -1 : order.indexOf(value);
}

/**
 * Whether writing `next` over `stored` raises the status. `stored` undefined means it could not be
 * read: then only the highest value is safe to write (nothing can be above it).
 */
export function raisesStatus(
	order: readonly string[],
	stored: string | undefined,
	next: string,
): boolean {
	const rank = rankOf(order, next);
	if (stored === undefined) return rank === order.length - 1;
	return rank > rankOf(order, stored);
}

/**
 * Whether a new raw score should be written over the stored one: only a higher one. `stored`
 * undefined (unreadable) lets only the top score through; "" (never set) lets any through.
 */
export function raisesScore(stored: string | undefined, next: number, max = 100): boolean {
	if (stored === undefined) return next >= max;
	if (stored.trim() === '') return true;
	const before = Number(stored);
	return !Number.isFinite(before) || next > before;
}

/**
 * The status to write when a session starts, if any: 1.2 browse sets "browsed" when nothing was
 * attempted; normal mode says "incomplete" when the LMS holds less (never over completed, passed
 * or failed). Undefined: write nothing.
 */
export function startStatus(
	facts: RuntimeFacts,
	policy: WritePolicy,
	stored: string | undefined,
): string | undefined {
	const voc = facts.vocabulary;
	const order = voc.completionOrder;
	if (policy.mode === 'browse') {
		const nothingYet = stored !== undefined && rankOf(order, stored) <= 0;
		return voc.browsed !== null && nothingYet ? voc.browsed : undefined;
	}
	if (!policy.canWriteResult) return undefined;
	return stored !== undefined && raisesStatus(order, stored, voc.incomplete)
		? voc.incomplete
		: undefined;
}
