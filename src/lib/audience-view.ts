import { AudienceSchema, audienceLabels, type Audience } from '../schemas/audience.ts';

/** The audiences named in an attribute such as `audiences="forces adult"`, and any unknown words. */
export interface AudienceList {
	audiences: Audience[];
	/** Words that name no audience (misspelt or made up), in the order written. */
	unknown: string[];
}

/**
 * Reads an author's list of audiences: names separated by spaces and/or commas, e.g.
 * `"school"`, `"forces adult"`, `"forces, adult"`. Pure.
 */
export function parseAudienceList(text: string): AudienceList {
	const words = text.split(/[\s,]+/).filter((w) => w !== '');
	const audiences: Audience[] = [];
	const unknown: string[] = [];
	for (const word of words) {
		const parsed = AudienceSchema.safeParse(word);
		if (!parsed.success) unknown.push(word);
		else if (!audiences.includes(parsed.data)) audiences.push(parsed.data);
	}
	return { audiences, unknown };
}

/** Whether a block or activity for `forAudiences` shows on a page for `pageAudiences`. Pure. */
export function isShownTo(
	forAudiences: readonly Audience[] | undefined,
	pageAudiences: readonly Audience[],
): boolean {
	return !forAudiences || forAudiences.some((a) => pageAudiences.includes(a));
}

/**
 * The label to show on a block or activity written for only some of the page's audiences, e.g.
 * "For Armed forces" on a lesson page for schools, forces and young adults. Undefined when it is for
 * every audience the page is for (a package, written for one audience, never shows labels). Pure.
 */
export function audienceNote(
	forAudiences: readonly Audience[] | undefined,
	pageAudiences: readonly Audience[],
): string | undefined {
	if (!forAudiences || pageAudiences.every((a) => forAudiences.includes(a))) return undefined;
	const shown = forAudiences.filter((a) => pageAudiences.includes(a));
	return `For ${shown.map((a) => audienceLabels[a]).join(' and ')}`;
}
