import { blankQuotes } from './phrases.ts';
import { splitSentences } from './sentences.ts';

/** Says the law on nude images of under-18s: an age of 18 and a word for "against the law". */
const UNDER_18 = /\bunder[-\s]?(?:the\s+age\s+of\s+)?18s?\b/i;
const AGAINST_THE_LAW =
	/\bagainst\s+the\s+law\b|\billegal\b|\bunlawful\b|\b(?:an|a\s+criminal)\s+offence\b/i;

/** Names who the victim is. */
const VICTIM = /\bvictims?\b/i;

/** Says that asking for help brings no trouble: "won't be in trouble", "will not get into trouble". */
const NOT_IN_TROUBLE =
	/\b(?:won't|will\s+not|aren't|are\s+not|isn't|is\s+not|not)\s+(?:be\s+|get\s+)?in(?:to)?\s+trouble\b/i;

/**
 * The sentences of a text that state the under-18 law without, in the same sentence, naming the
 * victim and saying they won't be in trouble for getting help (issue 14, brief §1.10): read alone,
 * "…is against the law" tells a frightened young person that they are the one in trouble. Quoted
 * words are someone else's and are skipped. Pure.
 */
export function findBareLaw(text: string): string[] {
	const written = splitSentences(text);
	return splitSentences(blankQuotes(text).replace(/[’‘]/g, "'")).flatMap((sentence, i) => {
		if (!UNDER_18.test(sentence) || !AGAINST_THE_LAW.test(sentence)) return [];
		if (VICTIM.test(sentence) && NOT_IN_TROUBLE.test(sentence)) return [];
		return [written[i] ?? sentence];
	});
}
