/**
 * A small sound-alike key for English words, so a search for how a word sounds finds how it is
 * spelt ("sextorshun" → "sextortion", "frend" → "friend", "fotos" → "photos").
 *
 * It is deliberately rough: two words with the same key only *may* be the same word. The search
 * adds the words a key points to as weaker alternatives, so a collision costs a little ranking noise,
 * never a missing result. Pure; used at build time (to make the key → words table) and in the
 * browser (to look a query word up), so both must run this same function.
 */

/** Shorter keys match too many words ("sick", "sky", "zzz"), so only keys this long are used. */
export const MIN_SOUND_KEY = 3;

/** Rewrites applied in order; each is a regular expression and its replacement. */
const rules: readonly (readonly [RegExp, string])[] = [
	// Syllables that sound like "shun": -tion, -sion, -ssion, -cion, -tian, -shun, -shon, -shen.
	[/(?:ss|t|s|c)i[ao]n|sh(?:io|[aeiou])n/g, 'shn'],
	[/ph/g, 'f'],
	[/gh(?=t|$)/g, ''],
	[/ck/g, 'k'],
	[/qu/g, 'kw'],
	[/q/g, 'k'],
	[/x/g, 'ks'],
	[/wh/g, 'w'],
	[/tch/g, 'ch'],
	[/dge/g, 'j'],
	// A soft c (cent, city, cycle) sounds like s; every other c like k.
	[/c(?=[eiy])/g, 's'],
	[/c/g, 'k'],
	[/z/g, 's'],
	[/y/g, 'i'],
];

/**
 * The sound-alike key of one word: lower-cased, letters only, spelling rules applied, doubled
 * letters collapsed, and vowels dropped after the first letter (a leading vowel becomes `a`).
 * Returns '' for a word with no letters.
 */
export function soundKey(word: string): string {
	let key = word
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
	if (key === '') return '';
	for (const [pattern, replacement] of rules) key = key.replace(pattern, replacement);
	key = key.replace(/(.)\1+/g, '$1');
	const first = /^[aeiou]/.test(key) ? 'a' : (key[0] ?? '');
	return (
		first +
		key
			.slice(1)
			.replace(/[aeiou]/g, '')
			.replace(/(.)\1+/g, '$1')
	);
}
