import type { StateCodec } from '../engine/session.ts';
import type { LearnerState } from '../engine/state.ts';
import type { Tracker } from './tracker.ts';

/** Where the site keeps a learner's progress. Versioned, so a new format never misreads an old one. */
export const PROGRESS_KEY = 'second-look:progress:v1';
/** Set (in localStorage) only while the learner has ticked "Remember my progress on this device". */
export const REMEMBER_KEY = 'second-look:remember';

/** The two storages of a browser window; injected so tests can use fakes. */
export interface StorageHost {
	sessionStorage: Storage;
	localStorage: Storage;
}

/** A site tracker, plus the learner's privacy controls. */
export interface SiteTracker extends Tracker {
	isRemembering(): boolean;
	/** Moves progress to `localStorage` (true) or back to `sessionStorage` (false). */
	setRemember(remember: boolean): void;
	/** Deletes all progress from this device. */
	forget(): void;
}

/** Storage can throw (private modes, full quota, disabled); progress is a nicety, so never fail. */
function safely<T>(fallback: T, work: () => T): T {
	try {
		return work();
	} catch {
		return fallback;
	}
}

/**
 * Keeps progress on the device only. By default in `sessionStorage` (gone when the tab closes:
 * shared family devices), in `localStorage` only while the learner opts in. Nothing leaves the device.
 */
export function createSiteTracker(host: StorageHost): SiteTracker {
	const remembering = () => safely(false, () => host.localStorage.getItem(REMEMBER_KEY) === 'yes');
	const store = () => (remembering() ? host.localStorage : host.sessionStorage);
	return {
		restore: () => safely(undefined, () => store().getItem(PROGRESS_KEY) ?? undefined),
		save: (state) => {
			safely(undefined, () => {
				store().setItem(PROGRESS_KEY, state);
			});
		},
		answered: () => undefined,
		progress: () => undefined,
		isRemembering: remembering,
		setRemember(remember) {
			safely(undefined, () => {
				const [from, to] = remember
					? [host.sessionStorage, host.localStorage]
					: [host.localStorage, host.sessionStorage];
				const saved = from.getItem(PROGRESS_KEY);
				if (saved !== null) to.setItem(PROGRESS_KEY, saved);
				from.removeItem(PROGRESS_KEY);
				if (remember) host.localStorage.setItem(REMEMBER_KEY, 'yes');
				else host.localStorage.removeItem(REMEMBER_KEY);
			});
		},
		forget() {
			safely(undefined, () => {
				for (const s of [host.sessionStorage, host.localStorage]) {
					s.removeItem(PROGRESS_KEY);
					s.removeItem(REMEMBER_KEY);
				}
			});
		},
	};
}

/**
 * The site's codec: plain JSON of the whole state. Unlike the compact LMS codec it keeps every
 * lesson's answers (the site spans all lessons), so islands of different lessons share one record.
 */
export const jsonCodec: StateCodec = {
	encode: (_lessons, state) => JSON.stringify({ v: 1, ...state }),
	decode(_lessons, text) {
		const parsed = safely<unknown>(undefined, () => JSON.parse(text));
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		const { v, visited, activities, location } = parsed as Record<string, unknown>;
		if (v !== 1 || !Array.isArray(visited) || typeof activities !== 'object' || activities === null)
			return undefined;
		const state: LearnerState = {
			visited: visited.filter((x): x is string => typeof x === 'string'),
			activities: activities as LearnerState['activities'],
		};
		if (typeof location === 'string') state.location = location;
		return state;
	},
};
