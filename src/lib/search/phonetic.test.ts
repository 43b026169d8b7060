import { describe, expect, test } from 'vitest';
import { soundKey } from './phonetic.ts';

describe('soundKey', () => {
	test.each([
		['sextorshun', 'sextortion'],
		['sextorsion', 'sextortion'],
		['sextorshon', 'sextortion'],
		['frend', 'friend'],
		['fotos', 'photos'],
		['blakmail', 'blackmail'],
		['blackmale', 'blackmail'],
		['reqwest', 'request'],
		['kontact', 'contact'],
		['realize', 'realise'],
		['webcamm', 'webcam'],
		['Thretened', 'threatened'],
		['sextorting', 'SEXTORTING'],
	])('%s sounds like %s', (misspelt, word) => {
		expect(soundKey(misspelt)).toBe(soundKey(word));
	});

	test.each([
		['sextortion', 'skstrshn'],
		['friend', 'frnd'],
		['photo', 'ft'],
		['image', 'amg'],
		['action', 'akshn'],
		['cyber', 'sbr'],
		['catfish', 'ktfsh'],
	])('%s has the key %s (tion → shn, ph → f, soft and hard c, vowels dropped)', (word, key) => {
		expect(soundKey(word)).toBe(key);
	});

	test('doubled letters collapse and a leading vowel is kept as "a"', () => {
		expect(soundKey('accept')).toBe(soundKey('aksept'));
		expect(soundKey('offline')).toBe('afln');
		expect(soundKey('essay')).toBe(soundKey('esay'));
	});

	test('different words keep different keys', () => {
		expect(soundKey('blackmail')).not.toBe(soundKey('block'));
		expect(soundKey('friend')).not.toBe(soundKey('fraud'));
		expect(soundKey('report')).not.toBe(soundKey('repeat'));
		expect(soundKey('photo')).not.toBe(soundKey('profile'));
	});

	test('accents and punctuation are ignored; no letters gives an empty key', () => {
		expect(soundKey('Café')).toBe(soundKey('cafe'));
		expect(soundKey("don't")).toBe(soundKey('dont'));
		expect(soundKey('123 !')).toBe('');
	});
});
