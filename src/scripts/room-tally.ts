/**
 * Presenter mode's "Count the room" fields (src/components/teach/RoomTally.astro): fills them from
 * this browser's storage and keeps what the presenter types there, one entry per module, for the
 * class report on this computer. Counts only; nothing is sent. When the browser refuses storage,
 * the fields still work for the slide and say the counts cannot be kept.
 */
import { readTallies, roomTalliesKey, withEntry } from '../lib/class-report/room-tallies.ts';
import { localStore } from './local-store.ts';

/** Wires every `[data-room-tally]` panel on the page. */
export function startRoomTally(doc: Document, win: Window): void {
	const store = localStore(win);
	for (const panel of doc.querySelectorAll<HTMLElement>('[data-room-tally]')) {
		const id = panel.dataset['roomTally'] ?? '';
		const key = roomTalliesKey(panel.dataset['module'] ?? '');
		const status = panel.querySelector<HTMLElement>('[data-tally-status]');
		const scored = (name: string) =>
			panel.querySelector<HTMLInputElement>(`input[data-tally="${name}"]`);
		const ratings = [...panel.querySelectorAll<HTMLInputElement>('input[data-tally-rating]')];
		const read = () => {
			try {
				return readTallies(store?.getItem(key) ?? null);
			} catch {
				return readTallies(null);
			}
		};
		const fill = () => {
			const t = read();
			const s = t.scored[id];
			const answered = scored('answered');
			const safest = scored('safest');
			if (answered && safest && s) {
				answered.value = String(s.answered);
				safest.value = String(s.safest);
			}
			const r = t.ratings[id];
			if (r) ratings.forEach((input, i) => (input.value = String(r[i] ?? 0)));
		};
		const save = () => {
			const entry =
				ratings.length > 0
					? { ratings: ratings.map((i) => i.value) }
					: { answered: scored('answered')?.value ?? '', safest: scored('safest')?.value ?? '' };
			const before = read();
			const next = withEntry(before, id, entry);
			const kept = 'ratings' in entry ? next.ratings[id] : next.scored[id];
			// withEntry gives back the counts as they were when the fields do not read (it never
			// drops a count on a slip): say what to check, and that nothing was lost.
			// One field of two filled in so far: nothing to say yet.
			const waiting =
				!('ratings' in entry) && (entry.answered.trim() === '' || entry.safest.trim() === '');
			const said =
				next === before && !waiting
					? 'ratings' in entry
						? 'Check the numbers: whole numbers from 0. The counts before are kept.'
						: 'Check the numbers: whole numbers, and no more chose the safest answer than answered. The counts before are kept.'
					: '';
			try {
				if (!store) throw new Error('no storage');
				store.setItem(key, JSON.stringify(next));
				if (status) status.textContent = said || (kept ? 'Counted.' : '');
			} catch {
				if (status)
					status.textContent =
						'This browser does not let the counts be kept, so the class report cannot show them.';
			}
		};
		fill();
		panel.addEventListener('change', save);
		// Another tab (the class report, clearing the counts) changed them: show what is kept now.
		win.addEventListener('storage', (event) => {
			if (event.key === key || event.key === null) {
				for (const input of panel.querySelectorAll('input')) input.value = '';
				fill();
			}
		});
	}
}
