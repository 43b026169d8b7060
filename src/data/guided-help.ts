// Over 300 lines on purpose: content, not logic: the guided help's questions, sources, steps and
// help lines, whose ids and conditions are typed from one another (`as const`) and read as one
// table; the choosing is src/lib/guided-help/steps.ts.
import type { Source } from '../schemas/source.ts';
import { helplineById } from './helplines.ts';
import {
	ceopBlackmailSource,
	ceopHelpSource,
	childlineSource,
	ciosSource,
	ncaWarningSource,
	norfolkSource,
	papyrusSource,
	policeAlertSource,
	reportRemoveSource,
	samaritansSource,
	takeItDownSource,
} from './shared-sources.ts';

/**
 * "Get help now, step by step" (issue #15): a few questions, one at a time, for someone it is
 * happening to now, and the rules that pick the steps and the help lines for their answers. Every
 * step cites its sources (all of them sources the lessons cite, with the same address), and phone
 * numbers come from the one helpline table. Pages render from here; the choice is made by the pure
 * function `guidedSteps` (src/lib/guided-help/steps.ts), and in the browser by the same
 * `selectGuided` over the rules the page carries. Nothing here is stored anywhere.
 */

/** The answer everyone can give to every question. It leads to safe, general steps. */
export const RATHER_NOT_SAY = 'skip';

/** One question, its own answers (the page adds "I'd rather not say" to each). */
export interface GuidedQuestion {
	id: string;
	/** The question, short and plain. */
	question: string;
	/** What it asks, in a word or two, before the answer in "You said" on the result ("Age"). */
	topic: string;
	/** A line under the question, when it helps to answer. */
	hint?: string;
	options: readonly { value: string; label: string }[];
}

/** The questions, in the order they are asked. */
export const guidedQuestions = [
	{
		id: 'safe',
		question: 'Are you safe right now?',
		topic: 'Safe right now',
		hint: 'If you are in danger, or thinking about ending your life, we will show you who to call first.',
		options: [
			{ value: 'yes', label: 'Yes, I am safe right now' },
			{ value: 'no', label: 'No, I am in danger, or thinking about ending my life' },
		],
	},
	{
		id: 'age',
		question: 'How old are you?',
		topic: 'Age',
		hint: 'Some services are for under 18s, some for adults.',
		options: [
			{ value: 'under18', label: 'Under 18' },
			{ value: 'adult', label: '18 or over' },
		],
	},
	{
		id: 'paid',
		question: 'Have you paid them anything?',
		topic: 'Paid them',
		hint: 'Money, gift cards or anything else. It is not too late either way.',
		options: [
			{ value: 'yes', label: 'Yes, I have paid' },
			{ value: 'no', label: 'No, I have not paid' },
		],
	},
	{
		id: 'shared',
		question: 'Have they shared anything, or do you think they have?',
		topic: 'Shared anything',
		options: [
			{ value: 'yes', label: 'Yes, or I think so' },
			{ value: 'no', label: 'No, not that I know of' },
		],
	},
	{
		id: 'forces',
		question: 'Do you serve in the armed forces?',
		topic: 'In the forces',
		hint: 'This includes recruits in training.',
		options: [
			{ value: 'yes', label: 'Yes, I serve in the forces' },
			{ value: 'no', label: 'No' },
		],
	},
] as const satisfies readonly GuidedQuestion[];

/** The id of a question. */
export type GuidedQuestionId = (typeof guidedQuestions)[number]['id'];

/** The answers a question takes: its own, or "I'd rather not say". */
export type GuidedAnswerOf<Q extends GuidedQuestionId> =
	| Extract<(typeof guidedQuestions)[number], { id: Q }>['options'][number]['value']
	| typeof RATHER_NOT_SAY;

/** What a person has answered so far. A question not answered counts as "I'd rather not say". */
export type GuidedAnswers = { readonly [Q in GuidedQuestionId]?: GuidedAnswerOf<Q> };

/**
 * When a step or a line applies: for each question named, the answers it applies to (every
 * question named must match). No condition: it applies to everyone.
 */
