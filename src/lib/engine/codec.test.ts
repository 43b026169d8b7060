import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../content/read.ts';
import type { Activity } from '../../schemas/activity.ts';
import type { Answer } from './answers.ts';
import { decodeState, encodeState, readState, type DecodeResult } from './codec.ts';
import { activityKey, lessonKey } from './codec-keys.ts';
import { sample } from './fixtures.test-data.ts';
import type { EngineLesson } from './progress.ts';
import { scenarioPaths } from './scenario-graph.ts';
import { emptyState, recordAnswer, recordSkip, recordVisit, type LearnerState } from './state.ts';

/** The SCORM 1.2 limit on `cmi.suspend_data` (RTE 3.4.2.5.5): the hard ceiling for our state. */
const SCORM12_SUSPEND_DATA_MAX = 4096;

const lessons: EngineLesson[] = [
	{ id: 'one', activities: [sample.single, sample.multi, sample.trueFalse, sample.ordering] },
	{
		id: 'two',
		activities: [sample.matching, sample.confidence, sample.scenario, sample.flags, sample.h5p],
	},
];

/** The answer with the longest encoding for an activity, and a different second one (a retry). */
function worstAnswers(activity: Activity): [Answer, Answer] {
	switch (activity.type) {
		case 'single-choice':
			return [
				{ type: activity.type, value: activity.options[0]?.id ?? '' },
				{ type: activity.type, value: activity.options[1]?.id ?? '' },
			];
		case 'multiple-response': {
			const all = activity.options.map((o) => o.id);
			return [
				{ type: activity.type, value: all },
				{ type: activity.type, value: all.slice(1) },
			];
		}
		case 'true-false':
			return [
				{ type: activity.type, value: true },
				{ type: activity.type, value: false },
			];
		case 'ordering': {
			const ids = activity.items.map((i) => i.id);
			return [
				{ type: activity.type, value: [...ids].reverse() },
				{ type: activity.type, value: ids },
			];
		}
		case 'matching': {
			const last = activity.targets.at(-1)?.id ?? '';
			return [
				{ type: activity.type, value: Object.fromEntries(activity.pairs.map((p) => [p.id, last])) },
				{
					type: activity.type,
					value: Object.fromEntries(activity.pairs.map((p) => [p.id, p.match])),
				},
			];
		}
		case 'confidence':
			return [
				{ type: activity.type, value: 1 },
				{ type: activity.type, value: 5 },
			];
		case 'scenario': {
			const paths = scenarioPaths(activity).sort((a, b) => b.length - a.length);
			return [
				{ type: activity.type, value: paths[0] ?? [] },
				{ type: activity.type, value: paths[1] ?? paths[0] ?? [] },
			];
		}
		case 'red-flags': {
			const all = activity.parts.map((p) => p.id);
			return [
				{ type: activity.type, value: all },
				{ type: activity.type, value: all.slice(1) },
			];
		}
		case 'h5p':
			// The response text is not kept by the codec: the worst case keeps none.
			return [
				{ type: activity.type, value: { response: '', success: null, score: 0.57 } },
				{ type: activity.type, value: { response: '', success: true, score: 1 } },
			];
	}
}

/** Every lesson visited, every activity answered with its longest answer and then retried. */
function worstCase(lessonList: readonly EngineLesson[]): LearnerState {
	let state = emptyState();
	for (const lesson of lessonList) {
		state = recordVisit(state, lesson.id);
		for (const activity of lesson.activities) {
			const [first, again] = worstAnswers(activity);
			state = recordAnswer(recordAnswer(state, activity, first), activity, again);
		}
	}
	return state;
}

/** The shipped modules, each as its lessons and their activities (read once: it takes a second). */
let shipped: Promise<{ id: string; lessons: EngineLesson[] }[]> | undefined;
function shippedModules(): Promise<{ id: string; lessons: EngineLesson[] }[]> {
	shipped ??= readShippedModules();
	return shipped;
}

