/**
 * Dispatched (bubbling) on an island by `client:reach` (src/scripts/client-reach.ts) once the
 * island's own code has loaded; a listener may set `detail.ready` to a promise the directive awaits
 * before the island hydrates (type-loader.ts loads the island's activity type there). Its own
 * module, so the directive's inline script carries the name and nothing else.
 */
export const ISLAND_PREPARE = 'second-look:island-prepare';

/** The `detail` of an {@link ISLAND_PREPARE} event. */
export interface IslandPrepare {
	ready?: Promise<unknown>;
}
