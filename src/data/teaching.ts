// Over 300 lines on purpose: content, not logic: the pack's safe-teaching guidance for both
// audiences, each piece next to its source ids, the shared rules written once, and the sources
// behind them (teachingSources); the rest of the kit is teaching-kit.ts.
import type { Audience } from '../schemas/audience.ts';
import type { Source } from '../schemas/source.ts';
import {
	ceopHelpSource,
	ciosSource,
	hwbSextortionSource,
	psheSensitiveSource,
	papyrusSource,
	samaritansSource,
	withdrawalSource,
} from './shared-sources.ts';
import { kitSources, teachingKit, type Guidance, type TeachingKit } from './teaching-kit.ts';

export type {
	Guidance,
	GuidanceGroup,
	Myth,
	SubjectKnowledge,
	TeachingKit,
} from './teaching-kit.ts';

/**
 * The teacher and trainer pack's guidance: ground rules, safe-teaching notes, what to do when a
 * learner tells you something, and withdrawal. Written once here, per audience, with the source of
 * every piece of advice (content brief §1). Pages read it; nothing else restates it.
 */

/**
 * The guidance for one audience's pack: the safe-teaching guidance here, and what surrounds the
 * lesson (the check before it, the question box, the close, adapting it, the subject knowledge:
 * src/data/teaching-kit.ts).
 */
export interface TeachingGuidance extends TeachingKit {
	/** Who leads the session, as the pack addresses them. */
	leader: string;
	/** Who is in the room. */
	learners: string;
	groundRules: readonly Guidance[];
	safeTeaching: readonly Guidance[];
	/** What to do, in order, when a learner discloses. */
	disclosure: readonly Guidance[];
	/**
	 * The last disclosure step where a learner may be 18 or over: an adult, whom CEOP and Report
	 * Remove turn away. A module's pack adds it after `disclosure` only where the module's ages include
	 * 18, by the help boxes' own rule (`packGuidance`, src/lib/teach/module-pack.ts). Forces guidance
	 * is written for adults already, so it has none.
	 */
	adultDisclosure: readonly Guidance[];
	withdrawal: readonly Guidance[];
}

const accessed = '2026-11-23';

/** Every source the pack's guidance cites. */
export const teachingSources: readonly Source[] = [
	{
		id: 'ceop-police',
		title: 'A guide for police staff delivering online safety education',
		publisher: 'CEOP Education (National Crime Agency)',
		url: 'https://www.ceopeducation.co.uk/professionals/our-views/a-guide-for-police-staff/',
		accessed,
	},
	{
		id: 'ceop-principles',
		title: 'Key principles of effective prevention education',
		publisher: 'CEOP Education (National Crime Agency)',
		url: 'https://www.ceopeducation.co.uk/professionals/guidance/key-principles-of-effective-prevention-education',
		accessed,
	},
	psheSensitiveSource,
	{
		id: 'ceop-15-18',
		title: 'Online blackmail education resource for 15 to 18 year olds',
		publisher: 'Bedfordshire safeguarding training (on the CEOP resource)',
		url: 'https://www.safeguardingbedfordshiretraining.co.uk/news/online-blackmail-education-resource-for-15-18-year-olds',
		accessed,
	},
	{
		id: 'ukcis',
		title: 'Sharing nudes and semi-nudes: how to respond to an incident (overview)',
		publisher:
			'Department for Science, Innovation and Technology and UK Council for Internet Safety',
		url: 'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people/sharing-nudes-and-semi-nudes-how-to-respond-to-an-incident-overview',
		accessed,
	},
	hwbSextortionSource,
	{
		id: 'hwb-fmse',
		title: 'Financially motivated sexual extortion',
		publisher: 'Hwb (Welsh Government)',
		url: 'https://hwb.gov.wales/keeping-safe-online/financially-motivated-sexual-extortion',
		accessed,
	},
	ciosSource,
	withdrawalSource,
	{
		id: 'army-welfare',
		title: 'Army welfare',
		publisher: 'Discover My Benefits (Ministry of Defence)',
		url: 'https://www.discovermybenefits.mod.gov.uk/army/health-and-welfare/welfare',
		accessed,
	},
	{
		id: 'ssafa',
		title: 'Armed forces charity helpline receives 85% increase in help requests from troops',
		publisher: 'AOL News (Press Association)',
		url: 'https://www.aol.co.uk/news/2016/03/27/armed-forces-charity-helpline-receives-85-increase-in-help-requests-from-troops/',
		accessed,
	},
	{
		id: 'vetting',
		title: 'United Kingdom security vetting: applicant',
		publisher: 'GOV.UK (Cabinet Office)',
		url: 'https://www.gov.uk/guidance/united-kingdom-security-vetting-applicant',
		accessed,
	},
	{
		id: 'jsp834',
		title: 'Safeguarding (JSP 834), including Volume 1, Safeguarding children',
		publisher: 'Ministry of Defence (GOV.UK)',
		url: 'https://www.gov.uk/government/publications/safeguarding-jsp-834',
		accessed: '2026-12-06',
	},
	ceopHelpSource,
	{
		id: 'police-confidence',
		title: 'Keeping Safe From Sextortion',
		publisher: 'Neighbourhood Alert (police message)',
		url: 'https://www.neighbourhoodalert.co.uk/Alerts/A/164326/Keeping-Safe-From-Sextortion',
		accessed,
	},
	{
		id: 'nff-confidentiality',
		title: 'Confidentiality policy',
		publisher: 'Naval Families Federation',
		url: 'https://nff.org.uk/confidentiality-policy/',
		accessed: '2026-12-06',
	},
	{
		id: 'samaritans-risk',
		title: "Samaritans' confidentiality and when we might need to tell someone",
		publisher: 'Samaritans',
		url: 'https://www.samaritans.org/privacy-statement/samaritans-confidentiality-risk-harm',
		accessed: '2026-12-06',
	},
	{
		id: 'rn-welfare',
		title: 'Compassionate support',
		publisher: 'Royal Navy',
		url: 'https://www.royalnavy.mod.uk/community-and-support/advice-and-support/compassionate-support',
		accessed: '2026-12-06',
	},
	{
		id: 'raf-ssafa',
		title:
			'Behind the wire: meet the social workers supporting military families on an RAF base (28 January 2016)',
		publisher: 'Community Care',
		url: 'https://www.communitycare.co.uk/2016/01/28/behind-wire-meet-social-workers-supporting-military-families-raf-base/',
		accessed: '2026-12-06',
	},
	{
		id: 'ceop-ks3',
		title: 'Online Blackmail (resource for ages 12 to 14)',
		publisher: 'CEOP Education (National Crime Agency)',
		url: 'https://www.ceopeducation.co.uk/professionals/resources/online-blackmail',
		accessed: '2026-12-06',
	},
	{
		id: 'pshe-mental-health',
		title: 'Teaching about mental health and emotional wellbeing (guidance funded by the DfE)',
		publisher: 'PSHE Association',
		url: 'https://pshe-association.org.uk/guidance/ks1-4/mental-health-guidance',
		accessed: '2026-12-06',
	},
	samaritansSource,
	papyrusSource,
	...kitSources,
];

