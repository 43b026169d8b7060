/**
 * The right answer per activity, for LMS reports only (SCORM's correct responses, xAPI's): a module
 * of its own so that pages without an LMS, which check answers with answers.ts, do not load it.
 */
import type { Activity } from '../../schemas/activity.ts';
import type { Answer } from './answers.ts';

/** The right answer for an activity, in the same shape as a learner's (not for confidence checks). */
export function correctValue(activity: Activity): Answer | undefined {
	switch (activity.type) {
		case 'single-choice':
			return { type: activity.type, value: activity.options.find((o) => o.correct)?.id ?? '' };
		case 'multiple-response':
			return {
				type: activity.type,
				value: activity.options.filter((o) => o.correct).map((o) => o.id),
			};
		case 'true-false':
			return { type: activity.type, value: activity.answer };
		case 'ordering':
			return { type: activity.type, value: activity.items.map((i) => i.id) };
		case 'matching':
			return {
				type: activity.type,
				value: Object.fromEntries(activity.pairs.map((p) => [p.id, p.match])),
			};
		case 'red-flags':
			return { type: activity.type, value: activity.parts.filter((p) => p.flag).map((p) => p.id) };
		case 'scenario':
		case 'confidence':
		case 'h5p':
			return undefined;
	}
}

/**
 * Every right ending of a chat story: the ids of its safe ending nodes, in node order. A learner who
 * reaches any of them is right, so an LMS is told all of them as correct responses.
 */
export function safeEndings(activity: Activity): string[] {
	if (activity.type !== 'scenario') return [];
	return activity.nodes.filter((n) => n.ending?.safe).map((n) => n.id);
}
