/**
 * Telling a double tap from two choices on the guided help path (src/scripts/guided-help.ts). Pure,
 * so the rule is tested without a browser.
 */

/**
 * How long after a question (or the result) appears a tap on it is taken as the second tap of a
 * double tap on what was there before (ms). Two taps of a double tap come 100 to 300 ms apart;
 * nobody reads a new question and chooses an answer in under half a second.
 */
export const SECOND_TAP_MS = 450;

/**
 * True for a click that is the second half of a double tap or double click, not a choice of what
 * it landed on: the next question's answers appear under the finger, and a 20-year-old's
 * "Yes, I am safe" double-tapped became "Under 18" without him seeing the question. A mouse's double
 * click says so itself (`detail` 2); a touch screen's may not, so a touch or pen tap within
 * {@link SECOND_TAP_MS} of the view changing counts as one. A key press (Enter, Space) or a screen
 * reader's activation (`detail` 0) is always taken: focus moved to the new question's heading, so
 * it cannot land on an answer by accident, and a keyboard user is never held up.
 */
export function isSecondTap(
	event: { detail: number; pointerType?: string },
	msSinceShown: number,
): boolean {
	if (event.detail > 1) return true;
	if (event.detail === 0) return false;
	const touch = event.pointerType === 'touch' || event.pointerType === 'pen';
	return touch && msSinceShown < SECOND_TAP_MS;
}