export type GuidedCondition = { readonly [Q in GuidedQuestionId]?: readonly GuidedAnswerOf<Q>[] };

const accessed = '2026-11-23';
const accessedLater = '2026-12-06';

/** Every source the steps cite: each one a source a lesson cites, at the same address. */
export const guidedSources = [
	ncaWarningSource,
	ciosSource,
	policeAlertSource,
	norfolkSource,
	ceopBlackmailSource,
	ceopHelpSource,
	reportRemoveSource,
	takeItDownSource,
	{
		id: 'stopncii',
		title: 'FAQ',
		publisher: 'StopNCII.org (SWGfL)',
		url: 'https://stopncii.org/faq/',
		accessed,
	},
	{
		id: 'rph',
		title: 'Sextortion and webcam blackmail',
		publisher: 'Revenge Porn Helpline (SWGfL)',
		url: 'https://revengepornhelpline.org.uk/information-and-advice/need-help-and-advice/sextortion-and-webcam-blackmail/',
		accessed,
	},
	samaritansSource,
	papyrusSource,
	childlineSource,
	{
		id: 'army-welfare',
		title: 'Welfare (Army health and welfare)',
		publisher: 'Discover My Benefits (Ministry of Defence)',
		url: 'https://discovermybenefits.mod.gov.uk/army/health-and-welfare/welfare',
		accessed,
	},
	{
		id: 'ssafa',
		title: 'Armed forces charity helpline receives 85% increase in help requests from troops',
		publisher: 'AOL News',
		url: 'https://www.aol.co.uk/news/2016/03/27/armed-forces-charity-helpline-receives-85-increase-in-help-requests-from-troops/',
		accessed,
	},
	{
		id: 'cyber-safe',
		title: 'Sextortion: Cyber Safe advice',
		publisher: 'Cyber Safe Warwickshire (Warwickshire County Council)',
		url: 'https://www.cybersafewarwickshire.com/sextortion',
		accessed: accessedLater,
	},
	{
		id: 'childline-fakes',
		title: "What do I do if there's someone faking nudes of me?",
		publisher: 'Childline (NSPCC)',
		url: 'https://www.childline.org.uk/get-support/ask-sam/bullying-abuse-and-safety-asksam/what-do-i-do-if-theres-someone-faking-nudes-of-me-/',
		accessed: accessedLater,
	},
	{
		id: 'police-scotland',
		title: 'Online extortion (Police Scotland advice)',
		publisher: 'Central FM (with Police Scotland)',
		url: 'https://www.centralfm.co.uk/local/police-scotland-online-extortion',
		accessed: accessedLater,
	},
	{
		id: 'childline-confidential',
		title: 'Our confidentiality promise',
		publisher: 'Childline (NSPCC)',
		url: 'https://www.childline.org.uk/about/confidentiality-promise/',
		accessed: accessedLater,
	},
	{
		id: 'jsp-834',
		title: 'Safeguarding (JSP 834), including Volume 1, Safeguarding children',
		publisher: 'Ministry of Defence (GOV.UK)',
		url: 'https://www.gov.uk/government/publications/safeguarding-jsp-834',
		accessed: accessedLater,
	},
	{
		id: 'nff-confidential',
		title: 'Confidentiality policy',
		publisher: 'Naval Families Federation',
		url: 'https://nff.org.uk/confidentiality-policy/',
		accessed: accessedLater,
	},
] as const satisfies readonly Source[];

/** The id of a source the steps may cite: citing any other is a type error, and fails the build. */
export type GuidedSourceId = (typeof guidedSources)[number]['id'];

/** One step of the result. */
export interface GuidedStep {
	id: string;
	/** Who it is for, said before it (also in the full list shown without JavaScript). */
	who?: string;
	/** What to do, in a few words. */
	title: string;
	/** What to do and why, in plain words. */
	text: string;
	/** The sources behind it, at least one. */
	sources: readonly GuidedSourceId[];
	/** Who it applies to; none: everyone. */
	when?: GuidedCondition;
	/**
	 * Shown only as a result of the questions: the version of a step for someone who would rather
	 * not say, which the full list already gives as its specific versions.
	 */
	onlyGuided?: boolean;
}

