import type { Component } from 'svelte';
import type { Activity, ActivityOf, ActivityType } from '../../schemas/activity.ts';
import type { AnswerValues } from '../../lib/engine/answers.ts';

/**
 * What the card needs: the activity and what the card needs from its lesson. Plain data, as island
 * props must be.
 */
export interface CardData {
	activity: Activity;
	/** The lesson this activity is in. */
	lessonId: string;
	/** Source number per source id, as numbered in the lesson's source list. */
	sourceNumbers: Record<string, number>;
	/** For an "after" confidence check: the id of the "before" one, to show the learner's gain. */
	pairedBefore?: string | undefined;
	/** Who this activity is for, when it is limited to some audiences (e.g. "Schools"). */
	audienceNote?: string | undefined;
}

/**
 * What the page passes to an activity's island, as its one `card` prop: on a lesson page the whole
 * {@link CardData}; on a package page only the activity's id, the activity and its lesson's source
 * numbers being in the page's `#package-data` block (src/lib/activities-once.ts), which the card
 * reads as it hydrates (card-data.ts).
 */
export type IslandCard = Omit<CardData, 'activity' | 'sourceNumbers'> & {
	activityId: string;
	activity?: Activity | undefined;
	sourceNumbers?: Record<string, number> | undefined;
};

/** The activity types the site draws itself: every type but H5P, whose content draws itself. */
export type DrawnType = Exclude<ActivityType, 'h5p'>;

/** The props of an activity's island (ActivityIsland.svelte, H5pIsland.svelte). */
export interface CardProps<T extends ActivityType> {
	card: IslandCard & { activity?: ActivityOf<T> | undefined };
}

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

/**
 * A type component as the card holds it: for any type. The card passes it the props of its own
 * activity, so the value and the activity always belong to the component's type; TypeScript cannot
 * follow that pairing, so each island widens its component to this with one cast.
 */
export type TypeComponent = Component<TypeProps<ActivityType>>;
