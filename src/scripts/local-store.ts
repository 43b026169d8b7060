/**
 * The browser's localStorage, read without throwing: presenter mode keeps the room's counts there
 * (room-tally.ts) and the class report reads and clears them (class-report/room-counts.ts).
 */

/** The browser's storage, or undefined when it is refused (a locked-down profile, file:// rules). */
export function localStore(win: Window): Storage | undefined {
	try {
		return win.localStorage;
	} catch {
		return undefined;
	}
}
