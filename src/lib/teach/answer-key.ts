import type { Activity, ActivityOf } from '../../schemas/activity.ts';
import { scenarioPaths } from '../engine/scenario-graph.ts';
import { scenarioEnd } from '../engine/answers.ts';

/** One line of an answer key: an option, step, pair or choice, and whether it is right. */
export interface AnswerLine {
	text: string;
	/** True for a right answer (or a red flag), false for a wrong one, undefined when neither. */
	right?: boolean;
	/** Why, from the activity's own feedback. */
	note?: string;
}

/**
 * What a teacher needs to know about an activity's answer: the lines in the order to read them,
 * how they relate (`style`), and the explanation learners are given.
 */
export interface AnswerKey {
	/** Whether the activity counts towards the score (confidence checks do not). */
	scored: boolean;
	/**
	 * `marks`: each line right or wrong; `sequence`: the lines in the right order; `pairs`: each
	 * line a matched pair; `path`: the safe route through a chat, choice by choice; `scale`: no answer.
	 */
	style: 'marks' | 'sequence' | 'pairs' | 'path' | 'scale';
	lines: AnswerLine[];
	/** The explanation shown to learners, or the safe move of a chat. */
	why: string;
}

/**
 * The route a teacher models through a chat, as the replies chosen: the shortest to the ending its
 * author marked `best` (a chat with several safe endings must mark one: validate-activity.ts), else
 * the shortest to its safe ending. Never chosen by length alone among safe endings, where "pay, then
 * stop paying" would tie with "save the evidence, then report".
 */
export function safeRoute(activity: ActivityOf<'scenario'>) {
	const routes = scenarioPaths(activity)
		.map((path) => ({ path, end: scenarioEnd(activity, path) }))
		.filter((r) => r.end?.ending?.safe)
		.sort((a, b) => a.path.length - b.path.length);
	return routes.find((r) => r.end?.ending?.best) ?? routes[0];
}

function scenarioKey(activity: ActivityOf<'scenario'>): AnswerKey {
	const route = safeRoute(activity);
	const byId = new Map(activity.nodes.map((n) => [n.id, n]));
	const lines: AnswerLine[] = [];
	let node = byId.get(activity.start);
	for (const choiceId of route?.path ?? []) {
		const choice = node?.choices?.find((c) => c.id === choiceId);
		if (!choice) break;
		lines.push({ text: choice.text, right: true });
		node = byId.get(choice.next);
	}
	const ending = route?.end?.ending;
	if (ending) lines.push({ text: 'Safe ending', right: true, note: ending.feedback });
	const safeMove = activity.nodes.find((n) => n.ending)?.ending?.safeMove ?? '';
	return { scored: true, style: 'path', lines, why: ending?.safeMove ?? safeMove };
}

/** The answer key of any activity. Pure: it only reads the activity. */
export function answerKey(activity: Activity): AnswerKey {
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
			return {
				scored: true,
				style: 'marks',
				lines: activity.options.map((o) => ({ text: o.text, right: o.correct, note: o.feedback })),
				why: activity.options.find((o) => o.correct)?.feedback ?? '',
			};
		case 'true-false':
			return {
				scored: true,
				style: 'marks',
				lines: [
					{ text: 'True', right: activity.answer },
					{ text: 'False', right: !activity.answer },
				],
				why: activity.feedback,
			};
		case 'ordering':
			return {
				scored: true,
				style: 'sequence',
				lines: activity.items.map((i) => ({ text: i.text })),
				why: activity.feedback,
			};
		case 'matching': {
			const targets = new Map(activity.targets.map((t) => [t.id, t.text]));
			return {
				scored: true,
				style: 'pairs',
				lines: activity.pairs.map((p) => ({
					text: `${p.text}: ${targets.get(p.match) ?? p.match}`,
				})),
				why: activity.feedback,
			};
		}
		case 'red-flags':
			return {
				scored: true,
				style: 'marks',
				lines: activity.parts.map((p) => ({ text: p.text, right: p.flag, note: p.feedback })),
				why: `${String(activity.parts.filter((p) => p.flag).length)} of the ${String(activity.parts.length)} parts are warning signs.`,
			};
		case 'scenario':
			return scenarioKey(activity);
		case 'h5p':
			return {
				scored: activity.scored,
				style: 'scale',
				lines: [],
				why: `Interactive H5P content ("${activity.title}"): its answers live in the content itself. Open the lesson page to play it with the group.`,
			};
		case 'confidence':
			return {
				scored: false,
				style: 'scale',
				lines: [],
				why: `Not scored. Each learner rates themselves from 1 (${activity.low}) to 5 (${activity.high}), ${activity.when === 'before' ? 'before' : 'after'} the lesson. Nobody has to share their rating.`,
			};
	}
}

/** What each kind of activity is called in the teacher pack and presenter mode. */
export const activityKindLabels: Readonly<Record<Activity['type'], string>> = {
	'single-choice': 'Choose one answer',
	'multiple-response': 'Choose every answer that fits',
	'true-false': 'True or false',
	ordering: 'Put in order',
	matching: 'Match up',
	confidence: 'Confidence check',
	scenario: 'Chat story',
	'red-flags': 'Spot the warning signs',
	h5p: 'Interactive activity',
};

/**
 * How the pack and the presenter mark a key line in words: "Right" / "Not right", or on a profile
 * "Warning sign" / "Not a warning sign"; nothing for a line that is neither. Pure.
 */
export function markWords(activity: Activity, right: boolean | undefined): string {
	if (right === undefined) return '';
	if (activity.type === 'red-flags') return right ? 'Warning sign' : 'Not a warning sign';
	return right ? 'Right' : 'Not right';
}
