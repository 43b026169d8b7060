import type { ActivityOf, ChatNode } from '../../schemas/activity.ts';

/** Words that put help off until later. */
const LATER =
	/\btomorrow\b|\bnext\s+(?:morning|week|weekend)\b|\blater\s+(?:this|that|in\s+the)\s+(?:week|weekend)\b|\bin\s+the\s+morning\b|\bat\s+the\s+weekend\b|\bin\s+a\s+few\s+days\b/i;

/** One text of a scenario on a path to a safe ending that puts help off. */
export type SafePathDelay = Omit<SafePathText, 'kind'> & {
	/** The words that put help off. */
	words: string;
};

/** The ids of the nodes from which a safe ending can be reached (a safe ending itself included). */
function nodesReachingSafety(nodes: readonly ChatNode[]): Set<string> {
	const good = new Set(nodes.filter((n) => n.ending?.safe).map((n) => n.id));
	for (let grew = true; grew;) {
		grew = false;
		for (const n of nodes)
			if (!good.has(n.id) && n.choices?.some((c) => good.has(c.next))) {
				good.add(n.id);
				grew = true;
			}
	}
	return good;
}

/** One text on a safe path of a scenario, and what it is. */
export interface SafePathText {
	/** Index of the node in `nodes`. */
	node: number;
	/** Where in the node: its path inside the node (e.g. `['messages', 1, 'text']`). */
	path: readonly (string | number)[];
	/** What the text is, for messages: `node g, message 2`, `node d, choice steps`. */
	label: string;
	text: string;
	/** `choice`: what the learner picks, a model answer; the rest is told or shown to them. */
	kind: 'message' | 'choice' | 'ending';
}

/**
 * Every text on a safe path of a scenario: the messages of a node from which a safe ending can still
 * be reached, each choice that leads to one, and a safe ending's feedback and safe move. Pure.
 */
export function safePathTexts(scenario: ActivityOf<'scenario'>): SafePathText[] {
	const good = nodesReachingSafety(scenario.nodes);
	const texts: SafePathText[] = [];
	scenario.nodes.forEach((n, node) => {
		if (!good.has(n.id)) return;
		const add = (
			kind: SafePathText['kind'],
			path: SafePathText['path'],
			what: string,
			text: string,
		) => texts.push({ node, path, label: `node ${n.id}, ${what}`, text, kind });
		n.messages.forEach((m, k) => {
			add('message', ['messages', k, 'text'], `message ${k + 1}`, m.text);
		});
		n.choices?.forEach((c, k) => {
			if (good.has(c.next)) add('choice', ['choices', k, 'text'], `choice ${c.id}`, c.text);
		});
		if (n.ending?.safe) {
			add('ending', ['ending', 'feedback'], 'ending feedback', n.ending.feedback);
			add('ending', ['ending', 'safeMove'], 'safe move', n.ending.safeMove);
		}
	});
	return texts;
}

/**
 * Every text on a safe path of a scenario ({@link safePathTexts}) that puts help off until later:
 * "tomorrow", "the next morning", "later this week" (issue 14). A model answer that waits
 * overnight teaches a frightened learner to wait, while blackmail can start within an hour and
 * help is there tonight. Pure.
 */
export function findSafePathDelays(scenario: ActivityOf<'scenario'>): SafePathDelay[] {
	return safePathTexts(scenario).flatMap(({ node, path, label, text }) => {
		const m = LATER.exec(text);
		return m ? [{ node, path, label, text, words: m[0] }] : [];
	});
}