async function readShippedModules(): Promise<{ id: string; lessons: EngineLesson[] }[]> {
	const content = await readContent(join(import.meta.dirname, '../../..'));
	expect(content.errors).toEqual([]);
	const byId = new Map(content.lessons.map((l) => [l.data.id, l.data]));
	// A package holds its audience's activities only (src/lib/package-data.ts), as its state does.
	const forAudience = (audience: string, activities: readonly Activity[]) =>
		activities.filter((a) => !a.audiences || a.audiences.some((x) => x === audience));
	return content.modules.map((m) => ({
		id: m.data.id,
		lessons: m.data.lessons.map((id) => ({
			id,
			activities: forAudience(m.data.audience, byId.get(id)?.activities ?? []),
		})),
	}));
}

/** One answer or skip of every type, some retried, and a visit to each lesson (two first). */
function everyTypeAnswered(): LearnerState {
	let state = recordVisit(recordVisit(emptyState(), 'two'), 'one');
	state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'a' });
	state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
	state = recordAnswer(state, sample.multi, { type: 'multiple-response', value: [] });
	state = recordSkip(state, sample.trueFalse.id);
	state = recordAnswer(state, sample.ordering, { type: 'ordering', value: ['c', 'a', 'b'] });
	state = recordAnswer(state, sample.matching, { type: 'matching', value: { a: 'z', b: '' } });
	state = recordAnswer(state, sample.confidence, { type: 'confidence', value: 4 });
	state = recordAnswer(state, sample.scenario, { type: 'scenario', value: ['x', 'z', 'y'] });
	state = recordAnswer(state, sample.flags, { type: 'red-flags', value: ['c'] });
	return recordAnswer(state, sample.h5p, {
		type: 'h5p',
		value: { response: '', success: true, score: 1 },
	});
}

/** The records of a state, by activity id, without those named. */
function without(state: LearnerState, ...ids: string[]): LearnerState['activities'] {
	return Object.fromEntries(Object.entries(state.activities).filter(([id]) => !ids.includes(id)));
}

const kindOf = (result: DecodeResult) =>
	result.kind === 'migrated'
		? `migrated ${result.kept} kept, ${result.dropped} dropped`
		: result.kind;

