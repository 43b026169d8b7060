import type { Audience } from '../schemas/audience.ts';
import type { Source } from '../schemas/source.ts';

/**
 * How the modules map to what schools and units must teach. The school mapping uses the RSHE
 * statutory guidance for England as published in 2019, with its page numbers (the guidance has no
 * paragraph numbers; content brief §5b). The revised guidance of July 2025, in force from
 * 1 September 2026, could not be read here: what it adds on sextortion is cited from the minister's
 * written answer that quotes it, and its paragraph references are left for the teacher to check
 * rather than guessed.
 */

/** One outcome of a framework and the lessons that teach towards it. */
export interface CurriculumLink {
	/** The framework's own heading for the outcome area. */
	area: string;
	/** Where it is in the framework (page or paragraph). */
	reference: string;
	/** What learners should know, in our words. */
	outcome: string;
	/** Lesson ids that address it; the pack shows only those in the module. */
	lessons: readonly string[];
}

/** A framework a pack maps to. */
export interface CurriculumFramework {
	title: string;
	/** What a teacher or trainer must check before relying on the mapping. */
	caveat: string;
	sources: readonly Source[];
	links: readonly CurriculumLink[];
}

const rshe2019: Source = {
	id: 'rshe-2019',
	title: 'Relationships education, relationships and sex education (RSE) and health education',
	publisher: 'Department for Education',
	url: 'https://www.gov.uk/government/publications/relationships-education-relationships-and-sex-education-rse-and-health-education',
	accessed: '2026-11-23',
};

/** The minister's answer that quotes what the July 2025 guidance says about sextortion. */
const rshe2025Answer: Source = {
	id: 'rshe-2025-answer',
	title:
		'Offences against Children: Internet. Written question, answered 24 July 2025 by Catherine McKinnell, Minister of State (Education)',
	publisher: 'UK Parliament (via Parallel Parliament)',
	url: 'https://parallelparliament.co.uk/question/68401/offences-against-children-internet',
	accessed: '2026-11-23',
};

/** The mapping shown in each audience's pack. */
export const curriculum: Readonly<Record<Exclude<Audience, 'adult'>, CurriculumFramework>> = {
	school: {
		title: 'RSHE statutory guidance for England (secondary)',
		caveat:
			'The revised guidance, published on 15 July 2025, is in force from 1 September 2026. We could not check its paragraph numbers, so the rows below give the 2019 guidance by page (it has no paragraph numbers) and the first row quotes what the 2025 guidance adds, as the minister summarised it. Find the matching paragraphs in your copy of the 2025 guidance before citing them in your scheme of work.',
		sources: [rshe2025Answer, rshe2019],
		links: [
			{
				area: '2025 guidance: online sexual harassment and abuse',
				reference: '2025 guidance (check the paragraph in your copy)',
				outcome:
					'Online sexual harassment and online sexual abuse, including grooming and sextortion; the risks and signs that someone may be at risk of grooming or exploitation; and how to seek help when there is a concern.',
				lessons: [
					'fake-profiles',
					'too-good-to-be-true',
					'if-it-happens',
					'helping-a-friend',
					'friend-requests',
				],
			},
			{
				area: 'RSE: Online and media',
				reference: '2019 guidance, p. 27',
				outcome:
					'The risks online, including that anything shared can be shared further, and how hard it is to remove; not to share personal material sent to them; where to get support and how to report.',
				lessons: ['fake-profiles', 'friend-requests', 'too-good-to-be-true', 'if-it-happens'],
			},
			{
				area: 'RSE: Being safe',
				reference: '2019 guidance, p. 27',
				outcome:
					'How people can be pressured or manipulated, including grooming and exploitation, and how to get help, for themselves or for others.',
				lessons: ['fake-profiles', 'too-good-to-be-true', 'if-it-happens', 'helping-a-friend'],
			},
			{
				area: 'RSE: The law',
				reference: '2019 guidance, p. 30',
				outcome:
					'What the law says about images of under-18s, and that the law is there to protect young people.',
				lessons: ['if-it-happens', 'helping-a-friend'],
			},
			{
				area: 'Health education: Internet safety and harms',
				reference: '2019 guidance, p. 35',
				outcome:
					'How to judge what they see online, recognise risks, and where and how to report concerns and get support.',
				lessons: ['fake-profiles', 'friend-requests', 'too-good-to-be-true'],
			},
			{
				area: 'Right to be excused from sex education',
				reference: '2019 guidance, p. 17',
				outcome: 'Which parts parents may ask to withdraw their child from (see Withdrawal).',
				lessons: [],
			},
		],
	},
	forces: {
		title: 'Induction welfare briefing (suggested fit)',
		caveat:
			'No published induction syllabus is cited here. Match these topics to your own unit\u2019s induction welfare briefing and personal security brief before you rely on them.',
		sources: [],
		links: [
			{
				area: 'Personal security online',
				reference: 'Your unit\u2019s brief',
				outcome:
					'Spot fake profiles and unsafe friend requests, and keep friends lists and personal details private.',
				lessons: ['fake-profiles', 'friend-requests', 'too-good-to-be-true'],
			},
			{
				area: 'Welfare and who to tell',
				reference: 'Your unit\u2019s brief',
				outcome:
					'Know the routes for help (chain of command, welfare officer, padre, SSAFA Forcesline, police) and what each can keep confidential.',
				lessons: ['if-it-happens', 'forces-who-to-tell'],
			},
			{
				area: 'Looking out for each other',
				reference: 'Your unit\u2019s brief',
				outcome: 'Support a colleague without blame, and help them report early.',
				lessons: ['helping-a-friend', 'forces-who-to-tell'],
			},
		],
	},
};
