/**
 * Presenter mode's keys (src/scripts/presenter.ts): what a key press asks for, typing a slide's
 * number to jump to it, and what Escape closes. Pure.
 */

/** What a key press asks for, or undefined when presenter mode should leave the key alone. */
export type PresenterCommand =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'reveal'
	| 'help'
	| 'list'
	| 'blank'
	| 'notes'
	| 'escape';

/** Elements whose own keyboard behaviour must win over the slide keys. */
const interactive = new Set(['A', 'BUTTON', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);
/** Elements that take typing: no key is a slide key there. */
const fields = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Modifier keys and where the key was pressed. */
export interface KeyContext {
	shift?: boolean;
	ctrl?: boolean;
	alt?: boolean;
	meta?: boolean;
	targetTag?: string;
}

/**
 * Maps a key press to a command. Pure. Space and Enter activate a focused button or link, so they
 * only move slides when focus is elsewhere; modifier chords belong to the browser.
 */
export function commandFor(
	key: string,
	{ shift = false, ctrl = false, alt = false, meta = false, targetTag = 'BODY' }: KeyContext = {},
): PresenterCommand | undefined {
	if (ctrl || alt || meta) return undefined;
	// Escape is presenter mode's everywhere, in a count field too: it closes what is open, then ends
	// the show (escapeAction), as a teacher used to PowerPoint expects. Never the quick exit's: two
	// presses must not throw a teacher off the site in front of the class.
	if (key === 'Escape') return 'escape';
	// A field's keys are its own (arrows change a number, letters are typed).
	if (fields.has(targetTag)) return undefined;
	const onControl = interactive.has(targetTag);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case ' ':
			return onControl ? undefined : shift ? 'previous' : 'next';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'r':
		case 'R':
			return 'reveal';
		case 'h':
		case 'H':
			return 'help';
		case 'l':
		case 'L':
		case '?':
			return 'list';
		// PowerPoint's keys, and what a clicker's "blank" button sends.
		case 'b':
		case 'B':
		case '.':
			return 'blank';
		case 'n':
		case 'N':
			return 'notes';
		default:
			return undefined;
	}
}

/** The slide number being typed, and the slide to go to when Enter ends it. */
export interface NumberEntry {
	typed: string;
	/** Set when Enter ends a number: the slide's number (1 is the first slide). */
	go?: number;
}

/**
 * Typing a slide's number: digits add to it, Backspace takes one off, Enter goes there, Escape
 * drops it. Pure. Undefined when the key is not part of typing a number (so it keeps its meaning);
 * Enter and Backspace only count while a number is being typed.
 */
export function typeNumber(
	typed: string,
	key: string,
	{ ctrl = false, alt = false, meta = false, targetTag = 'BODY' }: KeyContext = {},
): NumberEntry | undefined {
	if (ctrl || alt || meta || targetTag === 'INPUT' || targetTag === 'TEXTAREA') return undefined;
	if (/^[0-9]$/.test(key)) return { typed: `${typed}${key}`.slice(-3) };
	if (typed === '') return undefined;
	if (key === 'Backspace') return { typed: typed.slice(0, -1) };
	if (key === 'Escape') return { typed: '' };
	if (key === 'Enter') return { typed: '', go: Number(typed) };
	return undefined;
}

/**
 * What presenter mode has open that Escape closes first. The slide list (a modal dialog) closes
 * itself on Escape, and a half-typed slide number is dropped by typeNumber, before this is asked.
 */
export interface OpenParts {
	/** The projected screen is blanked (B). */
	blanked: boolean;
	/** A panel is open on the projected slide: the presenter's note, or "Count the room". */
	panel: boolean;
	/** The help slide is up because H (or its button) was pressed on another slide. */
	helpFromSlide: boolean;
}

/** What one press of Escape does: close the nearest open part, or end the show. */
export type EscapeAction = 'show-screen' | 'fold-panel' | 'back-from-help' | 'end-show';

/**
 * What Escape does in presenter mode, as in PowerPoint: it closes what is open, the part the room
 * sees first, one part a press; with nothing open it ends the show (back to the page presenter mode
 * was opened from). Pure.
 */
export function escapeAction({ blanked, panel, helpFromSlide }: OpenParts): EscapeAction {
	if (blanked) return 'show-screen';
	if (panel) return 'fold-panel';
	if (helpFromSlide) return 'back-from-help';
	return 'end-show';
}
