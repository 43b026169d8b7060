import type { AstroIntegration } from 'astro';
import { readContent } from '../content/read.ts';
import type { ContentSet } from '../content/types.ts';

/**
 * The content check's read of the lessons and modules, handed to every consumer (Astro's loader,
 * the H5P integration, scripts/build.ts), so the files are read and validated once per build.
 * In `astro dev` the check reads again after each edit and the feed moves on to that read.
 */
export interface ContentFeed {
	/** The latest read (in `astro dev`, once an edit has settled, the read of that edit). */
	current(): Promise<ContentSet>;
	/**
	 * Calls `listener` with each later read, before {@link current} resolves to it (so a page asked
	 * for after an edit sees its content). One listener per `key`: a later call replaces it.
	 */
	onRead(key: string, listener: (set: ContentSet) => Promise<void>): void;
}

/** A feed that can be moved on to a new read: the content check's side of {@link ContentFeed}. */
export interface ContentFeedSource extends ContentFeed {
	/** Makes `read` the current read; resolves once every listener has had it. */
	replace(read: Promise<ContentSet>): Promise<ContentSet>;
}

/**
 * The custom hook by which the content check's integration hands its feed to the others (Astro's
 * pattern for integrations that talk to each other: find it in `config.integrations`, call it).
 */
export const CONTENT_FEED_HOOK = 'second-look:content-feed';

/** A feed whose first read is `read()`, started on first use. */
export function createContentFeed(read: () => Promise<ContentSet>): ContentFeedSource {
	let latest: Promise<ContentSet> | undefined;
	const listeners = new Map<string, (set: ContentSet) => Promise<void>>();
	return {
		current: () => (latest ??= read()),
		onRead: (key, listener) => {
			listeners.set(key, listener);
		},
		replace: (next) => {
			latest = next.then(async (set) => {
				await Promise.all([...listeners.values()].map((listener) => listener(set)));
				return set;
			});
			return latest;
		},
	};
}

/**
 * The content check's feed, found among the integrations Astro runs; without the check (a config
 * that leaves it out), a feed that reads `contentRoot` itself.
 */
export function contentFeedOf(
	integrations: readonly AstroIntegration[],
	contentRoot: string,
): ContentFeed {
	for (const integration of integrations) {
		const hook = integration.hooks[CONTENT_FEED_HOOK];
		if (typeof hook === 'function') return (hook as () => ContentFeed)();
	}
	return createContentFeed(() => readContent(contentRoot));
}

/** The custom hook of {@link givenContent}. */
export const GIVEN_CONTENT_HOOK = 'second-look:given-content';

/**
 * An integration that hands the content check a read made before Astro started: scripts/build.ts
 * reads and checks first, so a mistake is the first thing printed (not under a line of Astro's own
 * log), and passes its read in, so the check does not read the files again.
 */
export function givenContent(set: ContentSet): AstroIntegration {
	return { name: 'second-look:given-content', hooks: { [GIVEN_CONTENT_HOOK]: () => set } };
}

/** The read a {@link givenContent} integration hands over, if Astro runs one. */
export function givenContentOf(integrations: readonly AstroIntegration[]): ContentSet | undefined {
	for (const integration of integrations) {
		const hook = integration.hooks[GIVEN_CONTENT_HOOK];
		if (typeof hook === 'function') return (hook as () => ContentSet)();
	}
	return undefined;
}
