/**
 * A package's launch page with each activity written once (issue #16). Astro writes every island's
 * props into the page, so each activity card would carry its activity and its lesson's source
 * numbers, while the page's `#package-data` block already holds the same activity objects (both
 * `forLearners`) and each lesson's sources in order. This drops the island's copies and keeps the
 * activity's id in the card (`activityId`); the card reads the rest from `#package-data` as it
 * hydrates (src/components/activities/card-data.ts), under Astro's island element on the site and
 * in the SCORM and cmi5 packages, and under the offline package's own. Run on every package page by
 * src/middleware.ts, so the site, every zip and `astro dev` serve the same page. Pure.
 */

/** An island's props attribute (Astro writes it with `"`, `&`, `'`, `<`, `>` as entities). */
const ISLAND_PROPS = /(<astro-island\b[^>]*?)\sprops="([^"]*)"/g;

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', '#39': "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
	return value.replace(/&(quot|amp|#39|lt|gt);/g, (_all, name: string) => ENTITIES[name] ?? '');
}

/** Escapes text for a double-quoted attribute (an apostrophe needs no escape there). */
function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Astro's serialised prop: `[type, value]` (astro `runtime/server/serialize.js`; 0 is a value). */
type Tuple = [number, unknown];

/**
 * The page with each island's activity and source numbers left out of its props and the activity's
 * id kept as `card.activityId`. A page without `#package-data` (a lesson page, a teacher pack) or
 * an island whose props are not a card with an activity is left as it is.
 */
export function activitiesOnce(html: string): string {
	if (!html.includes('id="package-data"')) return html;
	return html.replace(ISLAND_PROPS, (all, open: string, raw: string) => {
		// { card: [0, { …, activity: [0, { id: [0, "…"], … }], sourceNumbers: [0, {…}] }] }.
		const props = JSON.parse(decodeAttribute(raw)) as Record<string, Tuple | undefined>;
		const card = props['card']?.[1] as Record<string, Tuple | undefined> | undefined;
		const activity = card?.['activity']?.[1] as Record<string, Tuple | undefined> | undefined;
		const id = activity?.['id']?.[1];
		if (!card || typeof id !== 'string') return all;
		delete card['activity'];
		delete card['sourceNumbers'];
		card['activityId'] = [0, id];
		return `${open} props="${escapeAttribute(JSON.stringify(props))}"`;
	});
}
