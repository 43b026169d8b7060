import { helplines } from '../../data/helplines.ts';

/** A phone number found in a text, as written and normalised. */
export interface PhoneMention {
	/** As written, e.g. "0800 1111". */
	written: string;
	/** Digits only, a leading +44 or 0044 turned into 0, e.g. "08001111". */
	digits: string;
	index: number;
}

/**
 * What counts as a phone number (UK numbering):
 * - a number starting with 0, +44 or 0044, 8 to 12 digits, grouped by single spaces, hyphens or
 *   dots, perhaps with the area code in brackets: "0800 1111", "0345 6000 459", "(020) 7946 0000";
 * - a 116/118 number, "116 123";
 * - a three-digit service number written as one: 999, 112, 101, 111, 105, 119, unless a word
 *   other than a small joining word follows it ("112 cases" is a count);
 * - any other three-digit number right after "call", "ring", "phone", "dial" or "text" (with up
 *   to three words between, as in "call the police on 123").
 * Amounts ("£100"), years and counts are not numbers to call, so they are not matched.
 */
const LONG =
	/(?<![\w£$€.,/-])(?:\+44\s?(?:\(0\)\s?)?|0044\s?|\(0|0)\d(?:[\s.-]?\)?[\s.-]?\d){6,10}(?![\w%/-]|[.,]\d)/g;
const SERVICE_116 = /(?<![\w£$€.,/-])11[68][\s-]?\d{3}(?![\w%/-]|[.,]\d)/g;
// A bare 999 or 101 is a number to call when nothing follows or a small word does ("999 if you
// are in danger", "101 to report"); "112 cases" is a count.
const SHORT_SERVICE =
	/(?<![\w£$€.,/:-])(?:999|112|101|111|105|119)(?![\w%/:-]|[.,]\d)(?=\s*(?:$|[.,;:!?)\]]|(?:or|and|if|to|for|from|in|on|at|now|straight|any|when|with|is|are|–|—)\b|[–—]))/g;
const SHORT_AFTER_VERB =
	/\b(?:call|ring|phone|dial|text)(?:\s+[\p{L}']+){0,3}\s+(?:on\s+)?(\d{3})(?![\w%/:-]|[.,]\d)/giu;

/** Digits only, with +44/0044 turned into the leading 0 dialled within the UK. */
export function normalisePhone(written: string): string {
	const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
	if (written.trim().startsWith('+44')) return `0${digits.slice(2)}`;
	if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
	return digits;
}

/** Every phone number in a text, in order, each once. */
export function findPhoneNumbers(text: string): PhoneMention[] {
	const found = new Map<number, PhoneMention>();
	const add = (written: string, index: number) => {
		const covered = [...found.values()].some(
			(m) => index >= m.index && index < m.index + m.written.length,
		);
		if (!covered) found.set(index, { written, digits: normalisePhone(written), index });
	};
	for (const re of [LONG, SERVICE_116, SHORT_SERVICE]) {
		for (const m of text.matchAll(re)) add(m[0], m.index);
	}
	for (const m of text.matchAll(SHORT_AFTER_VERB)) {
		const number = m[1] ?? '';
		add(number, m.index + m[0].length - number.length);
	}
	return [...found.values()].sort((a, b) => a.index - b.index);
}

/** The numbers of the one helpline table, normalised, each with the id of its helpline. */
export function helplineNumbers(): Map<string, string> {
	const numbers = new Map<string, string>();
	for (const h of helplines)
		for (const c of h.contacts) if (c.kind === 'phone') numbers.set(normalisePhone(c.number), h.id);
	return numbers;
}
