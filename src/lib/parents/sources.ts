import { parentSources, type ParentSourceId } from '../../data/parents.ts';

/** The id of a parent-pack source's entry in a page's source list. Pure. */
export function parentSourceAnchor(id: ParentSourceId): string {
	return `parent-source-${id}`;
}

/** A source's number in the pack's one numbered list (1 for the first). Pure. */
export function parentSourceNumber(id: ParentSourceId): number {
	return parentSources.findIndex((s) => s.id === id) + 1;
}
