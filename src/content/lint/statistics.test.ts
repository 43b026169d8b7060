import { describe, expect, test } from 'vitest';
import { findStatistics } from './statistics.ts';

const figures = (text: string) => findStatistics(text).map((s) => `${s.kind}: ${s.figure}`);

describe('findStatistics', () => {
	test.each([
		['In 88% of them, the person targeted was male.', ['percentage: 88%']],
		['About 64 per cent were aged 18–34.', ['percentage: 64 per cent']],
		['1 in 5 young people have seen this.', ['ratio: 1 in 5']],
		['One in ten boys did not know how to report.', ['ratio: One in ten']],
		['The NCA recorded 385 cases in 2015.', ['count-with-year: 385']],
		['There were 1,304 reported cases in 2017.', ['count-with-year: 1,304']],
		['Police recorded 1,773 cases (2019/20).', ['count-with-year: 1,773']],
		['In 2023, five men took their own lives.', ['count-with-year: five']],
		['Victims paid £2,000 each in 2023.', ['count-with-year: £2,000']],
		['112 cases were reported in 2019.', ['count-with-year: 112']],
		['Police had 117 reports a month from under-18s.', ['count-per-period: 117 reports a month']],
		[
			'From 2022 to 2023 reports rose from 10,731 to 26,718.',
			['count-with-year: 10,731', 'count-with-year: 26,718'],
		],
		// A time that stands for a year, and a share in words (an author's review found both let through)
		['Police had 7,000 reports last year.', ['count-with-year: 7,000']],
		['In recent years, thousands of boys were targeted.', ['count-with-year: thousands']],
		['Half of all victims are young men.', ['ratio: Half of']],
		['The majority of cases involve boys.', ['ratio: The majority of']],
	])('%s is a statistic', (text, expected) => {
		expect(figures(text)).toEqual(expected);
	});

	test.each([
		// Ages
		'Jay, 15, gets a friend request from Mia, 16, in 2024.',
		'Sam (16) got a message in 2023.',
		'Young people aged 16–17 in 2023 were most at risk.',
		'Ages 11 to 14, since 2019.',
		'Under 18: call 101. Over 18 since 2020.',
		'In 2023, 16-year-olds and 17–25 year olds took part.',
		'In 2023, Sam was 16.',
		'In 2023 anyone 18 or over could use it.',
		// Story counts with no year or rate
		'The account has 3 posts and 40 mutual friends.',
		'23 followers · Following 1,480 · 3 posts',
		'£100 in gift cards in an hour, or your followers see it.',
		'Half an hour later, she wrote back to half the group.',
		// Labels, dates, times, durations
		'The RSHE guidance 2019, p.27, Outcome 21, page 30 and Step 3.',
		'Year 9 pupils in 2024.',
		'Report Fraud (was Action Fraud until 4 Dec 2025).',
		'From 1 September 2026 the guidance changes.',
		'Papyrus has been open 24/7 since 2023.',
		'Childline is there 24 hours a day since 1986.',
		'Joined 5 days ago, in 2024.',
		'Open Monday to Friday, 10:00 to 16:00, since 2021.',
		// Ids, handles, addresses, phone numbers
		'fake-profiles-2 was added in 2024.',
		'Follow @mia.2k since 2024, s30d, HOPELINE247.',
		'Since 2023, call 0800 068 4141 or 116 123.',
		'StopNCII.org launched in December 2021.',
	])('%s has no statistic', (text) => {
		expect(figures(text)).toEqual([]);
	});

	test('a statistic is judged per sentence, and keeps its sentence and digits', () => {
		const [stat, ...rest] = findStatistics(
			'In 2021 it was busy. The helpline dealt with 1,124 cases.',
		);
		expect(stat).toBeUndefined();
		expect(rest).toEqual([]);
		expect(findStatistics('In 2021, 1,124 cases; 88% male.')).toMatchObject([
			{ figure: '88%', numbers: ['88'], sentence: 'In 2021, 1,124 cases; 88% male.' },
			{ figure: '1,124', numbers: ['1124'], reason: 'a count in a sentence with the year 2021' },
		]);
	});
});
