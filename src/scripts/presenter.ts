// Over 300 lines on purpose: one closure holds presenter mode's state (the slide shown, the blank,
// a typed number, the help slide's way back), which every key, button and Escape reads and changes.
/**
 * Presenter mode in the browser: shows one slide at a time, moves between them by keyboard or
 * buttons, jumps to any slide from the slide list or by typing its number, and scales a slide's
 * type down when it would not fit the screen; Escape closes what is open, then ends the show.
 * Without this script the page is one long document. What each key means is in presenter-keys.ts;
 * how a slide is fitted, in slide-fit.ts.
 */
import { commandFor, escapeAction, typeNumber, type PresenterCommand } from './presenter-keys.ts';
import { notesWindow, type NotesView } from './presenter-notes.ts';
import { SHOW_ENDED } from '../lib/events.ts';
import { fitToScreen } from './slide-fit.ts';

/** The tag of the element a key was pressed on, in this window or the notes window. */
const tagOf = (target: EventTarget | null) =>
	target !== null && 'tagName' in target && typeof target.tagName === 'string'
		? target.tagName
		: 'BODY';

/** The slide index a location hash names (`#slide-<id>`), or 0. */
function indexFromHash(slides: readonly HTMLElement[], hash: string): number {
	const found = slides.findIndex((s) => `#${s.id}` === hash);
	return found >= 0 ? found : 0;
}

