import { guidedQuestions, guidedStepList } from '../../data/guided-help.ts';
import type { SearchSource } from '../search/source.ts';

/** Where the guided help path is on the site (a package places it in its launch page). */
export const guidedHelpUrl = '/help/now/';

/**
 * The guided help path as one search document: its questions and every step's title, so "what do I do",
 * "paid" or "shared" finds it. It reads only src/data/guided-help.ts.
 */
export const guidedHelpSource: SearchSource = {
	name: 'guided help',
	documents: () => [
		{
			url: guidedHelpUrl,
			title: 'What to do now, step by step',
			kind: 'Get help now',
			audience: 'Anyone it is happening to',
			parts: [
				{
					text: 'A few questions, one at a time, then the steps for you and who can help. Nothing is saved.',
					field: 'summary',
				},
				{ text: guidedQuestions.map((q) => q.question).join(' '), field: 'points' },
				// Step titles only: the full texts would add 2 KB to each offline zip's index.
				{ text: guidedStepList.map((s) => `${s.title}.`).join(' '), field: 'body' },
			],
		},
	],
};
