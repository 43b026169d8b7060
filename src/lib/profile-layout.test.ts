import { describe, expect, test } from 'vitest';
import { detailKind, initialOf, splitStats } from './profile-layout.ts';

/** The text a row of cells reads as, spacing aside. */
const reassemble = (text: string) =>
	splitStats(text)
		.map((c) => `${c.before}${c.first}${c.second ? ` ${c.second}` : ''}`)
		.join('')
		.replace(/\s+/g, ' ')
		.trim();

describe('splitStats', () => {
	test('counts before and after their words, in the written order', () => {
		expect(splitStats('23 followers · Following 1,480 · 3 posts')).toEqual([
			{ before: '', first: '23', second: 'followers', kind: 'count-first' },
			{ before: ' · ', first: 'Following', second: '1,480', kind: 'label-first' },
			{ before: ' · ', first: '3', second: 'posts', kind: 'count-first' },
		]);
	});

	test('a piece with no number is a cell with no count', () => {
		const cells = splitStats('Joined 2 days ago · 12 followers · Following 900');
		expect(cells.map((c) => c.kind)).toEqual(['words', 'count-first', 'label-first']);
		expect(cells[0]?.first).toBe('Joined 2 days ago');
	});

	test.each([
		'23 followers · Following 1,480 · 3 posts',
		'Joined 2 days ago · 12 followers · Following 900',
		'2.5k followers | 10 following',
		'Loves music, travel and dogs',
		'No posts yet',
	])('reads back as written: %s', (text) => {
		expect(reassemble(text)).toBe(text.replace(/\s+/g, ' '));
	});
});

describe('detailKind', () => {
	test.each([
		['Joined 5 days ago', 'joined'],
		['40 mutual friends', 'people'],
		['Lives in Leeds', 'place'],
		['Plays the same game as Maya', 'other'],
	] as const)('%s → %s', (text, kind) => {
		expect(detailKind(text)).toBe(kind);
	});
});

test('initialOf: the first letter or digit', () => {
	expect(initialOf('mia')).toBe('M');
	expect(initialOf("'Unknown' account")).toBe('U');
	expect(initialOf('  ')).toBe('?');
});
