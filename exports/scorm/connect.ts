import type { Connect } from '../contract.ts';
import type { RuntimeFacts } from './facts.ts';
import { connectScorm } from './runtime/connection.ts';
import { dropExpiredCopies, unsavedKey } from './runtime/unsaved.ts';
import { PROGRESS_KEY } from '../../src/lib/tracking/tab-progress.ts';

/** Whether the page was loaded again in place: a reload, or back or forward to it. */
function isLoadedAgain(win: Window): boolean {
	const [navigation] = win.performance.getEntriesByType(
		'navigation',
	) as PerformanceNavigationTiming[];
	return navigation?.type === 'reload' || navigation?.type === 'back_forward';
}

/**
 * A SCORM standard's browser connection: the shared SCORM runtime with that standard's facts. It
 * finds the LMS's API through parents and opener; with none, the page runs standalone.
 */
export function scormConnect(facts: RuntimeFacts): Connect {
	return ({ win, moduleId, state, onnotice }) => {
		// Anyone's copy past its time goes first, whoever launches (unsaved.ts).
		dropExpiredCopies(() => win.localStorage, Date.now());
		const connection = connectScorm({
			win: win as unknown as Record<string, unknown>,
			facts,
			state,
			onnotice,
			// Under the tab's progress key, so the quick exit deletes it with the rest.
			tab: {
				storage: () => win.sessionStorage,
				key: `${PROGRESS_KEY}:scorm-visit:${moduleId}:${win.location.pathname}`,
				isReload: isLoadedAgain(win),
			},
			// What the LMS has not accepted, for this learner's next launch: not under the tab's
			// progress key, so the quick exit never deletes answers the LMS does not have (unsaved.ts).
			keep: {
				storage: () => win.localStorage,
				key: (learner) => unsavedKey(moduleId, win.location.pathname, learner),
			},
		});
		return Promise.resolve({ connection, isRecorded: connection.isConnected });
	};
}
