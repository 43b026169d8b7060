import { describe, expect, test } from 'vitest';
import { sample } from '../../engine/fixtures.test-data.ts';
import { emptyState, recordAnswer, recordSkip, recordVisit } from '../../engine/state.ts';
import { judgeStored, mergeStates } from './resume.ts';

describe('judging stored suspend data', () => {
	const decode = (text: string) => (text.startsWith('1|') ? emptyState() : undefined);
	test.each([
		[undefined, false, 'unread'],
		['', true, 'unread'],
		['', false, 'fresh'],
		['1|abc', true, 'restored'],
		['0|old', true, 'kept'],
	] as const)('%j (evidence of progress: %s) is %s', (text, evidence, expected) => {
		expect(judgeStored(text, evidence, decode)).toBe(expected);
	});
});

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
});
