import { harmfulPhrases } from '../../data/harmful-phrases.ts';
import type { HarmfulPhrase } from '../../schemas/harmful-phrase.ts';

/** A use of a listed harmful phrase. */
export interface PhraseMatch {
	phrase: HarmfulPhrase;
	/** The words as written. */
	found: string;
	index: number;
}

/** Words that negate what follows them in the same clause. */
const NEGATION =
	/\b(?:not|never|no|nobody|none|nothing|neither|nor|without)\b|\bno\s+one\b|n't\b|\bcannot\b/i;

/** Where a clause starts: after sentence or clause punctuation, or after "but". */
const CLAUSE_BREAK = /[.;:!?—–()]|,\s|\bbut\b/gi;

/**
 * Blanks out quoted words ("…", “…”, ‘…’, '…'), keeping every other character where it was. Quoted
 * words are someone's words being mentioned ("Saying 'his fault' blames Sam"), not the lesson's own.
 * An apostrophe inside a word (it's, Jay's, friends') is not a quote.
 */
export function blankQuotes(text: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	return text
		.replace(/“[^”]*”/g, blank)
		.replace(/‘[^’]*’(?!\p{L})/gu, blank)
		.replace(/"[^"]*"/g, blank)
		.replace(/(?<![\p{L}\p{N}])'(?=\p{L}).*?(?<=[\p{L}\p{N}.!?,])'(?![\p{L}\p{N}])/gu, blank);
}

/** Whether a negation comes before `index` within the same clause. */
function isNegated(text: string, index: number): boolean {
	let start = 0;
	for (const m of text.slice(0, index).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
	return NEGATION.test(text.slice(start, index));
}

/**
 * Every listed phrase in a text written in the lesson's own voice. Quoted words are skipped, and a
 * negatable phrase is fine after a negation in its clause ("it's not your fault", "nobody deserves
 * this", "you won't be in trouble").
 */
export function findHarmfulPhrases(
	text: string,
	phrases: readonly HarmfulPhrase[] = harmfulPhrases,
): PhraseMatch[] {
	const plain = blankQuotes(text).replace(/[’‘]/g, "'");
	const found: PhraseMatch[] = [];
	for (const phrase of phrases) {
		const flags = phrase.pattern.flags.includes('g')
			? phrase.pattern.flags
			: `${phrase.pattern.flags}g`;
		for (const m of plain.matchAll(new RegExp(phrase.pattern.source, flags))) {
			if (phrase.negatable && isNegated(plain, m.index)) continue;
			found.push({ phrase, found: text.slice(m.index, m.index + m[0].length), index: m.index });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}