const sharedRules: readonly Guidance[] = [
	{
		text: 'We talk about the people in the stories, not about ourselves or anyone we know.',
		sources: ['pshe-sensitive'],
	},
	{
		text: 'Nobody has to share anything personal, and anyone can pass on any activity.',
		sources: ['pshe-sensitive'],
	},
	{
		text: 'We listen to each other, and there are no put-downs.',
		sources: ['pshe-sensitive'],
	},
	{
		text: 'Nobody who is tricked is to blame. The blame belongs to the criminal.',
		sources: ['cios', 'hwb-fmse'],
	},
];

const sharedSafeTeaching: readonly Guidance[] = [
	{
		text: 'Keep the distance: the stories use made-up characters and the questions ask about them. Never ask learners about their own experience.',
		sources: ['pshe-sensitive'],
	},
	{
		text: 'If a learner starts to tell you something personal in front of the group, stop them gently and offer to talk straight after the session, in private.',
		sources: ['pshe-sensitive'],
	},
	{
		text: 'Keep it calm and positive: no scare stories. Present the law and the helplines as protection, and say that it is never too late to get help, even after paying.',
		sources: ['ceop-principles', 'cios'],
	},
	{
		text: 'Never show, describe or ask for an image. The activities stop at "asks for a photo".',
		sources: ['ukcis'],
	},
	{
		text: 'Tell learners before the session what it covers and who they can talk to. Leave the support slide up at the end.',
		sources: ['hwb-fmse'],
	},
];

