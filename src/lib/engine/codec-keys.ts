import type { Activity, ActivityOf } from '../../schemas/activity.ts';
import type { EngineLesson } from './progress.ts';

/**
 * The keys of the compact state (./codec.ts): an activity's key changes exactly when its saved
 * answers would be read differently, a lesson's key names it, and the content hash tells whether
 * a state was written for exactly this content. Pure.
 */

/** Characters of an activity key and of a lesson key. */
export const ACTIVITY_KEY_LENGTH = 4;
export const LESSON_KEY_LENGTH = 3;

/** FNV-1a (32 bits) of a text, as its last `length` base-36 digits. */
function hash36(text: string, length: number): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0').slice(-length);
}

/**
 * The order a choice's saved answer counts its options in: by id when every id is one character
 * (`a`, `b`, `c`), so an author can move the right answer to another place without changing what a
 * saved position means; else as written.
 */
export function choiceIds(activity: ActivityOf<'single-choice' | 'multiple-response'>): string[] {
	const ids = activity.options.map((o) => o.id);
	return ids.every((id) => id.length === 1) ? ids.toSorted() : ids;
}

/** The ids an answer refers to by position, per type (version 1's content hash). */
export function idsOf(activity: Activity): string[] {
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
			return choiceIds(activity);
		case 'ordering':
			return activity.items.map((i) => i.id);
		case 'matching':
			return activity.targets.map((t) => t.id);
		case 'red-flags':
			return activity.parts.map((p) => p.id);
		case 'scenario':
			return activity.nodes.map((n) => n.id);
		case 'true-false':
		case 'confidence':
		case 'h5p':
			return [];
	}
}

/** Everything an encoded answer's positions depend on, per type. */
function answerStructure(activity: Activity): string {
	switch (activity.type) {
		case 'matching':
			return `${activity.pairs.map((p) => p.id).join('.')}>${idsOf(activity).join('.')}`;
		case 'scenario':
			// A path is the index of the choice taken at each node: choices and where they lead.
			return `${activity.start}>${activity.nodes
				.map((n) => `${n.id}(${(n.choices ?? []).map((c) => `${c.id}:${c.next}`).join('.')})`)
				.join('.')}`;
		case 'h5p':
			return activity.file;
		default:
			return idsOf(activity).join('.');
	}
}

/**
 * What makes an answer right, per type (beyond the order an ordering's items are written in, which
 * is already its structure): which options are correct, the true/false answer, what each match
 * pairs with, which profile parts are warning signs, which chat endings are safe.
 */
function marking(activity: Activity): string {
	const flags = (values: readonly boolean[]) => values.map((v) => (v ? '1' : '0')).join('');
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
			return flags(
				choiceIds(activity).map((id) => activity.options.some((o) => o.id === id && o.correct)),
			);
		case 'true-false':
			return String(activity.answer);
		case 'matching':
			return activity.pairs.map((p) => p.match).join('.');
		case 'red-flags':
			return flags(activity.parts.map((p) => p.flag));
		case 'scenario':
			return activity.nodes.map((n) => (n.ending ? (n.ending.safe ? 's' : 'u') : '-')).join('');
		case 'ordering':
		case 'confidence':
		case 'h5p':
			return '';
	}
}

/**
 * An activity's key in the compact state (version 3): 4 base-36 characters of a hash of its id,
 * type, the structure its answers are encoded against and what makes an answer right. Changes when
 * the activity's answers would be read differently (options added or removed, items reordered, a
 * chat's choices rewired; not a choice's one-letter options moved: {@link choiceIds}) or marked differently (another option made the right one, an ending made
 * safe), so an old answer is never shown on a changed question; not when only text or feedback
 * changes.
 */
export function activityKey(activity: Activity): string {
	return hash36(
		`${activity.id}/${activity.type}/${answerStructure(activity)}/${marking(activity)}`,
		ACTIVITY_KEY_LENGTH,
	);
}

/** Version 2's activity key: id, type and structure, without the marking. */
export function activityKeyV2(activity: Activity): string {
	return hash36(
		`${activity.id}/${activity.type}/${answerStructure(activity)}`,
		ACTIVITY_KEY_LENGTH,
	);
}

/** A lesson's key in the compact state: 3 base-36 characters of a hash of its id. */
export function lessonKey(lessonId: string): string {
	return hash36(lessonId, LESSON_KEY_LENGTH);
}

/**
 * The module's content as the keyed versions encode against it: lesson ids and activity keys
 * ({@link activityKey}, or version 2's), in order.
 */
export function contentHash(
	lessons: readonly EngineLesson[],
	keyOf: (activity: Activity) => string = activityKey,
): string {
	return hash36(lessons.map((l) => `${l.id}:${l.activities.map(keyOf).join('.')}`).join('|'), 6);
}

/** Version 1's content hash. */
export function contentHashV1(lessons: readonly EngineLesson[]): string {
	return hash36(
		lessons
			.map(
				(l) =>
					`${l.id}:${l.activities.map((a) => `${a.id}/${a.type}/${idsOf(a).join('.')}`).join(';')}`,
			)
			.join('|'),
		6,
	);
}
