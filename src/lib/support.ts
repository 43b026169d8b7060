import { helplineById, helplinesFor } from '../data/helplines.ts';
import type { Audience } from '../schemas/audience.ts';
import type { Helpline, SupportGroup } from '../schemas/helpline.ts';

/** Which support groups each audience sees. Recruits can be 16 or 17, so forces also see under-18 help. */
const groupsByAudience: Readonly<Record<Audience, readonly SupportGroup[]>> = {
	school: ['under18'],
	forces: ['forces', 'adult', 'under18'],
	adult: ['adult'],
};

/** The few helplines named in the short box at the start of a lesson, per group. */
const briefByGroup: Readonly<Record<SupportGroup, readonly string[]>> = {
	under18: ['ceop', 'childline', 'report-remove'],
	adult: ['police', 'revenge-porn-helpline', 'stopncii'],
	forces: ['forces-welfare', 'ssafa-forcesline'],
	everyone: ['samaritans'],
};

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
 * The support lines to show for some audiences, as sections (under 18, 18 or over, forces, everyone).
 * A helpline appears once, in the first section it belongs to.
 */
export function supportSections(
	audiences: readonly Audience[],
	{ brief = false }: { brief?: boolean } = {},
): SupportSection[] {
	const groups = new Set(audiences.flatMap((a) => groupsByAudience[a]));
	const order: SupportGroup[] = ['under18', 'adult', 'forces', 'everyone'];
	const shown = new Set<string>();
	const sections: SupportSection[] = [];
	for (const group of order) {
		if (group !== 'everyone' && !groups.has(group)) continue;
		const list = brief
			? briefByGroup[group].map(helplineById).filter((h) => !shown.has(h.id))
			: helplinesFor([group]).filter((h) => h.groups.includes(group) && !shown.has(h.id));
		list.forEach((h) => shown.add(h.id));
		if (list.length) sections.push({ group, label: supportGroupLabels[group], helplines: list });
	}
	return sections;
}

/** `tel:` address for a number as printed ("0800 1111" → "tel:08001111"). */
export function telHref(number: string): string {
	return `tel:${number.replace(/\s+/g, '')}`;
}
