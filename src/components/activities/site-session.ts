import type { Activity } from '../../schemas/activity.ts';
import { createSession, type Session } from '../../lib/engine/session.ts';
import { createSiteTracker, jsonCodec } from '../../lib/tracking/site-tracker.ts';

/**
 * The session of one activity card on the site, where no package runtime answers the card's
 * request: progress kept on the device by the site tracker. Its own module, so a lesson page loads
 * the engine only as its first activity is about to hydrate (type-loader.ts), and a package page,
 * whose runtime brings its own session, never loads it.
 */
export function siteSession(win: Window, lessonId: string, activity: Activity): Session {
	return createSession({
		lessons: [{ id: lessonId, activities: [activity] }],
		passMark: 0,
		reporting: 'completion',
		tracker: createSiteTracker(win),
		codec: jsonCodec,
	});
}

/** What a card calls for its session on the site: {@link siteSession}. */
export type SiteSession = typeof siteSession;
