/**
 * Ids of in-page anchors. They carry the lesson id, because a package's one launch document holds
 * every lesson of a module, and two lessons may both cite a source called `s3`.
 */
export function sourceAnchor(lessonId: string, sourceId: string): string {
	return `source-${lessonId}-${sourceId}`;
}

/** The context key under which an activity card tells its parts which lesson they are in. */
export const LESSON_CONTEXT = 'second-look:lesson';
