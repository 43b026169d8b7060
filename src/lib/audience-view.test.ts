import { describe, expect, test } from 'vitest';
import { audienceNote, isShownTo, parseAudienceList } from './audience-view.ts';

describe('parseAudienceList', () => {
	test.each([
		['school', ['school'], []],
		['forces adult', ['forces', 'adult'], []],
		['forces, adult', ['forces', 'adult'], []],
		[' school ,school ', ['school'], []],
		['pupils school', ['school'], ['pupils']],
		['', [], []],
	])('%j', (text, audiences, unknown) => {
		expect(parseAudienceList(text)).toEqual({ audiences, unknown });
	});
});

describe('isShownTo', () => {
	test('a block for no particular audience shows everywhere', () => {
		expect(isShownTo(undefined, ['forces'])).toBe(true);
	});
	test('a package shows only its own audience', () => {
		expect(isShownTo(['school'], ['forces'])).toBe(false);
		expect(isShownTo(['school', 'forces'], ['forces'])).toBe(true);
	});
	test('a lesson page shows a block for any of its audiences', () => {
		expect(isShownTo(['adult'], ['school', 'forces', 'adult'])).toBe(true);
	});
});

describe('audienceNote', () => {
	test('none in a package, where everything is for its one audience', () => {
		expect(audienceNote(['school'], ['school'])).toBeUndefined();
		expect(audienceNote(['school', 'adult'], ['school'])).toBeUndefined();
		expect(audienceNote(undefined, ['school', 'adult'])).toBeUndefined();
	});
	test('on a page for several audiences, names the ones the block is for', () => {
		expect(audienceNote(['forces'], ['school', 'forces', 'adult'])).toBe('For Armed forces');
		expect(audienceNote(['forces', 'adult'], ['school', 'forces', 'adult'])).toBe(
			'For Armed forces and Young adults',
		);
	});
	test('leaves out audiences the page is not for', () => {
		expect(audienceNote(['school', 'forces'], ['school', 'adult'])).toBe(
			'For Schools (ages 11–18)',
		);
	});
});
