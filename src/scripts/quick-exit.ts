import { SHOW_ENDED } from '../lib/events.ts';

/** How close together two presses of Escape must be to count as "leave now", in milliseconds. */
export const DOUBLE_ESCAPE_MS = 1000;

/**
 * How long after presenter mode's Escape ended the show (the fragment `SHOW_ENDED`, events.ts) the
 * page it lands on hears no Escape pair, from the start of that navigation: a teacher pressing
 * Escape three or four times to leave a slideshow, as in PowerPoint, must not land on the quick
 * exit's address in front of the class. Written out in quick-exit-early.js too (a test keeps them
 * equal).
 */
export const SHOW_ENDED_QUIET_MS = 3000;

/** Whether this page was just reached by ending a presenter show: its Escapes are not a pair yet. */
export const isJustAfterShow = (hash: string, sinceNavigation: number): boolean =>
	hash === `#${SHOW_ENDED}` && sinceNavigation < SHOW_ENDED_QUIET_MS;

/** What the quick exit needs from the page; passed in so tests can use a fake. */
export interface QuickExitHost {
	addEventListener(type: 'keydown', listener: (event: KeyboardEvent) => void): void;
	replace(url: string): void;
	now(): number;
	/**
	 * Whether the page used this Escape for something of its own: a part of the page handled it
	 * (`defaultPrevented`: a typed slide number cleared), or it closes an open dialog or popover.
	 */
	usedByPage(event: KeyboardEvent): boolean;
}

/**
 * Makes a "Leave this site" link leave by `location.replace` (so Back does not return), and makes
 * pressing Escape twice within {@link DOUBLE_ESCAPE_MS} do the same from anywhere on the page. An
 * Escape the page used (closing the presenter's slide list) starts no pair: closing a list and
 * pressing Escape once more must not throw a teacher off the site mid-lesson.
 */
export function installQuickExit(link: HTMLAnchorElement, host: QuickExitHost): void {
	const leave = () => {
		host.replace(link.href);
	};
	link.addEventListener('click', (event) => {
		event.preventDefault();
		leave();
	});
	let lastEscape = Number.NEGATIVE_INFINITY;
	host.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || event.repeat) return;
		if (host.usedByPage(event)) {
			lastEscape = Number.NEGATIVE_INFINITY;
			return;
		}
		const now = host.now();
		if (now - lastEscape <= DOUBLE_ESCAPE_MS) leave();
		lastEscape = now;
	});
}
