import { describe, expect, test } from 'vitest';
import { searchAddress } from './header-search.ts';

describe('the header search address', () => {
	test('carries the words in the fragment, which a browser never sends', () => {
		const href = searchAddress('https://example.org/search/', ' someone has my video ');
		expect(href).toBe('https://example.org/search/#q=someone+has+my+video');
		expect(new URL(href).search).toBe('');
	});

	test("drops whatever the form's own address carried, and an empty box goes to the page", () => {
		expect(searchAddress('file:///x/search.html?q=old#q=old', 'new')).toBe(
			'file:///x/search.html#q=new',
		);
		expect(searchAddress('/search/', '   ')).toBe('/search/');
	});
});
