import type { Activity } from '../../schemas/activity.ts';
import { checkAnswer, type Answer } from './answers.ts';
import type { ActivityRecord } from './state.ts';

const isString = (x: unknown): x is string => typeof x === 'string';

/** Whether a value is a list of distinct ids, all of them among `ids`. */
const isIdList = (value: unknown, ids: readonly string[]): value is string[] =>
	Array.isArray(value) &&
	value.every((x) => isString(x) && ids.includes(x)) &&
	new Set(value).size === value.length;

/**
 * Whether an answer read back from storage (any JSON) is one the learner could give to this
 * activity as it is now: the right type, and only ids the activity still has. An answer to an
 * activity whose options changed is refused rather than shown on the wrong question. Pure.
 */
export function answerFits(activity: Activity, answer: unknown): answer is Answer {
	if (typeof answer !== 'object' || answer === null) return false;
	const { type, value } = answer as { type?: unknown; value?: unknown };
	if (type !== activity.type) return false;
	switch (activity.type) {
		case 'single-choice':
			return activity.options.some((o) => o.id === value);
		case 'multiple-response':
			return isIdList(
				value,
				activity.options.map((o) => o.id),
			);
		case 'red-flags':
			return isIdList(
				value,
				activity.parts.map((p) => p.id),
			);
		case 'ordering':
			return (
				isIdList(
					value,
					activity.items.map((i) => i.id),
				) && value.length === activity.items.length
			);
		case 'true-false':
			return typeof value === 'boolean';
		case 'confidence':
			return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
		case 'matching': {
			if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
			const chosen = value as Record<string, unknown>;
			const targets = activity.targets.map((t) => t.id);
			return (
				Object.keys(chosen).length === activity.pairs.length &&
				activity.pairs.every((p) => {
					const target = Object.hasOwn(chosen, p.id) ? chosen[p.id] : undefined;
					return target === '' || (isString(target) && targets.includes(target));
				})
			);
		}
		case 'scenario': {
			if (!Array.isArray(value)) return false;
			const byId = new Map(activity.nodes.map((n) => [n.id, n]));
			let node = byId.get(activity.start);
			for (const choiceId of value) {
				const next = node?.choices?.find((c) => c.id === choiceId)?.next;
				node = next === undefined ? undefined : byId.get(next);
				if (!node) return false;
			}
			return true;
		}
		case 'h5p': {
			if (typeof value !== 'object' || value === null) return false;
			const { response, success, score } = value as Record<string, unknown>;
			return (
				isString(response) &&
				(success === null || typeof success === 'boolean') &&
				typeof score === 'number' &&
				score >= 0 &&
				score <= 1
			);
		}
	}
}

/**
 * A stored record (any JSON) made safe for this activity as it is now, or undefined when it does
 * not fit: a skip, or answers that all fit, with the check of the first answer made again.
 */
export function recordFits(activity: Activity, record: unknown): ActivityRecord | undefined {
	if (typeof record !== 'object' || record === null) return undefined;
	const { status, first, latest, attempts } = record as Record<string, unknown>;
	const count = Number.isInteger(attempts) && (attempts as number) >= 0 ? (attempts as number) : 0;
	if (status === 'skipped') return { status, attempts: count };
	if (status !== 'answered' || !answerFits(activity, first)) return undefined;
	if (latest !== undefined && !answerFits(activity, latest)) return undefined;
	return {
		status,
		first,
		latest: latest ?? first,
		result: checkAnswer(activity, first),
		attempts: Math.max(1, count),
	};
}
