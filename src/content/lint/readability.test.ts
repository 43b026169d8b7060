import { fleschKincaid } from 'flesch-kincaid';
import { describe, expect, test } from 'vitest';
import { measureReadability, syllablesOf } from './readability.ts';
import { splitSentences, wordsOf } from './sentences.ts';

const at = { file: 'lessons/x.mdx', line: 3 };

describe('splitSentences', () => {
	test.each([
		[
			'Jay is 15. He gets a request! Is it real?',
			['Jay is 15.', 'He gets a request!', 'Is it real?'],
		],
		['She says "send first." Then she waits.', ['She says "send first."', 'Then she waits.']],
		[
			'Use a check, e.g. a reverse image search. Then decide.',
			['Use a check, e.g. a reverse image search.', 'Then decide.'],
		],
		[
			'Forward it to report@phishing.gov.uk and StopNCII.org today.',
			['Forward it to report@phishing.gov.uk and StopNCII.org today.'],
		],
		["1. Don't panic\n2. Don't pay", ["Don't panic", "Don't pay"]],
		['Pte. Alex is 19.', ['Pte. Alex is 19.']],
	])('%s', (text, sentences) => {
		expect(splitSentences(text)).toEqual(sentences);
	});

	test('words keep apostrophes, hyphens and addresses whole', () => {
		expect(wordsOf("Don't reverse-search report@phishing.gov.uk, 1,124 times.")).toEqual([
			"Don't",
			'reverse-search',
			'report@phishing.gov.uk',
			'1',
			'124',
			'times',
		]);
	});
});

describe('syllablesOf', () => {
	test.each([
		['cat', 1],
		['profile', 2],
		['reverse-search', 3],
		['101', 3],
		['2021', 4],
		['1124567', 4],
		['9', 1],
	])('%s has %i', (word, count) => {
		expect(syllablesOf(word)).toBe(count);
	});
});

describe('measureReadability', () => {
	test('reading age is the Flesch–Kincaid grade of the counts plus 5', () => {
		const r = measureReadability([
			{
				parts: [
					'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
				],
				where: at,
			},
		]);
		expect({ words: r.words, sentences: r.sentences }).toEqual({ words: 13, sentences: 1 });
		const grade = fleschKincaid({ sentence: 1, word: 13, syllable: r.syllables });
		expect(r.readingAge).toBe(Math.round((grade + 5) * 10) / 10);
		expect(r.readingAge).toBeGreaterThan(16);
	});

	test('short, plain sentences read young; long, formal ones read old', () => {
		const plain = measureReadability([
			{ parts: ['Jay is 15. He gets a friend request. Mia looks nice.'], where: at },
		]);
		const formal = measureReadability([
			{
				parts: [
					'Individuals experiencing intimidation through unauthorised distribution of intimate photographic material should communicate with appropriately qualified safeguarding professionals.',
				],
				where: at,
			},
		]);
		expect(plain.readingAge).toBeLessThan(8);
		expect(formal.readingAge).toBeGreaterThan(20);
	});

	test('each part ends a sentence, and the longest sentences come first with their place', () => {
		const r = measureReadability(
			[
				{ parts: ['Stop.', 'Save the messages and the usernames first'], where: at },
				{
					parts: ['Then block them and tell someone you trust today.'],
					where: { file: 'lessons/x.mdx', line: 9 },
				},
			],
			2,
		);
		expect(r.sentences).toBe(3);
		expect(r.longest).toEqual([
			{
				sentence: 'Then block them and tell someone you trust today.',
				words: 9,
				where: { file: 'lessons/x.mdx', line: 9 },
			},
			{ sentence: 'Save the messages and the usernames first', words: 7, where: at },
		]);
	});

	test('no text measures 0, not NaN', () => {
		expect(measureReadability([]).readingAge).toBe(0);
	});
});
