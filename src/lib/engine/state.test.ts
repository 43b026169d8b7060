import { describe, expect, test } from 'vitest';
import { sample } from './fixtures.test-data.ts';
import { emptyState, mergeStates, recordAnswer, recordSkip, recordVisit } from './state.ts';

describe('merging late progress with the new', () => {
	test('nothing is dropped; the stored first answer stays first, the new latest is shown', () => {
		const stored = recordAnswer(
			recordSkip(recordVisit(emptyState(), 'one'), 'q-multi'),
			sample.single,
			{ type: 'single-choice', value: 'a' },
		);
		const now = recordAnswer(
			recordAnswer(recordVisit(emptyState(), 'two'), sample.single, {
				type: 'single-choice',
				value: 'b',
			}),
			sample.multi,
			{ type: 'multiple-response', value: ['a'] },
		);
		const merged = mergeStates(stored, now);
		expect(merged.visited).toEqual(['one', 'two']);
		expect(merged.location).toBe('two');
		expect(merged.activities['q-single']).toMatchObject({
			first: { value: 'a' },
			latest: { value: 'b' },
			attempts: 2,
		});
		// Skipped before, answered now: the answer wins.
		expect(merged.activities['q-multi']).toMatchObject({ status: 'answered' });
	});

	test('a state merged with itself is unchanged (one save delivered twice is not a second attempt)', () => {
		const state = recordAnswer(
			recordAnswer(recordVisit(emptyState(), 'one'), sample.single, {
				type: 'single-choice',
				value: 'a',
			}),
			sample.single,
			{ type: 'single-choice', value: 'b' },
		);
		expect(mergeStates(state, state)).toEqual(state);
	});
});