describe('compact state codec: round trip', () => {
	test('round-trips every type of answer, skips, retries, visits (in order) and the bookmark', () => {
		const state = everyTypeAnswered();
		const text = encodeState(lessons, state);
		expect(text).toMatch(/^3\|[0-9a-z]{6}\|[0-9a-z]{3}\|[0-9a-z]{6}\|/);
		const result = readState(lessons, text);
		expect(result).toEqual({ kind: 'exact', state });
		expect(decodeState(lessons, text)).toEqual(state);
		const back = decodeState(lessons, text);
		expect(back?.visited).toEqual(['two', 'one']);
		expect(back?.location).toBe('one');
		expect(back?.activities['q-single']).toMatchObject({
			first: { value: 'a' },
			latest: { value: 'b' },
			result: { correct: false },
			attempts: 2,
		});
		expect(back?.activities['q-tf']).toEqual({ status: 'skipped', attempts: 0 });
	});

	for (const activity of lessons.flatMap((l) => l.activities)) {
		test(`${activity.type}: first and latest answers come back exactly`, () => {
			const [first, again] = worstAnswers(activity);
			for (const state of [
				recordAnswer(emptyState(), activity, first),
				recordAnswer(recordAnswer(emptyState(), activity, first), activity, again),
				recordSkip(emptyState(), activity.id),
			])
				expect(readState(lessons, encodeState(lessons, state))).toEqual({ kind: 'exact', state });
		});
	}

	test('nothing done yet: a short text that reads back as an empty state', () => {
		const text = encodeState(lessons, emptyState());
		expect(text).toMatch(/^3\|[0-9a-z]{6}\|\|\|$/);
		expect(readState(lessons, text)).toEqual({ kind: 'exact', state: emptyState() });
	});

	test('an activity not reached takes no room; one answered takes its key and its answer', () => {
		const state = recordAnswer(emptyState(), sample.trueFalse, { type: 'true-false', value: true });
		expect(encodeState(lessons, state).split('|')[4]).toBe(`${activityKey(sample.trueFalse)}t`);
	});

	test('H5P results keep verdict and score, drop the response text (it may hold separators)', () => {
		let state = recordAnswer(emptyState(), sample.h5p, {
			type: 'h5p',
			value: { response: 'a,b|c~d', success: false, score: 0.333 },
		});
		state = recordAnswer(state, sample.h5p, {
			type: 'h5p',
			value: { response: 'true', success: true, score: 1 },
		});
		const text = encodeState(lessons, state);
		const key = activityKey(sample.h5p);
		expect(text.endsWith(`|${key}wx~c2s`)).toBe(true);
		expect(decodeState(lessons, text)?.activities['q-h5p']).toEqual({
			status: 'answered',
			first: { type: 'h5p', value: { response: '', success: false, score: 0.33 } },
			latest: { type: 'h5p', value: { response: '', success: true, score: 1 } },
			result: { scored: true, correct: false, score: 0.33 },
			attempts: 2,
		});
		// The content is the same, so an entry that does not fit it is corruption: nothing is guessed.
		expect(readState(lessons, text.replace(`${key}wx~c2s`, `${key}wx~c2t`))).toEqual({
			kind: 'unreadable',
		});
		expect(readState(lessons, text.replace(`${key}wx~c2s`, `${key}qx`))).toEqual({
			kind: 'unreadable',
		});
	});

	test('the worst case of the sample module round-trips', () => {
		const state = worstCase(lessons);
		expect(decodeState(lessons, encodeState(lessons, state))).toEqual(state);
	});
});

