/**
 * Where a module puts its right answers (issue 14's fairness rules): single-choice questions whose
 * right answer keeps one place, and chat stories whose model first reply keeps one place. Pure:
 * reads the loaded content and returns every problem found.
 */
import type { Activity } from '../../schemas/activity.ts';
import { contentError, type ContentError } from '../errors.ts';
import type { LoadedLesson, LoadedModule } from '../types.ts';
import { activitiesShownIn } from '../module-content.ts';

/** The fewest questions (or chats) a module asks before where their answers sit is checked. */
const FEWEST_FOR_PLACES = 4;

const ordinal = (place: number) =>
	['first', 'second', 'third', 'fourth', 'fifth'][place - 1] ?? `number ${String(place)}`;

/** An activity and the place (1-based) of its right answer, or of its chat's model first reply. */
interface Placed {
	id: string;
	place: number;
}

/** The place most of `asked` share, when more than half do and there are enough to tell. */
function repeatedPlace(asked: readonly Placed[]): { place: number; same: Placed[] } | undefined {
	if (asked.length < FEWEST_FOR_PLACES) return undefined;
	const places = Map.groupBy(asked, (q) => q.place);
	const [place, same] = [...places].reduce((most, next) =>
		next[1].length > most[1].length ? next : most,
	);
	return same.length * 2 > asked.length ? { place, same } : undefined;
}

/**
 * The place of a chat's model first reply: the first choice on the shortest route from the start
 * to its model ending (the one marked `best`, or its only safe ending). Undefined for a chat with
 * no model ending, or whose start offers one reply. Pure.
 */
export function modelReplyPlace(chat: Extract<Activity, { type: 'scenario' }>): number | undefined {
	const nodes = new Map(chat.nodes.map((n) => [n.id, n]));
	const safe = chat.nodes.filter((n) => n.ending?.safe);
	const model = safe.find((n) => n.ending?.best) ?? (safe.length === 1 ? safe[0] : undefined);
	const first = nodes.get(chat.start)?.choices ?? [];
	if (!model || first.length < 2) return undefined;
	// Breadth first from each first reply at once: the first to reach the model ending wins.
	let frontier = first.map((c, i) => ({ at: c.next, place: i + 1 }));
	const seen = new Set<string>([chat.start]);
	while (frontier.length) {
		const hit = frontier.find((f) => f.at === model.id);
		if (hit) return hit.place;
		frontier = frontier.flatMap((f) => {
			if (seen.has(f.at)) return [];
			seen.add(f.at);
			return (nodes.get(f.at)?.choices ?? []).map((c) => ({ at: c.next, place: f.place }));
		});
	}
	return undefined;
}

/**
 * A module whose single-choice questions, as its audience meets them, mostly keep the right answer
 * in the same place (second of three, say): learners soon pick that place, and the questions, the
 * baseline and end point with them, stop measuring what they know. At most half may share a place.
 * Its chat stories likewise: where the safe first reply is nearly always the second, a learner can
 * play safe by place, not by reading the chat (a measurement, December 2026: second of three in 6
 * of 11 chats, never first).
 */
export function answerPlaceErrors(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors: ContentError[] = [];
	for (const mod of modules) {
		const { audience } = mod.data;
		const shown = activitiesShownIn(mod, lessons);
		const where = { file: mod.file, ...mod.yaml.locate(['lessons']) };
		const asked = shown
			.flatMap((a) =>
				a.type === 'single-choice'
					? [{ id: a.id, place: a.options.findIndex((o) => o.correct) + 1 }]
					: [],
			)
			// A question with no right answer has its own error (NoCorrectOption).
			.filter((q) => q.place > 0);
		const questions = repeatedPlace(asked);
		if (questions)
			errors.push(
				contentError(
					'AnswerPlaceRepeated',
					where,
					`Module "${mod.data.id}" asks its ${audience} audience ${String(asked.length)} single-choice questions, and in ${String(questions.same.length)} of them the right answer is the ${ordinal(questions.place)} option (${questions.same.map((q) => `"${q.id}"`).join(', ')}). Learners soon learn to pick that place, so the questions, the baseline and end point among them, stop showing what they know.`,
					`Move the right answer of some of these questions to another place in its options list, so no place holds more than half of the right answers. Keep each option's id with its words, so answers already recorded by an LMS still mean the same; move a baseline question and its end-point twin together.`,
				),
			);
		const chats = shown.flatMap((a) => {
			const place = a.type === 'scenario' ? modelReplyPlace(a) : undefined;
			return place === undefined ? [] : [{ id: a.id, place }];
		});
		const replies = repeatedPlace(chats);
		if (replies)
			errors.push(
				contentError(
					'AnswerPlaceRepeated',
					where,
					`Module "${mod.data.id}" shows its ${audience} audience ${String(chats.length)} chat stories, and in ${String(replies.same.length)} of them the safe first reply is the ${ordinal(replies.place)} choice (${replies.same.map((q) => `"${q.id}"`).join(', ')}). Learners soon learn to pick that place, not to read the chat.`,
					`Move the safe reply of some of these chats' first messages to another place in its choices list, so no place holds more than half. Keep each choice's id with its words, so answers already recorded by an LMS still mean the same.`,
				),
			);
	}
	return errors;
}
