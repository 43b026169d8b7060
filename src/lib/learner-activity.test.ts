import { expect, test } from 'vitest';
import type { Activity } from '../schemas/activity.ts';
import { forLearners } from './learner-activity.ts';

const base = {
	id: 'a1',
	type: 'true-false',
	prompt: 'Mutual friends prove an account is real.',
	answer: false,
	feedback: { correct: 'Yes.', incorrect: 'Not quite.' },
	sources: [],
} as unknown as Activity;

test('teacher notes never reach a learner page; everything else is kept', () => {
	const withNotes = {
		...base,
		teacherNotes: [{ text: 'Tell the DSL before this lesson.', sources: ['s1'] }],
	} as Activity;
	const shown = forLearners(withNotes);
	expect(shown).not.toHaveProperty('teacherNotes');
	expect(shown).toEqual(base);
	expect(JSON.stringify(shown)).not.toContain('DSL');
});

test('discussion questions for the class never reach a learner page either', () => {
	const withQuestions = {
		...base,
		discussion: ['Why might Jay think the account is real?'],
		teacherNotes: [{ text: 'Tell the DSL before this lesson.', sources: ['s1'] }],
	} as Activity;
	const shown = forLearners(withQuestions);
	expect(shown).not.toHaveProperty('discussion');
	expect(shown).toEqual(base);
	expect(withQuestions.discussion).toHaveLength(1);
});

test('an activity without notes or questions is passed through as it is', () => {
	expect(forLearners(base)).toBe(base);
});
