import type { ActivityOf, ChatNode } from '../../schemas/activity.ts';

/** Words that put help off until later. */
const LATER =
	/\btomorrow\b|\bnext\s+(?:morning|week|weekend)\b|\blater\s+(?:this|that|in\s+the)\s+(?:week|weekend)\b|\bin\s+the\s+morning\b|\bat\s+the\s+weekend\b|\bin\s+a\s+few\s+days\b/i;

/** One text of a scenario on a path to a safe ending that puts help off. */
export interface SafePathDelay {
	/** Index of the node in `nodes`. */
	node: number;
	/** Where in the node: its path inside the node (e.g. `['messages', 1, 'text']`). */
	path: readonly (string | number)[];
	/** What the text is, for messages: `node g, message 2`, `node d, choice steps`. */
	label: string;
	text: string;
	words: string;
}

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

/**
 * Every text on a safe path of a scenario (a node from which a safe ending can still be reached, a
 * choice that leads to one, the safe ending's feedback and safe move) that puts help off until
 * later: "tomorrow", "the next morning", "later this week" (issue 14). A model answer that waits
 * overnight teaches a frightened learner to wait, while blackmail can start within an hour and
 * help is there tonight. Pure.
 */
export function findSafePathDelays(scenario: ActivityOf<'scenario'>): SafePathDelay[] {
	const good = nodesReachingSafety(scenario.nodes);
	const found: SafePathDelay[] = [];
	const check = (node: number, path: SafePathDelay['path'], label: string, text: string) => {
		const m = LATER.exec(text);
		if (m) found.push({ node, path, label, text, words: m[0] });
	};
	scenario.nodes.forEach((n, i) => {
		if (!good.has(n.id)) return;
		n.messages.forEach((m, k) => {
			check(i, ['messages', k, 'text'], `node ${n.id}, message ${k + 1}`, m.text);
		});
		n.choices?.forEach((c, k) => {
			if (good.has(c.next))
				check(i, ['choices', k, 'text'], `node ${n.id}, choice ${c.id}`, c.text);
		});
		if (n.ending?.safe) {
			check(i, ['ending', 'feedback'], `node ${n.id}, ending feedback`, n.ending.feedback);
			check(i, ['ending', 'safeMove'], `node ${n.id}, safe move`, n.ending.safeMove);
		}
	});
	return found;
}
