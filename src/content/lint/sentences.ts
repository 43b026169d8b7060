/** Abbreviations whose full stop does not end a sentence (lower-cased, without the stop). */
const ABBREVIATIONS = new Set([
	'e.g',
	'i.e',
	'etc',
	'vs',
	'pte',
	'cpl',
	'sgt',
	'lt',
	'dr',
	'mr',
	'mrs',
	'ms',
	'st',
	'no',
	'p',
	'pp',
]);

/**
 * Splits plain text into sentences: at `.`, `!`, `?` or `…` followed by a space (closing quotes and
 * brackets stay with their sentence), and at line breaks. A list number at the start of a line
 * ("1. Don't panic") and the stop after an abbreviation ("e.g.") do not end a sentence. Addresses
 * such as `report@phishing.gov.uk` have no space after their dots, so they stay whole.
 */
export function splitSentences(text: string): string[] {
	const sentences: string[] = [];
	for (const rawLine of text.split(/\n+/)) {
		const line = rawLine.replace(/^\s*\d+[.)]\s+/, '').trim();
		if (!line) continue;
		let current = '';
		for (const piece of line.split(/(?<=[.!?…]["'”’)]*)\s+/)) {
			current = current ? `${current} ${piece}` : piece;
			const lastWord = /([\w.]+)\.$/.exec(piece)?.[1]?.toLowerCase();
			if (lastWord && ABBREVIATIONS.has(lastWord)) continue;
			sentences.push(current);
			current = '';
		}
		if (current) sentences.push(current);
	}
	return sentences;
}

/** The words of a sentence: runs of letters, digits and in-word apostrophes or hyphens. */
export function wordsOf(sentence: string): string[] {
	return sentence.match(/[\p{L}\p{N}]+(?:['’\-.@/][\p{L}\p{N}]+)*/gu) ?? [];
}
