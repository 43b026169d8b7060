/**
 * The code of each activity type the site draws, loaded when a page has an activity of that type
 * (issue #16): a lesson without an ordering activity never downloads the ordering component. An
 * island's code and its type's code are both in place before it hydrates, so `client:reach` still
 * hydrates inside the focus event that reached it (src/scripts/client-reach.ts dispatches
 * {@link ISLAND_PREPARE} once the island's own code has loaded and waits for what it is handed).
 * On the server, Activity.astro awaits {@link prepareType} before rendering the island.
 */
import { ISLAND_PREPARE, type IslandPrepare } from './island-prepare.ts';
import type { SiteSession } from './site-session.ts';
import type { DrawnType, TypeComponent } from './types.ts';

/** One import per type: Rolldown gives each its own chunk, fetched only by a page that uses it. */
const loaders: { [T in DrawnType]: () => Promise<{ default: unknown }> } = {
	'single-choice': () => import('./SingleChoice.svelte'),
	'multiple-response': () => import('./MultipleResponse.svelte'),
	'true-false': () => import('./TrueFalse.svelte'),
	ordering: () => import('./Ordering.svelte'),
	matching: () => import('./Matching.svelte'),
	confidence: () => import('./Confidence.svelte'),
	scenario: () => import('./Scenario.svelte'),
	'red-flags': () => import('./RedFlags.svelte'),
};

/**
 * The components loaded so far, by type (and below, the site's session maker): the module
 * registry's own results, kept here because an island reads them synchronously as it hydrates (it
 * cannot wait inside a focus event). Each is set once, when its code has loaded, and never changes.
 */
const loaded = new Map<DrawnType, TypeComponent>();

/** The site's session maker once loaded (a lesson page's cards; a package's runtime has its own). */
const site: { session?: SiteSession } = {};

/** Loads the site's session code (once) and keeps it for {@link loadedSiteSession}. */
export async function prepareSiteSession(): Promise<void> {
	site.session ??= (await import('./site-session.ts')).siteSession;
}

/** The site's session maker, if {@link prepareSiteSession} has loaded it. */
export function loadedSiteSession(): SiteSession | undefined {
	return site.session;
}

/** Whether `type` is one the site draws (not H5P, whose island brings its own component). */
export function isDrawnType(type: string): type is DrawnType {
	return Object.hasOwn(loaders, type);
}

/** Loads the component of `type` (once) and keeps it for {@link typeComponent}. */
export async function prepareType(type: DrawnType): Promise<void> {
	if (loaded.has(type)) return;
	const module = await loaders[type]();
	// Each loader imports the component of its own type (see TypeComponent for the one cast).
	loaded.set(type, module.default as TypeComponent);
}

/**
 * The component of `type`, once {@link prepareType} has loaded it.
 * @throws {TypeNotLoaded} if it has not (an island hydrated before its type's code arrived).
 */
export function typeComponent(type: DrawnType): TypeComponent {
	const component = loaded.get(type);
	if (!component) throw new TypeNotLoaded(`The code for "${type}" activities has not loaded.`);
	return component;
}

/** Thrown when an island hydrates before the code of its activity's type has loaded. */
export class TypeNotLoaded extends Error {
	override readonly name = 'TypeNotLoaded';
}

/** The documents {@link prepareIslandsOf} listens on already (both islands' modules call it). */
const prepared = new WeakSet<Document>();

/**
 * Answers `client:reach`'s {@link ISLAND_PREPARE} for every activity island of `doc`: the island's
 * card names its type in its server HTML (`data-type`), and its type's code loads before it
 * hydrates, with, off a package page (whose runtime brings the session), the site's session code
 * (an H5P island brings its own component, and gets only the session code).
 */
export function prepareIslandsOf(doc: Document): void {
	if (prepared.has(doc)) return;
	prepared.add(doc);
	const onSite = !doc.documentElement.hasAttribute('data-package');
	doc.addEventListener(ISLAND_PREPARE, (event) => {
		const island = event.target as Element;
		const type = island.querySelector('[data-type]')?.getAttribute('data-type') ?? '';
		if (!isDrawnType(type) && type !== 'h5p') return;
		(event as CustomEvent<IslandPrepare>).detail.ready = Promise.all([
			isDrawnType(type) ? prepareType(type) : undefined,
			onSite ? prepareSiteSession() : undefined,
		]);
	});
}