describe('compact state codec: an updated module keeps the answers to what did not change', () => {
	const state = everyTypeAnswered();
	const text = encodeState(lessons, state);
	const [one, two] = lessons as [EngineLesson, EngineLesson];

	test('only text changed (a prompt, feedback): still exact', () => {
		const edited: EngineLesson[] = [
			{
				...one,
				activities: [
					{ ...sample.single, prompt: 'What should Sam do now?' },
					...one.activities.slice(1),
				],
			},
			two,
		];
		expect(readState(edited, text)).toEqual({ kind: 'exact', state });
	});

	test('an activity added: every answer kept, the new one open', () => {
		const extra = { ...sample.trueFalse, id: 'q-new' };
		const added: EngineLesson[] = [{ ...one, activities: [extra, ...one.activities] }, two];
		const result = readState(added, text);
		expect(kindOf(result)).toBe('migrated 9 kept, 0 dropped');
		expect(decodeState(added, text)).toEqual(state);
		expect(decodeState(added, text)?.activities['q-new']).toBeUndefined();
	});

	test('an activity removed: the others kept, its answer counted as dropped', () => {
		const removed: EngineLesson[] = [
			{ ...one, activities: one.activities.filter((a) => a.id !== 'q-multi') },
			two,
		];
		expect(kindOf(readState(removed, text))).toBe('migrated 8 kept, 1 dropped');
		expect(decodeState(removed, text)?.activities).toEqual(without(state, 'q-multi'));
	});

	test('activities and lessons reordered, an activity moved to another lesson: everything kept', () => {
		const reordered: EngineLesson[] = [
			{ id: 'two', activities: [...two.activities].reverse() },
			{ id: 'one', activities: [sample.h5p, ...one.activities.slice().reverse()] },
		].map((l) =>
			l.id === 'two' ? { ...l, activities: l.activities.filter((a) => a.id !== 'q-h5p') } : l,
		);
		const result = readState(reordered, text);
		expect(kindOf(result)).toBe('migrated 9 kept, 0 dropped');
		expect(decodeState(reordered, text)).toEqual(state);
	});

	test('the right answer moved to another place (options reordered, ids kept): everything kept', () => {
		// Authors move the right answer so it is not always second; a saved "b" must still be "b".
		const single = { ...sample.single, options: [...sample.single.options].reverse() };
		const multi = { ...sample.multi, options: [...sample.multi.options].reverse() };
		const moved: EngineLesson[] = [
			{
				...one,
				activities: one.activities.map((a) =>
					a.id === single.id ? single : a.id === multi.id ? multi : a,
				),
			},
			two,
		];
		let answered = recordVisit(emptyState(), 'one');
		answered = recordAnswer(answered, sample.single, { type: 'single-choice', value: 'a' });
		answered = recordAnswer(answered, sample.multi, { type: 'multiple-response', value: ['c'] });
		const saved = encodeState(lessons, answered);
		expect(activityKey(single)).toBe(activityKey(sample.single));
		expect(activityKey(multi)).toBe(activityKey(sample.multi));
		expect(readState(moved, saved)).toEqual({ kind: 'exact', state: answered });
	});

	test('an activity whose options changed is dropped, never read onto the new options', () => {
		// Option "a" removed: position 0 now means "b". The old answer "a" must not become "b".
		const single = {
			...sample.single,
			options: [
				...sample.single.options.slice(1),
				{ id: 'c', text: 'Wait and see', correct: false, feedback: 'Waiting helps nobody.' },
			],
		};
		// The chat's first choice now leads elsewhere: the old path would read as another story.
		const scenario = {
			...sample.scenario,
			nodes: sample.scenario.nodes.map((n) =>
				n.id === 'a' ? { ...n, choices: [...(n.choices ?? [])].reverse() } : n,
			),
		};
		const changed: EngineLesson[] = [
			{ ...one, activities: [single, ...one.activities.slice(1)] },
			{ ...two, activities: two.activities.map((a) => (a.id === 'q-chat' ? scenario : a)) },
		];
		expect(activityKey(single)).not.toBe(activityKey(sample.single));
		expect(activityKey(scenario)).not.toBe(activityKey(sample.scenario));
		expect(kindOf(readState(changed, text))).toBe('migrated 7 kept, 2 dropped');
		const back = decodeState(changed, text);
		expect(back?.activities).toEqual(without(state, 'q-single', 'q-chat'));
		expect(back?.visited).toEqual(['two', 'one']);
		expect(back?.location).toBe('one');
	});

	test('a matching whose targets changed, an ordering with a new item, a type change: dropped', () => {
		const changed: EngineLesson[] = [
			{
				...one,
				activities: one.activities.map((a) =>
					a.type === 'ordering'
						? { ...a, items: [...a.items, { id: 'd', text: 'Tell someone' }] }
						: a,
				),
			},
			{
				...two,
				activities: two.activities.map((a) =>
					a.type === 'matching'
						? { ...a, targets: a.targets.slice(0, 2) }
						: a.type === 'red-flags'
							? { ...sample.multi, id: a.id }
							: a,
				),
			},
		];
		expect(kindOf(readState(changed, text))).toBe('migrated 6 kept, 3 dropped');
		expect(decodeState(changed, text)?.activities).toEqual(
			without(state, 'q-order', 'q-match', 'q-flags'),
		);
	});

	test('a lesson removed: its visit and bookmark go, the answers in other lessons stay', () => {
		const onlyTwo: EngineLesson[] = [two];
		const back = decodeState(onlyTwo, text);
		expect(kindOf(readState(onlyTwo, text))).toBe('migrated 5 kept, 4 dropped');
		expect(back?.visited).toEqual(['two']);
		expect(back?.location).toBeUndefined();
	});

	test('a state written for another module keeps only the activities the two share', () => {
		const other: EngineLesson[] = [{ id: 'three', activities: [sample.confidence, sample.flags] }];
		expect(kindOf(readState(other, text))).toBe('migrated 2 kept, 7 dropped');
	});
});

