import type { LearnerState } from '../../../src/lib/engine/state.ts';
import type { StateHooks } from './resume.ts';
import type { InteractionFields } from './writer.ts';

/**
 * What this browser keeps of a SCORM session while the LMS has not accepted its latest progress
 * (commits failing, Terminate refused, the window closed meanwhile): the engine's saved text and
 * the interactions no commit has taken, in localStorage, per package launch and per learner. The
 * next launch of the same learner merges it into what the LMS holds and sends it; a commit that
 * leaves nothing pending deletes it. cmi5's twin is `exports/cmi5/runtime/deferred.ts`.
 *
 * Never without a learner id: on a shared school computer one learner's answers must never reach
 * another's session, so with no id nothing is kept. Not under the site's `PROGRESS_KEY` either: the
 * quick exit clears the tab's progress, and deleting this copy would lose answers the LMS never
 * got, silently; it is shown only to the same learner, after the LMS has let them in.
 */

/** What is kept until the LMS accepts it. */
export interface Unsaved {
	/** The engine's saved text (suspend data) when last kept. */
	suspend?: string;
	/**
	 * Whether `suspend` holds everything the LMS held too (that visit started from its readable, or
	 * no, stored progress): only then may it stand in for stored progress the LMS gives as empty.
	 */
	whole?: boolean;
	/** Interactions no commit has taken, each as its fields in write order (`n` for the index). */
	interactions: InteractionFields[];
}

/** Where the copy lives: the storage (localStorage) and the key of this package launch. */
export interface KeepOptions {
	storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	/** The key for this package launch and this learner. */
	key: (learnerId: string) => string;
}

/** The key prefix of every kept copy (a package launch and a learner follow it). */
export const UNSAVED_PREFIX = 'second-look.scorm.unsaved';

/** The key of one package launch's copy for one learner: module, the launch page's path, learner. */
export const unsavedKey = (moduleId: string, place: string, learnerId: string): string =>
	`${UNSAVED_PREFIX}:${moduleId}:${place}:${learnerId}`;

/** One learner's copy for this launch: read, write (false when storage refused), drop. */
export interface KeptCopy {
	read(): Unsaved | undefined;
	write(value: Unsaved): boolean;
	drop(): void;
}

const isFields = (v: unknown): v is InteractionFields =>
	Array.isArray(v) &&
	v.every(
		(f) => Array.isArray(f) && f.length === 2 && f.every((x: unknown) => typeof x === 'string'),
	);

/**
 * The copy of `learnerId` (undefined, so nothing is kept, without a learner id or without storage).
 * Never throws: a blocked or full storage keeps nothing.
 */
export function keptCopy(
	keep: KeepOptions | undefined,
	learnerId: string | undefined,
): KeptCopy | undefined {
	if (!keep || !learnerId) return undefined;
	const key = keep.key(learnerId);
	return {
		read() {
			try {
				const text = keep.storage().getItem(key);
				const value: unknown = text ? JSON.parse(text) : undefined;
				if (typeof value !== 'object' || value === null) return undefined;
				const { suspend, whole, interactions } = value as Partial<Record<keyof Unsaved, unknown>>;
				const list = Array.isArray(interactions) ? interactions.filter(isFields) : [];
				return {
					...(typeof suspend === 'string' ? { suspend } : {}),
					whole: whole === true,
					interactions: list,
				};
			} catch {
				return undefined;
			}
		},
		write(value) {
			try {
				keep.storage().setItem(key, JSON.stringify(value));
				return true;
			} catch {
				return false;
			}
		},
		drop() {
			try {
				keep.storage().removeItem(key);
			} catch {
				// blocked: nothing was kept
			}
		},
	};
}

/**
 * Joins a kept copy with what the LMS holds (`stored`, readable or empty): the suspend text to
 * write (the engine's merge: the LMS's first answers stay first) and the kept interactions to send
 * again, leaving out those of activities the LMS already holds answered (its first answer is the
 * recorded one). `activityOf` gives an interaction id's activity id. Pure.
 */
export function recoverUnsaved(
	kept: Unsaved,
	stored: string | undefined,
	hooks: StateHooks | undefined,
	activityOf: (interactionId: string) => string,
): { suspend: string | undefined; interactions: InteractionFields[] } {
	const theirs: LearnerState | undefined = stored ? hooks?.decode(stored) : undefined;
	const mine = kept.suspend === undefined ? undefined : hooks?.decode(kept.suspend);
	const suspend =
		theirs && mine && hooks
			? hooks.encode(hooks.merge(theirs, mine))
			: stored === undefined || stored === ''
				? kept.suspend
				: stored;
	const held = (fields: InteractionFields) => {
		const id = fields[0]?.[1] ?? '';
		return theirs?.activities[activityOf(id)]?.status === 'answered';
	};
	return { suspend, interactions: kept.interactions.filter((f) => !held(f)) };
}

/**
 * An earlier visit's copy this launch could not send, joined with this session's (its answers
 * after the earlier ones; its first answers stay first), so keeping one never drops the other. Pure.
 */
export function joinUnsaved(
	earlier: Unsaved,
	now: Unsaved,
	hooks: StateHooks | undefined,
): Unsaved {
	const theirs = earlier.suspend === undefined ? undefined : hooks?.decode(earlier.suspend);
	const mine = now.suspend === undefined ? undefined : hooks?.decode(now.suspend);
	const suspend =
		theirs && mine && hooks
			? hooks.encode(hooks.merge(theirs, mine))
			: (now.suspend ?? earlier.suspend);
	return {
		...(suspend === undefined ? {} : { suspend }),
		whole: earlier.whole === true,
		interactions: [...earlier.interactions, ...now.interactions],
	};
}
