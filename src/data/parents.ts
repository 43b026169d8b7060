import type { Source } from '../schemas/source.ts';
import { helplineById } from './helplines.ts';
import {
	ceopBlackmailSource,
	collegePoliceSource,
	iwf2023Source,
	ncaBoysSource,
	niHubSource,
	sicSextortionSource,
	ceopHelpSource,
	childlineSource,
	ciosSource,
	hwbSextortionSource,
	ncaWarningSource,
	norfolkSource,
	papyrusSource,
	policeAlertSource,
	psheSensitiveSource,
	reportRemoveSource,
	samaritansSource,
	takeItDownSource,
	withdrawalSource,
} from './shared-sources.ts';

/**
 * The parent and carer pack (issue #17, item 5): the short guide on `/parents/` and the facts the
 * letter home cites. Written once here, every piece of advice with its sources (content brief §1 and
 * §4: no blame, nothing explicit, never too late, the right help lines), in plain words for any
 * parent. Phone numbers come only from src/data/helplines.ts; pages render from here.
 */

const accessed = '2026-11-23';

/** Every source the guide and the letter cite: each one from the content brief's source list. */
export const parentSources = [
	{
		id: 'hwb-fmse',
		title: 'Financially motivated sexual extortion (National Crime Agency alert)',
		publisher: 'Hwb (Welsh Government)',
		url: 'https://hwb.gov.wales/keeping-safe-online/financially-motivated-sexual-extortion',
		accessed,
	},
	hwbSextortionSource,
	ncaWarningSource,
	ciosSource,
	{
		id: 'koru',
		title: 'Parent and carers letter',
		publisher: 'Koru Education',
		url: 'https://korueducation.co.uk/parent-and-carers-letter/',
		accessed,
	},
	policeAlertSource,
	norfolkSource,
	ceopBlackmailSource,
	ceopHelpSource,
	collegePoliceSource,
	sicSextortionSource,
	{
		id: 'sic-resources',
		title: 'Sextortion resources',
		publisher: 'UK Safer Internet Centre',
		url: 'https://saferinternet.org.uk/sextortion-resources',
		accessed,
	},
	reportRemoveSource,
	takeItDownSource,
	iwf2023Source,
	niHubSource,
	childlineSource,
	samaritansSource,
	papyrusSource,
	psheSensitiveSource,
	withdrawalSource,
	ncaBoysSource,
] as const satisfies readonly Source[];

/** The id of a source the pack may cite: citing any other is a type error, and fails the build. */
export type ParentSourceId = (typeof parentSources)[number]['id'];

/** One piece of advice or one fact, and the sources behind it (at least one). */
export interface ParentAdvice {
	/** A few words in bold before the text, where a list reads better with them. */
	title?: string;
	text: string;
	sources: readonly ParentSourceId[];
}

/** One part of the guide: a heading, an optional line under it, and its advice. */
export interface ParentSection {
	/** The heading's id on the page (`#tonight`), stable for links from the letter and elsewhere. */
	id: string;
	heading: string;
	intro?: string;
	items: readonly ParentAdvice[];
	/** Steps to take in order (a numbered list). */
	ordered?: boolean;
}

/** A phone number as the helpline table prints it (the `index`th phone contact of a helpline). */
function phone(id: string, index = 0): string {
	const numbers = helplineById(id).contacts.flatMap((c) => (c.kind === 'phone' ? [c.number] : []));
	const number = numbers[index];
	if (number === undefined) throw new Error(`Helpline "${id}" has no phone number ${index + 1}.`);
	return number;
}

const police = phone('police', 0);
const policeNonEmergency = phone('police', 1);
const childline = phone('childline');
const samaritans = phone('samaritans');
const papyrus = phone('papyrus');
const nspcc = phone('nspcc');
/**
 * What the police line says of how reports are dealt with, in the help boxes' own words: never "in
 * confidence" about a child (the police usually involve a parent or carer: helplines.ts).
 */
