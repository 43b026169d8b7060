import type { LearnerState } from '../../../src/lib/engine/state.ts';
import type { StateHooks } from './resume.ts';
import type { InteractionFields } from './writer.ts';
import {
	dropPastKeep,
	isPastKeep,
	keptAt,
	keysUnder,
	type SweptStorage,
} from '../../shared/keep.ts';

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
	/**
	 * Whether the LMS accepted a commit in that visit, so it knows the attempt began. A new attempt
	 * after a visit it never heard from is that visit's attempt; after one it recorded, a new one.
	 */
	accepted?: boolean;
	/** When it was kept (ms since 1970): a copy past `KEEP_DAYS` (shared/keep.ts) goes unread. */
	at?: number;
}

/** Where the copy lives: the storage (localStorage) and the key of this package launch. */
export interface KeepOptions {
	/** Its `key(i)` and `length` find a copy kept under an earlier key of the same launch. */
	storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
	/** The key for this package launch and this learner ({@link unsavedKey}). */
	key: (learnerId: string) => string;
}

/** The key prefix of every kept copy (a package launch and a learner follow it). */
export const UNSAVED_PREFIX = 'second-look.scorm.unsaved';

/**
 * The key of one package launch's copy for one learner: module, the launch page's place
 * ({@link launchPlace} of its path), and a hash of the learner id, so the LMS's id (an email
 * address or a name in some platforms) is never written in the browser: two 32-bit FNV-1a hashes,
 * 64 bits, so two learners never share a key. Pure.
 */
export const unsavedKey = (moduleId: string, path: string, learnerId: string): string =>
	`${UNSAVED_PREFIX}:${moduleId}:${launchPlace(path)}:${learnerHash(learnerId)}`;

/**
 * The launch page's place, the same before and after its package is updated in the LMS. Moodle
 * (and Totara, built on it) serve a package from `/pluginfile.php/<activity>/mod_scorm/content/
 * <revision>/…` and count the revision up on every update, so the path alone would leave a copy
 * kept before an update unread ever after: answers the LMS never got, lost. The activity's number
 * stays, so another course's copy of the same module stays apart. Pure.
 */
export const launchPlace = (path: string): string =>
	path.replace(/\/mod_scorm\/content\/\d+\//, '/mod_scorm/content/');

/**
 * Whether `stored` is a copy's key of the same module, learner and launch place as `key`, kept
 * under another spelling: by a release that put the whole path in the key, before this package
 * was updated. Pure.
 */
function isSameLaunch(stored: string, key: string): boolean {
	const parts = (k: string) => {
		const head = k.indexOf(':', UNSAVED_PREFIX.length + 1);
		const tail = k.lastIndexOf(':');
		return k.startsWith(`${UNSAVED_PREFIX}:`) && head > 0 && tail > head
			? { module: k.slice(0, head), place: k.slice(head + 1, tail), learner: k.slice(tail) }
			: undefined;
	};
	const a = parts(stored);
	const b = parts(key);
	return (
		!!a &&
		!!b &&
		a.module === b.module &&
		a.learner === b.learner &&
		launchPlace(a.place) === b.place
	);
}

function learnerHash(id: string): string {
	const fnv = (seed: number) => {
		let hash = seed;
		for (let i = 0; i < id.length; i++) {
			hash ^= id.charCodeAt(i);
			hash = Math.imul(hash, 0x01000193) >>> 0;
		}
		return hash.toString(36).padStart(7, '0');
	};
	return `${fnv(0x811c9dc5)}${fnv(0x01000193)}`;
}

/** Every kept copy's key in `store`, whoever's. */
const keptKeys = (store: Pick<Storage, 'key' | 'length'>) =>
	keysUnder(store, [`${UNSAVED_PREFIX}:`]);

/**
 * Drops every kept copy, whoever's, older than `KEEP_DAYS` (shared/keep.ts) or unreadable, so
 * "30 days at most" holds on a shared computer: a copy was dropped only when its own learner came
 * back to the same launch, and a learner who never did left theirs for every later user of that
 * browser (a privacy review found one 400 days on). Run at every launch. Never throws.
 */
export function dropExpiredCopies(storage: () => SweptStorage, now: number): void {
	dropPastKeep(storage, [`${UNSAVED_PREFIX}:`], now);
}

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
	now: () => number = () => Date.now(),
): KeptCopy | undefined {
	if (!keep || !learnerId) return undefined;
	const key = keep.key(learnerId);
	/** This launch's keys in storage: its own, then any it was kept under before (isSameLaunch). */
	const keys = (): string[] => [
		key,
		...keptKeys(keep.storage()).filter((stored) => stored !== key && isSameLaunch(stored, key)),
	];
	const drop = () => {
		try {
			for (const k of keys()) keep.storage().removeItem(k);
		} catch {
			// blocked: nothing was kept
		}
	};
	/** The newest copy of this launch, under whichever of its keys it was kept. */
	const newest = (): string | null => {
		const texts = keys()
			.map((k) => keep.storage().getItem(k))
			.filter((t): t is string => t !== null);
		if (texts.length < 2) return texts[0] ?? null;
		const at = (t: string) => keptAt(t) || 0;
		return texts.reduce((a, b) => (at(b) > at(a) ? b : a));
	};
	return {
		read() {
			try {
				const text = newest();
				const value: unknown = text ? JSON.parse(text) : undefined;
				if (typeof value !== 'object' || value === null) return undefined;
				const { suspend, whole, interactions, accepted, at } = value as Partial<
					Record<keyof Unsaved, unknown>
				>;
				// Kept a month at most: answers are not left on a shared computer for good.
				if (typeof at !== 'number' || isPastKeep(at, now())) {
					drop();
					return undefined;
				}
				const list = Array.isArray(interactions) ? interactions.filter(isFields) : [];
				return {
					...(typeof suspend === 'string' ? { suspend } : {}),
					whole: whole === true,
					interactions: list,
					accepted: accepted === true,
					at,
				};
			} catch {
				return undefined;
			}
		},
		write(value) {
			try {
				keep.storage().setItem(key, JSON.stringify({ ...value, at: now() }));
				return true;
			} catch {
				return false;
			}
		},
		drop,
	};
}

/**
 * What the LMS holds (`theirs`) with the gaps a kept copy (`mine`) fills: an activity the LMS holds
 * answered keeps the LMS's record (it may be newer: the learner went on elsewhere); one it lacks, or
 * holds only skipped, takes the copy's; the LMS's bookmark stays. Pure.
 */
export function fillGaps(theirs: LearnerState, mine: LearnerState): LearnerState {
	const activities = { ...theirs.activities };
	for (const [id, record] of Object.entries(mine.activities))
		if (activities[id]?.status !== 'answered') activities[id] = record;
	const location = theirs.location ?? mine.location;
	return {
		visited: [...new Set([...theirs.visited, ...mine.visited])],
		activities,
		...(location === undefined ? {} : { location }),
	};
}

/**
 * Joins a kept copy with what the LMS holds (`stored`, readable or empty): the suspend text to
 * write ({@link fillGaps}: what the LMS holds stays, the copy fills its gaps) and the kept
 * interactions to send again, leaving out those of activities the LMS already holds answered (its
 * first answer is the recorded one). `activityOf` gives an interaction id's activity id. Pure.
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
			? hooks.encode(fillGaps(theirs, mine))
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
		accepted: earlier.accepted === true || now.accepted === true,
	};
}