/** The guidance for each audience that has a pack (self-paced adults have none). */
export const teachingGuidance: Readonly<Record<Exclude<Audience, 'adult'>, TeachingGuidance>> = {
	school: {
		...teachingKit.school,
		leader: 'teacher',
		learners: 'pupils',
		groundRules: [
			...sharedRules,
			{
				text: 'If something worries you, talk to me or the named member of staff after the lesson, not in front of the class.',
				sources: ['pshe-sensitive', 'ceop-15-18'],
			},
		],
		safeTeaching: [
			{
				text: 'Assume that someone in the room is affected, now or in the past. Teach this as a lesson to a class you know, never as an assembly.',
				sources: ['ceop-police'],
			},
			...sharedSafeTeaching,
		],
		disclosure: [
			{
				text: 'Listen calmly and say: "You did the right thing telling me." Say that it is not their fault.',
				sources: ['hwb-sextortion', 'cios'],
			},
			{
				text: 'Do not promise to keep it secret. Explain kindly that you must tell the person whose job is to help.',
				sources: ['ukcis'],
			},
			{
				text: 'Tell the designated safeguarding lead (DSL) at once. In Wales, the designated senior person. If a pupil talks about not wanting to live, do not leave them on their own: stay with them and send for the DSL now. Call 999 if anyone is in danger now, has hurt themselves, or you cannot keep them safe.',
				sources: ['ukcis', 'pshe-mental-health', 'cios'],
			},
			{
				text: 'If an adult is involved, it is child sexual abuse: the DSL contacts the police urgently.',
				sources: ['ukcis'],
			},
			{
				text: 'Never view, copy, save, share or ask for an image, not even to check it. In England, only the DSL may view one, and only in exceptional cases.',
				sources: ['ukcis'],
			},
			{
				text: 'The DSL decides on referral to the police and children\u2019s social care. Tell the pupil they will not be in trouble for getting help.',
				sources: ['hwb-fmse', 'ukcis'],
			},
		],
		adultDisclosure: [
			{
				text: 'If the pupil is 18 or over, they are an adult. Tell the DSL as you would for any disclosure, and follow your school\u2019s procedure for adult students. CEOP and Report Remove are for under-18s, so an adult\u2019s routes are the police on 101 (999 if they are in danger now), the Revenge Porn Helpline on 0345 6000 459, and StopNCII.org to help stop images being shared.',
				sources: ['ceop-help', 'report-remove', 'norfolk', 'rph-sextortion', 'stopncii'],
			},
		],
		withdrawal: [
			{
				text: 'In England, parents may ask for their child to be withdrawn from sex education only (not relationships or health education), up to three terms before the child turns 16. Check which parts your school\u2019s RSHE policy counts as sex education.',
				sources: ['withdrawal'],
			},
			{
				text: 'In Wales there is no right to withdraw from relationships and sexuality education.',
				sources: ['withdrawal'],
			},
			{
				text: 'Whatever the policy, any pupil may pass any activity or step out, and is told who they can talk to.',
				sources: ['pshe-sensitive'],
			},
		],
	},
	forces: {
		...teachingKit.forces,
		leader: 'trainer',
		learners: 'trainees',
		groundRules: [
			...sharedRules,
			{
				text: 'If something worries you, talk to me, your welfare officer or the padre after the session, not in front of the group.',
				sources: ['army-welfare'],
			},
		],
		safeTeaching: [
			{
				text: 'Assume that someone in the room is affected, now or in the past. Run this as a session with a group you know, never as a mass briefing.',
				sources: ['ceop-police'],
			},
			...sharedSafeTeaching,
			{
				text: 'Do not promise what will happen to anyone\u2019s career or clearance. Say instead that telling someone early takes away the blackmailer\u2019s leverage: security clearances stay under review, and secrecy is what blackmail needs.',
				sources: ['vetting'],
			},
		],
		disclosure: [
			{
				text: 'Listen calmly and without judging. Say: "You did the right thing telling me", and that it is not their fault.',
				sources: ['hwb-sextortion', 'cios'],
			},
			{
				text: 'If they talk about not wanting to live, do not leave them on their own: stay with them and get the unit\u2019s medical or welfare staff now. Call 999 if they are in danger now, have hurt themselves, or you cannot keep them safe. Samaritans are there for anyone, day or night, on 116 123, and Papyrus HOPELINE247 on 0800 068 4141 supports people under 35.',
				sources: ['cios', 'samaritans', 'papyrus'],
			},
			{
				text: 'Never view, copy, save, share or ask for an image, not even to check it.',
				sources: ['ukcis'],
			},
			{
				text: 'Never promise to keep it secret. Safeguarding is a duty of the chain of command: as a trainer, you must pass on a safeguarding worry, such as a risk of serious harm to the trainee or anyone else. Explain kindly who you will tell, and why.',
				sources: ['jsp834', 'nff-confidentiality'],
			},
			{
				text: 'Follow your service\u2019s welfare procedure. Army: the unit welfare officer, then the Army Welfare Service. Naval Service: the Divisional Officer, medical and chaplaincy staff, then Royal Navy Royal Marines Welfare. RAF: station welfare staff, including the SSAFA social workers on RAF stations.',
				sources: ['army-welfare', 'rn-welfare', 'raf-ssafa'],
			},
			{
				text: 'For a recruit under 18, follow the safeguarding rules for children (JSP 834, Volume 1) as well: the route is CEOP or the police, with your unit\u2019s safeguarding lead. Tell the recruit they will not be in trouble for getting help.',
				sources: ['jsp834', 'ceop-help', 'ukcis'],
			},
			{
				text: 'Say what each route keeps private, from its own policy. The police deal with reports in confidence, but cannot promise an outcome. SSAFA\u2019s Forcesline was set up to be confidential and outside the chain of command. Samaritans keep calls confidential, but may tell someone if a caller cannot make decisions about their own safety, or if a child or an adult at risk is being harmed. Do not promise any outcome for a career or a clearance.',
				sources: ['police-confidence', 'ssafa', 'samaritans-risk', 'vetting'],
			},
		],
		adultDisclosure: [],
		withdrawal: [
			{
				text: 'Anyone may pass any activity or step out of the session, and is told who they can talk to.',
				sources: ['pshe-sensitive'],
			},
		],
	},
};
