/**
 * THE names an LMS stores for what a learner picked: one code per option, item, profile part,
 * match pair, match target or chat ending. The runtime writes responses with these codes
 * (`interactions.ts`) and the teacher pack's key (`src/lib/reporting/code-key.ts`) reads them from
 * here too, so the two cannot drift apart. Pure.
 *
 * - SCORM 1.2 allows only single characters in a choice response (RTE 3.4.4): a, b, c… by position,
 *   except a choice's options whose ids are each one letter or digit: those ids, so moving the
 *   options keeps what a stored `b` means.
 * - SCORM 2004 and xAPI take a short identifier (RTE 4.2.9.1): the author's id when it is a word
 *   (`police`, `evidence`), else the first words of its text (`stop-and-tell-someone`), made unique
 *   within its group.
 * - A chat story's endings have the same code in every standard: their node id (`c`, `g`), so a
 *   teacher reads the same ending in a 1.2 and a 2004 report. When every ending id is one character
 *   the 1.2 interaction is a `choice`; otherwise it is a `fill-in`, whose response may be any short
 *   text ({@link endingInteractionType}).
 */
import type { RuntimeFacts } from '../facts.ts';
import type { Activity, ActivityOf } from '../../../src/schemas/activity.ts';

/** One thing a learner can pick, with the code an LMS stores for it and the words it stands for. */
export interface Code {
	/** The id in the content (option, item, part, pair, target or node id). */
	id: string;
	/** What the LMS stores in this standard. */
	code: string;
	/** What the learner saw: the option's text, or for an ending the replies that lead to it. */
	words: string;
}

/** The codes of one activity, by group. Matching has two groups; other types one or none. */
export interface CodeBook {
	/** Options, items, parts or endings (matching: the things on the left). */
	choices: Code[];
	/** Matching only: the targets on the right. */
	targets: Code[];
}

/** Longest readable code made from an option's text, in characters (as an author's id) and words. */
const WORDS_MAX_CHARS = 32;
const WORDS_MAX_WORDS = 5;

/** Little words a code should not end on ("stop-and-block", not "stop-and-block-the"). */
const TRAILING = new Set(
	'a an and are as at but by for he her his if in is it of on or she so that the their them they this to with you your'.split(
		' ',
	),
);

/** The first words of a text as a lower-case identifier: "Don't pay!" → "dont-pay". */
export function wordsCode(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	const kept: string[] = [];
	for (const word of words.slice(0, WORDS_MAX_WORDS)) {
		if ([...kept, word].join('-').length > WORDS_MAX_CHARS) break;
		kept.push(word);
	}
	while (kept.length > 1 && TRAILING.has(kept.at(-1) ?? '')) kept.pop();
	return kept.join('-') || (words[0] ?? '').slice(0, WORDS_MAX_CHARS);
}

/**
 * A code for each thing of a group, named as the standard wants, unique within the group. A choice's
 * `options` whose ids are each one letter or digit keep their ids as 1.2 codes, so a stored `b`
 * still means the same option after an author moves the right answer to another place.
 */
function name(
	things: readonly { id: string; text: string }[],
	facts: RuntimeFacts,
	isOptions = false,
): { id: string; code: string }[] {
	if (facts.responses.choiceNames === 'letters')
		return isOptions && things.every((t) => facts.responses.choiceNamePattern.test(t.id))
			? things.map((t) => ({ id: t.id, code: t.id }))
			: things.map((t, i) => ({ id: t.id, code: String.fromCharCode(97 + i) }));
	const taken = new Set<string>();
	return things.map((t) => {
		const base = (t.id.length > 1 ? t.id : wordsCode(t.text)) || t.id;
		let code = base.slice(0, facts.responses.maxChoiceName);
		for (let n = 2; taken.has(code); n++) code = `${base}-${String(n)}`;
		taken.add(code);
		return { id: t.id, code };
	});
}

function withWords(
	things: readonly { id: string; text: string }[],
	facts: RuntimeFacts,
	isOptions = false,
): Code[] {
	const named = name(things, facts, isOptions);
	return things.map((t, i) => ({ id: t.id, code: named[i]?.code ?? t.id, words: t.text }));
}

/** The ending nodes of a chat story, in node order. */
export function endingsOf(activity: ActivityOf<'scenario'>) {
	return activity.nodes.filter((n) => n.ending);
}

/** The distinct replies that lead to a node, as the learner saw them. */
function repliesInto(activity: ActivityOf<'scenario'>, nodeId: string): string[] {
	const replies = activity.nodes.flatMap((n) =>
		(n.choices ?? []).filter((c) => c.next === nodeId).map((c) => c.text),
	);
	return [...new Set(replies)];
}

/**
 * The words of each ending: the replies that lead to it. When two endings are reached by the same
 * words, each also says which reply came before ("after …"), so a teacher can tell them apart.
 */
function endingWords(activity: ActivityOf<'scenario'>): Map<string, string> {
	const quote = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join(' or ');
	const plain = new Map(endingsOf(activity).map((n) => [n.id, repliesInto(activity, n.id)]));
	const said = [...plain.values()].map((r) => r.join(' / '));
	const words = new Map<string, string>();
	for (const [id, replies] of plain) {
		const text = replies.join(' / ');
		if (said.filter((s) => s === text).length < 2) {
			words.set(id, text);
			continue;
		}
		const before = activity.nodes
			.filter((n) => n.choices?.some((c) => c.next === id))
			.flatMap((n) => repliesInto(activity, n.id));
		words.set(id, before.length ? `${text} (after ${quote([...new Set(before)])})` : text);
	}
	return words;
}

/** The 1.2 interaction type of a chat story: `choice` when every ending id is one character. */
export function endingInteractionType(
	activity: ActivityOf<'scenario'>,
	facts: RuntimeFacts,
): 'choice' | 'fill-in' {
	return endingsOf(activity).every((n) => facts.responses.choiceNamePattern.test(n.id))
		? 'choice'
		: 'fill-in';
}

/** Every code an activity's responses use in a standard, with its words. Pure. */
export function codeBook(activity: Activity, facts: RuntimeFacts): CodeBook {
	const none: Code[] = [];
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
			return { choices: withWords(activity.options, facts, true), targets: none };
		case 'red-flags':
			return { choices: withWords(activity.parts, facts), targets: none };
		case 'ordering':
			return { choices: withWords(activity.items, facts), targets: none };
		case 'matching':
			return {
				choices: withWords(activity.pairs, facts),
				targets: withWords(activity.targets, facts),
			};
		case 'scenario': {
			const words = endingWords(activity);
			return {
				choices: endingsOf(activity).map((n) => ({
					id: n.id,
					code: n.id,
					words: words.get(n.id) ?? '',
				})),
				targets: none,
			};
		}
		case 'true-false':
		case 'confidence':
		case 'h5p':
			return { choices: none, targets: none };
	}
}

/** The code of one id in a group; "" for an id the activity does not have. */
export function codeOf(group: readonly Code[], id: string): string {
	return group.find((c) => c.id === id)?.code ?? '';
}
