/**
 * DOM events through which the parts of a page find each other without globals.
 * - {@link SESSION_REQUEST}: an activity card asks which session it belongs to; a package runtime
 *   answers by setting `detail.session`.
 * - {@link RUNTIME_READY}: the package runtime has started (for cards that asked too early).
 * - {@link LEAVING}: the quick exit is about to leave; a package saves and ends its LMS session.
 * - {@link SHOW_ENDED}: not an event but a page's fragment: presenter mode's Escape ended the show
 *   and went to the pack, whose quick exit then hears no Escape pair for a moment (quick-exit.ts).
 */
export const SESSION_REQUEST = 'second-look:session';
export const RUNTIME_READY = 'second-look:runtime-ready';
export const LEAVING = 'second-look:leaving';
export const SHOW_ENDED = 'show-ended';
