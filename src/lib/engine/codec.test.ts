import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../content/read.ts';
import type { Activity } from '../../schemas/activity.ts';
import type { Answer } from './answers.ts';
import { decodeState, encodeState } from './codec.ts';
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

describe('compact state codec', () => {
	test('round-trips every type of answer, skips, retries, visits and the bookmark', () => {
		let state = recordVisit(recordVisit(emptyState(), 'one'), 'two');
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'a' });
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
		state = recordAnswer(state, sample.multi, { type: 'multiple-response', value: [] });
		state = recordSkip(state, sample.trueFalse.id);
		state = recordAnswer(state, sample.ordering, { type: 'ordering', value: ['c', 'a', 'b'] });
		state = recordAnswer(state, sample.matching, { type: 'matching', value: { a: 'z', b: '' } });
		state = recordAnswer(state, sample.confidence, { type: 'confidence', value: 4 });
		state = recordAnswer(state, sample.scenario, { type: 'scenario', value: ['x', 'z', 'y'] });
		const text = encodeState(lessons, state);
		expect(text).toMatch(/^1\|[0-9a-z]{6}\|1\|3\|/);
		const back = decodeState(lessons, text);
		expect(back).toEqual(state);
		expect(back?.activities['q-single']).toMatchObject({
			first: { value: 'a' },
			latest: { value: 'b' },
			result: { correct: false },
		});
		expect(back?.activities['q-flags']).toBeUndefined();
	});

	test('refuses text from another version, another module or changed content', () => {
		const text = encodeState(lessons, recordVisit(emptyState(), 'one'));
		expect(decodeState(lessons, text.replace(/^1/, '2'))).toBeUndefined();
		expect(decodeState(lessons.slice(0, 1), text)).toBeUndefined();
		const changed: EngineLesson[] = [
			{ id: 'one', activities: [sample.single, sample.multi, sample.trueFalse] },
			lessons[1] ?? { id: 'two', activities: [] },
		];
		expect(decodeState(changed, text)).toBeUndefined();
		expect(decodeState(lessons, 'not a state')).toBeUndefined();
		expect(decodeState(lessons, `${text.slice(0, -1)}9`)).toBeUndefined();
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
		expect(text.endsWith(',wx~c2s')).toBe(true);
		expect(decodeState(lessons, text)?.activities['q-h5p']).toEqual({
			status: 'answered',
			first: { type: 'h5p', value: { response: '', success: false, score: 0.33 } },
			latest: { type: 'h5p', value: { response: '', success: true, score: 1 } },
			result: { scored: true, correct: false, score: 0.33 },
			attempts: 2,
		});
		expect(decodeState(lessons, text.replace(',wx~c2s', ',wx~c2t'))).toBeUndefined();
		expect(decodeState(lessons, text.replace(',wx~c2s', ',qx'))).toBeUndefined();
	});

	test('the worst case of the sample module round-trips', () => {
		const state = worstCase(lessons);
		expect(decodeState(lessons, encodeState(lessons, state))).toEqual(state);
	});

	test('the largest shipped module, every activity answered and retried, fits SCORM 1.2 suspend_data', async () => {
		const content = await readContent(join(import.meta.dirname, '../../..'));
		expect(content.errors).toEqual([]);
		const byId = new Map(content.lessons.map((l) => [l.data.id, l.data]));
		const modules = content.modules.map((m) =>
			m.data.lessons.map((id) => ({ id, activities: byId.get(id)?.activities ?? [] })),
		);
		const largest = modules.sort(
			(a, b) => b.flatMap((l) => l.activities).length - a.flatMap((l) => l.activities).length,
		)[0];
		if (!largest) throw new Error('no modules shipped');
		const state = worstCase(largest);
		const text = encodeState(largest, state);
		expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA_MAX);
		expect(decodeState(largest, text)).toEqual(state);
	});
});
