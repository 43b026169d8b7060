/**
 * The key of a learner's progress in this browser, and what the quick exit does with it. Apart from
 * the site tracker so the quick exit, on every page, loads none of the engine.
 */

/** Where the site keeps a learner's progress. Versioned, so a new format never misreads an old one. */
export const PROGRESS_KEY = 'second-look:progress:v1';

/**
 * Where the header's search box leaves a query for the search page to take (header-search.ts,
 * search-page.ts): under the tab's progress key, so the quick exit clears words not yet read. Here,
 * in the small chunk both share, so the quick exit's script stays one file.
 */
export const SEARCH_KEY = `${PROGRESS_KEY}:search`;

/**
 * Where a cmi5 launch keeps, for a reload of this tab, its LMS login token and its session
 * (`<CMI5_TAB_KEY>token:<fetch URL>`, `<CMI5_TAB_KEY>session:<fetch URL>`: start.ts,
 * au-session.ts). The quick exit deletes them too: the token lets whoever has this tab write to the
 * learner's record until the LMS lets it expire. What the LMS has not taken yet is in
 * `localStorage`, under other keys, and stays (it is the only copy).
 */
export const CMI5_TAB_KEY = 'second-look.cmi5.';

/**
 * On the quick exit: deletes every progress store this tab holds (the site's and every module's, in
 * `sessionStorage`), and a cmi5 launch's token, so nobody who opens the page again from this tab's
 * history sees what the learner answered or acts as them. What they chose to remember
 * (`localStorage`) stays: that was their choice. Never throws (a blocked storage has nothing to
 * delete).
 */
export function forgetTabProgress(sessionStorage: () => Storage): void {
	try {
		const storage = sessionStorage();
		const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
		for (const key of keys)
			if (
				key === PROGRESS_KEY ||
				key.startsWith(`${PROGRESS_KEY}:`) ||
				key.startsWith(CMI5_TAB_KEY)
			)
				storage.removeItem(key);
	} catch {
		// blocked or sandboxed: nothing was kept there to delete
	}
}
