import { findPhoneNumbers } from './phones.ts';
import { splitSentences } from './sentences.ts';

/** A statistic found in a text: it needs a source in the same paragraph or activity. */
export interface Statistic {
	kind: 'percentage' | 'ratio' | 'count-with-year' | 'count-per-period';
	/** The figure as written ("88%", "1 in 5", "1,124", "117 reports a month"). */
	figure: string;
	/** Why it counts, for messages: "a percentage", "a count in a sentence with the year 2021". */
	reason: string;
	/** The sentence it is in. */
	sentence: string;
	/** The digits of its numbers, to match a key message to the cited paragraph it repeats. */
	numbers: string[];
}

/*
 * What counts as a statistic, sentence by sentence:
 * 1. a percentage: "88%", "64 per cent";
 * 2. a ratio: "1 in 5", "one in ten", "9 out of 10", or a share in words ("half of", "two thirds
 *    of", "the majority of");
 * 3. a count in the same sentence as a year ("385 cases in 2015", "1,304 … in 2017", "1,773
 *    (2019/20)") or a time that stands for one ("last year", "this month", "in recent years"), or
 *    followed within three words by a rate ("117 reports a month", "per year").
 *    A count is a numeral (commas allowed, "£" allowed) or a number word from "three" up ("five",
 *    "hundreds", "half").
 * What is not a count, so "Jay, 15", "3 posts" and ids never trip it:
 * - a year itself (1900–2099, "2019/20", "2022–23");
 * - an age: "Mia, 16", "Sam (16)", "aged 14", "ages 11–14", "under 18", "18 or over", "18+",
 *   "16-year-old", "17–25 year olds", "is 15";
 * - a label: "Step 3", "page 17", "p.27", "Outcome 21", "Year 9", "Key Stage 3";
 * - part of a date ("4 Dec 2025"), a time ("10:00", "24/7"), a duration ("24 hours", "5 days ago");
 * - part of a word, id, address or phone number ("s30d", "fake-profiles-2", "@mia.2k", "0800 1111").
 * A count with no year or rate ("3 posts", "40 mutual friends", "£100 in gift cards") is story
 * detail, not a statistic.
 */

const WORD_NUMBERS =
	'three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|half|a third|a quarter|two thirds|three quarters';
const SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand';

const PERCENT = /(?<![\w.])\d+(?:\.\d+)?\s?(?:%|per ?cent\b)/gi;
const RATIO = new RegExp(
	`(?<![\\w.,£$€-])(\\d[\\d,]*|${SMALL_WORDS}) (?:in|out of) (\\d[\\d,]*|${SMALL_WORDS})(?![\\w%-])`,
	'gi',
);
const NUMERAL = /(?<![\w@/:.\\-])[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w@/:%-]|\.\d|,\d)/g;
const NUMBER_WORD = new RegExp(`\\b(?:${WORD_NUMBERS})\\b`, 'gi');
const YEAR = /(?<![\w£$€.,:/-])(?:19|20)\d\d(?:[/–-]\d{2}(?:\d\d)?)?(?![\w%:]|,\d)/g;
const IS_YEAR = /^(?:19|20)\d\d$/;
/** A time as a year would give it, unnamed: a count with it is a statistic that goes stale. */
const RELATIVE_TIME =
	/\b(?:last|this|past|previous)\s+(?:year|month|decade)\b|\bin recent years\b/i;
/** A share in words: "half of all victims", "two thirds of", "the majority of". */
const SHARE =
	/\b(?:half|a third|a quarter|two thirds|three quarters|the majority|a minority)\s+of\b/gi;
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

