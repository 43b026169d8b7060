import { blankQuotes } from './phrases.ts';
import { splitSentences } from './sentences.ts';

/**
 * Words that claim a trend: "increasing", "growing", "rising", "on the rise", "year on year",
 * "more and more", "record numbers", "surge", "doubled", "tripled", "threefold".
 */
const TREND =
	/\bincreas(?:ing|ingly)\b|\bgrowing\b(?!\s+up)|\bgrown\b|\brising\b|\bon\s+the\s+rise\b|\byear[-\s]on[-\s]year\b|\bmore\s+and\s+more\b|\brecord\s+(?:numbers?|highs?|levels?|years?)\b|\bsurg(?:e|es|ed|ing)\b|\b(?:doubled|tripled|trebled)\b|\b(?:two|three|four)fold\b/i;

/** A year in the same sentence dates the claim (1990–2099). */
const YEAR = /\b(?:199\d|20\d\d)\b/;

/** A trend claim found in a text: the sentence and the trend words as written. */
export interface TrendClaim {
	sentence: string;
	words: string;
	/** Whether the sentence itself names a year. */
	dated: boolean;
}

/**
 * Every sentence of a text that claims a trend, and whether it names the year the claim is from.
 * A trend goes stale: "reports are increasing" is true of some year, and the learner should see
 * which. Quoted words are skipped. Pure.
 */
export function findTrendClaims(text: string): TrendClaim[] {
	const plain = splitSentences(blankQuotes(text));
	const written = splitSentences(text);
	return plain.flatMap((sentence, i) => {
		const m = TREND.exec(sentence);
		if (!m) return [];
		const original = written[i] ?? sentence;
		return [
			{
				sentence: original,
				words: original.slice(m.index, m.index + m[0].length),
				dated: YEAR.test(sentence),
			},
		];
	});
}
