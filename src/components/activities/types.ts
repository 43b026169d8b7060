import type { ActivityOf, ActivityType } from '../../schemas/activity.ts';
import type { AnswerValues } from '../../lib/engine/answers.ts';

/**
 * The props every activity-type component takes. The card around it (ActivityCard.svelte) owns the
 * session, the Skip / Try again / Continue buttons and the status; the type component owns its
 * controls and, once `locked`, its feedback.
 */
export interface TypeProps<T extends ActivityType> {
	activity: ActivityOf<T>;
	/** A unique prefix for DOM ids (from the card's `$props.id()`). */
	uid: string;
	/** The id of the element that labels the activity (its prompt), for `aria-labelledby`. */
	labelledby: string;
	/** The answer to show: the latest one when answered, undefined when fresh or retrying. */
	value: AnswerValues[T] | undefined;
	/** True once answered (and not retrying): controls are read-only and feedback shows. */
	locked: boolean;
	/** False until the island has hydrated: controls are shown but inert. */
	ready: boolean;
	/** Called with the learner's answer when they check it. */
	onanswer: (value: AnswerValues[T]) => void;
	/** Source number (1-based, as in the lesson's source list) per source id, to cite in feedback. */
	sourceNumbers: Record<string, number>;
}
