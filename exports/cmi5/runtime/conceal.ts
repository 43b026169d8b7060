/** Takes what identifies the learner out of a stored request's text, and puts it back. */
export interface Concealer {
	hide(text: string): string;
	show(text: string): string;
}

/** What stands for the learner in stored JSON (a JSON string) and in a stored URL's query. */
const LEARNER_JSON = '"second-look:learner"';
const LEARNER_QUERY = 'second-look%3Alearner';

/**
 * Hides `actor` (the launch's, as statements and state URLs carry it: its JSON, and that JSON in a
 * URL's query) behind a marker, and shows it again. A privacy review found the learner's full name
 * and LMS account name in the queue a school computer's localStorage kept after an outage. Pure.
 */
export function learnerConcealer(actor: unknown): Concealer {
	const json = JSON.stringify(actor);
	const query = new URLSearchParams({ a: json }).toString().slice(2);
	const swap = (text: string, pairs: readonly (readonly [string, string])[]) =>
		pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
	return {
		hide: (text) =>
			swap(text, [
				[json, LEARNER_JSON],
				[query, LEARNER_QUERY],
			]),
		show: (text) =>
			swap(text, [
				[LEARNER_JSON, json],
				[LEARNER_QUERY, query],
			]),
	};
}
