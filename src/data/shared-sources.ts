import type { Source } from '../schemas/source.ts';

/**
 * Sources cited by more than one of the typed data files (the guided help, the teacher pack's
 * guidance, the parent and carer pack): each written once here, so a corrected address or title
 * reaches every page that cites it. Each is `as const`, so a file's list of sources keeps its ids
 * as literal types (citing an id not in the list stays a type error).
 */

const accessed = '2026-11-23';

export const ncaWarningSource = {
	id: 'nca-warning',
	title: 'NCA issues urgent warning about sextortion',
	publisher: 'National Crime Agency (via WiredGov)',
	url: 'https://www.wired-gov.net/wg/news.nsf/articles/NCA+issues+urgent+warning+about+sextortion+29042024152500?open',
	accessed,
} as const satisfies Source;

export const ciosSource = {
	id: 'cios',
	title: 'Online safety',
	publisher: 'Cornwall and Isles of Scilly Safeguarding Children Partnership',
	url: 'https://ciossafeguarding.org.uk/scp/p/parents-and-carers/online-safety-1',
	accessed,
} as const satisfies Source;

export const policeAlertSource = {
	id: 'police-alert',
	title: 'Keeping Safe From Sextortion',
	publisher: 'Neighbourhood Alert (police message)',
	url: 'https://www.neighbourhoodalert.co.uk/Alerts/A/164326/Keeping-Safe-From-Sextortion',
	accessed,
} as const satisfies Source;

export const norfolkSource = {
	id: 'norfolk',
	title: 'Sextortion',
	publisher: 'Norfolk Constabulary',
	url: 'https://www.norfolk.police.uk/advice/assault-abuse-threats/sextortion',
	accessed,
} as const satisfies Source;

export const ceopBlackmailSource = {
	id: 'ceop-blackmail',
	title: 'Online blackmail',
	publisher: 'CEOP Education (National Crime Agency)',
	url: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sexual-abuse/online-blackmail',
	accessed,
} as const satisfies Source;

export const ceopHelpSource = {
	id: 'ceop-help',
	title: 'How can CEOP help me and the child concerned?',
	publisher: 'CEOP Safety Centre (National Crime Agency)',
	url: 'https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/How-can-CEOP-help-me-concerned-adult',
	accessed,
} as const satisfies Source;

export const reportRemoveSource = {
	id: 'report-remove',
	title: 'Report Remove',
	publisher: 'Childline (NSPCC)',
	url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/',
	accessed,
} as const satisfies Source;

/** Take It Down's own FAQ: who may use it (the age in the image, not the age now) and how. */
export const takeItDownSource = {
	id: 'take-it-down',
	title: 'FAQ',
	publisher: 'Take It Down (National Center for Missing & Exploited Children, US)',
	url: 'https://takeitdown.ncmec.org/faq/',
	accessed: '2026-12-07',
} as const satisfies Source;

export const childlineSource = {
	id: 'childline',
	title: 'About Childline',
	publisher: 'Childline (NSPCC)',
	url: 'https://www.childline.org.uk/pages/about.aspx',
	accessed,
} as const satisfies Source;

export const samaritansSource = {
	id: 'samaritans',
	title: 'Contact a Samaritan',
	publisher: 'Samaritans',
	url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
	accessed,
} as const satisfies Source;

export const papyrusSource = {
	id: 'papyrus',
	title: 'Remit of service policy (HOPELINE247)',
	publisher: 'Papyrus',
	url: 'https://www.papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy',
	accessed,
} as const satisfies Source;

export const hwbSextortionSource = {
	id: 'hwb-sextortion',
	title: 'Sextortion',
	publisher: 'Hwb (Welsh Government)',
	url: 'https://hwb.gov.wales/keeping-safe-online/sextortion',
	accessed,
} as const satisfies Source;

export const psheSensitiveSource = {
	id: 'pshe-sensitive',
	title: 'Handling sensitive or controversial issues through PSHE education',
	publisher: 'PSHE Association',
	url: 'https://www.pshe-association.org.uk/curriculum-and-resources/resources/handling-sensitive-or-controversial-issues-through',
	accessed,
} as const satisfies Source;

export const withdrawalSource = {
	id: 'withdrawal',
	title: 'Written question 232973: Personal, Social, Health and Economic Education',
	publisher: 'UK Parliament (via Parallel Parliament)',
	url: 'https://www.parallelparliament.co.uk/question/232973/personal-social-health-and-economic-education',
	accessed,
} as const satisfies Source;

export const collegePoliceSource = {
	id: 'college-police',
	title: 'Responding to the taking or sharing of nude and semi-nude images by young people',
	publisher: 'College of Policing',
	url: 'https://www.college.police.uk/guidance/responding-taking-or-sharing-nude-and-semi-nude-images-young-people',
	accessed,
} as const satisfies Source;

export const sicSextortionSource = {
	id: 'sic-sextortion',
	title: 'Sextortion',
	publisher: 'UK Safer Internet Centre',
	url: 'https://saferinternet.org.uk/online-issue/sextortion',
	accessed,
} as const satisfies Source;

export const iwf2023Source = {
	id: 'iwf-2023',
	title: 'Teenage boys targeted as hotline sees heartbreaking increase in child sextortion reports',
	publisher: 'Internet Watch Foundation',
	url: 'https://www.iwf.org.uk/news-media/news/teenage-boys-targeted-as-hotline-sees-heartbreaking-increase-in-child-sextortion-reports',
	accessed,
} as const satisfies Source;

export const niHubSource = {
	id: 'ni-hub',
	title: 'Sharing nudes and semi-nudes',
	publisher: 'Online Safety Hub (Safeguarding Board for Northern Ireland)',
	url: 'https://onlinesafetyhub.safeguardingni.org/young-people/im-13-or-over/sharing-nudes-and-semi-nudes/',
	accessed,
} as const satisfies Source;

export const ncaBoysSource = {
	id: 'nca-boys',
	title: 'NCA launches online campaign to tackle sextortion among teenage boys',
	publisher: 'Police Professional',
	url: 'https://www.policeprofessional.com/news/nca-launches-online-campaign-to-tackle-sextortion-among-teenage-boys',
	accessed,
} as const satisfies Source;
