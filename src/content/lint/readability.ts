import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { SourceLocation } from '../errors.ts';
import { splitSentences, wordsOf } from './sentences.ts';

/** The reading age of some text, and the sentences that push it up most. */
export interface Readability {
	/**
	 * Flesch–Kincaid grade + 5 (a US grade is roughly a school year, starting at age 5–6), rounded
	 * to one decimal. Two-thirds of UK adults read comfortably at about 13.
	 */
	readingAge: number;
	/** The Flesch–Kincaid grade itself. */
	grade: number;
	words: number;
	sentences: number;
	syllables: number;
	/** The longest sentences by word count, longest first: the ones to shorten first. */
	longest: { sentence: string; words: number; where: SourceLocation }[];
}

/**
 * Syllables of one word, by the `syllable` package (wooorm). A number is read aloud, so it counts
 * one syllable per digit, at most four ("101" → 3, "2021" → 4).
 */
export function syllablesOf(word: string): number {
	// "reverse-search" is "reverse" and "search"; "StopNCII.org" is "StopNCII" and "org".
	const runs = word.match(/[\p{L}'’]+/gu);
	if (runs) return runs.reduce((sum, run) => sum + Math.max(1, syllable(run)), 0);
	return Math.min(4, Math.max(1, word.replace(/\D/g, '').length));
}

/**
 * Measures text pieces (each part ends a sentence) with the Flesch–Kincaid grade
 * (`flesch-kincaid`, wooorm). Empty text measures as reading age 0.
 */
export function measureReadability(
	pieces: readonly { parts: readonly string[]; where: SourceLocation }[],
	longestCount = 3,
): Readability {
	let words = 0;
	let sentences = 0;
	let syllables = 0;
	const all: Readability['longest'] = [];
	for (const piece of pieces) {
		for (const part of piece.parts) {
			for (const sentence of splitSentences(part)) {
				const w = wordsOf(sentence);
				if (!w.length) continue;
				sentences += 1;
				words += w.length;
				syllables += w.reduce((sum, word) => sum + syllablesOf(word), 0);
				all.push({ sentence, words: w.length, where: piece.where });
			}
		}
	}
	const grade = sentences
		? fleschKincaid({ sentence: sentences, word: words, syllable: syllables })
		: 0;
	const round = (n: number) => Math.round(n * 10) / 10;
	return {
		readingAge: sentences ? round(grade + 5) : 0,
		grade: round(grade),
		words,
		sentences,
		syllables,
		longest: all.sort((a, b) => b.words - a.words).slice(0, longestCount),
	};
}
