// Over 300 lines on purpose: content, not logic: both audiences' kit side by side, each piece of
// advice next to its source ids, the parts both share (myths, how it unfolds, the steps) written
// once, and the sources only the kit cites (kitSources).
import type { Source } from '../schemas/source.ts';
import {
	ceopBlackmailSource,
	collegePoliceSource,
	iwf2023Source,
	ncaBoysSource,
	ncaWarningSource,
	niHubSource,
	norfolkSource,
	reportRemoveSource,
	sicSextortionSource,
} from './shared-sources.ts';

/**
 * What a teacher or trainer needs around the lesson itself (issue #17, item 3): the check with the
 * designated safeguarding lead (forces: unit welfare) before it, the anonymous question box, the
 * closing distancing activity and plenary, adapting it for the group (differentiation, SEND, EAL),
 * and the subject knowledge to teach it with confidence. Written once here, per audience, every
 * piece of advice with its sources (content brief §1); src/data/teaching.ts joins it to the rest of
 * the pack's guidance, and the pack page and presenter mode render it.
 */

/** A piece of guidance and the ids of the sources (in the pack's `teachingSources`) behind it. */
export interface Guidance {
	text: string;
	sources: readonly string[];
}

/** A titled list of guidance, as one part of the pack shows it. */
export interface GuidanceGroup {
	/** The part's id on the page, unique in the pack (`knowledge-law`). */
	id: string;
	heading: string;
	items: readonly Guidance[];
	/** Steps to take in order (a numbered list). */
	ordered?: boolean;
}

/** A common belief (the pack prints it in quotes, as what people say), what is true instead, and the sources for the fact. */
export interface Myth {
	myth: string;
	fact: string;
	sources: readonly string[];
}

/** The subject knowledge of a pack: what the teacher or trainer should know before teaching it. */
export interface SubjectKnowledge {
	/** Why it is worth ten minutes, in one line. */
	lead: string;
	sections: readonly GuidanceGroup[];
	myths: readonly Myth[];
	/** Figures, each with who counted, what and when, from the content brief's statistics only. */
	figures: readonly Guidance[];
}

/** What surrounds the lesson, for one audience. */
export interface TeachingKit {
	/** The check before the lesson with the DSL (forces: the unit's welfare staff). */
	preLesson: readonly Guidance[];
	/** How to run the anonymous question box, in order. */
	questionBox: readonly Guidance[];
	/** The closing distancing activity and plenary, in order. */
	closing: readonly Guidance[];
	/** Differentiation, SEND and EAL (forces: learning needs, and English as a second language). */
	adapting: readonly GuidanceGroup[];
	knowledge: SubjectKnowledge;
}

const accessed = '2026-12-06';