/** Starts presenter mode on a page built by `src/pages/present/[id].astro`. */
export function startPresenter(doc: Document, win: Window): void {
	const slides = [...doc.querySelectorAll<HTMLElement>('[data-slide]')];
	const controls = doc.querySelector<HTMLElement>('[data-controls]');
	const count = doc.querySelector<HTMLElement>('[data-count]');
	const prev = doc.querySelector<HTMLButtonElement>('[data-prev]');
	const nextButton = doc.querySelector<HTMLButtonElement>('[data-next]');
	const help = doc.querySelector<HTMLButtonElement>('[data-help]');
	const listButton = doc.querySelector<HTMLButtonElement>('[data-list]');
	const list = doc.querySelector<HTMLDialogElement>('[data-slide-list]');
	const gotoStatus = doc.querySelector<HTMLElement>('[data-goto-status]');
	const announcer = doc.querySelector<HTMLElement>('[data-announce]');
	const blank = doc.querySelector<HTMLElement>('[data-blank]');
	const notesButton = doc.querySelector<HTMLButtonElement>('[data-notes-open]');
	/** Where Escape ends the show: the page presenter mode is opened from (the pack). */
	const endShow = doc.querySelector<HTMLAnchorElement>('[data-end-show]');
	if (slides.length === 0 || !controls || !count || !prev || !nextButton || !help) return;
	const helpIndex = Number(help.dataset['help']);
	// The session ends on the help slide; the appendix after it is reached by list or number.
	const flowEnd = slides.filter((s) => s.dataset['section'] !== 'appendix').length - 1;
	doc.documentElement.classList.add('presenting');
	controls.hidden = false;

	let current = -1;
	let typed = '';
	/** The slide H was pressed on, while the help slide it showed is still up: Escape goes back. */
	let helpFrom: number | undefined;
	/** Tells a screen reader what a key did that the slide's title does not say. */
	const say = (message: string) => {
		if (announcer) announcer.textContent = message;
	};
	const closedReveal = () => {
		const reveal = slides[current]?.querySelector<HTMLDetailsElement>('[data-reveal]');
		return reveal && !reveal.open ? reveal : undefined;
	};
	const atEnd = () => current === flowEnd || current === slides.length - 1;
	/**
	 * Next is there while a press does something: an answer to show, or a slide after this one. The
	 * notes window, if open, follows.
	 */
	const updateNext = () => {
		nextButton.disabled = atEnd() && !closedReveal();
		notes.update(notesView());
	};
	const headingOf = (index: number) => slides[index]?.querySelector<HTMLElement>('h2');
	const show = (index: number, { focus = false } = {}) => {
		const target = Math.min(Math.max(index, 0), slides.length - 1);
		if (target === current) {
			if (focus) headingOf(current)?.focus();
			return;
		}
		const first = current === -1;
		if (target !== helpIndex) helpFrom = undefined;
		const leaving = slides[current];
		const focusWasInside = leaving?.contains(doc.activeElement) ?? false;
		current = target;
		say('');
		slides.forEach((s, i) => {
			s.hidden = i !== current;
		});
		const slide = slides[current];
		if (!slide) return;
		const inAppendix = current > flowEnd;
		const title = (headingOf(current)?.textContent ?? '').trim();
		count.textContent = inAppendix
			? `Appendix, slide ${String(current + 1)}: ${title}`
			: `Slide ${String(current + 1)} of ${String(flowEnd + 1)}: ${title}`;
		prev.disabled = current === 0;
		updateNext();
		// The address names the slide, so a reload stays on it. Not on the first show: rewriting the
		// address then would move the browser's Tab starting point past the quick exit.
		if (!first) win.history.replaceState(null, '', `#${slide.id}`);
		win.scrollTo(0, 0);
		fitToScreen(slide);
		// Focus stays on the buttons while they are used; it only follows when its slide is hidden.
		if (focus || focusWasInside) headingOf(current)?.focus();
	};
	const step = (by: number) => {
		// Moving never crosses from the session into the appendix, or back.
		const limit = current > flowEnd ? slides.length - 1 : flowEnd;
		const floor = current > flowEnd ? flowEnd + 1 : 0;
		show(Math.min(Math.max(current + by, floor), limit));
	};
	const openList = () => {
		if (!list || list.open) return;
		list.showModal();
		const link = list.querySelector<HTMLElement>(`[data-goto="${String(current)}"]`);
		link?.focus();
		link?.scrollIntoView({ block: 'nearest' });
	};
	/**
	 * Blanks the projected screen (B, as in PowerPoint) or shows it again. Blank, the screen is black
	 * but for a small line for the presenter, which takes focus (a screen reader says it) and gives it
	 * back after.
	 */
	let focusBeforeBlank: Element | null = null;
	const blanked = () => blank?.hidden === false;
	const setBlank = (on: boolean) => {
		if (!blank || blanked() === on) return;
		blank.hidden = !on;
		notes.update(notesView());
		const button = blank.querySelector<HTMLElement>('button');
		if (on) {
			focusBeforeBlank = doc.activeElement;
			button?.focus();
		} else if (blank.contains(doc.activeElement)) {
			// Back where focus was, or on the slide's title, which a screen reader then reads: never
			// dropped on the page with nothing said.
			if (focusBeforeBlank instanceof HTMLElement && focusBeforeBlank !== doc.body)
				focusBeforeBlank.focus();
			else headingOf(current)?.focus();
		}
	};
	const setTyped = (value: string) => {
		typed = value;
		if (gotoStatus) gotoStatus.textContent = typed ? `Go to slide ${typed}: press Enter` : '';
	};

	/**
	 * Shows or folds an answer and fits its slide at once: the `toggle` event (below) comes a task
	 * later, and the answer would first show running off the screen.
	 */
	const setOpen = (reveal: HTMLDetailsElement, open: boolean) => {
		reveal.open = open;
		const slide = slides[current];
		if (slide) fitToScreen(slide);
		updateNext();
	};
	/**
	 * Next, as a clicker's one button: a slide with its answer still folded shows it first (a build,
	 * as in PowerPoint), and the press after moves on. Focus stays put (on Space, a focused summary
	 * would fold it again); the live region says what changed.
	 */
	const next = () => {
		const reveal = closedReveal();
		if (reveal) {
			setOpen(reveal, true);
			say(reveal.dataset['reveal'] === 'notes' ? 'Notes shown.' : 'Answer shown.');
		} else step(1);
	};

	/** What the notes window shows now: the slide, what next does, the blank, the slide's note. */
	const notesView = (): NotesView => {
		const reveal = closedReveal();
		const title = (index: number) => (headingOf(index)?.textContent ?? '').trim();
		return {
			slide: count.textContent,
			next: reveal
				? `Next press: shows the ${reveal.dataset['reveal'] === 'notes' ? 'notes for this check' : 'answer'}.`
				: atEnd()
					? 'Next press: nothing, this is the last slide.'
					: `Next slide: ${title(current + 1)}`,
			blanked: blanked(),
			note: slides[current]?.querySelector<HTMLElement>('[data-presenter-note]') ?? null,
		};
	};
	const openNotes = () => {
		if (notes.open(notesView())) return;
		if (gotoStatus)
			gotoStatus.textContent = 'The notes window did not open: allow pop-ups for this page.';
	};

	/**
	 * Escape, as in PowerPoint: closes the nearest open part (presenter-keys.ts says which), one a
	 * press, then ends the show by going back to the pack; Back returns to this slide (the address
	 * names it). The open panel is one the room can see (not a note moved to the notes window).
	 */
	const escape = () => {
		const panel = [
			...(slides[current]?.querySelectorAll<HTMLDetailsElement>('details.presenter-note[open]') ??
				[]),
		].find((d) => d.getClientRects().length > 0);
		const helpFromSlide = current === helpIndex ? helpFrom : undefined;
		const action = escapeAction({
			blanked: blanked(),
			panel: panel !== undefined,
			helpFromSlide: helpFromSlide !== undefined,
		});
		if (action === 'show-screen') setBlank(false);
		else if (action === 'fold-panel' && panel) {
			const focusWasInside = panel.contains(doc.activeElement);
			setOpen(panel, false);
			if (focusWasInside) panel.querySelector<HTMLElement>('summary')?.focus();
		} else if (action === 'back-from-help') show(helpFromSlide ?? 0, { focus: true });
		else if (endShow) {
			// Marked, so the pack's quick exit does not pair the teacher's next Escapes (quick-exit.ts).
			const pack = new URL(endShow.href);
			pack.hash = SHOW_ENDED;
			win.location.assign(pack.href);
		}
	};

	const run = (command: PresenterCommand) => {
		if (command === 'escape') {
			escape();
			return;
		}
		if (command === 'blank') {
			setBlank(!blanked());
			return;
		}
		// The notes window is the presenter's: the projected screen stays as it is.
		if (command === 'notes') {
			openNotes();
			return;
		}
		// Any other key shows the screen again; next and previous only that, so the class sees the
		// slide it left, not the one after.
		if (blanked()) {
			setBlank(false);
			if (command === 'next' || command === 'previous') return;
		}
		if (command === 'next') next();
		else if (command === 'previous') step(-1);
		else if (command === 'first') show(0);
		else if (command === 'last') show(flowEnd);
		else if (command === 'help') {
			if (current !== helpIndex) helpFrom = current;
			show(helpIndex, { focus: true });
		} else if (command === 'list') openList();
		else {
			const slide = slides[current];
			const reveal = slide?.querySelector<HTMLDetailsElement>('[data-reveal]');
			const answerAt = slide?.dataset['answerAt'];
			if (reveal) setOpen(reveal, !reveal.open);
			else if (answerAt !== undefined) {
				// R on a question goes to its answer and reveals it.
				show(Number(answerAt));
				const answer = slides[current]?.querySelector<HTMLDetailsElement>('[data-reveal]');
				if (answer) setOpen(answer, true);
			}
		}
	};

	prev.addEventListener('click', () => {
		run('previous');
	});
	nextButton.addEventListener('click', () => {
		run('next');
	});
	help.addEventListener('click', () => {
		run('help');
	});
	blank?.addEventListener('click', () => {
		setBlank(false);
	});
	listButton?.addEventListener('click', () => {
		run('list');
	});
	notesButton?.addEventListener('click', () => {
		run('notes');
	});
	list?.querySelector('[data-close-list]')?.addEventListener('click', () => {
		list.close();
	});
	list?.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('[data-goto]') : null;
		if (!(link instanceof HTMLElement)) return;
		event.preventDefault();
		list.close();
		show(Number(link.dataset['goto']), { focus: true });
	});
	// A revealed answer or an opened note changes the slide's height: fit it again.
	doc.addEventListener(
		'toggle',
		(event) => {
			const slide = slides[current];
			if (slide && event.target instanceof Node && slide.contains(event.target)) {
				fitToScreen(slide);
				updateNext();
			}
		},
		true,
	);
	win.addEventListener('resize', () => {
		const slide = slides[current];
		if (slide) fitToScreen(slide);
	});
	// Keys pressed here, or in the notes window (a clicker's, while that window has focus).
	const onKey = (event: KeyboardEvent) => {
		if (event.defaultPrevented || list?.open) return;
		const context = {
			shift: event.shiftKey,
			ctrl: event.ctrlKey,
			alt: event.altKey,
			meta: event.metaKey,
			targetTag: tagOf(event.target),
		};
		const entry = typeNumber(typed, event.key, context);
		if (entry) {
			// An Escape that clears a typed number is used here: the quick exit does not count it.
			event.preventDefault();
			setTyped(entry.typed);
			if (entry.go !== undefined) {
				setBlank(false);
				show(entry.go - 1, { focus: true });
			}
			return;
		}
		const command = commandFor(event.key, context);
		if (!command) return;
		// Marked as used, Escape included, so the quick exit does not count it (quick-exit.ts).
		event.preventDefault();
		// A held Escape closes one part or ends the show once, not everything in a run.
		if (command !== 'escape' || !event.repeat) run(command);
	};
	doc.addEventListener('keydown', onKey);
	// While the notes window is open, the notes are there and not on the projected slides.
	const notes = notesWindow(doc, win, onKey, () => {
		doc.documentElement.classList.toggle('notes-elsewhere', notes.isOpen());
	});
	show(indexFromHash(slides, win.location.hash));
}