const AGE_BEFORE = /\b(?:aged?|ages|age of|under|over|below|above)\s+$/i;
const AGE_RANGE_BEFORE = /\b(?:aged?|ages|under|over|between)\s+\d+\s*(?:–|-|to|and)\s*$/i;
const AGE_VERB_BEFORE = /\b(?:is|was|are|were|turned|turns|be|being|now)\s+$/i;
const AGE_VERB_AFTER = /^(?:\s*[.,;:)!?]|\s*$|\s+(?:and|or|years?)\b)/;
const NAME_BEFORE = /(?:\b[A-Z][\p{L}'’]+,\s*|\b[A-Z][\p{L}'’]+\s+\()$/u;
const AGE_AFTER =
	/^(?:\s*(?:–|-|to)\s*\d+)?(?:\s|-)?(?:years?(?:\s|-)olds?|years? of age|\+|\s+(?:or|and) (?:over|under|older|younger|above)|s\b)/i;
const LABEL_BEFORE =
	/\b(?:step|page|pages|p\.|pp\.|paragraph|para|section|chapter|lesson|part|activity|question|outcome|article|level|stage|year|module|unit|version|no\.|number|figure|table|item|point|rule|option|scenario|node|ks|§)\s*$/i;
const DURATION_AFTER =
	/^[\s-]*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|terms?|am|pm|a\.m\.|p\.m\.|o'clock)\b/i;
const DATE_AFTER = new RegExp(`^\\s+(?:${MONTHS})[a-z]*\\b`);
const DATE_BEFORE = new RegExp(`\\b(?:${MONTHS})[a-z]*\\.?\\s+$`);
const RATE_AFTER =
	/^(?:\s+[\p{L}'-]+){0,3}?\s+(?:a|per|each|every)\s+(?:day|week|month|year|annum)\b/iu;

function isAge(before: string, after: string, value: string): boolean {
	const small = /^\d{1,2}$/.test(value) || !/\d/.test(value);
	if (!small) return false;
	return (
		AGE_BEFORE.test(before) ||
		AGE_RANGE_BEFORE.test(before) ||
		(NAME_BEFORE.test(before) && /^(?:\s*[,.;:)]|\s*$|\s+and\b)/.test(after)) ||
		(AGE_VERB_BEFORE.test(before) && AGE_VERB_AFTER.test(after)) ||
		AGE_AFTER.test(after)
	);
}

/** Whether a number at `index` (written `value`) is a count, not an age, label, date, time or id. */
function isCount(
	sentence: string,
	index: number,
	value: string,
	phones: [number, number][],
): boolean {
	if (phones.some(([from, to]) => index >= from && index < to)) return false;
	if (IS_YEAR.test(value)) return false;
	const before = sentence.slice(Math.max(0, index - 30), index);
	const after = sentence.slice(index + value.length, index + value.length + 40);
	return !(
		isAge(before, after, value) ||
		LABEL_BEFORE.test(before) ||
		DURATION_AFTER.test(after) ||
		DATE_AFTER.test(after) ||
		DATE_BEFORE.test(before)
	);
}

const digitsOf = (s: string) =>
	s.match(/\d+(?:,\d{3})*(?:\.\d+)?/g)?.map((d) => d.replace(/,/g, '')) ?? [];

/** Every statistic in one sentence. */
function statisticsIn(sentence: string): Statistic[] {
	const found: Statistic[] = [];
	// Numbers already read as part of a percentage or ratio are not counted again.
	const taken: [number, number][] = [];
	const stat = (kind: Statistic['kind'], figure: string, reason: string, index?: number) => {
		found.push({ kind, figure, reason, sentence, numbers: digitsOf(figure) });
		if (index !== undefined) taken.push([index, index + figure.length]);
	};
	for (const m of sentence.matchAll(PERCENT)) stat('percentage', m[0], 'a percentage', m.index);
	for (const m of sentence.matchAll(RATIO)) {
		const [whole, first = '', second = ''] = m;
		if (IS_YEAR.test(second.replace(/,/g, ''))) continue;
		const before = sentence.slice(Math.max(0, m.index - 30), m.index);
		if (isAge(before, sentence.slice(m.index + first.length), first)) continue;
		if (LABEL_BEFORE.test(before)) continue;
		stat('ratio', whole, 'a ratio', m.index);
	}
	for (const m of sentence.matchAll(SHARE)) stat('ratio', m[0], 'a share', m.index);
	const phones: [number, number][] = findPhoneNumbers(sentence).map((p) => [
		p.index,
		p.index + p.written.length,
	]);
	const counts = [...sentence.matchAll(NUMERAL), ...sentence.matchAll(NUMBER_WORD)].filter((m) =>
		isCount(sentence, m.index, m[0], [...phones, ...taken]),
	);
	if (!counts.length) return found;
	const year =
		[...sentence.matchAll(YEAR)].find(
			(m) => !phones.some(([a, b]) => m.index >= a && m.index < b),
		) ??
		RELATIVE_TIME.exec(sentence) ??
		undefined;
	for (const m of counts) {
		const rate = RATE_AFTER.exec(sentence.slice(m.index + m[0].length));
		if (rate) stat('count-per-period', `${m[0]}${rate[0]}`, 'a count per period');
		else if (year) stat('count-with-year', m[0], `a count in a sentence with the year ${year[0]}`);
	}
	return found;
}

/** Every statistic in a text, sentence by sentence. */
export function findStatistics(text: string): Statistic[] {
	return splitSentences(text).flatMap(statisticsIn);
}
