import { expect, test } from 'vitest';
import { schoolWordsIn } from '../../../tests/support/school-words.ts';
import { leaderWords } from './leader-words.ts';

test('a forces trainer is never given a school word', () => {
	const forces = Object.values(leaderWords('forces')).join(' ');
	expect(schoolWordsIn(forces, [])).toEqual([]);
	expect(forces).not.toMatch(/\blesson\b/);
});

test('schools and self-paced modules keep the words teachers use', () => {
	expect(leaderWords('adult')).toEqual(leaderWords('school'));
	const school = Object.values(leaderWords('school')).join(' ');
	for (const word of ['teacher', 'class', 'pupils', 'lesson'])
		expect(school).toMatch(new RegExp(`\\b${word}\\b`));
	// The names a link and a file label show, as teachers and trainers already know them.
	expect(leaderWords('school').kit).toBe("Teacher's kit");
	expect(leaderWords('forces').pack).toBe('Trainer pack');
});