describe('compact state codec: an activity whose right answer changed', () => {
	const state = everyTypeAnswered();
	const text = encodeState(lessons, state);
	const [one, two] = lessons as [EngineLesson, EngineLesson];

	test('same options, another one right: opens again, never marked against a key it was not given for', () => {
		// New advice: option "b" is now the right one. The options, their ids and order are the same.
		const single = {
			...sample.single,
			options: sample.single.options.map((o) => ({ ...o, correct: !o.correct })),
		};
		const trueFalse = { ...sample.trueFalse, answer: !sample.trueFalse.answer };
		const [firstPair, secondPair] = sample.matching.pairs as [
			(typeof sample.matching.pairs)[number],
			(typeof sample.matching.pairs)[number],
		];
		const matching = {
			...sample.matching,
			pairs: [
				{ ...firstPair, match: secondPair.match },
				{ ...secondPair, match: firstPair.match },
			],
		};
		const scenario = {
			...sample.scenario,
			nodes: sample.scenario.nodes.map((n) =>
				n.ending ? { ...n, ending: { ...n.ending, safe: !n.ending.safe } } : n,
			),
		};
		const flags = {
			...sample.flags,
			parts: sample.flags.parts.map((p, i) => (i === 0 ? { ...p, flag: !p.flag } : p)),
		};
		const changed: EngineLesson[] = [
			{
				...one,
				activities: one.activities.map((a) =>
					a.id === single.id ? single : a.id === trueFalse.id ? trueFalse : a,
				),
			},
			{
				...two,
				activities: two.activities.map((a) =>
					a.id === matching.id
						? matching
						: a.id === scenario.id
							? scenario
							: a.id === flags.id
								? flags
								: a,
				),
			},
		];
		for (const [before, after] of [
			[sample.single, single],
			[sample.trueFalse, trueFalse],
			[sample.matching, matching],
			[sample.scenario, scenario],
			[sample.flags, flags],
		] as const)
			expect(activityKey(after), after.id).not.toBe(activityKey(before));
		expect(kindOf(readState(changed, text))).toBe('migrated 4 kept, 5 dropped');
		expect(decodeState(changed, text)?.activities).toEqual(
			without(state, 'q-single', 'q-tf', 'q-match', 'q-chat', 'q-flags'),
		);
	});
});

describe('compact state codec: version 2 (keys without what makes an answer right)', () => {
	/** Written by version 2's encoder for `lessons` and the state of version 1's test below. */
	const V2_TEXT = '2|noe9jq|621|egf621|yths0~1,grcg_,s2u1.,987x201,htrh2-,5byx4,em5s021';
	const v2State = () => {
		let state = recordVisit(recordVisit(emptyState(), 'one'), 'two');
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'a' });
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
		state = recordAnswer(state, sample.multi, { type: 'multiple-response', value: [] });
		state = recordSkip(state, sample.trueFalse.id);
		state = recordAnswer(state, sample.ordering, { type: 'ordering', value: ['c', 'a', 'b'] });
		state = recordAnswer(state, sample.matching, { type: 'matching', value: { a: 'z', b: '' } });
		state = recordAnswer(state, sample.confidence, { type: 'confidence', value: 4 });
		return recordAnswer(state, sample.scenario, { type: 'scenario', value: ['x', 'z', 'y'] });
	};

	test('of the same content: read exactly, and written back as version 3 it reads the same', () => {
		const state = v2State();
		expect(readState(lessons, V2_TEXT)).toEqual({ kind: 'exact', state });
		const again = encodeState(lessons, state);
		expect(again.startsWith('3|')).toBe(true);
		expect(readState(lessons, again)).toEqual({ kind: 'exact', state });
	});

	test('of a module updated since (an activity added, one removed): the other answers kept', () => {
		const [one, two] = lessons as [EngineLesson, EngineLesson];
		const updated: EngineLesson[] = [
			{ ...one, activities: [{ ...sample.trueFalse, id: 'q-new' }, ...one.activities] },
			{ ...two, activities: two.activities.filter((a) => a.id !== 'q-conf-before') },
		];
		expect(kindOf(readState(updated, V2_TEXT))).toBe('migrated 6 kept, 1 dropped');
		expect(decodeState(updated, V2_TEXT)?.activities).toEqual(without(v2State(), 'q-conf-before'));
	});
});

