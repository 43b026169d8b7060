import type { AnyNotice } from '../../exports/cmi5/runtime/notices.ts';
import { followHeight } from './bar-height.ts';
import { isUnsentNotice, noticeText } from './package-notices.ts';

/**
 * The save line: a short line kept at the window's foot while answers are not reaching the LMS (or
 * no longer can), in view wherever the learner works, where the notice itself sits above the
 * lesson. Its button opens the notice's own words just above it, in place, so the learner never
 * loses their place. Not a live region: the notice is, and is heard once.
 */

/**
 * The line's words for a notice: one line at 400% zoom in an LMS frame (305 CSS px). A notice not
 * listed leaves the line as it is; `null` takes it away.
 */
const saveLineText: Partial<Record<AnyNotice, string | null>> = {
	'save-failing': 'Not saved yet: keep this page open',
	'lms-not-answering-unkept': 'Not saved yet: keep this page open',
	'save-failing-kept': 'Not sent yet: kept in this browser',
	'lms-not-answering': 'Not sent yet: kept in this browser',
	'not-all-saved': 'Some answers have not been saved',
	'not-all-saved-kept': 'Some answers not sent: kept here',
	'part-refused': 'Part of your progress not accepted',
	'visit-ended': 'Visit ended: new answers not saved',
	'saved-again': null,
	'unsaved-recovered': null,
};

/** What a focused line says until focus leaves it, when its cause has gone. */
const SAVED_NOW = 'Your progress is saved now';

/** The line's parts in the page (layouts/Package.astro), or undefined where there is none. */
function partsOf(doc: Document) {
	const line = doc.querySelector<HTMLElement>('[data-save-line]');
	const toggle = line?.querySelector<HTMLButtonElement>('[data-save-line-toggle]');
	const text = line?.querySelector('[data-save-line-text]');
	const more = line?.querySelector<HTMLElement>('[data-save-line-more]');
	return line && toggle && text && more ? { line, toggle, text, more } : undefined;
}

function setOpen(parts: NonNullable<ReturnType<typeof partsOf>>, isOpen: boolean): void {
	parts.toggle.setAttribute('aria-expanded', String(isOpen));
	parts.more.hidden = !isOpen;
}

/**
 * Makes the line's button open and close the notice's words, closes them once focus leaves the line
 * (open, they would hide the lesson the learner goes on to at 400% zoom), and keeps the page's
 * bottom scroll padding as tall as the line (global.css), so nothing the keyboard reaches is under
 * it. A press once the cause has gone (the button then says so) takes the line away.
 */
export function installSaveLine(doc: Document): void {
	const parts = partsOf(doc);
	if (!parts) return;
	parts.toggle.addEventListener('click', () => {
		if (parts.text.textContent === SAVED_NOW) {
			parts.line.hidden = true;
			return;
		}
		setOpen(parts, parts.toggle.getAttribute('aria-expanded') !== 'true');
	});
	parts.line.addEventListener('focusout', (event) => {
		const next = event.relatedTarget;
		if (next instanceof Node && parts.line.contains(next)) return;
		setOpen(parts, false);
		// Its cause gone while the learner was on it: it goes now they have moved on.
		if (parts.text.textContent === SAVED_NOW) parts.line.hidden = true;
	});
	followHeight(parts.line, doc.documentElement, '--save-line-height');
}

/**
 * Shows, changes or takes away the save line for a notice ({@link saveLineText}). At Finish the
 * focused finish paragraph says where the answers are: the line goes. A line that has focus goes
 * only once focus leaves it (hiding it would drop the learner's place), saying meanwhile that the
 * progress is saved; focus in its open words goes to its button first.
 */
export function showSaveLine(doc: Document, notice: AnyNotice, isFinishing = false): void {
	const parts = partsOf(doc);
	const words =
		isFinishing && (isUnsentNotice(notice) || notice === 'saved-again')
			? null
			: saveLineText[notice];
	if (!parts || words === undefined) return;
	if (words !== null) {
		parts.text.textContent = words;
		parts.more.textContent = noticeText[notice];
		parts.line.hidden = false;
		return;
	}
	const isFocused = parts.line.contains(doc.activeElement);
	if (isFocused && parts.more.contains(doc.activeElement)) parts.toggle.focus();
	setOpen(parts, false);
	if (isFocused) parts.text.textContent = SAVED_NOW;
	else parts.line.hidden = true;
}
