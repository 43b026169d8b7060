import { recordFits } from '../engine/answer-fit.ts';
import { activityKey } from '../engine/codec-keys.ts';
import { activitiesById } from '../engine/progress.ts';
import type { StateCodec } from '../engine/session.ts';
import { mergeStates, type LearnerState } from '../engine/state.ts';
import type { Tracker } from './tracker.ts';

import { PROGRESS_KEY } from './tab-progress.ts';

export { PROGRESS_KEY };
/** Set (in localStorage) only while the learner has ticked "Remember my progress on this device". */
export const REMEMBER_KEY = 'second-look:remember';
/** Written and removed at once, to learn whether a storage works. Holds no progress. */
const PROBE_KEY = 'second-look:probe';

/** The two storages of a browser window; injected so tests can use fakes. */
export interface StorageHost {
	sessionStorage: Storage;
	localStorage: Storage;
}

/** Options for {@link createSiteTracker}. */
export interface SiteTrackerOptions {
	/**
	 * Keeps this progress apart from any other on the same origin: an offline module's id (every
	 * `file://` page shares one origin). Absent: the site's one store, shared by all its lessons.
	 */
	scope?: string;
	/** Called once if storage stops working: from then on progress lives in this page only. */
	onmemory?: () => void;
	/**
	 * Joins two saved progress texts into one, nothing dropped: the remembered one and one this tab
	 * still holds (see {@link createSiteTracker}). Default: the site's JSON ({@link joinSaved}).
	 */
	join?: (remembered: string, tab: string) => string;
}

/** A site tracker, plus the learner's privacy controls. */
export interface SiteTracker extends Tracker {
	isRemembering(): boolean;
	/**
	 * Whether progress survives a reload. False when the browser blocks or refuses storage: answers
	 * are then kept in this page's memory only, all of them, until it is closed or reloaded.
	 */
	isPersistent(): boolean;
	/** Whether "Remember my progress" can work: storage works, localStorage included. */
	canRemember(): boolean;
	/**
	 * Moves progress to `localStorage` (true) or back to `sessionStorage` (false). Returns whether
	 * progress is now remembered (false when it could not be).
	 */
	setRemember(remember: boolean): boolean;
	/** Deletes this store's progress from this device (other modules' stay). */
	forget(): void;
}

/**
 * Asked by the progress controls ("Remember my progress", "Forget") of a package page: the runtime
 * answers with its device tracker, so the controls act on this module's progress, in the same
 * memory. A DOM event, like `SESSION_REQUEST`: no globals.
 */
export const DEVICE_REQUEST = 'second-look:device';

/** Asks the page for the tracker its package runtime keeps progress with, if it has one. */
export function requestDeviceTracker(el: Element): SiteTracker | undefined {
	const request: { tracker?: SiteTracker } = {};
	el.dispatchEvent(new CustomEvent(DEVICE_REQUEST, { bubbles: true, detail: request }));
	return request.tracker;
}

/** The keys of a store: the site's, or a scope's own. */
export function storeKeys(scope?: string): { progress: string; remember: string } {
	return scope === undefined
		? { progress: PROGRESS_KEY, remember: REMEMBER_KEY }
		: { progress: `${PROGRESS_KEY}:${scope}`, remember: `${REMEMBER_KEY}:${scope}` };
}

/** Storage can throw (private modes, full quota, disabled); progress is a nicety, so never fail. */
function safely<T>(fallback: T, work: () => T): T {
	try {
		return work();
	} catch {
		return fallback;
	}
}

/** Whether a storage can be written (reading a blocked storage's property throws, too). */
function works(storage: () => Storage): boolean {
	return safely(false, () => {
		const s = storage();
		s.setItem(PROBE_KEY, '1');
		s.removeItem(PROBE_KEY);
		return true;
	});
}

/**
 * Keeps progress on the device only. By default in `sessionStorage` (gone when the tab closes:
 * shared family devices), in `localStorage` only while the learner opts in. Nothing leaves the device.
 * When storage is blocked or a write fails, every change is kept in memory instead (the whole
 * state, not only the last change), and {@link SiteTracker.isPersistent} says so.
 */