describe('compact state codec: keys that collide', () => {
	test('two activities or lessons sharing a key still round-trip while the content is the same', () => {
		// Find two lesson ids with the same 3-character key (1 in 46,656 per pair).
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let i = 0; !pair; i++) {
			const id = `lesson-${i}`;
			const other = seen.get(lessonKey(id));
			if (other) pair = [other, id];
			else seen.set(lessonKey(id), id);
		}
		const twins: EngineLesson[] = [
			{ id: pair[0], activities: [sample.single] },
			{ id: pair[1], activities: [sample.trueFalse] },
		];
		let state = recordVisit(recordVisit(emptyState(), pair[1]), pair[0]);
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
		expect(readState(twins, encodeState(twins, state))).toEqual({
			kind: 'exact',
			state: { ...state, visited: [pair[0], pair[1]] },
		});
	});
});

describe('compact state codec: unreadable text', () => {
	const text = encodeState(lessons, everyTypeAnswered());
	const garbage = [
		'',
		'not a state',
		'2',
		'2|',
		'2|||',
		'2||||',
		'2|abcdef||||x',
		'3|abcdef||||',
		'2|ABCDEF||||',
		'2|abcdef|zz|||',
		'2|abcdef||abcd||',
		'2|abcdef|abcabc|||',
		'2|abcdef|||ab',
		'2|abcdef|||abcdt,',
		'2|abcdef|||abcdt|',
		'2|abcdef|||abcd!',
		'{"v":1,"visited":[],"activities":{}}',
		text.slice(0, -3) + '|x',
		text.replace('|', '||'),
	];
	for (const bad of garbage)
		test(`${JSON.stringify(bad.slice(0, 40))} is unreadable`, () => {
			expect(readState(lessons, bad)).toEqual({ kind: 'unreadable' });
			expect(decodeState(lessons, bad)).toBeUndefined();
		});

	test('a state of this content with a corrupt entry is unreadable, not partly read', () => {
		const key = activityKey(sample.single);
		expect(readState(lessons, text.replace(`${key}0~1`, `${key}9~1`))).toEqual({
			kind: 'unreadable',
		});
		// The same entry twice.
		expect(readState(lessons, `${text},${key}0`)).toEqual({ kind: 'unreadable' });
	});

	test('any one character changed or cut: never throws, never an answer that does not fit', () => {
		const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz_~.-|,s';
		const at = (s: string) => Array.from({ length: s.length }, (_, i) => i);
		const variants = at(text).flatMap((i) => [
			text.slice(0, i),
			text.slice(0, i) + text.slice(i + 1),
			...at(alphabet).map((c) => text.slice(0, i) + alphabet.charAt(c) + text.slice(i + 1)),
		]);
		const all = lessons.flatMap((l) => l.activities);
		for (const variant of variants) {
			const result = readState(lessons, variant);
			if (result.kind !== 'exact' && result.kind !== 'migrated') continue;
			for (const [id, record] of Object.entries(result.state.activities)) {
				const activity = all.find((a) => a.id === id);
				expect(activity, variant).toBeDefined();
				if (record.first) expect(record.first.type).toBe(activity?.type);
				if (record.latest) expect(record.latest.type).toBe(activity?.type);
			}
		}
	});
});

