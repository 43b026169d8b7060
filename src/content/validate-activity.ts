import { checkScenarioGraph, type GraphProblem } from '../lib/engine/scenario-graph.ts';
import type { Activity, ActivityOf } from '../schemas/activity.ts';
import { contentError, type ContentError, type SourceLocation } from './errors.ts';
import type { LoadedLesson } from './types.ts';
import { findDuplicates } from './duplicates.ts';

type At = (...path: PropertyKey[]) => SourceLocation;

/** A start that names no node leaves every node unreachable: only the start is worth saying. */
function withoutKnockOns(problems: readonly GraphProblem[]): readonly GraphProblem[] {
	return problems.some((p) => p.kind === 'missing-start')
		? problems.filter((p) => p.kind !== 'unreachable')
		: problems;
}

/** Duplicate ids within one list of an activity (options, items, pairs, targets, parts, nodes). */
function uniqueIds(
	activity: Activity,
	list: readonly { id: string }[],
	field: string,
	at: At,
	name: 'DuplicateOptionId' | 'DuplicateItemId' | 'DuplicateTargetId' = 'DuplicateItemId',
): ContentError[] {
	return findDuplicates(
		list,
		(x) => x.id,
		(x, index) =>
			contentError(
				name,
				at(field, index, 'id'),
				`Activity "${activity.id}" has two ${field} with id "${x.id}".`,
				`Give each of its ${field} its own id (a, b, c, …).`,
			),
	);
}

function describeGraphProblem(
	activityId: string,
	p: GraphProblem,
	at: At,
	nodeIndex: (id: string) => number,
) {
	switch (p.kind) {
		case 'missing-start':
			return contentError(
				'ScenarioMissingStart',
				at('start'),
				`Scenario "${activityId}" starts at node "${p.start}", which does not exist.`,
				'Set "start" to the id of one of its nodes.',
			);
		case 'dangling':
			return contentError(
				'ScenarioDanglingNode',
				at('nodes', nodeIndex(p.node), 'choices'),
				`In scenario "${activityId}", choice "${p.choice}" of node "${p.node}" leads to "${p.next}", which is not a node.`,
				`Add a node with id "${p.next}", or point "next" at an existing node.`,
			);
		case 'shape':
			return contentError(
				'ScenarioNodeShape',
				at('nodes', nodeIndex(p.node)),
				`Node "${p.node}" of scenario "${activityId}" has ${p.has === 'both' ? 'both choices and an ending' : 'neither choices nor an ending'}.`,
				'Give each node either "choices" (the story goes on) or an "ending" (it stops here).',
			);
		case 'never-ends':
			return contentError(
				'ScenarioPathNeverEnds',
				at('nodes', nodeIndex(p.node)),
				`From node "${p.node}" of scenario "${activityId}", no path reaches an ending (a loop with no way out).`,
				'Give one of the choices on this path a "next" that leads to an ending.',
			);
		case 'unreachable':
			return contentError(
				'ScenarioUnreachableNode',
				at('nodes', nodeIndex(p.node)),
				`Node "${p.node}" of scenario "${activityId}" cannot be reached from the start.`,
				'Point a choice at it, or remove it.',
			);
	}
}

/**
 * A chat with several safe endings names the one to teach (`best: true`), and only a safe one:
 * otherwise the teacher's key would pick a route by length, which may be a recovery such as "pay,
 * then stop paying".
 */
function checkBestEnding(activity: ActivityOf<'scenario'>, at: At): ContentError[] {
	const endings = activity.nodes.flatMap((n, i) => (n.ending ? [{ node: n, i, ...n.ending }] : []));
	const safe = endings.filter((e) => e.safe);
	const best = endings.filter((e) => e.best);
	const unsafeBest = best.find((e) => !e.safe);
	if (unsafeBest)
		return [
			contentError(
				'ScenarioBestEnding',
				at('nodes', unsafeBest.i, 'ending', 'best'),
				`Scenario "${activity.id}" marks ending "${unsafeBest.node.id}" as the best, but it is not safe.`,
				'Mark the safe ending you would teach as the model with "best: true", and remove it here.',
			),
		];
	if (safe.length < 2 || best.length === 1) return [];
	const where = best[1] ?? safe[0];
	return [
		contentError(
			'ScenarioBestEnding',
			at('nodes', where?.i ?? 0, 'ending'),
			`Scenario "${activity.id}" has ${safe.length} safe endings (${safe.map((e) => `"${e.node.id}"`).join(', ')}) and ${best.length === 0 ? 'none' : best.length} marked "best: true": the teacher's key and presenter mode show the route to that ending as the model answer.`,
			'Add "best: true" to the ending of the route you would teach (not a route that recovers from a mistake, such as paying and then stopping), and to that one only.',
		),
	];
}