/** The sources the kit cites that the rest of the pack's guidance does not. */
export const kitSources: readonly Source[] = [
	{
		id: 'kcsie',
		title: 'Keeping children safe in education',
		publisher: 'Department for Education (GOV.UK)',
		url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
		accessed,
	},
	{
		id: 'pshe-send',
		title: 'How to plan a PSHE curriculum for pupils with SEND',
		publisher: 'PSHE Association',
		url: 'https://pshe-association.org.uk/news/news-and-blog/blog-entry/how-plan-pshe-curriculum-pupils-send',
		accessed,
	},
	{
		id: 'bell-vocab',
		title: 'Great ideas: building vocabulary',
		publisher: 'The Bell Foundation',
		url: 'https://www.bell-foundation.org.uk/resources/great-ideas/building-vocabulary/',
		accessed,
	},
	ncaWarningSource,
	sicSextortionSource,
	iwf2023Source,
	ncaBoysSource,
	collegePoliceSource,
	niHubSource,
	norfolkSource,
	reportRemoveSource,
	ceopBlackmailSource,
	{
		id: 'rph-sextortion',
		title: 'Sextortion and webcam blackmail',
		publisher: 'Revenge Porn Helpline (SWGfL)',
		url: 'https://revengepornhelpline.org.uk/information-and-advice/need-help-and-advice/sextortion-and-webcam-blackmail/',
		accessed: '2026-11-23',
	},
	{
		id: 'rph-2021',
		title: 'Revenge Porn Helpline cases and trends of 2021',
		publisher: 'Revenge Porn Helpline (SWGfL)',
		url: 'https://revengepornhelpline.org.uk/resources/helpline-research-and-reports/revenge-porn-helpline-cases-and-trends-of-2021',
		accessed: '2026-11-23',
	},
	{
		id: 'rph-nca-2024',
		title:
			'Revenge Porn Helpline and National Crime Agency release new guidance to help tackle sextortion',
		publisher: 'Revenge Porn Helpline (SWGfL)',
		url: 'https://revengepornhelpline.org.uk/news/revenge-porn-helpline-and-national-crime-agency-release-new-guidance-to-help-tackle-sextortion',
		accessed: '2026-11-23',
	},
	{
		id: 'nca-2018',
		title: 'Record numbers of UK men fall victim to sextortion gangs (24 May 2018)',
		publisher: 'National Crime Agency',
		url: 'https://www.nationalcrimeagency.gov.uk/news/record-numbers-of-uk-men-fall-victim-to-sextortion-gangs',
		accessed: '2026-11-23',
	},
	{
		id: 'stopncii',
		title: 'FAQ',
		publisher: 'StopNCII.org (SWGfL)',
		url: 'https://stopncii.org/faq/',
		accessed: '2026-11-23',
	},
	{
		id: 'usaf-sextortion',
		title: "Sextortion: don't become victims",
		publisher: '15th Air Force, US Air Force',
		url: 'https://www.15af.acc.af.mil/News/Article/1048941/sextortion-dont-become-victims/',
		accessed: '2026-11-23',
	},
	{
		id: 'ncsc-email',
		title: "NCSC's advice in response to the increase in sextortion scams",
		publisher: 'National Cyber Security Centre (via WiredGov)',
		url: 'https://www.wired-gov.net/wg/news.nsf/articles/NCSCs+advice+in+response+to+the+increase+in+sextortion+scams+02112018121500?open',
		accessed: '2026-11-23',
	},
	{
		id: 'shame-scam',
		title: 'Email scam plays on shame to steal your cash',
		publisher: 'Kingsbridge Today',
		url: 'https://www.kingsbridge-today.co.uk/news/email-scam-plays-on-shame-to-steal-your-cash-793382',
		accessed: '2026-11-23',
	},
];

/** Myths both audiences meet, in the same words. */
const sharedMyths: readonly Myth[] = [
	{
		myth: 'Paying makes it go away.',
		fact: 'There is no guarantee it stops, and they will likely ask for more. It is never too late to get help, even after paying: don\u2019t pay anything more.',
		sources: ['cios'],
	},
	{
		myth: 'Deleting everything is the safest thing to do.',
		fact: 'The messages are evidence. Save screenshots first (never of the image itself), then suspend accounts rather than delete them, so the police can get the data.',
		sources: ['cios', 'police-confidence'],
	},
	{
		myth: 'They will definitely share the image.',
		fact: 'Threats are often empty, but sometimes carried out, so get help and report it either way. Some images are not even real: they are faked, and the steps are the same.',
		sources: ['ceop-blackmail', 'nca-warning'],
	},
];

/** The subject-knowledge section shared by both audiences: how it unfolds, in order. */
const unfolds = (threat: string, threatSources: readonly string[]): GuidanceGroup => ({
	id: 'knowledge-unfolds',
	heading: 'How it usually unfolds',
	ordered: true,
	items: [
		{
			text: 'A friendly contact: a new account that seems to be a young person, often an attractive girl or young woman, or a message from a friend\u2019s account that has been hacked.',
			sources: ['hwb-fmse', 'sic-sextortion'],
		},
		{
			text: 'It moves fast: flattery, sexual talk, a push to move to a private app, an image sent "first" and a request for one back.',
			sources: ['hwb-fmse', 'sic-sextortion'],
		},
		{ text: threat, sources: threatSources },
		{
			text: 'Pressure: short deadlines and repeated demands. A blackmail demand can come within an hour of the first message.',
			sources: ['nca-warning', 'cios'],
		},
	],
});

