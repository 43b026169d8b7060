/**
 * The key of a learner's progress in this browser, and what the quick exit does with it. Apart from
 * the site tracker so the quick exit, on every page, loads none of the engine.
 */

/** Where the site keeps a learner's progress. Versioned, so a new format never misreads an old one. */
export const PROGRESS_KEY = 'second-look:progress:v1';

/**
 * On the quick exit: deletes every progress store this tab holds (the site's and every module's, in
 * `sessionStorage`), so nobody who opens the page again from this tab's history sees what the
 * learner answered. What they chose to remember (`localStorage`) stays: that was their choice.
 * Never throws (a blocked storage has nothing to delete).
 */
export function forgetTabProgress(sessionStorage: () => Storage): void {
	try {
		const storage = sessionStorage();
		const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
		for (const key of keys)
			if (key === PROGRESS_KEY || key.startsWith(`${PROGRESS_KEY}:`)) storage.removeItem(key);
	} catch {
		// blocked or sandboxed: nothing was kept there to delete
	}
}
