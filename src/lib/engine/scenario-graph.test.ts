import { describe, expect, test } from 'vitest';
import { ActivitySchema } from '../../schemas/activity.ts';
import { sample } from './fixtures.test-data.ts';
import { checkScenarioGraph, scenarioPaths } from './scenario-graph.ts';

const withNodes = (nodes: unknown[], start = 'a') => {
	const parsed = ActivitySchema.parse({ ...sample.scenario, start, nodes });
	if (parsed.type !== 'scenario') throw new Error('not a scenario');
	return parsed;
};
const end = { safe: true, feedback: 'Safe and well.', safeMove: 'Tell someone.' };

describe('checkScenarioGraph', () => {
	test('a sound graph (with a loop that has an exit) has no problems', () => {
		expect(checkScenarioGraph(sample.scenario)).toEqual([]);
	});

	test('finds dangling choices, a missing start, bad node shapes, traps and orphans', () => {
		expect(
			checkScenarioGraph(
				withNodes([
					{
						id: 'a',
						choices: [
							{ id: 'x', text: 'Go', next: 'b' },
							{ id: 'y', text: 'Lost', next: 'q' },
						],
					},
					{ id: 'b', choices: [{ id: 'x', text: 'Loop', next: 'c' }] },
					{ id: 'c', choices: [{ id: 'x', text: 'Loop', next: 'b' }] },
					{ id: 'd', ending: end, choices: [{ id: 'x', text: 'Both', next: 'a' }] },
					{ id: 'e' },
				]),
			),
		).toEqual([
			{ kind: 'dangling', node: 'a', choice: 'y', next: 'q' },
			{ kind: 'shape', node: 'd', has: 'both' },
			{ kind: 'shape', node: 'e', has: 'neither' },
			{ kind: 'never-ends', node: 'a' },
			{ kind: 'never-ends', node: 'b' },
			{ kind: 'never-ends', node: 'c' },
			{ kind: 'unreachable', node: 'd' },
			{ kind: 'unreachable', node: 'e' },
		]);
		expect(
			checkScenarioGraph(
				withNodes(
					[
						{ id: 'a', ending: end },
						{ id: 'b', ending: end },
					],
					'z',
				),
			),
		).toContainEqual({
			kind: 'missing-start',
			start: 'z',
		});
	});

	test('scenarioPaths lists every way to an ending', () => {
		expect(scenarioPaths(sample.scenario)).toEqual([['x', 'x'], ['x', 'y'], ['y']]);
	});
});
