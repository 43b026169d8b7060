import type { Contact, Helpline, SupportGroup } from '../schemas/helpline.ts';

/**
 * The one signposting table of the project (content brief §4). Every page, lesson and package takes
 * helplines from here, so a number is written once. Numbers marked UNVERIFIED in the brief
 * (SSAFA Forcesline, Military Mental Health Helpline) are not printed until checked.
 */
export const helplines: readonly Helpline[] = [
	{
		id: 'police',
		name: 'Police',
		helpsWith:
			'Blackmail is a crime. The police help if you are in danger, and you can report it to them.',
		for: 'Everyone in the UK',
		groups: ['everyone'],
		contacts: [
			{ kind: 'phone', number: '999', label: 'Emergency', hours: 'if you are in danger now' },
			{ kind: 'phone', number: '101', label: 'Not an emergency', hours: 'to report a crime' },
		],
		// Not "in confidence" to a child: for an under-18 the police usually involve a parent or
		// carer, and nobody promises a child secrecy (a safeguarding lead's read, December 2026).
		note: 'The police take these reports seriously and do not judge.',
		source: {
			title: 'Norfolk Constabulary: Sextortion',
			url: 'https://www.norfolk.police.uk/advice/assault-abuse-threats/sextortion',
		},
		noteSource: {
			title: 'Neighbourhood Alert (police message): Keeping Safe From Sextortion',
			url: 'https://www.neighbourhoodalert.co.uk/Alerts/A/164326/Keeping-Safe-From-Sextortion',
		},
	},
	{
		id: 'ceop',
		name: 'CEOP Safety Centre',
		helpsWith: 'Report online sexual abuse or blackmail to specialist police officers.',
		for: 'Under 18s, and adults worried about a child',
		groups: ['under18'],
		contacts: [
			{
				kind: 'web',
				url: 'https://www.ceop.police.uk/Safety-Centre/',
				label: 'ceop.police.uk/Safety-Centre',
			},
		],
		note: 'You will not be in trouble for getting help.',
		source: {
			title: 'CEOP: How can CEOP help me?',
			url: 'https://www.ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/',
		},
	},
	{
		id: 'childline',
		name: 'Childline',
		helpsWith: 'Talk to a counsellor about anything, in confidence.',
		for: 'Under 19s',
		groups: ['under18'],
		contacts: [
			{ kind: 'phone', number: '0800 1111', hours: 'free, 24 hours' },
			{ kind: 'web', url: 'https://www.childline.org.uk/', label: 'childline.org.uk' },
		],
		source: { title: 'Childline: About us', url: 'https://www.childline.org.uk/pages/about.aspx' },
	},
	{
		id: 'report-remove',
		name: 'Report Remove (Childline and the Internet Watch Foundation)',
		helpsWith: 'Get a nude image or video of you removed from the internet.',
		for: 'Under 18s in the UK',
		groups: ['under18'],
		contacts: [
			{
				kind: 'web',
				url: 'https://www.childline.org.uk/remove/',
				label: 'childline.org.uk/remove',
			},
		],
		source: {
			title: 'Internet Watch Foundation: Report Remove',
			url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove/',
		},
	},
	{
		id: 'revenge-porn-helpline',
		name: 'Revenge Porn Helpline',
		helpsWith:
			'Advice and help removing intimate images shared without consent, including sextortion.',
		for: 'Adults in the UK',
		groups: ['adult', 'forces'],
		contacts: [
			{ kind: 'phone', number: '0345 6000 459', hours: 'Monday to Friday, 10:00 to 16:00' },
			{
				kind: 'web',
				url: 'https://revengepornhelpline.org.uk/',
				label: 'revengepornhelpline.org.uk',
			},
		],
		source: {
			title: 'SWGfL: Revenge Porn Helpline',
			url: 'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
		},
	},
	{
		id: 'stopncii',
		name: 'StopNCII.org',
		helpsWith:
			'Stop intimate images being shared on partner platforms, using a hash made on your own device.',
		for: 'Adults (18 and over)',
		groups: ['adult', 'forces'],
		contacts: [{ kind: 'web', url: 'https://stopncii.org/', label: 'stopncii.org' }],
		note: 'The image itself never leaves your device.',
		source: { title: 'StopNCII.org: FAQ', url: 'https://stopncii.org/faq/' },
	},
	{
		id: 'samaritans',
		name: 'Samaritans',
		helpsWith: 'Talk about whatever you are going through, any time.',
		for: 'Anyone',
		groups: ['everyone'],
		contacts: [
			{ kind: 'phone', number: '116 123', hours: 'free, 24 hours a day, every day' },
			{ kind: 'email', address: 'jo@samaritans.org' },
		],
		source: {
			title: 'Samaritans: Contact a Samaritan',
			url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
		},
	},
	{
		id: 'papyrus',
		name: 'Papyrus HOPELINE247',
		helpsWith:
			'Support if you are having thoughts of suicide, or are worried about someone who is.',
		for: 'Under 35s, and people worried about them',
		groups: ['under18', 'adult', 'forces'],
		contacts: [
			{ kind: 'phone', number: '0800 068 4141', hours: '24 hours a day, every day' },
			{ kind: 'email', address: 'pat@papyrus-uk.org' },
		],
		source: {
			title: 'Papyrus: Remit of service policy',
			url: 'https://www.papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy',
		},
	},
	{
		id: 'take-it-down',
		name: 'Take It Down (from the US charity NCMEC)',
		helpsWith:
			'Help stop nude images taken when you were under 18 being shared on sites that take part. It makes a hash (a digital fingerprint) of the image.',
		// Who can use it is set by the age in the image, not the age now: "If you were under age 18
		// when the image or video was taken, you can still use this service" (its FAQ). So it is for
		// every group, like Papyrus, and lists under Everyone, never under one age's heading: after
		// the lines for someone in crisis now (Samaritans, Papyrus).
		for: 'Anyone with nude images of them taken when they were under 18, even if they are 18 or over now',
		groups: ['under18', 'adult', 'forces'],
		contacts: [
			{ kind: 'web', url: 'https://takeitdown.ncmec.org/', label: 'takeitdown.ncmec.org' },
		],
		note: "Use it on the device the image was taken on. Don't download or send the image to anyone to use it.",
		source: { title: 'Take It Down: FAQ', url: 'https://takeitdown.ncmec.org/faq/' },
	},
	{
		id: 'nspcc',
		name: 'NSPCC Helpline',
		helpsWith: 'Advice for adults worried about a child.',
		for: 'Adults',
		groups: ['adult'],
		contacts: [
			{
				kind: 'phone',
				number: '0808 800 5000',
				hours: 'Monday to Friday 8am to 10pm, weekends 9am to 6pm',
			},
		],
		source: {
			title: 'UK Safer Internet Centre: Sextortion resources',
			url: 'https://saferinternet.org.uk/sextortion-resources',
		},
	},
	{
		id: 'report-fraud',
		name: 'Report Fraud (formerly Action Fraud)',
		// Not for sextortion itself: that is blackmail, a crime for the police (content brief §1: "not
		// a fraud"), and someone who paid a blackmailer must not be sent here instead (a safeguarding
		// lead's read, December 2026).
		helpsWith:
			'Report money lost to a scam, such as a "hacked webcam" email, when nobody has images of you. If someone is threatening to share images of you, that is blackmail: call the police on 101.',
		for: 'England, Wales and Northern Ireland (in Scotland: Police Scotland on 101)',
		groups: ['adult', 'forces'],
		contacts: [
			{ kind: 'phone', number: '0300 123 2040' },
			{ kind: 'web', url: 'https://www.reportfraud.police.uk/', label: 'reportfraud.police.uk' },
		],
		// The service's own announcement of 4 December 2025, as WiredGov republished it: "Report Fraud
		// has replaced Action Fraud, for use in England, Wales and Northern Ireland. People affected by
		// cyber crime or fraud in Scotland should continue to call Police Scotland using the 101
		// telephone number", reached "online at reportfraud.police.uk or by calling 0300 123 2040".
		source: {
			title: 'Report Fraud (via WiredGov): Report Fraud service goes live, 4 December 2025',
			url: 'https://www.wired-gov.net/wg/news.nsf/articles/report+fraud+service+goes+live+04122025143000?open',
		},
	},
	{
		id: 'forces-welfare',
		name: 'Unit welfare officer, chain of command or padre',
		helpsWith:
			'Welfare support while serving; the Army Welfare Service stands behind unit welfare.',
		for: 'Serving personnel',
		groups: ['forces'],
		contacts: [{ kind: 'text', label: 'Ask at your unit for your welfare officer or padre.' }],
		note: 'What you tell your chain of command may be passed on as their duties require; ask about confidentiality first.',
		source: {
			title: 'Discover My Benefits: Army welfare',
			url: 'https://www.discovermybenefits.mod.gov.uk/army/health-and-welfare/welfare',
		},
	},
	{
		id: 'ssafa-forcesline',
		name: 'SSAFA Forcesline',
		helpsWith: 'Confidential support outside the chain of command, for the service community.',
		for: 'Serving personnel, veterans and their families',
		groups: ['forces'],
		// The brief marks the phone number UNVERIFIED (its only source is from 2007): link, don't print it.
		contacts: [
			{
				kind: 'web',
				url: 'https://www.ssafa.org.uk/',
				label: 'ssafa.org.uk (for the current Forcesline number and hours)',
			},
		],
		note: 'Independent of the chain of command.',
		source: {
			title:
				'AOL News: Armed forces charity helpline receives 85% increase in help requests from troops',
			url: 'https://www.aol.co.uk/news/2016/03/27/armed-forces-charity-helpline-receives-85-increase-in-help-requests-from-troops/',
		},
	},
];

/** The helplines shown to the given groups (and always those for everyone), in table order. */
export function helplinesFor(groups: readonly SupportGroup[]): Helpline[] {
	return helplines.filter((h) => h.groups.some((g) => g === 'everyone' || groups.includes(g)));
}

/** One helpline by id; throws for an unknown id so a typo fails the build, not the page. */
export function helplineById(id: string): Helpline {
	const found = helplines.find((h) => h.id === id);
	if (!found) throw new Error(`No helpline with id "${id}" in src/data/helplines.ts.`);
	return found;
}

/** The first phone number of a helpline, as printed. */
export function mainPhone(id: string): string {
	const phone = helplineById(id).contacts.find(
		(c): c is Extract<Contact, { kind: 'phone' }> => c.kind === 'phone',
	);
	if (!phone) throw new Error(`Helpline "${id}" has no phone number.`);
	return phone.number;
}
