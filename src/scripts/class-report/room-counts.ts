/**
 * The class report's "Count the room" panel: shows, or clears, the counts presenter mode kept in
 * this browser for the chosen module (src/scripts/room-tally.ts writes them, room-tallies.ts reads
 * them). Counts only; nothing is sent.
 */
import type { ReportCounts } from '../../lib/class-report/tally.ts';
import {
	hasTallies,
	readTallies,
	roomCounts,
	roomTalliesKey,
} from '../../lib/class-report/room-tallies.ts';
import { localStore } from '../local-store.ts';

/** What the panel needs from the report page. */
export interface RoomCountsPage {
	/** The panel, hidden until this script runs. */
	readonly room: HTMLElement;
	/** "Show the counts from presenter mode". */
	readonly show: HTMLButtonElement;
	/** "Clear these counts". */
	readonly clear: HTMLButtonElement;
	/** The module the teacher chose ('' for none yet). */
	readonly select: HTMLSelectElement;
	/** The page's status line (a live region). */
	readonly status: HTMLElement;
	/** The drawn report, hidden once the counts are cleared. */
	readonly result: HTMLElement;
	/** Forgets the last file read and hides its report and any problem. */
	readonly forget: () => void;
	/** Draws the chosen module's report from the counts, or says why it cannot. */
	readonly drawCounts: (counts: ReportCounts) => Promise<void>;
}

/** Shows the panel and wires its two buttons. */
export function startRoomCounts(page: RoomCountsPage, win: Window): void {
	const { select, status, result } = page;
	page.room.hidden = false;
	const roomKey = () => roomTalliesKey(select.value);
	page.show.addEventListener('click', () => {
		void (async () => {
			page.forget();
			if (!select.value) {
				status.textContent = 'Choose the module you presented first, then show its counts.';
				select.focus();
				return;
			}
			const tallies = readTallies(localStore(win)?.getItem(roomKey()) ?? null);
			if (!hasTallies(tallies)) {
				status.textContent =
					'There are no counts from presenter mode for this module in this browser. Enter them with "Count the room" on an answer slide.';
				return;
			}
			await page.drawCounts(roomCounts(tallies));
		})();
	});
	page.clear.addEventListener('click', () => {
		if (!select.value) {
			status.textContent = 'Choose the module whose counts you want to clear.';
			select.focus();
			return;
		}
		const title = select.selectedOptions[0]?.textContent ?? select.value;
		try {
			localStore(win)?.removeItem(roomKey());
			result.hidden = true;
			status.textContent = `The counts from presenter mode for "${title}" are cleared.`;
		} catch {
			status.textContent = 'This browser did not let the counts be cleared.';
		}
	});
}
