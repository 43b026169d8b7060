import type { Tracker } from './tracker.ts';
import {
	createSiteTracker,
	DEVICE_REQUEST,
	type SiteTracker,
	type StorageHost,
} from './site-tracker.ts';

/**
 * What a package runtime needs from wherever progress goes: an LMS (SCORM, cmi5) or this device.
 * `ScormConnection` is one; {@link connectDevice} is another.
 */
export interface PackageConnection {
	tracker: Tracker;
	/** The bookmark (a lesson id) the place progress goes returned, if any. */
	location: string | undefined;
	/** Saves the bookmark (a lesson id). */
	bookmark(lessonId: string): void;
	/** Saves now (e.g. when the page is hidden). */
	commit(): void;
	/** Ends the session. Safe to call more than once. */
	finish(): void;
}

/** What the offline package says: where progress is kept (nothing is sent anywhere). */
export const DEVICE_NOTICES = {
	/** At the start, when the browser lets the page keep progress. */
	onDevice:
		'Your answers stay in this browser on this device. Nothing is sent anywhere. To keep them after you close this window, tick "Remember my progress" under Finish.',
	/** At the start, when the learner has ticked "Remember my progress" before. */
	remembered:
		'Your answers stay in this browser on this device, and it remembers them after you close this window, as you chose under Finish. Nothing is sent anywhere.',
	/** When the browser does not (storage blocked, or full): answers live in this page only. */
	memoryOnly:
		'This browser is not letting the page keep anything, so your answers stay only while this page is open: they will be gone if you reload or close it. Everything else works as usual.',
	/** The finish section's thanks, when answers live in this page only. */
	finishedInMemory:
		'Thank you for working through the module. Your answers stay only while this page is open: this browser is not letting the page keep them after that.',
} as const;

/** Options for {@link connectDevice}. */
export interface DeviceOptions {
	/** The window: its storages, and the document whose controls ask for the tracker. */
	win: StorageHost & { document: Document };
	/** The module's id: each module keeps its own progress (every `file://` page shares one origin). */
	moduleId: string;
	/** Shows a calm notice to the learner (the page's notice region). */
	onnotice: (text: string) => void;
	/** Joins two tabs' saved progress into one: see `SiteTrackerOptions.join`. */
	join: (remembered: string, tab: string) => string;
}

/** The offline package's connection, with the tracker its progress controls act on. */
export interface DeviceConnection extends PackageConnection {
	tracker: SiteTracker;
}

/** Says, on the page, that answers live in this page only (the finish section's thanks too). */
function tellMemoryOnly(doc: Document, onnotice: (text: string) => void): void {
	onnotice(DEVICE_NOTICES.memoryOnly);
	const thanks = doc.querySelector('[data-finished] [data-on-device]');
	if (thanks) thanks.textContent = DEVICE_NOTICES.finishedInMemory;
}

/**
 * The offline package's "LMS": the site's own tracker under the module's own key, so progress stays
 * on the device under the site's rule (this tab's sessionStorage; localStorage only after "Remember
 * my progress"; "Forget" clears this module's only). When the browser keeps nothing, every answer is
 * kept in the page's memory and the learner is told it will not survive a reload. The bookmark lives
 * in the saved state itself, so there is nothing more to send or end.
 */
export function connectDevice({ win, moduleId, onnotice, join }: DeviceOptions): DeviceConnection {
	const doc = win.document;
	const tracker = createSiteTracker(win, {
		scope: moduleId,
		join,
		onmemory: () => {
			tellMemoryOnly(doc, onnotice);
		},
	});
	// When the browser keeps nothing, `onmemory` has already said so.
	if (tracker.isPersistent())
		onnotice(tracker.isRemembering() ? DEVICE_NOTICES.remembered : DEVICE_NOTICES.onDevice);
	doc.addEventListener(DEVICE_REQUEST, (event) => {
		(event as CustomEvent<{ tracker?: SiteTracker }>).detail.tracker = tracker;
	});
	return {
		tracker,
		location: undefined,
		bookmark: () => undefined,
		commit: () => undefined,
		finish: () => undefined,
	};
}

/**
 * Where an LMS package keeps the answers its module keeps off the LMS (confidence ratings of a
 * `browser` module; the engine session decides which): the site tracker's rule, this tab's
 * sessionStorage under the module's own key (`second-look:progress:v1:<module>:on-device`), gone
 * when the tab closes; in this page's memory when the browser keeps nothing.
 */
export function keptOnDevice(host: StorageHost, moduleId: string): Tracker {
	return createSiteTracker(host, { scope: `${moduleId}:on-device` });
}
