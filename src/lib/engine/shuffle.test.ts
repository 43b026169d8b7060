import { describe, expect, test } from 'vitest';
import { stableShuffle } from './shuffle.ts';

describe('stableShuffle', () => {
	const ids = ['a', 'b', 'c', 'd', 'e'];
	test('is the same for the same seed, so server HTML, hydration and presenter agree', () => {
		expect(stableShuffle('steps', ids)).toEqual(stableShuffle('steps', ids));
	});
	test('keeps every item and is never already in the right order', () => {
		for (const seed of ['a', 'b', 'steps', 'order-1', 'order-2', 'x']) {
			const out = stableShuffle(seed, ids);
			expect([...out].sort()).toEqual(ids);
			expect(out).not.toEqual(ids);
		}
		expect(stableShuffle('two', ['a', 'b'])).toEqual(['b', 'a']);
	});
});