const policeNote = helplineById('police').note ?? '';

/** The guide's opening: what matters most, said first. */
export const parentGuideLead: ParentAdvice = {
	text: 'If your child is being blackmailed online, it is not their fault, and it is never too late to get help. Stay calm, don\u2019t pay, and report it. You are not alone, and neither are they.',
	sources: ['hwb-sextortion', 'cios'],
};

/**
 * The guide, in reading order: what it is, the signs, what to say and not say, what to do tonight,
 * and how to help before anything happens. The help lines follow on the page, from the helpline
 * table ({@link parentHelplines}).
 */
export const parentGuide = [
	{
		id: 'what-it-is',
		heading: 'What sextortion is',
		items: [
			{
				text: 'Sextortion is blackmail. Someone threatens to share nude or sexual images of a young person unless they pay money or send more images. It is a crime.',
				sources: ['hwb-sextortion', 'hwb-fmse'],
			},
			{
				text: 'It is usually done by criminal gangs abroad, who want money. They target all ages and genders, but many of the young people they target are boys aged 14 to 18.',
				sources: ['hwb-fmse'],
			},
			{
				text: 'In 2023, the Internet Watch Foundation confirmed 176 reports of children blackmailed in this way. 91% of them were boys.',
				sources: ['iwf-2023'],
			},
			{
				text: 'It can happen fast: a blackmail demand can come within an hour of the first message. The images may even be fake, made with AI. The steps below are the same either way.',
				sources: ['nca-warning'],
			},
			{
				text: 'A child who is blackmailed is never to blame. They were tricked, groomed or manipulated. Under the law, a young person whose image is shared is the victim of a crime.',
				sources: ['hwb-sextortion', 'cios', 'ni-hub'],
			},
		],
	},
	{
		id: 'signs',
		heading: 'Signs to look out for',
		intro: 'Children may tell you about messages like these, or you may see them:',
		items: [
			{
				text: 'A new contact who seems to be a young person, or a message from a friend\u2019s account that may have been hacked.',
				sources: ['hwb-fmse', 'sic-sextortion'],
			},
			{
				text: 'The chat turns sexual very quickly, or the other person sends an image first and asks for one back.',
				sources: ['hwb-fmse', 'sic-sextortion'],
			},
			{
				text: 'They push to move the chat to a private app.',
				sources: ['hwb-fmse', 'sic-sextortion'],
			},
			{
				text: 'Pressure and threats: pay now, often in gift cards, or "everyone sees it". A sudden, urgent need for money or gift cards can be a sign.',
				sources: ['hwb-fmse', 'nca-warning'],
			},
		],
	},
	{
		id: 'say',
		heading: 'What to say',
		intro: 'Words that help, said calmly:',
		items: [
			{
				title: '"I\u2019m glad you told me. You did the right thing."',
				text: 'Tell them this straight away.',
				sources: ['hwb-sextortion'],
			},
			{
				title: '"It\u2019s not your fault."',
				text: 'The blame belongs to the criminal, who tricked them on purpose.',
				sources: ['hwb-sextortion', 'cios'],
			},
			{
				title: '"You\u2019re not in trouble. We\u2019ll sort this out together."',
				text: 'Young people will not be in trouble for getting help.',
				sources: ['ceop-help', 'ni-hub'],
			},
			{
				title: '"It\u2019s never too late, even if you have paid."',
				text: 'If they have paid, they should not pay anything more.',
				sources: ['cios'],
			},
		],
	},
	{
		id: 'not-say',
		heading: 'What not to say or do',
		items: [
			{
				title: 'Don\u2019t blame or question them',
				text: 'Avoid "Why did you send it?" or "How could you?". It is not their fault: the criminal is to blame.',
				sources: ['hwb-fmse', 'cios'],
			},
			{
				title: 'Don\u2019t ask to see the image, and don\u2019t save or forward it',
				text: 'Making or sharing a nude image of anyone under 18 is illegal, even to show someone.',
				sources: ['college-police'],
			},
			{
				title: 'Don\u2019t reply to the blackmailer or pay them',
				text: 'A reply tells them someone might pay. There is no guarantee paying stops it: they will likely ask for more.',
				sources: ['norfolk', 'cios'],
			},
			{
				title: 'Don\u2019t delete everything',
				text: 'The messages are evidence. Save them first, then suspend accounts rather than delete them.',
				sources: ['cios', 'police-alert'],
			},
		],
	},
	{
		id: 'tonight',
		heading: 'What to do tonight',
		intro: `If anyone is in danger now, call ${police}. Then, step by step:`,
		ordered: true,
		items: [
			{
				title: 'Don\u2019t pay, or don\u2019t pay anything more.',
				text: 'There is no guarantee paying makes it stop, and they will likely ask for more.',
				sources: ['cios'],
			},
			{
				title: 'Stop contact.',
				text: 'Stop replying, and block the account once you have saved the evidence.',
				sources: ['norfolk', 'cios'],
			},
			{
				title: 'Keep the evidence.',
				text: 'Screenshot the messages, the username, any web addresses and any payment details. Don\u2019t screenshot or save the image itself. Suspend accounts, don\u2019t delete them.',
				sources: ['cios', 'police-alert', 'college-police'],
			},
			{
				title: 'Report it.',
				text: `Report it to CEOP, the National Crime Agency\u2019s child protection team: adults worried about a child can report too. Or call the police on ${policeNonEmergency}. ${policeNote} Tell the school\u2019s safeguarding lead too, so they can support your child.`,
				sources: ['ceop-help', 'cios', 'police-alert', 'hwb-fmse'],
			},
			{
				title: 'Get images taken down.',
				text: 'If a nude image of your child has been shared, or might be, Report Remove from Childline and the Internet Watch Foundation helps under-18s get it removed. Take It Down (takeitdown.ncmec.org) can also help. And report the account to the app.',
				sources: ['report-remove', 'take-it-down', 'hwb-sextortion'],
			},
			{
				title: 'Look after them, and yourself.',
				text: `Stay close tonight. Childline (${childline}) is there for your child, any time. The NSPCC helpline (${nspcc}) is there for you. If your child talks about not wanting to live, call Samaritans (${samaritans}) or Papyrus HOPELINE247 (${papyrus}), or ${police} in an emergency.`,
				sources: ['childline', 'sic-resources', 'samaritans', 'papyrus'],
			},
		],
	},
	{
		id: 'before',
		heading: 'Before anything happens',
		items: [
			{
				text: 'Talk about it calmly, now and then. Tell your child they can always come to you, and that they will not be in trouble for getting help.',
				sources: ['ceop-help', 'cios'],
			},
			{
				text: 'Check privacy settings together, including who can see their friends list.',
				sources: ['koru'],
			},
		],
	},
] as const satisfies readonly ParentSection[];

/**
 * The help lines for parents and carers, in the order the guide shows them, each with why a parent
 * would use it. Ids of src/data/helplines.ts: the page renders each with the one Helpline component.
 */
export const parentHelplines: readonly { helpline: string; why: string }[] = [
	{ helpline: 'police', why: 'If anyone is in danger, or to report the blackmail.' },
	{ helpline: 'ceop', why: 'To report online blackmail of a child, as a worried adult.' },
	{ helpline: 'report-remove', why: 'To get a nude image of your child taken down.' },
	{ helpline: 'childline', why: 'For your child to talk to a counsellor, in confidence.' },
	{ helpline: 'nspcc', why: 'For you, if you are worried about a child.' },
	{ helpline: 'samaritans', why: 'For anyone, day or night.' },
	{ helpline: 'papyrus', why: 'If your child has thoughts of suicide.' },
];