/** The rules for one activity that its schema cannot express. */
function checkActivity(activity: Activity, at: At): ContentError[] {
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response': {
			const errors = uniqueIds(activity, activity.options, 'options', at, 'DuplicateOptionId');
			const correct = activity.options.filter((o) => o.correct).length;
			if (correct === 0)
				errors.push(
					contentError(
						'NoCorrectOption',
						at('options'),
						`${activity.type === 'single-choice' ? 'Single-choice' : 'Multiple-response'} activity "${activity.id}" has no option marked "correct: true".`,
						'Mark the right answer(s) with "correct: true".',
					),
				);
			else if (correct > 1 && activity.type === 'single-choice')
				errors.push(
					contentError(
						'TooManyCorrectOptions',
						at('options'),
						`Single-choice activity "${activity.id}" has ${correct} options marked correct; it needs exactly one.`,
						'Keep "correct: true" on one option only, or make it "type: multiple-response".',
					),
				);
			return errors;
		}
		case 'ordering': {
			const errors = uniqueIds(activity, activity.items, 'items', at);
			if (activity.items.length < 2)
				errors.push(
					contentError(
						'OrderingTooShort',
						at('items'),
						`Ordering activity "${activity.id}" has ${activity.items.length} item(s); there is nothing to put in order.`,
						'List at least two items, in the right order.',
					),
				);
			return errors;
		}
		case 'matching': {
			const errors = [
				...uniqueIds(activity, activity.pairs, 'pairs', at),
				...uniqueIds(activity, activity.targets, 'targets', at, 'DuplicateTargetId'),
				...findDuplicates(
					activity.targets,
					(t) => t.text.trim().toLowerCase(),
					(t, index) =>
						contentError(
							'DuplicateTargetId',
							at('targets', index, 'text'),
							`Matching activity "${activity.id}" offers the target "${t.text}" twice.`,
							'Each target must be different, or learners cannot tell them apart.',
						),
				),
			];
			const targetIds = new Set(activity.targets.map((t) => t.id));
			activity.pairs.forEach((pair, i) => {
				if (!targetIds.has(pair.match))
					errors.push(
						contentError(
							'UnknownMatchTarget',
							at('pairs', i, 'match'),
							`In matching activity "${activity.id}", "${pair.text}" matches "${pair.match}", which is not a target.`,
							`Use one of the target ids: ${[...targetIds].join(', ')}.`,
						),
					);
			});
			return errors;
		}
		case 'red-flags': {
			const errors = uniqueIds(activity, activity.parts, 'parts', at);
			if (!activity.parts.some((p) => p.flag))
				errors.push(
					contentError(
						'NoRedFlags',
						at('parts'),
						`Red-flags activity "${activity.id}" has no part marked "flag: true".`,
						'Mark the warning signs with "flag: true".',
					),
				);
			return errors;
		}
		case 'scenario': {
			const nodeIndex = (id: string) => activity.nodes.findIndex((n) => n.id === id);
			return [
				...uniqueIds(activity, activity.nodes, 'nodes', at),
				...activity.nodes.flatMap((n, i) =>
					uniqueIds(activity, n.choices ?? [], 'choices', (...p) => at('nodes', i, ...p)),
				),
				...withoutKnockOns(checkScenarioGraph(activity)).map((p) =>
					describeGraphProblem(activity.id, p, at, nodeIndex),
				),
				...checkBestEnding(activity, at),
			];
		}
		case 'true-false':
		case 'confidence':
		case 'h5p': // its file is checked by checkH5pFiles (read.ts), which reads the disk
			return [];
	}
}

/** Checks every activity of a lesson: its source refs, and the rules of its type. */
export function checkActivities(lesson: LoadedLesson): ContentError[] {
	const { file, data, yaml } = lesson;
	const sourceIds = new Set(data.sources.map((s) => s.id));
	return data.activities.flatMap((activity, a) => {
		const at: At = (...path) => ({ file, ...yaml.locate(['activities', a, ...path]) });
		const errors = activity.sources.flatMap((ref, r) =>
			sourceIds.has(ref)
				? []
				: [
						contentError(
							'UnknownSourceRef',
							at('sources', r),
							`Activity "${activity.id}" cites source "${ref}", which is not in this lesson's sources.`,
							`Add a source with id "${ref}" under "sources:", or cite one of: ${[...sourceIds].join(', ')}.`,
						),
					],
		);
		const noteErrors = (activity.teacherNotes ?? []).flatMap((note, n) =>
			note.sources.flatMap((ref, r) =>
				sourceIds.has(ref)
					? []
					: [
							contentError(
								'UnknownSourceRef',
								at('teacherNotes', n, 'sources', r),
								`Activity "${activity.id}" has a teacher note citing source "${ref}", which is not in this lesson's sources.`,
								`Add a source with id "${ref}" under "sources:", or cite one of: ${[...sourceIds].join(', ')}.`,
							),
						],
			),
		);
		return [...errors, ...noteErrors, ...checkActivity(activity, at)];
	});
}
