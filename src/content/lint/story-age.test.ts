import { describe, expect, test } from 'vitest';
import { findChildCharacters } from './story-age.ts';

describe('findChildCharacters', () => {
	test.each([
		["Jay, 13, gets a friend request from 'Mia, 14'.", ['Jay, 13', 'Mia, 14']],
		['Amira is 13. She has just set up her first account.', ['Amira is 13']],
		['Play the story. Leah is 14 and worried about Sam.', ['Leah is 14']],
	])('finds the under-18 characters of: %s', (text, found) => {
		expect(findChildCharacters(text).map((c) => c.found)).toEqual(found);
	});

	test.each([
		// Adults.
		"Ryan, 20, gets a friend request from 'Chloe, 21'.",
		'Kyle is 19. He starts chatting online with "Ellie".',
		// A blackmailer's claim about a third person is the adult story's subject, not its character.
		"Now a new account messages him: 'She is 15. Pay £300, or we tell the police.'",
		'He says he is 16.',
		// Not ages: labels, dates, durations and the law.
		'Under 18: CEOP or the police, and Childline too.',
		'Step 3, 5 minutes: look at the profile.',
		'On Monday, 14 March, the helpline is open.',
		'Open Monday, 9 am to 5 pm.',
	])('leaves alone: %s', (text) => {
		expect(findChildCharacters(text)).toEqual([]);
	});

	test('gives the name and the age as numbers', () => {
		expect(findChildCharacters('Maya is 15.')).toEqual([
			{ name: 'Maya', age: 15, found: 'Maya is 15' },
		]);
	});
});