describe('compact state codec: version 1', () => {
	/** Written by version 1's encoder for `lessons` and the state built below. */
	const V1_TEXT = '1|p55u9m|1|3|0~1,_,s,201,2-,4,021,,';

	test('a version-1 state of the same content reads exactly as before', () => {
		let state = recordVisit(recordVisit(emptyState(), 'one'), 'two');
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'a' });
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
		state = recordAnswer(state, sample.multi, { type: 'multiple-response', value: [] });
		state = recordSkip(state, sample.trueFalse.id);
		state = recordAnswer(state, sample.ordering, { type: 'ordering', value: ['c', 'a', 'b'] });
		state = recordAnswer(state, sample.matching, { type: 'matching', value: { a: 'z', b: '' } });
		state = recordAnswer(state, sample.confidence, { type: 'confidence', value: 4 });
		state = recordAnswer(state, sample.scenario, { type: 'scenario', value: ['x', 'z', 'y'] });
		expect(readState(lessons, V1_TEXT)).toEqual({ kind: 'exact', state });
		// Written back as version 3, it reads the same.
		expect(readState(lessons, encodeState(lessons, state))).toEqual({ kind: 'exact', state });
	});

	test('a version-1 state of other content cannot be mapped and says so', () => {
		const changed: EngineLesson[] = [
			{ id: 'one', activities: [sample.single, sample.multi, sample.trueFalse] },
			lessons[1] ?? { id: 'two', activities: [] },
		];
		expect(readState(changed, V1_TEXT)).toEqual({ kind: 'unreadable-old-version' });
		expect(decodeState(changed, V1_TEXT)).toBeUndefined();
	});

	test('a corrupt version-1 state of the same content is unreadable', () => {
		expect(readState(lessons, V1_TEXT.replace('0~1', '9~1'))).toEqual({ kind: 'unreadable' });
		expect(readState(lessons, V1_TEXT.replace(',,', ','))).toEqual({ kind: 'unreadable' });
	});
});

describe('compact state codec: size', () => {
	test('the largest shipped module, every activity answered and retried, fits SCORM 1.2 suspend_data', async () => {
		const modules = await shippedModules();
		const count = (m: { lessons: EngineLesson[] }) => m.lessons.flatMap((l) => l.activities).length;
		const largest = modules.sort((a, b) => count(b) - count(a))[0];
		if (!largest) throw new Error('no modules shipped');
		const state = worstCase(largest.lessons);
		const text = encodeState(largest.lessons, state);
		console.info(
			`codec: ${largest.id}, ${count(largest)} activities, worst case ${text.length} characters`,
		);
		expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA_MAX);
		expect(decodeState(largest.lessons, text)).toEqual(state);
	});

	test('a module with ten times the activities of the largest, worst case, still fits', async () => {
		const modules = await shippedModules();
		const count = (m: { lessons: EngineLesson[] }) => m.lessons.flatMap((l) => l.activities).length;
		const largest = modules.sort((a, b) => count(b) - count(a))[0];
		if (!largest) throw new Error('no modules shipped');
		const tenfold = largest.lessons.map((l) => ({
			id: l.id,
			activities: Array.from({ length: 10 }, (_, copy) =>
				l.activities.map((a) => ({ ...a, id: `${a.id}-${copy}` })),
			).flat(),
		}));
		const state = worstCase(tenfold);
		const text = encodeState(tenfold, state);
		console.info(
			`codec: ${count({ lessons: tenfold })} activities, worst case ${text.length} characters`,
		);
		expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA_MAX);
		expect(decodeState(tenfold, text)).toEqual(state);
	});

	test('the activities and lessons of each shipped module have keys of their own (no two alike)', async () => {
		for (const m of await shippedModules()) {
			const keys = m.lessons.flatMap((l) => l.activities.map(activityKey));
			expect(new Set(keys).size, m.id).toBe(keys.length);
			const lessonKeys = m.lessons.map((l) => lessonKey(l.id));
			expect(new Set(lessonKeys).size, m.id).toBe(lessonKeys.length);
		}
	});
});
