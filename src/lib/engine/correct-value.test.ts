import { describe, expect, test } from 'vitest';
import { correctValue } from './correct-value.ts';
import { sample } from './fixtures.test-data.ts';

describe('correctValue', () => {
	test('gives the right answer in answer shape', () => {
		expect(correctValue(sample.ordering)).toEqual({ type: 'ordering', value: ['a', 'b', 'c'] });
		expect(correctValue(sample.matching)).toEqual({ type: 'matching', value: { a: 'x', b: 'y' } });
	});

	test('has none for types without a right answer', () => {
		expect(correctValue(sample.confidence)).toBeUndefined();
		expect(correctValue(sample.h5p)).toBeUndefined();
	});
});
