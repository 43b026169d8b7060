/** How close together two presses of Escape must be to count as "leave now", in milliseconds. */
export const DOUBLE_ESCAPE_MS = 1000;

/** What the quick exit needs from the page; passed in so tests can use a fake. */
export interface QuickExitHost {
	addEventListener(type: 'keydown', listener: (event: KeyboardEvent) => void): void;
	replace(url: string): void;
	now(): number;
}

/**
 * Makes a "Leave this site" link leave by `location.replace` (so Back does not return), and makes
 * pressing Escape twice within {@link DOUBLE_ESCAPE_MS} do the same from anywhere on the page.
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
		const now = host.now();
		if (now - lastEscape <= DOUBLE_ESCAPE_MS) leave();
		lastEscape = now;
	});
}
