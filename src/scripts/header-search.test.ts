import { describe, expect, test } from 'vitest';
import { installHeaderSearch, searchPage } from './header-search.ts';
import { takeHandedQuery } from './handed-query.ts';
import { PROGRESS_KEY, SEARCH_KEY } from '../lib/tracking/tab-progress.ts';

/** A tab's sessionStorage, in memory. */
function memory() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k),
	};
}

/** A header form with its box, submitted with `words` in it: where it went. */
function submit(words: string, storage: () => Pick<Storage, 'setItem'>) {
	let listener: ((event: { preventDefault(): void }) => void) | undefined;
	const box = { value: words };
	const form = {
		action: 'https://example.org/search/?q=old#q=old',
		querySelector: () => box,
		addEventListener: (_: string, l: typeof listener) => (listener = l),
	} as unknown as HTMLFormElement;
	const went: string[] = [];
	installHeaderSearch(form, (href) => went.push(href), storage);
	listener?.({ preventDefault() {} });
	return went;
}

describe('the header search', () => {
	test('hands the words to the search page in the tab, never in an address', () => {
		const tab = memory();
		expect(submit(' someone has my video ', () => tab)).toEqual(['https://example.org/search/']);
		expect(tab.map.get(SEARCH_KEY)).toBe('someone has my video');
		// Taken once: a reload or Back finds nothing.
		expect(takeHandedQuery(() => tab)).toBe('someone has my video');
		expect(takeHandedQuery(() => tab)).toBe('');
	});

	test('under the tab progress key, so the quick exit clears words not yet read', () => {
		expect(SEARCH_KEY.startsWith(`${PROGRESS_KEY}:`)).toBe(true);
	});

	test('with storage refused, the search page opens empty: the words are written nowhere', () => {
		const went = submit('someone has my video', () => {
			throw new Error('blocked');
		});
		expect(went).toEqual(['https://example.org/search/']);
		expect(searchPage('file:///x/search.html?q=old#q=old')).toBe('file:///x/search.html');
	});
});
