import type { ActivityOf } from '../../schemas/activity.ts';

type Scenario = ActivityOf<'scenario'>;

/** A problem in a scenario's graph, found before any learner meets it. */
export type GraphProblem =
	| { kind: 'dangling'; node: string; choice: string; next: string }
	| { kind: 'missing-start'; start: string }
	| { kind: 'shape'; node: string; has: 'both' | 'neither' }
	| { kind: 'never-ends'; node: string }
	| { kind: 'unreachable'; node: string };

/**
 * Checks a branching chat: the start exists, every choice leads to a node, each node has either
 * choices or an ending, every node reachable from the start can still reach an ending (so no
 * path and no cycle traps the learner), and no node is unreachable.
 */
export function checkScenarioGraph(scenario: Scenario): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
	if (!byId.has(scenario.start)) problems.push({ kind: 'missing-start', start: scenario.start });
	for (const node of scenario.nodes) {
		const hasChoices = (node.choices?.length ?? 0) > 0;
		const hasEnding = node.ending !== undefined;
		if (hasChoices === hasEnding)
			problems.push({ kind: 'shape', node: node.id, has: hasChoices ? 'both' : 'neither' });
		for (const choice of node.choices ?? []) {
			if (!byId.has(choice.next))
				problems.push({ kind: 'dangling', node: node.id, choice: choice.id, next: choice.next });
		}
	}
	// Nodes that can reach an ending: grow backwards from the endings until nothing changes.
	const ends = new Set(scenario.nodes.filter((n) => n.ending).map((n) => n.id));
	let grew = true;
	while (grew) {
		grew = false;
		for (const node of scenario.nodes) {
			if (ends.has(node.id)) continue;
			if ((node.choices ?? []).some((c) => ends.has(c.next))) {
				ends.add(node.id);
				grew = true;
			}
		}
	}
	const reachable = new Set<string>();
	const queue = byId.has(scenario.start) ? [scenario.start] : [];
	while (queue.length) {
		const id = queue.shift() ?? '';
		if (reachable.has(id)) continue;
		reachable.add(id);
		for (const c of byId.get(id)?.choices ?? []) if (byId.has(c.next)) queue.push(c.next);
	}
	for (const node of scenario.nodes) {
		if (!reachable.has(node.id)) problems.push({ kind: 'unreachable', node: node.id });
		else if (!ends.has(node.id)) problems.push({ kind: 'never-ends', node: node.id });
	}
	return problems;
}

/** Every path from the start to an ending, as the choice ids taken. Used by tests and the 4,096 check. */
export function scenarioPaths(scenario: Scenario, limit = 1000): string[][] {
	const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
	const paths: string[][] = [];
	const walk = (id: string, taken: string[], seen: Set<string>) => {
		if (paths.length >= limit) return;
		const node = byId.get(id);
		if (!node) return;
		if (node.ending) {
			paths.push(taken);
			return;
		}
		for (const choice of node.choices ?? []) {
			if (seen.has(choice.next)) continue; // a cycle: its exit is explored from the other branch
			walk(choice.next, [...taken, choice.id], new Set(seen).add(choice.next));
		}
	};
	walk(scenario.start, [], new Set([scenario.start]));
	return paths;
}
