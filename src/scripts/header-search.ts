import { SEARCH_KEY } from '../lib/tracking/tab-progress.ts';

/**
 * The header's search box, on every page. The search runs in the browser (search-page.ts), so the
 * words need never leave it, nor be written anywhere that outlasts the tab. Someone frightened types
 * what is happening to them ("someone has my video"); the privacy page promises that no form sends
 * anything to us. A query in the address, `?q=` or even the fragment `#q=`, is kept in the
 * browser's history for anyone who opens it later (a privacy review, December 2026, read it back
 * from Chromium's History). So the words go to the search page in this tab's sessionStorage, under
 * the tab's progress key, which the quick exit clears, and the page takes them out as it reads them.
 * The box has no `name`, so without JavaScript (where search cannot run anyway) the form sends no
 * words either.
 */

/** The search page's address, with whatever the form's own address carried dropped. Pure. */
export function searchPage(action: string): string {
	return action.replace(/[?#].*$/, '');
}

/**
 * Hands the header form's query to the search page in `storage`, then goes there. Storage refused
 * (a blocked browser): the search page opens empty, the words unwritten anywhere.
 */
export function installHeaderSearch(
	form: HTMLFormElement,
	go: (href: string) => void,
	storage: () => Pick<Storage, 'setItem'>,
): void {
	const box = form.querySelector<HTMLInputElement>('input[type="search"]');
	if (!box) return;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const words = box.value.trim();
		try {
			if (words) storage().setItem(SEARCH_KEY, words);
		} catch {
			// blocked: the search page opens with an empty box
		}
		go(searchPage(form.action));
	});
}
