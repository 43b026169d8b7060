/**
 * A text with the helpline table's numbers in it, cut into words and numbers to call, so a page
 * renders each number as a tap-to-call link (`tel:`) while the text keeps one source: the guided
 * help's step "If you are in danger now, call 999…" writes its numbers from src/data/helplines.ts,
 * and the page links them. Pure.
 */
import { findPhoneNumbers, helplineNumbers, normalisePhone } from '../content/lint/phones.ts';
import { telHref } from './support.ts';

/** A number to call, as written in the text, and its `tel:` address. */
export interface PhonePart {
	number: string;
	href: string;
}

/**
 * The text as plain words and numbers to call, in order (joined, they are the text again). Only
 * numbers of the helpline table are links; any other (none should be in a text: the content lint
 * stops it) stays words, so nobody is sent to a number the project has not checked.
 */
export function phoneParts(text: string): (string | PhonePart)[] {
	const known = helplineNumbers();
	const parts: (string | PhonePart)[] = [];
	let from = 0;
	for (const phone of findPhoneNumbers(text)) {
		if (!known.has(normalisePhone(phone.written))) continue;
		// The lint reads "(020) 7946 0000" whole, so in "Childline (0800 1111)" it starts at the
		// bracket: a bracket the number does not close is the text's.
		const bracket = phone.written.startsWith('(') && !phone.written.includes(')') ? 1 : 0;
		const number = phone.written.slice(bracket);
		const at = phone.index + bracket;
		if (at > from) parts.push(text.slice(from, at));
		parts.push({ number, href: telHref(number) });
		from = at + number.length;
	}
	if (from < text.length) parts.push(text.slice(from));
	return parts;
}
