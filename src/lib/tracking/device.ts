import type { Tracker } from './tracker.ts';
import { createSiteTracker, type StorageHost } from './site-tracker.ts';

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

/**
 * The offline package's "LMS": the site's own tracker, so progress stays on the device under the
 * site's rule (this tab's sessionStorage; localStorage only after "Remember my progress"; "Forget"
 * clears). The bookmark lives in the saved state itself, so there is nothing more to send or end.
 */
export function connectDevice(host: StorageHost): PackageConnection {
	return {
		tracker: createSiteTracker(host),
		location: undefined,
		bookmark: () => undefined,
		commit: () => undefined,
		finish: () => undefined,
	};
}
