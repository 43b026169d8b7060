import lunr from 'lunr';

/** A word in a text and where it is. */
export interface WordSpan {
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text with their positions (letters and digits; "don't" is one word). */
export function wordSpans(text: string): WordSpan[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length,
	}));
}

/** lunr's index pipeline; a step returns nothing for a word it drops (lunr's types miss that). */
type Step = (token: lunr.Token, i: number, tokens: lunr.Token[]) => lunr.Token | undefined;
const pipeline = [lunr.trimmer, lunr.stopWordFilter, lunr.stemmer] as Step[];

/**
 * The index term of a word as lunr's pipeline makes it (lower case, trimmed, stemmed), or '' for a
 * stop word ("the", "and"). The same function runs at build time and in the browser.
 */
export function indexTerm(word: string): string {
	let token: lunr.Token | undefined = new lunr.Token(word.toLowerCase().replace(/’/g, "'"), {});
	for (const step of pipeline) {
		token = step(token, 0, [token]);
		if (!token) return '';
	}
	return token.toString();
}
