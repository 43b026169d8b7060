/**
 * A story's character stated to be under 18: "Jay, 13", "'Mia, 14'", "Amira is 13". Adults who
 * learn on their own are told stories about people like them; a module for ages 18 and over that
 * tells a 13-year-old's story reads as if it were written for somebody else (the adult module did
 * this in three lessons until 1.4). A name is a capitalised word; pronouns and other sentence
 * starters are not names, so a blackmailer's claim about a third person ("She is 15. Pay £300…")
 * is left alone: that is the adult story's own subject, not its character. Pure.
 */

/** A name, then ", 13" or " is 13". */
const NAMED_AGE = /\b([A-Z][a-z]+)(?:,\s+|\s+is\s+)(\d{1,2})\b(?!\s*(?:[%:.]\d|%|per\s+cent))/g;

/** Capitalised words that start a sentence or a clause but never name a character. */
const NOT_NAMES = new Set([
	'He',
	'She',
	'They',
	'It',
	'This',
	'That',
	'There',
	'Who',
	'Which',
	'What',
	'Under',
	'Aged',
	'Age',
	'Ages',
	'Step',
	'Page',
	'Year',
	'Outcome',
	'Lesson',
	'In',
	'On',
	'By',
]);

/** What follows an age-like number that makes it a date or a duration ("Monday, 14 March"). */
const NOT_AN_AGE_AFTER =
	/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|minutes?|hours?|days?|weeks?|months?|am|pm)\b/;

export interface ChildCharacter {
	name: string;
	age: number;
	/** The words as written: "Jay, 13". */
	found: string;
}

/** Every character in `text` stated to be under 18, in order. Pure. */
export function findChildCharacters(text: string): ChildCharacter[] {
	const found: ChildCharacter[] = [];
	for (const m of text.matchAll(NAMED_AGE)) {
		const [words, name = '', digits = ''] = m;
		const age = Number(digits);
		if (age >= 18 || NOT_NAMES.has(name)) continue;
		if (NOT_AN_AGE_AFTER.test(text.slice(m.index + words.length))) continue;
		found.push({ name, age, found: words });
	}
	return found;
}
