import { helplineById, helplinesFor } from '../data/helplines.ts';
import type { Audience } from '../schemas/audience.ts';
import type { Contact, Helpline, SupportGroup } from '../schemas/helpline.ts';
import type { Module } from '../schemas/module.ts';

/**
 * Which support groups each audience sees. Recruits can be 16 or 17, so forces also see under-18
 * help. Schools teach up to 18, and an 18-year-old in the sixth form is an adult: the police's
 * 101, the Revenge Porn Helpline and StopNCII are theirs, not CEOP or Report Remove (a teacher's
 * review, December 2026).
 */
const groupsByAudience: Readonly<Record<Audience, readonly SupportGroup[]>> = {
	school: ['under18', 'adult'],
	forces: ['forces', 'adult', 'under18'],
	adult: ['adult'],
};

/** The ages a module is written for (`ageRange`): who may be reading its pages and packages. */
export type Ages = Module['ageRange'];

/**
 * Whether readers of `ages` may need `group`'s lines: under-18 help where some are under 18,
 * adults' where some are 18 or over; with no ages known (a lesson page any module may send
 * someone to), every group. Pure.
 */
export function isForAges(group: SupportGroup, ages: Ages | undefined): boolean {
	if (!ages) return true;
	if (group === 'under18') return ages.min < 18;
	if (group === 'adult') return ages.max >= 18;
	return true;
}

/** The support groups of these audiences, at these ages ({@link isForAges}). */
const groupsFor = (audiences: readonly Audience[], ages: Ages | undefined): Set<SupportGroup> =>
	new Set(audiences.flatMap((a) => groupsByAudience[a]).filter((g) => isForAges(g, ages)));

/**
 * The few helplines named in the short box at the start of a lesson, per group. The police are
 * for everyone: every audience sees 999 for an emergency.
 */
const briefByGroup: Readonly<Record<SupportGroup, readonly string[]>> = {
	under18: ['ceop', 'childline', 'report-remove'],
	adult: ['revenge-porn-helpline', 'stopncii'],
	forces: ['forces-welfare', 'ssafa-forcesline'],
	everyone: ['police', 'samaritans'],
};

/** The ids of the few helplines a group's short box names ({@link briefByGroup}). */
export const briefLineIds = (group: SupportGroup): readonly string[] => briefByGroup[group];

/** Headings for each group, in the order they are shown. */
export const supportGroupLabels: Readonly<Record<SupportGroup, string>> = {
	under18: 'If you are under 18',
	adult: 'If you are 18 or over',
	forces: 'If you serve in the armed forces',
	everyone: 'Everyone',
};

/** One heading and its helplines. */
export interface SupportSection {
	group: SupportGroup;
	label: string;
	helplines: Helpline[];
}

/**
 * The order of the sections: where children may be reading (a school audience), their help first
 * and help for everyone last; where the readers are adults (recruits are mostly adults, though
 * some are 16 or 17), help for everyone (the police, Samaritans) first, then adults' lines, then
 * the forces' own (a line for adults and the forces stays under adults, where a recruit looks for
 * it), and the under-18 route last, under its own heading.
 */
function sectionOrder(audiences: readonly Audience[]): SupportGroup[] {
	return audiences.includes('school')
		? ['under18', 'adult', 'forces', 'everyone']
		: ['everyone', 'adult', 'forces', 'under18'];
}

/**
 * The support lines to show for some audiences, as sections ({@link sectionOrder}); with `ages`
 * (a module's), only the groups readers of those ages need ({@link isForAges}).
 * A helpline appears once, in the first section it belongs to; one that serves every group these
 * audiences see and is not limited by age (Papyrus: under 35s, so every learner here) is for
 * everyone, not filed under the first age heading, where a 20-year-old recruit reading "If you are
 * under 18" would skip it. A line for one age keeps its age's heading even where every reader is
 * meant to be that age: a school page once listed CEOP and Report Remove, both for under-18s only,
 * under "Everyone", read by teachers, parents and 18-year-olds in the sixth form (a teacher's
 * review, December 2026).
 */
export function supportSections(
	audiences: readonly Audience[],
	{ brief = false, ages }: { brief?: boolean; ages?: Ages } = {},
): SupportSection[] {
	const groups = groupsFor(audiences, ages);
	const order = sectionOrder(audiences);
	const shown = new Set<string>();
	const sections: SupportSection[] = [];
	const ageFree = (h: Helpline) => h.groups.includes('under18') && h.groups.includes('adult');
	const forEveryone = (h: Helpline) =>
		h.groups.includes('everyone') || (ageFree(h) && [...groups].every((g) => h.groups.includes(g)));
	for (const group of order) {
		if (group !== 'everyone' && !groups.has(group)) continue;
		const list = brief
			? briefByGroup[group].map(helplineById).filter((h) => !shown.has(h.id))
			: group === 'everyone'
				? helplinesFor([...groups]).filter((h) => forEveryone(h) && !shown.has(h.id))
				: helplinesFor([group]).filter(
						(h) => h.groups.includes(group) && !forEveryone(h) && !shown.has(h.id),
					);
		list.forEach((h) => shown.add(h.id));
		if (list.length) sections.push({ group, label: supportGroupLabels[group], helplines: list });
	}
	return sections;
}

/** `tel:` address for a number as printed ("0800 1111" → "tel:08001111"). */
export function telHref(number: string): string {
	return `tel:${number.replace(/\s+/g, '')}`;
}

/**
 * The helplines in a footer or on the home page, for people who need to talk now: Childline when
 * under-18s may be reading (first where children are the readers, last where adults are),
 * Samaritans for anyone, and the police for an emergency.
 */
export function quickHelplines(audiences: readonly Audience[]): Helpline[] {
	const under18 = audiences.some((a) => groupsByAudience[a].includes('under18'));
	const forAll = ['samaritans', 'police'];
	const ids = !under18
		? forAll
		: audiences.includes('school')
			? ['childline', ...forAll]
			: [...forAll, 'childline'];
	return ids.map(helplineById);
}

/** One way to reach a helpline, as every page shows it: a visible label, the value, and when. */
export interface ContactLine {
	/** What the contact is, e.g. "Phone", "Emergency", "Online", "Email", "In person". */
	label: string;
	/** The number, address or words, as printed. */
	value: string;
	/** Where the value links to (`tel:`, `https:`, `mailto:`); none for words. */
	href?: string;
	/** When it is open or when to use it, e.g. "free, 24 hours". */
	detail?: string;
	/** A phone number (drawn bold and never broken across lines). */
	isPhone: boolean;
}

/** The labelled line for one contact; the one wording of a contact on every page. */
export function contactLine(contact: Contact): ContactLine {
	switch (contact.kind) {
		case 'phone':
			return {
				label: contact.label ?? 'Phone',
				value: contact.number,
				href: telHref(contact.number),
				...(contact.hours ? { detail: contact.hours } : {}),
				isPhone: true,
			};
		case 'web':
			return { label: 'Online', value: contact.label, href: contact.url, isPhone: false };
		case 'email':
			return {
				label: 'Email',
				value: contact.address,
				href: `mailto:${contact.address}`,
				isPhone: false,
			};
		case 'text':
			return { label: 'In person', value: contact.label, isPhone: false };
	}
}

/** A contact as plain text ("Emergency: 999 (if you are in danger now)"), as a page reads it. */
export function contactText(contact: Contact): string {
	const line = contactLine(contact);
	return `${line.label}: ${line.value}${line.detail ? ` (${line.detail})` : ''}`;
}
