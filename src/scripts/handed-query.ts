import { SEARCH_KEY } from '../lib/tracking/tab-progress.ts';

/** The query the header box left for this page (header-search.ts), taken out as it is read (once). */
export function takeHandedQuery(storage: () => Pick<Storage, 'getItem' | 'removeItem'>): string {
	try {
		const words = storage().getItem(SEARCH_KEY) ?? '';
		storage().removeItem(SEARCH_KEY);
		return words;
	} catch {
		return '';
	}
}
