import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a forces learner or trainer should never meet (issue #15, "The projector"): the school-age
 * characters of the school stories, and the words of a school. Shared by the unit check
 * (src/lib/teach/forces-words.test.ts) and the browser check (tests/e2e/presenter-fit.spec.ts).
 */

/** Pronouns and the like that the "Name, 15" pattern also catches ("She is 15"). */
const NOT_NAMES = new Set(['She', 'He', 'They', 'It', 'This', 'That', 'Who']);

/**
 * School-age characters the "Name, 15" / "Name is 15" pattern cannot find: Alfie only says he is 16
 * ("He says he is 16"); Kai posts in a Year 9 group chat and is given no age.
 */
const UNAGED_SCHOOL_CHARACTERS = ['Alfie', 'Kai'];

/**
 * Every character the lessons give an age under 17 ("Jay, 13", "Maya is 15"), read from the lesson
 * files themselves, so a school story added later is covered without editing this list; plus the
 * few with no age written next to their name.
 */
export function schoolAgeNames(root = '.'): string[] {
	const names = new Set(UNAGED_SCHOOL_CHARACTERS);
	const dir = join(root, 'lessons');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
		const text = readFileSync(join(dir, file), 'utf8');
		for (const m of text.matchAll(/\b([A-Z][a-z]+)(?:,| is) (\d{1,2})\b/g)) {
			const [, name = '', age = ''] = m;
			if (Number(age) < 17 && !NOT_NAMES.has(name)) names.add(name);
		}
	}
	return [...names].sort();
}

/**
 * Words of a school, not of a unit. `class` only as a whole word (the text checked is text, never
 * markup, so no `class=` attribute reaches it).
 */
export const SCHOOL_WORDS: readonly RegExp[] = [
	/\bschools?\b/i,
	/\bteachers?\b/i,
	/\bparents?\b/i,
	/\bdesignated safeguarding lead\b/i,
	/\bDSL\b/,
	/\bassembl(?:y|ies)\b/i,
	/\byear \d+\b/i,
	/\bpupils?\b/i,
	/\bclass(?:es|room|rooms|mates?)?\b/i,
	/\bPSHE\b/,
	/\bkey stage\b/i,
];

/**
 * School words that forces text honestly needs, removed before the check. Some recruits are 17: for
 * them the lessons name "a parent or carer" next to the welfare officer and padre, as the content
 * brief's signposting for under-18s does (CEOP, a trusted adult).
 */
export const FORCES_NEEDS: readonly string[] = ['a parent or carer'];

/**
 * Each school-age name and school word in `text` (after {@link FORCES_NEEDS} are taken out), with a
 * few words either side so a failure shows where it is. Empty when the text is clean.
 */
export function schoolWordsIn(text: string, names: readonly string[]): string[] {
	let rest = text.replace(/\s+/g, ' ');
	for (const phrase of FORCES_NEEDS) rest = rest.replaceAll(phrase, ' ');
	const patterns = [...names.map((n) => new RegExp(`\\b${n}\\b`)), ...SCHOOL_WORDS];
	const found: string[] = [];
	for (const pattern of patterns) {
		const global = new RegExp(pattern.source, `${pattern.flags}g`);
		for (const m of rest.matchAll(global))
			found.push(
				`${String(pattern)}: …${rest.slice(Math.max(0, m.index - 50), m.index + m[0].length + 30)}…`,
			);
	}
	return found;
}
