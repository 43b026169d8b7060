import { describe, expect, test } from 'vitest';
import type { Activity } from '../../../src/schemas/activity.ts';
import type { Answer } from '../../../src/lib/engine/answers.ts';
import { compactCodec } from '../../../src/lib/engine/codec.ts';
import { sample } from '../../../src/lib/engine/fixtures.test-data.ts';
import type { EngineLesson } from '../../../src/lib/engine/progress.ts';
import { emptyState, mergeStates, recordAnswer } from '../../../src/lib/engine/state.ts';
import { mergeSavedWith } from './progress-document.ts';

describe('cmi5 progress document after the package was updated', () => {
	test("a save of the older version merged with this session's: unchanged answers stay, changed ones go", () => {
		// The version the learner used before: `single` had another option right, `flags` existed.
		const older: EngineLesson[] = [
			{
				id: 'one',
				activities: [
					{
						...sample.single,
						options: sample.single.options.map((o) => ({ ...o, correct: !o.correct })),
					},
					sample.trueFalse,
					sample.ordering,
				],
			},
			{ id: 'two', activities: [sample.flags] },
		];
		// Now: lessons reordered, `flags` removed, a new activity added.
		const now: EngineLesson[] = [
			{ id: 'two', activities: [sample.multi] },
			{ id: 'one', activities: [sample.single, sample.trueFalse, sample.ordering] },
		];
		const answers: [Activity | undefined, Answer][] = [
			[older[0]?.activities[0], { type: 'single-choice', value: 'a' }],
			[sample.trueFalse, { type: 'true-false', value: false }],
			[sample.ordering, { type: 'ordering', value: ['c', 'a', 'b'] }],
			[sample.flags, { type: 'red-flags', value: ['a'] }],
		];
		let before = emptyState();
		for (const [activity, answer] of answers)
			if (activity) before = recordAnswer(before, activity, answer);
		const stored = compactCodec.encode(older, before);
		// This session, in the new version, answered the new activity only.
		const mine = compactCodec.encode(
			now,
			recordAnswer(emptyState(), sample.multi, { type: 'multiple-response', value: ['a'] }),
		);
		const merged = compactCodec.decode(
			now,
			mergeSavedWith(now, compactCodec, mergeStates)(stored, mine),
		);
		expect(Object.keys(merged?.activities ?? {}).sort()).toEqual(['q-multi', 'q-order', 'q-tf']);
		expect(merged?.activities['q-tf']).toMatchObject({ first: { value: false } });
		expect(merged?.activities['q-order']).toMatchObject({ first: { value: ['c', 'a', 'b'] } });
	});
});