export function createSiteTracker(
	host: StorageHost,
	options: SiteTrackerOptions = {},
): SiteTracker {
	const keys = storeKeys(options.scope);
	const remembering = () => safely(false, () => host.localStorage.getItem(keys.remember) === 'yes');
	const store = () => (remembering() ? host.localStorage : host.sessionStorage);
	let memory: string | undefined;
	let inMemory = false;
	const toMemory = () => {
		if (inMemory) return;
		inMemory = true;
		options.onmemory?.();
	};
	if (!works(store)) toMemory();
	const join = options.join ?? joinSaved;
	/**
	 * Another tab ticked "Remember" (the flag is the device's) while this tab's answers were still
	 * in its own sessionStorage, which only this tab reads. Reading joins them with the remembered
	 * progress, so none is hidden; only this tab's next save moves them over, so a tab that merely
	 * looks, then leaves by the quick exit, leaves nothing of its own on the device.
	 */
	const tabProgress = () =>
		safely<string | null>(null, () =>
			remembering() ? host.sessionStorage.getItem(keys.progress) : null,
		);

	return {
		restore() {
			if (!inMemory) {
				try {
					// Storage is the truth while it works: another tab or island may have changed it.
					const stored = store().getItem(keys.progress);
					const tab = tabProgress();
					if (tab === null) return stored ?? undefined;
					return stored === null ? tab : join(stored, tab);
				} catch {
					toMemory();
				}
			}
			return memory;
		},
		save(state) {
			memory = state;
			if (inMemory) return;
			try {
				// `state` was made from what `restore` joined: this tab's own copy can go now.
				const hadTab = tabProgress() !== null;
				store().setItem(keys.progress, state);
				if (hadTab) host.sessionStorage.removeItem(keys.progress);
			} catch {
				toMemory();
			}
		},
		answered: () => undefined,
		progress: () => undefined,
		onDevice: true,
		isRemembering: () => !inMemory && remembering(),
		isPersistent: () => !inMemory,
		canRemember: () => !inMemory && works(() => host.localStorage),
		setRemember(remember) {
			if (inMemory) return false;
			safely(undefined, () => {
				const [from, to] = remember
					? [host.sessionStorage, host.localStorage]
					: [host.localStorage, host.sessionStorage];
				const saved = from.getItem(keys.progress);
				if (saved !== null) to.setItem(keys.progress, saved);
				// Only once the progress is safely in its new place does the flag move it there.
				if (remember) host.localStorage.setItem(keys.remember, 'yes');
				else host.localStorage.removeItem(keys.remember);
				from.removeItem(keys.progress);
			});
			return remembering();
		},
		forget() {
			memory = undefined;
			for (const s of [() => host.sessionStorage, () => host.localStorage])
				safely(undefined, () => {
					s().removeItem(keys.progress);
					s().removeItem(keys.remember);
				});
		},
	};
}

/**
 * The site's codec: plain JSON of the whole state. Unlike the compact LMS codec it keeps every
 * lesson's answers (the site spans all lessons), so islands of different lessons share one record.
 * Each answer is saved with its activity's key ({@link activityKey}: its options and what makes an
 * answer right), as the LMS codec saves it. Reading checks each record of the session's own
 * activities against the activity as it is now (the site may have changed since): one that no
 * longer fits, or was given when another answer was the right one, is left out, never shown on the
 * wrong question nor marked against a key it was not given for (a learner who was right is never
 * told later that they were wrong). Records of other activities pass through untouched for their
 * own islands; a record saved before answers carried a key is checked again as it is.
 */
/** The site's saved progress as {@link jsonCodec} writes it, before any record is checked. */
export interface SavedProgress {
	visited: unknown[];
	/** Records by activity id, as stored. */
	activities: Record<string, unknown>;
	location: unknown;
}

/**
 * Reads the site's saved progress text without checking a record against its activity: undefined
 * when the text is not the site's format (version 1). The codec checks each record against the
 * lessons it knows; a page that lists activities by id and key (a self-paced module's page) reads
 * it with this alone. Pure.
 */
export function readSaved(text: string): SavedProgress | undefined {
	const parsed = safely<unknown>(undefined, () => JSON.parse(text));
	if (typeof parsed !== 'object' || parsed === null) return undefined;
	const { v, visited, activities, location } = parsed as Record<string, unknown>;
	if (v !== 1 || !Array.isArray(visited) || typeof activities !== 'object' || activities === null)
		return undefined;
	return { visited, activities: activities as Record<string, unknown>, location };
}

/**
 * Whether a saved record may stand for the activity whose key (`activityKey`) is `key`: a record
 * saved without one (a skip), or for that same key. An answer to a question since changed is never
 * shown, or counted, as an answer to the new one. Pure.
 */
export function savedForKey(record: unknown, key: string): boolean {
	const saved = (record as { key?: unknown } | null)?.key;
	return typeof saved !== 'string' || saved === key;
}

/**
 * The site's two saved progress texts as one (the engine's {@link mergeStates}: an activity answered
 * in both keeps the remembered first answer and this tab's latest). Text that does not read gives
 * way to text that does. Pure.
 */
export function joinSaved(remembered: string, tab: string): string {
	const [a, b] = [readSaved(remembered), readSaved(tab)];
	if (!a || !b) return a || !b ? remembered : tab;
	const asState = (saved: SavedProgress): LearnerState => ({
		visited: saved.visited.filter((x): x is string => typeof x === 'string'),
		activities: saved.activities as LearnerState['activities'],
		...(typeof saved.location === 'string' ? { location: saved.location } : {}),
	});
	return JSON.stringify({ v: 1, ...mergeStates(asState(a), asState(b)) });
}

export const jsonCodec: StateCodec = {
	encode(lessons, state) {
		const known = activitiesById(lessons);
		const activities = Object.fromEntries(
			Object.entries(state.activities).map(([id, record]) => {
				const activity = known.get(id);
				return [id, activity && record.first ? { ...record, key: activityKey(activity) } : record];
			}),
		);
		return JSON.stringify({ v: 1, ...state, activities });
	},
	decode(lessons, text) {
		const saved = readSaved(text);
		if (!saved) return undefined;
		const { visited, activities, location } = saved;
		const known = activitiesById(lessons);
		const records = Object.entries(activities).flatMap(([id, record]: [string, unknown]) => {
			const activity = known.get(id);
			if (!activity) return [[id, record]];
			if (!savedForKey(record, activityKey(activity))) return [];
			const fits = recordFits(activity, record);
			return fits ? [[id, fits]] : [];
		});
		const state: LearnerState = {
			visited: visited.filter((x): x is string => typeof x === 'string'),
			activities: Object.fromEntries(records) as LearnerState['activities'],
		};
		if (typeof location === 'string') state.location = location;
		return state;
	},
};
