import { describe, expect, test } from 'vitest';
import { findTrendClaims } from './trends.ts';

describe('findTrendClaims', () => {
	test.each([
		['Reports of this crime have grown year on year.', 'grown'],
		['Service personnel are increasingly targeted.', 'increasingly'],
		['The NCA has warned that more and more personnel are targeted.', 'more and more'],
		['Record numbers of men fall victim.', 'Record numbers'],
		['Cases have doubled.', 'doubled'],
		['This is a growing problem.', 'growing'],
	])('finds an undated trend: %s', (text, words) => {
		expect(findTrendClaims(text)).toEqual([{ sentence: text, words, dated: false }]);
	});

	test('a year in the same sentence dates it', () => {
		expect(
			findTrendClaims(
				'In May 2018, the NCA warned that an increasing number of personnel were targeted.',
			),
		).toMatchObject([{ words: 'increasing', dated: true }]);
		// A year in another sentence does not.
		expect(findTrendClaims('In 2018 the NCA spoke. Cases are rising.')).toMatchObject([
			{ sentence: 'Cases are rising.', dated: false },
		]);
	});

	test.each([
		'Young people are growing up online.',
		'The NCA recorded 1,304 cases in 2017.',
		'What your learning platform will record.',
		'Kai said "it\'s increasing", but Leah checks on Sam.',
	])('is not a trend claim: %s', (text) => {
		expect(findTrendClaims(text)).toEqual([]);
	});
});
