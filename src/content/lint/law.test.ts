import { describe, expect, test } from 'vitest';
import { findBareLaw } from './law.ts';

describe('findBareLaw', () => {
	test.each([
		'Making or sharing a nude image of anyone under 18 is against the law.',
		'Sharing a nude image of anyone under 18 is against the law, and it hurts the person in it.',
		'It is illegal to have sexual images of anyone under the age of 18.',
		// The victim named, but no word that they won't be in trouble.
		'Nudes of under-18s are illegal, and Sam is the victim of a crime.',
		// The reassurance in the next sentence is not enough: the law must not be read alone.
		"Making a nude of anyone under 18 is against the law. You won't be in trouble for getting help.",
	])('refuses the law alone: %s', (text) => {
		expect(findBareLaw(text)).toHaveLength(1);
	});

	test.each([
		"Making or sharing a nude image of anyone under 18 is against the law, to protect young people: Zac is the victim here, and he won't be in trouble for getting help.",
		'Making a nude of anyone under 18 is against the law to protect them, so they are the victim, and they will not be in trouble for getting help.',
		// Not the law: the victim sentence on its own.
		'If someone under 18 has an image of them shared, they are the victim of a crime.',
		'Blackmail is a crime.',
		// Someone else's words, in quotation marks.
		'Kai says "pics of under 18s are illegal lol", and Leah checks on Sam.',
	])('accepts: %s', (text) => {
		expect(findBareLaw(text)).toEqual([]);
	});

	test('returns the sentence as written, one per bare statement', () => {
		expect(
			findBareLaw(
				"Stay calm. It's illegal to share a nude of anyone under 18. Help them tell an adult.",
			),
		).toEqual(["It's illegal to share a nude of anyone under 18."]);
	});
});