/** A phone number as the helpline table prints it (the `index`th phone contact of a helpline). */
function phone(id: string, index = 0): string {
	const numbers = helplineById(id).contacts.flatMap((c) => (c.kind === 'phone' ? [c.number] : []));
	const number = numbers[index];
	if (number === undefined) throw new Error(`Helpline "${id}" has no phone number ${index + 1}.`);
	return number;
}

const emergency = phone('police', 0);
const police = phone('police', 1);
const samaritans = phone('samaritans');
const childline = phone('childline');
const papyrus = phone('papyrus');

const under18 = ['under18'] as const;
const adult = ['adult'] as const;
const ageUnsaid = [RATHER_NOT_SAY] as const;
const sharedOrUnsaid = ['yes', RATHER_NOT_SAY] as const;

/**
 * Every step, in the order they are shown: the result is the steps whose condition the answers
 * meet, in this order. The steps follow the lesson "If it happens" (its table of steps, who to tell
 * and where to report) and "Forces: who to tell".
 */
export const guidedStepList = [
	{
		id: 'urgent',
		who: 'If you are in danger, or thinking about ending your life',
		title: 'Get help right now',
		text: `If you are in danger now, call ${emergency}. If someone you trust is nearby, tell them now: you do not have to be on your own with this. If you are thinking about ending your life, talk to Samaritans on ${samaritans}, free, day or night. Under 19s can call Childline on ${childline}, any time. Papyrus HOPELINE247, on ${papyrus}, supports people under 35 who have thoughts of suicide. You can come back to these steps afterwards.`,
		sources: ['cios', 'samaritans', 'childline', 'papyrus'],
		when: { safe: ['no'] },
	},
	{
		id: 'dont-panic',
		title: "Don't panic",
		text: 'Take a breath. It is not your fault: the person threatening you is the one committing a crime. The police take these reports seriously and do not judge.',
		sources: ['rph', 'police-alert'],
	},
	{
		id: 'paid',
		who: 'If you have paid',
		title: "Don't pay anything more",
		text: 'It is not too late. Once they see you can pay, they will likely ask for more. Check whether the money has been collected. If it has not, cancel the payment.',
		sources: ['cios', 'cyber-safe'],
		when: { paid: ['yes'] },
	},
	{
		id: 'dont-pay',
		who: 'If you have not paid',
		title: "Don't pay",
		text: 'There is no guarantee that paying stops it. Once they see you can pay, they will likely ask for more.',
		sources: ['cios', 'rph'],
		when: { paid: ['no'] },
	},
	{
		id: 'pay-unsaid',
		title: "Don't pay, or don't pay anything more",
		text: 'There is no guarantee that paying stops it, and it is never too late. If you have paid, check whether the money has been collected. If it has not, cancel the payment.',
		sources: ['cios', 'cyber-safe'],
		when: { paid: [RATHER_NOT_SAY] },
		onlyGuided: true,
	},
	{
		id: 'no-more',
		title: "Don't send anything more",
		text: "Don't send any more images, or anything else they ask for. Some blackmailers ask for more images instead of money.",
		sources: ['ceop-blackmail', 'cyber-safe'],
	},
	{
		id: 'evidence',
		title: 'Save the evidence',
		text: 'Take screenshots of the messages, their username, any web addresses (URLs) and any payment details. These details can help the police.',
		sources: ['cios', 'rph'],
	},
	{
		id: 'stop-contact',
		title: 'Stop replying, and block them, but keep the messages',
		text: 'Once you have saved the evidence, stop replying and block them. A reply tells them you might pay. Saving first means nothing is lost when you block.',
		sources: ['norfolk', 'rph'],
	},
	{
		id: 'suspend',
		title: "Suspend accounts, don't delete them",
		text: "If you want to leave an account, suspend (deactivate) it. Don't delete it: suspending keeps the data the police may need, and you can turn the account back on.",
		sources: ['police-alert'],
	},
	{
		id: 'report-under18',
		who: 'If you are under 18',
		title: 'Tell a trusted adult, and report it today',
		text: `Tell a parent, carer or teacher today. Report it to CEOP, the National Crime Agency's team for under-18s, or call the police on ${police}. You won't be in trouble for getting help. You can do this first, before any other step.`,
		sources: ['cios', 'ceop-blackmail', 'ceop-help'],
		when: { age: under18, forces: ['no', RATHER_NOT_SAY] },
	},
	{
		id: 'report-under18-forces',
		who: 'If you are under 18 and serve in the forces',
		title: 'Tell an adult you trust, and report it today',
		text: `Tell your welfare staff, the padre, or a parent or carer today. Report it to CEOP, the National Crime Agency's team for under-18s, or call the police on ${police}. You won't be in trouble for getting help. You can do this first, before any other step.`,
		sources: ['army-welfare', 'ceop-blackmail', 'ceop-help'],
		when: { age: under18, forces: ['yes'] },
	},
	{
		id: 'report-adult',
		who: 'If you are 18 or over',
		title: 'Report it to the police',
		text: `Call the police on ${police}, or ${emergency} if you are in danger. Blackmail is a crime. Tell someone you trust too. You can do this first, before any other step.`,
		sources: ['norfolk', 'ceop-blackmail'],
		when: { age: adult },
	},
	{
		id: 'report-unsaid',
		title: 'Report it',
		text: `Under 18: tell a trusted adult today, and report it to CEOP or call the police on ${police}. You won't be in trouble for getting help. 18 or over: call the police on ${police}. In danger: ${emergency}.`,
		sources: ['cios', 'norfolk', 'ceop-help'],
		when: { age: ageUnsaid },
		onlyGuided: true,
	},
	{
		id: 'remove-under18',
		who: 'If you are under 18 and something has been shared, or might be',
		title: 'Get it taken down',
		text: 'Report Remove, from Childline and the Internet Watch Foundation, helps young people in the UK get nude images of themselves taken down, real or fake. Take It Down, at takeitdown.ncmec.org, can help with images taken when you were under 18.',
		sources: ['report-remove', 'childline-fakes', 'cios', 'take-it-down'],
		when: { age: under18, shared: sharedOrUnsaid },
	},
	{
		id: 'remove-adult',
		who: 'If you are 18 or over and something has been shared, or might be',
		title: 'Stop it being shared',
		text: 'StopNCII.org is a free tool for adults. It makes a digital fingerprint (a "hash") of the image on your own device, so that partner sites can stop it being shared, fake images too. The image never leaves your device. If an image was taken when you were under 18, use Take It Down instead, at takeitdown.ncmec.org. The Revenge Porn Helpline can give you advice.',
		sources: ['stopncii', 'take-it-down', 'rph'],
		when: { age: adult, shared: sharedOrUnsaid },
	},
	{
		id: 'remove-unsaid',
		title: 'Get it taken down, or stop it being shared',
		text: 'Under 18: Report Remove, from Childline and the Internet Watch Foundation, can get it taken down, real or fake. 18 or over: StopNCII.org, a free tool for adults, can stop it being shared on partner sites. If it was taken when you were under 18, Take It Down, at takeitdown.ncmec.org, can help, whatever your age now.',
		sources: ['report-remove', 'childline-fakes', 'stopncii', 'take-it-down'],
		when: { age: ageUnsaid, shared: sharedOrUnsaid },
		onlyGuided: true,
	},
	{
		id: 'report-account',
		who: 'If something has been shared, or might be',
		title: 'Report their account to the app or site',
		text: 'Report the account to the app or site where it happened, after you have saved the evidence.',
		sources: ['ceop-help', 'rph'],
		when: { shared: sharedOrUnsaid },
	},
	{
		id: 'forces',
		who: 'If you serve in the armed forces',
		title: 'Your routes in the forces, and what they keep private',
		text: "You can also talk to your unit welfare officer, your chain of command or the padre. In the Army, the Army Welfare Service can help too. SSAFA's Forcesline is a confidential helpline outside the chain of command. No route can promise to keep everything secret: before you give details, ask what they would have to pass on, and to whom. Nobody can promise an outcome at work, but you don't have to face it alone.",
		sources: ['army-welfare', 'ssafa', 'jsp-834', 'nff-confidential'],
		when: { forces: ['yes'], age: ['adult', RATHER_NOT_SAY] },
	},
	{
		id: 'forces-under18',
		who: 'If you serve in the armed forces and are under 18',
		title: 'In the forces, under 18',
		text: 'There are safeguarding rules for everyone under 18 in the forces, so your trainers must pass on what you tell them to the people whose job is to protect you. Childline keeps what you say private unless it is really worried about your safety.',
		sources: ['army-welfare', 'jsp-834', 'childline-confidential'],
		when: { forces: ['yes'], age: under18 },
	},
	{
		id: 'fake',
		title: 'Even if it is fake, the steps are the same',
		text: 'Blackmailers sometimes make fake images, for example with AI, or threaten to share images that do not exist. Real or fake, the steps are the same, and blackmail is a crime either way.',
		sources: ['nca-warning', 'police-scotland', 'ceop-blackmail'],
	},
	{
		id: 'talk',
		title: 'Talk to someone today',
		text: `You don't have to deal with this alone. Talk to someone you trust, or to one of the services below. Samaritans (${samaritans}) are there for anyone, day or night; Childline (${childline}) is there for under 19s, any time.`,
		sources: ['samaritans', 'childline'],
	},
] as const satisfies readonly GuidedStep[];

