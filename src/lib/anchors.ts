/**
 * Ids of in-page anchors. They carry the lesson id, because a package's one launch document holds
 * every lesson of a module, and two lessons may both cite a source called `s3`.
 */
export function sourceAnchor(lessonId: string, sourceId: string): string {
	return `source-${lessonId}-${sourceId}`;
}

/** The context key under which an activity card tells its parts which lesson they are in. */
export const LESSON_CONTEXT = 'second-look:lesson';

/**
 * The id of a heading in lesson prose, and where a link to it in the same prose points. Astro gives
 * each heading an id from its text (`summary`). On a lesson's own page that id stays, so
 * `/lessons/<id>/#summary` holds. A page that holds several lessons (a package's launch page)
 * could hold that id once per lesson ("Summary", "Check what you know"): a link to it jumps to the
 * first lesson's, and a screen reader names the wrong heading. There the id carries the lesson id
 * (`fake-profiles-summary`), as every other id a lesson's parts have does.
 */
export function proseAnchor(lessonId: string, id: string, sharedPage: boolean): string {
	return sharedPage ? `${lessonId}-${id}` : id;
}
