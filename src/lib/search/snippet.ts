/** A run of snippet text; `mark` runs are the words that matched the search. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** A word of a text, where it is, and its index term ('' for a stop word). */
export interface TermSpan {
	term: string;
	start: number;
	end: number;
}

/** About how many words a snippet shows, and how many before the first match. */
const WINDOW_WORDS = 32;
const LEAD_WORDS = 8;

/** How many different matched terms occur among some words. */
export function distinctMatches(spans: readonly TermSpan[], matched: ReadonlySet<string>): number {
	const found = new Set<string>();
	for (const { term } of spans) if (matched.has(term)) found.add(term);
	return found.size;
}

/**
 * A snippet of `text` around its first match: about {@link WINDOW_WORDS} words, "…" where text is
 * cut, and each matching word in a `mark` segment. A text with no match gives its opening words.
 * `spans` are the text's words with their terms. `whole`: all of the text, never cut (a title: a
 * result's link must name the page it opens, from its first word).
 */
export function snippet(
	text: string,
	spans: readonly TermSpan[],
	matched: ReadonlySet<string>,
	{ whole = false }: { whole?: boolean } = {},
): Segment[] {
	if (spans.length === 0) return [{ text, mark: false }];
	const first = spans.findIndex((s) => matched.has(s.term));
	const from = whole || first <= LEAD_WORDS ? 0 : first - LEAD_WORDS;
	const to = whole ? spans.length : Math.min(spans.length, from + WINDOW_WORDS);
	const startAt = from === 0 ? 0 : (spans[from]?.start ?? 0);
	const endAt = to === spans.length ? text.length : (spans[to - 1]?.end ?? text.length);
	const segments: Segment[] = [];
	const push = (value: string, mark: boolean) => {
		if (value === '') return;
		const last = segments[segments.length - 1];
		if (last && !last.mark && !mark) last.text += value;
		else segments.push({ text: value, mark });
	};
	if (startAt > 0) push('… ', false);
	let at = startAt;
	for (let i = from; i < to; i++) {
		const span = spans[i];
		if (!span || !matched.has(span.term)) continue;
		push(text.slice(at, span.start), false);
		push(text.slice(span.start, span.end), true);
		at = span.end;
	}
	push(text.slice(at, endAt), false);
	if (endAt < text.length) push(' …', false);
	return segments;
}
