/**
 * The key a teacher reads an LMS report with: for each activity, the interaction id the LMS shows,
 * the question, every code a response can hold and the words it stands for, and which codes are
 * right (or safe). Built from the functions the package runtime writes the LMS with
 * (`exports/scorm/runtime/codes.ts`, `exports/scorm/runtime/interactions.ts`) and the same standards table, so
 * the key and the LMS cannot disagree. Pure.
 */
import { RUNTIME_FACTS } from '../../../exports/scorm/runtime-facts.ts';
import type { Activity } from '../../schemas/activity.ts';
import { activityKindLabels } from '../teach/answer-key.ts';
import { codeBook, type Code } from '../../../exports/scorm/runtime/codes.ts';
import {
	correctResponses,
	interactionId,
	interactionType,
} from '../../../exports/scorm/runtime/interactions.ts';

/** One code an LMS may hold in a response, in each standard, and what it means. */
export interface KeyCode {
	/** The code in SCORM 1.2 (what Moodle's interactions report shows). */
	scorm12: string;
	/** The code in SCORM 2004 and cmi5 (xAPI). */
	scorm2004: string;
	/** What the learner saw or picked. */
	words: string;
	/** How it counts, in words: "Right", "Safe ending", "Step 2 of the right order", … */
	counts: string;
	/** True when picking it is right or safe; false when not; undefined when neither applies. */
	right: boolean | undefined;
}

/** One activity of the key. */
export interface KeyActivity {
	/** Its number in the teacher pack. */
	number: number;
	/** What kind of activity it is, in words ("Chat story"). */
	kind: string;
	/** The interaction id in each standard (2004's is also cmi5's activity id). */
	interactionId: { scorm12: string; scorm2004: string };
	/** The interaction type in each standard. */
	interactionType: { scorm12: string; scorm2004: string };
	/** The question, whole. */
	question: string;
	/** Every code a response may hold (lists join several: "a,c" in 1.2, "a[,]c" in 2004). */
	codes: KeyCode[];
	/**
	 * The right answers as the LMS stores them (its "correct responses" or "right answer"): each
	 * entry is one whole right answer; a chat story has one per safe ending. Empty: none.
	 */
	right: { scorm12: string[]; scorm2004: string[] };
	/** What else to know to read it (how lists and pairs are written, who judges it). */
	note: string;
}

/** An activity with its number in the teacher pack. */
export interface NumberedActivity {
	activity: Activity;
	number: number;
}

const s12 = RUNTIME_FACTS.scorm12;
const s04 = RUNTIME_FACTS.scorm2004;

/** The two standards' codes of one group, side by side, with a verdict for each id. */
function pair(
	a: readonly Code[],
	b: readonly Code[],
	verdict: (id: string, index: number) => { counts: string; right: boolean | undefined },
): KeyCode[] {
	return a.map((c, i) => ({
		scorm12: c.code,
		scorm2004: b[i]?.code ?? '',
		words: c.words,
		...verdict(c.id, i),
	}));
}

const yes = (counts: string) => ({ counts, right: true });
const no = (counts: string) => ({ counts, right: false });
const neither = (counts: string) => ({ counts, right: undefined });

/** How a list is written in each standard. */
const listNote = (what: string) =>
	`A response lists the ${what} picked, joined by "${s12.responses.listSeparator}" in SCORM 1.2 and "${s04.responses.listSeparator}" in SCORM 2004 and cmi5.`;

