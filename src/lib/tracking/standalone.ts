import type { Tracker } from './tracker.ts';

/**
 * The connection of an LMS package opened with no LMS behind it (no SCORM API; a cmi5 package
 * without a cmi5 launch; a visit the LMS has already ended): the page works as usual and keeps this
 * page's answers in memory only, starting from `saved` if given; `tell` says so once (the
 * `standalone` or `visit-ended` notice).
 */
export function standaloneConnection(
	tell: () => void,
	saved?: string,
): {
	tracker: Tracker;
	isResume: false;
	isConnected: false;
	location: undefined;
	bookmark(lessonId: string): void;
	commit(): void;
	finish(): void;
} {
	tell();
	return {
		tracker: {
			restore: () => saved,
			save: (text) => void (saved = text),
			answered: () => undefined,
			progress: () => undefined,
		},
		isResume: false,
		isConnected: false,
		location: undefined,
		bookmark: () => undefined,
		commit: () => undefined,
		finish: () => undefined,
	};
}