/** The id of a step. */
export type GuidedStepId = (typeof guidedStepList)[number]['id'];

/**
 * Without JavaScript the page lists every step, and these link to where the steps for some people
 * start in that list (the first one that says it is for them).
 */
export const guidedJumps = [
	{ label: 'Under 18', step: 'report-under18' },
	{ label: '18 or over', step: 'report-adult' },
	{ label: 'In the armed forces', step: 'forces' },
] as const satisfies readonly { label: string; step: GuidedStepId }[];

/** A help line shown in the result, and who it is for. */
export interface GuidedLine {
	/** A helpline's id in src/data/helplines.ts. */
	helpline: string;
	when?: GuidedCondition;
	/**
	 * For someone in danger or thinking about ending their life: shown first, in this rank order
	 * (1 first). Others keep their place in the list.
	 */
	urgent?: number;
}

/** Who is not safe right now: for them the urgent step and lines come first. */
export const notSafeNow = { safe: ['no'] } as const satisfies GuidedCondition;

/** The help lines, in the order they are shown (urgent ones first for someone not safe now). */
export const guidedLines = [
	{ helpline: 'ceop', when: { age: ['under18', RATHER_NOT_SAY] } },
	{ helpline: 'childline', when: { age: ['under18', RATHER_NOT_SAY] }, urgent: 3 },
	{ helpline: 'report-remove', when: { age: ['under18', RATHER_NOT_SAY] } },
	// For images taken under 18, whatever the age now (its FAQ): no age condition. Shown with the
	// steps that name it: when something has been shared, or might be.
	{ helpline: 'take-it-down', when: { shared: sharedOrUnsaid } },
	{ helpline: 'police', urgent: 1 },
	{ helpline: 'revenge-porn-helpline', when: { age: ['adult', RATHER_NOT_SAY] } },
	{ helpline: 'stopncii', when: { age: ['adult', RATHER_NOT_SAY] } },
	{ helpline: 'forces-welfare', when: { forces: ['yes'] } },
	{ helpline: 'ssafa-forcesline', when: { forces: ['yes'] } },
	{ helpline: 'samaritans', urgent: 2 },
	{ helpline: 'papyrus', urgent: 4 },
] as const satisfies readonly GuidedLine[];
