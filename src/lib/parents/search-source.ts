import { parentGuide, parentGuideLead } from '../../data/parents.ts';
import type { SearchSource } from '../search/source.ts';

/** Where the parents' and carers' guide is on the site. */
export const parentGuideUrl = '/parents/';

/**
 * The guide for parents and carers as one search document: its opening, then each part (what it
 * is, signs, what to say and not say, what to do tonight…) linked to its section, so a parent who
 * searches "what should I say" or "signs" lands on that part. It reads only src/data/parents.ts.
 */
export const parentGuideSource: SearchSource = {
	name: 'parents guide',
	documents: () => [
		{
			url: parentGuideUrl,
			title: 'Online blackmail (sextortion): a guide for parents and carers',
			kind: 'For parents and carers',
			audience: 'Parents and carers',
			parts: [
				{ text: parentGuideLead.text, field: 'summary' },
				// Section ids as src/pages/parents/index.astro sets them.
				...parentGuide.map((part) => ({
					text: [
						part.heading,
						'intro' in part ? part.intro : '',
						...part.items.map((item) =>
							'title' in item ? `${item.title} ${item.text}` : item.text,
						),
					]
						.filter((t) => t !== '')
						.join(' '),
					field: 'body' as const,
					anchor: part.id,
				})),
			],
		},
	],
};
