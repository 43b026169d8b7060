import { expect, test } from 'vitest';
import { schoolWordsIn } from '../../../tests/support/school-words.ts';
import { capitalised, leaderWords } from './leader-words.ts';

test('a forces trainer is never given a school word', () => {
	const forces = Object.values(leaderWords('forces')).join(' ');
	expect(schoolWordsIn(forces, [])).toEqual([]);
	expect(forces).not.toMatch(/\blesson\b/);
});

test('schools and self-paced modules keep the words teachers use', () => {
	for (const audience of ['school', 'adult'] as const)
		expect(leaderWords(audience)).toEqual({
			leader: 'teacher',
			leaders: "teacher's",
			group: 'class',
			learners: 'pupils',
			meeting: 'lesson',
			teach: 'teach',
		});
	expect(`${capitalised(leaderWords('forces').leaders)} kit`).toBe("Trainer's kit");
});