/** The codes of an activity with their verdicts, and the note to read them by. */
function codesOf(activity: Activity): { codes: KeyCode[]; note: string } {
	const b12 = codeBook(activity, s12);
	const b04 = codeBook(activity, s04);
	switch (activity.type) {
		case 'single-choice': {
			const right = new Set(activity.options.filter((o) => o.correct).map((o) => o.id));
			return {
				codes: pair(b12.choices, b04.choices, (id) =>
					right.has(id) ? yes('Right') : no('Not right'),
				),
				note: 'A response is one code.',
			};
		}
		case 'multiple-response': {
			const right = new Set(activity.options.filter((o) => o.correct).map((o) => o.id));
			return {
				codes: pair(b12.choices, b04.choices, (id) =>
					right.has(id) ? yes('Right to pick') : no('Not right to pick'),
				),
				note: `${listNote('answers')} It is right when it holds every right answer and nothing else.`,
			};
		}
		case 'red-flags': {
			const flags = new Set(activity.parts.filter((p) => p.flag).map((p) => p.id));
			return {
				codes: pair(b12.choices, b04.choices, (id) =>
					flags.has(id) ? yes('Warning sign') : no('Not a warning sign'),
				),
				note: `${listNote('parts of the profile')} It is right when it holds every warning sign and nothing else.`,
			};
		}
		case 'ordering':
			return {
				codes: pair(b12.choices, b04.choices, (_id, i) =>
					neither(`Step ${String(i + 1)} of the right order`),
				),
				note: `A response lists the steps in the learner's order, joined by "${s12.responses.listSeparator}" in SCORM 1.2 and "${s04.responses.listSeparator}" in SCORM 2004 and cmi5.`,
			};
		case 'matching': {
			const match = new Map(activity.pairs.map((p) => [p.id, p.match]));
			const target = new Map(b12.targets.map((t) => [t.id, t]));
			const left = pair(b12.choices, b04.choices, (id) =>
				neither(`Matches: ${target.get(match.get(id) ?? '')?.words ?? ''}`),
			);
			const right = pair(b12.targets, b04.targets, () => neither('Something to match to'));
			return {
				codes: [...left, ...right],
				note: `A response lists pairs: an item's code, "${s12.responses.pairSeparator}" (SCORM 1.2) or "${s04.responses.pairSeparator}" (SCORM 2004, cmi5), then the code of what the learner matched it to.`,
			};
		}
		case 'scenario': {
			const safe = new Set(activity.nodes.filter((n) => n.ending?.safe).map((n) => n.id));
			return {
				codes: pair(b12.choices, b04.choices, (id) =>
					safe.has(id) ? yes('Safe ending') : no('Not a safe ending'),
				),
				note: 'A response is the ending the learner reached, named by the reply that led there; the code is the same in every standard. Every safe ending is a right answer.',
			};
		}
		case 'true-false':
			return {
				codes: [
					{
						scorm12: s12.responses.trueValue,
						scorm2004: s04.responses.trueValue,
						words: 'True',
						...(activity.answer ? yes('Right') : no('Not right')),
					},
					{
						scorm12: s12.responses.falseValue,
						scorm2004: s04.responses.falseValue,
						words: 'False',
						...(activity.answer ? no('Not right') : yes('Right')),
					},
				],
				note: 'A response is one code.',
			};
		case 'confidence':
			return {
				codes: [1, 2, 3, 4, 5].map((n) => ({
					scorm12: String(n),
					scorm2004: String(n),
					words: n === 1 ? `1: ${activity.low}` : n === 5 ? `5: ${activity.high}` : String(n),
					...neither('Never right or wrong'),
				})),
				note: 'A rating from 1 to 5, never right or wrong, and never part of the score.',
			};
		case 'h5p':
			return activity.interaction === 'true-false'
				? {
						codes: [
							{
								scorm12: s12.responses.trueValue,
								scorm2004: s04.responses.trueValue,
								words: 'True',
								...neither('The H5P content judges it'),
							},
							{
								scorm12: s12.responses.falseValue,
								scorm2004: s04.responses.falseValue,
								words: 'False',
								...neither('The H5P content judges it'),
							},
						],
						note: 'The H5P content checks the answer itself and says whether it is right.',
					}
				: {
						codes: [],
						note: "The response is the learner's answer as text. The H5P content checks it and says whether it is right.",
					};
	}
}

/** The key of one activity. Pure. */
export function keyActivity(activity: Activity, number: number): KeyActivity {
	return {
		number,
		kind: activityKindLabels[activity.type],
		interactionId: {
			scorm12: interactionId(activity, s12),
			scorm2004: interactionId(activity, s04),
		},
		interactionType: {
			scorm12: interactionType(activity, s12),
			scorm2004: interactionType(activity, s04),
		},
		question: activity.prompt,
		...codesOf(activity),
		right: {
			scorm12: correctResponses(activity, s12) ?? [],
			scorm2004: correctResponses(activity, s04) ?? [],
		},
	};
}

/** The key of a module's activities, in teacher-pack order. Pure. */
export function codeKey(activities: readonly NumberedActivity[]): KeyActivity[] {
	return activities.map(({ activity, number }) => keyActivity(activity, number));
}
