import type { Audience } from '../schemas/audience.ts';
import type { Source } from '../schemas/source.ts';

/**
 * How the modules map to what schools and units must teach. The school mapping uses the RSHE
 * statutory guidance for England revised in July 2025, in force from 1 September 2026. Its
 * curriculum content is numbered item by item within each named strand (e.g. "Online safety and
 * awareness", item 14), so the references give strand and item, not a paragraph or page.
 *
 * Checked on 2026-12-01. The DfE PDF itself could not be read here, so the item numbers and wording
 * were read in a third-party verbatim transcription of it (Guided Childhood's requirements.json,
 * cited below). The minister's written answer of 24 July 2025 matches the Personal safety item
 * word for word. No stored text gave a paragraph number for any of these outcomes. The
 * withdrawal row still cites the 2019 guidance by page: nothing on it in the 2025 guidance was
 * checked.
 */

/** One outcome of a framework and the lessons that teach towards it. */
export interface CurriculumLink {
	/** The framework's own heading for the outcome area. */
	area: string;
	/** Where it is in the framework (page, paragraph, or strand and item). */
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

/** The minister's answer quoting what the July 2025 guidance says on sextortion and grooming. */
const rshe2025Answer: Source = {
	id: 'rshe-2025-answer',
	title:
		'Offences against Children: Internet. Written question, answered 24 July 2025 by Catherine McKinnell, Minister of State (Education)',
	publisher: 'UK Parliament (via Parallel Parliament)',
	url: 'https://parallelparliament.co.uk/question/68401/offences-against-children-internet',
	accessed: '2026-11-23',
};

/** Where the 2025 item numbers and wording were read: a third-party copy, not the DfE PDF. */
const rshe2025Items: Source = {
	id: 'rshe-2025-items',
	title:
		'RSHE statutory guidance, July 2025: the curriculum content items, transcribed verbatim with their strand and item numbers (scripts/rshe/requirements.json)',
	publisher: 'Guided Childhood (third-party transcription of the DfE guidance, on GitHub)',
	url: 'https://github.com/GuidedChildhood/guided-childhood/blob/117c92fbbd256f8ccecf748fa691e0f7748480f7/scripts/rshe/requirements.json',
	accessed: '2026-12-01',
};

/** The mapping shown in each audience's pack. */
export const curriculum: Readonly<Record<Exclude<Audience, 'adult'>, CurriculumFramework>> = {
	school: {
		title: 'RSHE statutory guidance for England, July 2025 (secondary)',
		caveat:
			'The revised guidance, published on 15 July 2025, is in force from 1 September 2026. It numbers its curriculum content item by item within each strand, so each row gives the strand and item number. We read those numbers and the wording in a verbatim transcription of the guidance made by a third party, not in the Department for Education\u2019s own PDF, and the minister\u2019s written answer matches the Personal safety item word for word. Check each item against your copy of the guidance before citing it in your scheme of work. The withdrawal row still gives the 2019 guidance by page, because we did not check where the 2025 guidance covers it.',
		sources: [rshe2025Items, rshe2025Answer, rshe2019],
		links: [
			{
				area: 'RSE: Online safety and awareness (sextortion)',
				reference: '2025 guidance, Online safety and awareness (secondary), item 14',
				outcome:
					'That criminals run online scams to extort money or personal information; the risks of sextortion, how to spot online scams relating to sex, and how to get support if they have been scammed or involved in sextortion.',
				lessons: [
					'fake-profiles',
					'too-good-to-be-true',
					'if-it-happens',
					'helping-a-friend',
					'friend-requests',
				],
			},
			{
				area: 'RSE: Online safety and awareness',
				reference: '2025 guidance, Online safety and awareness (secondary), items 3, 4 and 6',
				outcome:
					'That some social media accounts are fake; that anything shared can be passed on with no way of controlling where it ends up, so not to send what they would not want shared or pass on what is sent to them; and what to do and how to report when material has been shared.',
				lessons: ['fake-profiles', 'friend-requests', 'too-good-to-be-true', 'if-it-happens'],
			},
			{
				area: 'RSE: Online safety and awareness (images and the law)',
				reference: '2025 guidance, Online safety and awareness (secondary), item 5',
				outcome:
					'That keeping or forwarding a sexual image of anyone under 18 is a crime, even an image of themselves; how to get support; and that they will not be in trouble for asking for help, at school or with the police, if an image of them has been shared.',
				lessons: ['if-it-happens', 'helping-a-friend'],
			},
			{
				area: 'RSE: Being safe',
				reference: '2025 guidance, Being safe (secondary), items 2, 3, 11 and 16',
				outcome:
					'How to recognise and resist pressure; how to judge whether someone is trustworthy and report concerns about others; exploitative harms, including grooming, sexual exploitation and financial exploitation; and where to seek support and report abuse.',
				lessons: ['fake-profiles', 'too-good-to-be-true', 'if-it-happens', 'helping-a-friend'],
			},
			{
				area: 'Health education: Personal safety',
				reference: '2025 guidance, Personal safety (secondary), item 6',
				outcome:
					'The risks and signs that they may be at risk of grooming or exploitation, and how to seek help when there is a concern.',
				lessons: ['fake-profiles', 'too-good-to-be-true', 'if-it-happens', 'helping-a-friend'],
			},
			{
				area: 'Health education: Wellbeing online',
				reference: '2025 guidance, Wellbeing online (secondary), item 3',
				outcome:
					'How to recognise harmful behaviour online, including abuse and harassment, and how to report it or find support if they are affected.',
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
