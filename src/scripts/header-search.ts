/**
 * The header's search box, on every page. The search runs in the browser (search-page.ts), so the
 * words need never leave it: a submitted query goes to the search page in the address's fragment
 * (`#q=`), which a browser never sends to the server, instead of `?q=`, which lands in the host's
 * logs. Someone frightened types what is happening to them ("someone has my video"); the privacy
 * page promises that no form sends anything to us. The box has no `name`, so without JavaScript
 * (where search cannot run anyway) the form sends no words either.
 */

/** The search page's address for a query, in the fragment. Pure. */
export function searchAddress(action: string, query: string): string {
	const page = action.replace(/[?#].*$/, '');
	const words = query.trim();
	return words ? `${page}#${new URLSearchParams({ q: words }).toString()}` : page;
}

/** Sends the header form's query to the search page in the fragment. */
export function installHeaderSearch(form: HTMLFormElement, go: (href: string) => void): void {
	const box = form.querySelector<HTMLInputElement>('input[type="search"]');
	if (!box) return;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		go(searchAddress(form.action, box.value));
	});
}