/** The steps, and why, in the words of both audiences. */
const whySteps = (report: Guidance): GuidanceGroup => ({
	id: 'knowledge-steps',
	heading: 'Don\u2019t pay, don\u2019t delete, report: and why',
	ordered: true,
	items: [
		{
			text: 'Don\u2019t pay, or don\u2019t pay anything more: there is no guarantee it stops, and once they know someone will pay they will likely ask for more.',
			sources: ['cios'],
		},
		{
			text: 'Stop replying: a reply tells them someone might pay. Block the account once the evidence is saved.',
			sources: ['norfolk'],
		},
		{
			text: 'Don\u2019t delete: screenshot the messages, usernames, web addresses and payment details, never the image itself. Suspend accounts rather than delete them, so the police can get the data.',
			sources: ['cios', 'police-confidence', 'college-police'],
		},
		report,
	],
});

/** The kit for each audience that has a pack (self-paced adults have none). */
export const teachingKit: Readonly<Record<'school' | 'forces', TeachingKit>> = {
	school: {
		preLesson: [
			{
				text: 'A few days before, ask your designated safeguarding lead (DSL; in Wales, the designated senior person) and pastoral staff whether any pupil in the class is known to be affected by online blackmail, image sharing or abuse, now or in the past, or is thought to be at risk. Ask for what you need to plan the lesson, not for the details.',
				sources: ['kcsie', 'pshe-sensitive', 'pshe-mental-health'],
			},
			{
				text: 'For a pupil who may be affected, agree with the DSL how to prepare them: usually a quiet word beforehand, from someone they trust, about what the lesson covers, and that they can sit near the door, step out, or talk to someone afterwards.',
				sources: ['pshe-mental-health', 'pshe-sensitive'],
			},
			{
				text: 'Never single anyone out in the lesson: no looks, no seating change others would notice, no questions aimed at them. Offer the same choices to everyone: pass, step out, talk afterwards.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Agree where a pupil who steps out goes, and who checks on them: a named adult and a quiet place, not an empty corridor.',
				sources: ['pshe-mental-health'],
			},
			{
				text: 'Check that the DSL or a deputy is on site during and after the lesson, in case someone tells you something. If the check raises a new worry about a pupil, pass it to the DSL the same day.',
				sources: ['kcsie', 'ukcis'],
			},
		],
		questionBox: [
			{
				text: 'Introduce the question box with the ground rules: anyone can write a question about the topic, with no name on it, and you will answer the questions next lesson.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Give everyone a slip, and ask everyone to put one in the box at the end, even if it is blank or says "no question", so that nobody stands out for writing.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Read the slips after the lesson, on your own, never in front of the class.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Answer them at the start of the next lesson, to the whole class, about people in general, never about who might have asked. A question that is too personal or not right for the class: say you have seen it, and follow it up in private if you can.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'A slip that suggests a pupil is being harmed or is at risk is a disclosure: take it to the DSL the same day, even with no name on it. Keep the slip, and do not try to find out who wrote it yourself.',
				sources: ['kcsie', 'ukcis'],
			},
		],
		closing: [
			{
				text: 'Step out of the stories: ask about a character one last time, in the third person. "What would you tell Zac now?" "Who could Zac and Ethan tell tonight?" Nobody is asked what they would do themselves.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Then say clearly that the stories are over: the characters are made up, and we are back in our own classroom.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Plenary: the end point shows what the class now knows, compared with the baseline. Then ask each pupil to write down one thing anyone in the stories could do, and one place anyone can get help. They keep the note: nobody reads theirs out or hands it in, and it never goes in the question box.',
				sources: ['pshe-sensitive', 'ceop-principles'],
			},
			{
				text: 'Say again where help is: show the help slide, name the DSL and who else pupils can talk to in school, and say that they will not be in trouble for getting help, and that it is never too late, even after paying.',
				sources: ['hwb-fmse', 'ceop-help', 'cios'],
			},
			{
				text: 'End calmly, not on the hardest story: a few quiet minutes or a change of task before the bell. Leave the help slide up as pupils leave, and stay in the room for anyone who wants a word.',
				sources: ['pshe-mental-health', 'hwb-fmse'],
			},
		],
		adapting: [
			{
				id: 'adapting-all',
				heading: 'For every class',
				items: [
					{
						text: 'Read the stories and chats aloud, and stop at each choice. Pupils can answer on paper, in pairs or on their own device: the activities work the same way.',
						sources: ['pshe-mental-health', 'pshe-sensitive'],
					},
					{
						text: 'Use the one-page handout as the simpler version: the lesson\u2019s key messages in plain words, with the help lines, to keep on the desk and take home.',
						sources: ['pshe-send'],
					},
					{
						text: 'To stretch a confident class, ask "why" of each step (why does the blackmailer rush, why does a reply help them), and keep every question about the characters.',
						sources: ['ceop-principles', 'pshe-sensitive'],
					},
				],
			},
			{
				id: 'adapting-send',
				heading: 'Pupils with special educational needs and disabilities (SEND)',
				items: [
					{
						text: 'Young people with SEND can be more at risk of abuse and exploitation, online as well as offline. Make the main messages concrete and repeat them: don\u2019t pay, save the evidence, tell an adult.',
						sources: ['pshe-send'],
					},
					{
						text: 'Pre-teach the key words the lesson before, each with a picture: screenshot, block, report, private app, blackmail, CEOP. Keep them on display as a word mat.',
						sources: ['bell-vocab', 'pshe-send'],
					},
					{
						text: 'Plan an extra adult in the room, such as a teaching assistant who knows the pupils, and a quiet space with a named adult for anyone who needs a break.',
						sources: ['pshe-mental-health'],
					},
					{
						text: 'Allow more time: the session can run over two lessons, with the ground rules and the help slide at the start and end of each.',
						sources: ['pshe-send', 'hwb-fmse'],
					},
					{
						text: 'Say plainly, at the start and at the end, that the characters are made up: some pupils take stories literally.',
						sources: ['pshe-sensitive'],
					},
				],
			},
			{
				id: 'adapting-eal',
				heading: 'Pupils learning English as an additional language (EAL)',
				items: [
					{
						text: 'Give the key words and phrases the lesson before, with pictures, and time to look them up in a bilingual dictionary or have them translated: screenshot, block, report, blackmail, "not your fault".',
						sources: ['bell-vocab'],
					},
					{
						text: 'Do the same for the help slide\u2019s words (help, report, CEOP, Childline), so a pupil knows where help is even if the lesson moves fast. Go through the handout\u2019s help box together.',
						sources: ['bell-vocab', 'hwb-fmse'],
					},
					{
						text: 'Read the chats aloud and leave time after each message. Visual supports, such as the word mat on display, help pupils follow.',
						sources: ['bell-vocab'],
					},
				],
			},
		],
		knowledge: {
			lead: 'Ten minutes\u2019 reading, so that you can answer questions calmly and accurately. Facts only from the sources listed; figures with who counted them and when.',
			sections: [
				{
					id: 'knowledge-what',
					heading: 'What sextortion is',
					items: [
						{
							text: 'Sextortion is blackmail: someone threatens to share nude or sexual images of a young person unless they pay money or send more images. It is a crime, for the police.',
							sources: ['hwb-sextortion', 'hwb-fmse'],
						},
						{
							text: 'It is usually done by criminal gangs, often abroad, who want money.',
							sources: ['hwb-fmse'],
						},
						{
							text: 'Some images are not real: they are faked, for example with AI. The advice is the same.',
							sources: ['nca-warning'],
						},
					],
				},
				unfolds(
					'The threat: pay, often in gift cards, or the image goes to friends and family, whose names the blackmailer has copied from the followers or friends list.',
					['hwb-fmse', 'rph-sextortion'],
				),
				{
					id: 'knowledge-who',
					heading: 'Who is targeted',
					items: [
						{
							text: 'Anyone, of any age or gender. Many of the young people targeted are boys aged 14 to 18.',
							sources: ['hwb-fmse', 'iwf-2023'],
						},
						{
							text: 'Being tricked is never their fault: young people are tricked, groomed or manipulated by people who do this on purpose.',
							sources: ['cios', 'hwb-sextortion'],
						},
					],
				},
				{
					id: 'knowledge-shame',
					heading: 'Why shame keeps them silent',
					items: [
						{
							text: 'These scams play on shame: the blackmailer wants the young person too embarrassed to tell anyone, and afraid of being blamed or in trouble. Silence keeps them paying.',
							sources: ['shame-scam', 'hwb-sextortion'],
						},
						{
							text: 'Many boys do not know how to report it. So the words that help most are the ones the lesson repeats: "It\u2019s not your fault", "You won\u2019t be in trouble for getting help", and "It\u2019s never too late".',
							sources: ['nca-boys', 'ceop-help', 'cios'],
						},
					],
				},
				{
					id: 'knowledge-law',
					heading: 'The law, in plain words',
					items: [
						{
							text: 'Taking, making, having or sharing a nude or semi-nude image of anyone under 18 is illegal, even of yourself and even with agreement.',
							sources: ['college-police'],
						},
						{
							text: 'An adult who asks a child for an image, or blackmails them, is committing child sexual abuse: the DSL goes to the police urgently.',
							sources: ['ukcis'],
						},
						{
							text: 'The law protects young people: a young person whose image is shared is the victim of a crime. In England and Wales, the police can record an incident without criminalising a child where that is not in the public interest ("Outcome 21"); the police in Northern Ireland do not use it.',
							sources: ['ni-hub', 'college-police'],
						},
						{
							text: 'Your duty: pass any worry about a pupil to the DSL at once. Staff never view, copy, share or request an image, which would be illegal; in England, only the DSL may view one, and only in exceptional cases.',
							sources: ['kcsie', 'ukcis'],
						},
					],
				},
				whySteps({
					text: 'Report: under 18, to CEOP or the police, with a trusted adult. Report Remove, from Childline and the Internet Watch Foundation, helps under-18s get an image taken down.',
					sources: ['ceop-help', 'report-remove'],
				}),
			],
			myths: [
				{
					myth: 'It only happens to girls.',
					fact: 'Most young people reported as blackmailed in this way are boys: 91% of the child sextortion reports the Internet Watch Foundation confirmed in 2023.',
					sources: ['iwf-2023'],
				},
				{
					myth: 'If they sent an image, it is their own fault, and they will be in trouble.',
					fact: 'The blame belongs to the criminal. A young person whose image is shared is the victim of a crime, and young people will not be in trouble for getting help.',
					sources: ['hwb-sextortion', 'ni-hub', 'ceop-help'],
				},
				...sharedMyths,
			],
			figures: [
				{
					text: 'Internet Watch Foundation, 2023: 176 confirmed reports of child sextortion; 91% were about boys, and 60% were aged 16 or 17.',
					sources: ['iwf-2023'],
				},
				{
					text: 'National Crime Agency, March 2025: CEOP received 380 reports of sextortion in 2024; police received an average of 117 a month from under-18s (January to May 2024); 73% of boys were unaware how to report it.',
					sources: ['nca-boys'],
				},
				{
					text: 'Revenge Porn Helpline, 2021: 1,124 cases of sextortion; in 88% of them, the person targeted was male.',
					sources: ['rph-2021'],
				},
				{
					text: 'National Center for Missing & Exploited Children (US), worldwide, as the National Crime Agency quoted it in April 2024: 10,731 reports in 2022, and 26,718 in 2023.',
					sources: ['nca-warning'],
				},
			],
		},
	},
	forces: {
		preLesson: [
			{
				text: 'Before the session, tell your unit\u2019s welfare staff (Army: the unit welfare officer; Naval Service: the Divisional Officer; RAF: station welfare staff) when you will run it and what it covers, so they can prepare anyone they support who may be affected by online blackmail or image sharing, now or in the past. You do not need to know who: an adult\u2019s welfare matters stay with welfare staff unless they choose to tell you.',
				sources: ['army-welfare', 'rn-welfare', 'raf-ssafa', 'pshe-sensitive'],
			},
			{
				text: 'Welfare staff prepare anyone who may be affected: usually a quiet word beforehand, from someone they trust, about what the session covers, and that they can sit near the door, step out, or talk to someone afterwards.',
				sources: ['pshe-mental-health', 'pshe-sensitive'],
			},
			{
				text: 'Never single anyone out in the session: no looks, no remarks in front of the group, no questions aimed at them. Offer the same choices to everyone: pass, step out, talk afterwards.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Agree where anyone who steps out goes, and who checks on them: a named person, such as the welfare officer or the padre.',
				sources: ['army-welfare', 'rn-welfare'],
			},
			{
				text: 'For recruits under 18, check with your unit\u2019s safeguarding lead too, under the safeguarding rules for children (JSP 834, Volume 1).',
				sources: ['jsp834'],
			},
			{
				text: 'Check that a welfare officer or the padre can be reached during and after the session, and name them at the start.',
				sources: ['army-welfare'],
			},
		],
		questionBox: [
			{
				text: 'Introduce the question box with the ground rules: anyone can write a question about the topic, with no name on it, and you will answer the questions at the next session or briefing.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Give everyone a slip, and ask everyone to put one in the box at the end, even if it is blank or says "no question", so that nobody stands out for writing.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Say at the start what you would have to pass on: a safeguarding worry, such as a risk of serious harm, goes to welfare staff, even from an unsigned slip.',
				sources: ['jsp834', 'nff-confidentiality'],
			},
			{
				text: 'Read the slips after the session, on your own, never in front of the group. Answer them to the whole group, about people in general, never about who might have asked.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'A slip that suggests someone is being blackmailed or is at risk: take it to the unit welfare officer the same day (for a recruit under 18, your unit\u2019s safeguarding lead too). Keep the slip, and do not try to find out who wrote it yourself.',
				sources: ['army-welfare', 'jsp834'],
			},
		],
		closing: [
			{
				text: 'Step out of the stories: ask about a character one last time, in the third person. "What would you tell Alex now?" "What should Alex\u2019s mate do tonight?" Nobody is asked what they would do themselves.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Then say clearly that the stories are over: the characters are made up, and we are back in this room.',
				sources: ['pshe-sensitive'],
			},
			{
				text: 'Plenary: the end point shows what the group now knows, compared with the baseline. Then ask each trainee to write down one thing anyone in the stories could do, and one place anyone can get help. They keep the note: nobody reads theirs out or hands it in, and it never goes in the question box.',
				sources: ['pshe-sensitive', 'ceop-principles'],
			},
			{
				text: 'Say again where help is: show the help slide, name the welfare officer and the padre, and SSAFA\u2019s Forcesline outside the chain of command. Say that telling someone early takes away the blackmailer\u2019s leverage, and that it is never too late, even after paying.',
				sources: ['army-welfare', 'ssafa', 'vetting', 'cios'],
			},
			{
				text: 'End calmly, not on the hardest story. Leave the help slide up as the group leaves, and stay for anyone who wants a word.',
				sources: ['pshe-mental-health', 'hwb-fmse'],
			},
		],
		adapting: [
			{
				id: 'adapting-all',
				heading: 'For every group',
				items: [
					{
						text: 'Read the stories and chats aloud, and stop at each choice. Trainees can answer on paper, in pairs or on their own device: the activities work the same way.',
						sources: ['pshe-mental-health', 'pshe-sensitive'],
					},
					{
						text: 'Use the one-page handout as the simpler version: the key messages in plain words, with the help lines, to keep and take away.',
						sources: ['pshe-send'],
					},
					{
						text: 'To stretch an experienced group, ask "why" of each step (why does the blackmailer rush, why does secrecy help them), and keep every question about the characters.',
						sources: ['ceop-principles', 'vetting'],
					},
				],
			},
			{
				id: 'adapting-send',
				heading: 'Trainees with learning needs (such as dyslexia)',
				items: [
					{
						text: 'Pre-teach the key words before the session, each with a picture: screenshot, block, report, private app, blackmail, leverage. Keep them on display.',
						sources: ['bell-vocab', 'pshe-send'],
					},
					{
						text: 'Make the main messages concrete and repeat them: don\u2019t pay, save the evidence, tell someone early.',
						sources: ['pshe-send', 'vetting'],
					},
					{
						text: 'Allow more time, or split the session in two, with the ground rules and the help slide at the start and end of each. A second staff member in the room, and a quiet place with a named person, help anyone who needs a break.',
						sources: ['pshe-send', 'pshe-mental-health'],
					},
				],
			},
			{
				id: 'adapting-eal',
				heading: 'Trainees whose first language is not English',
				items: [
					{
						text: 'Give the key words and phrases before the session, with pictures, and time to look them up or have them translated: screenshot, block, report, blackmail, "not your fault", chain of command.',
						sources: ['bell-vocab'],
					},
					{
						text: 'Do the same for the help slide\u2019s words (police, welfare officer, padre, Forcesline), so everyone knows where help is even if the session moves fast. Go through the handout\u2019s help box together.',
						sources: ['bell-vocab', 'army-welfare'],
					},
					{
						text: 'Read the chats aloud and leave time after each message.',
						sources: ['bell-vocab'],
					},
				],
			},
		],
		knowledge: {
			lead: 'Ten minutes\u2019 reading, so that you can answer questions calmly and accurately. Facts only from the sources listed; figures with who counted them and when.',
			sections: [
				{
					id: 'knowledge-what',
					heading: 'What sextortion is',
					items: [
						{
							text: 'Sextortion is blackmail: someone threatens to share nude or sexual images of a person unless they pay money or send more images. It is a crime, for the police.',
							sources: ['hwb-sextortion', 'hwb-fmse'],
						},
						{
							text: 'It is usually done by criminal gangs, often abroad, who want money.',
							sources: ['hwb-fmse'],
						},
						{
							text: 'Some images are not real: they are faked, for example with AI. The advice is the same.',
							sources: ['nca-warning'],
						},
						{
							text: 'A "hacked webcam" email quoting an old password is a guess, not blackmail with real images: don\u2019t reply or pay; report it and change the password.',
							sources: ['ncsc-email'],
						},
					],
				},
				unfolds(
					'The threat: pay, or the image goes to friends, family or the unit ("your sergeant sees it"). Blackmailers copy names from followers lists, and use fear about the job as leverage.',
					['rph-sextortion', 'usaf-sextortion'],
				),
				{
					id: 'knowledge-who',
					heading: 'Who is targeted, and why service personnel',
					items: [
						{
							text: 'The National Crime Agency has warned that an increasing number of British Armed Forces personnel are targeted. Men aged 17 to 25 are among those most at risk.',
							sources: ['nca-2018'],
						},
						{
							text: 'US Air Force investigators list why service personnel are targeted: often away from home, on social media, with steady pay, high standards of conduct, and security clearances a blackmailer can use as leverage.',
							sources: ['usaf-sextortion'],
						},
						{
							text: 'Being tricked is never their fault: these are organised criminals who do it on purpose.',
							sources: ['cios', 'rph-sextortion'],
						},
					],
				},
				{
					id: 'knowledge-shame',
					heading: 'Why shame and secrecy keep them silent',
					items: [
						{
							text: 'These scams play on shame, and on fear for a career: the blackmailer wants the person too embarrassed or worried to tell anyone. Secrecy is their leverage.',
							sources: ['shame-scam', 'usaf-sextortion'],
						},
						{
							text: 'Secrecy is the blackmailer\u2019s leverage, and telling someone early takes it away. Security clearances stay under review. Nobody can promise an outcome, but the police deal with reports in confidence.',
							sources: ['vetting', 'police-confidence'],
						},
					],
				},
				{
					id: 'knowledge-law',
					heading: 'The law and your duty, in plain words',
					items: [
						{
							text: 'Blackmail is a crime, for the police, whatever was sent. The person blackmailed is the victim.',
							sources: ['hwb-sextortion', 'police-confidence'],
						},
						{
							text: 'For recruits under 18: a nude or semi-nude image of anyone under 18 is illegal to take, make, have or share. If an adult is involved it is child sexual abuse, for the police urgently; the route is CEOP or the police, and the recruit will not be in trouble for getting help.',
							sources: ['college-police', 'ukcis', 'ceop-help'],
						},
						{
							text: 'Your duty: safeguarding is a duty of the chain of command, so a trainer must pass on a safeguarding worry. Staff never view, copy, share or request an image.',
							sources: ['jsp834', 'ukcis'],
						},
					],
				},
				whySteps({
					text: 'Report: to the police, and to the unit welfare officer, padre or chain of command; SSAFA\u2019s Forcesline is outside it. Under 18: CEOP, and Report Remove to get an image taken down. 18 and over: StopNCII.org helps stop an image being shared, and the Revenge Porn Helpline gives advice.',
					sources: [
						'police-confidence',
						'army-welfare',
						'ssafa',
						'ceop-help',
						'report-remove',
						'stopncii',
						'rph-sextortion',
					],
				}),
			],
			myths: [
				{
					myth: 'It only happens to people who are naive or careless.',
					fact: 'Organised gangs target people at scale, including service personnel and men aged 17 to 25. Being tricked is not their fault.',
					sources: ['nca-2018', 'rph-sextortion'],
				},
				{
					myth: 'Telling anyone ends your career.',
					fact: 'Nobody can promise an outcome, but secrecy is what the blackmailer uses, and telling someone early takes it away. Clearances stay under review, and the police deal with reports in confidence.',
					sources: ['vetting', 'police-confidence'],
				},
				...sharedMyths,
				{
					myth: 'An email quoting your password means they have a video of you.',
					fact: 'They are guessing: the password most likely came from an old data leak, and they have no video. Don\u2019t reply or pay; report it and change the password.',
					sources: ['ncsc-email'],
				},
			],
			figures: [
				{
					text: 'National Crime Agency, 2017 (published May 2018): 1,304 cases of sextortion reported; men aged 17 to 25 and members of the armed forces were among those most at risk.',
					sources: ['nca-2018'],
				},
				{
					text: 'Revenge Porn Helpline, August 2022 to August 2024: of 127 people who contacted it about sextortion, 64% were aged 18 to 34.',
					sources: ['rph-nca-2024'],
				},
				{
					text: 'Revenge Porn Helpline, 2021: 1,124 cases of sextortion; in 88% of them, the person targeted was male.',
					sources: ['rph-2021'],
				},
				{
					text: 'National Center for Missing & Exploited Children (US), worldwide, as the National Crime Agency quoted it in April 2024: 10,731 reports in 2022, and 26,718 in 2023.',
					sources: ['nca-warning'],
				},
			],
		},
	},
};
