import { describe, expect, test } from 'vitest';
import { meets, selectGuided } from './select.ts';

describe('meets', () => {
	test('no condition: everyone', () => {
		expect(meets(undefined, {})).toBe(true);
		expect(meets({}, { age: 'adult' })).toBe(true);
	});
	test('every question named must match; unanswered counts as skip', () => {
		expect(meets({ age: ['under18'] }, { age: 'under18' })).toBe(true);
		expect(meets({ age: ['under18'] }, { age: 'adult' })).toBe(false);
		expect(meets({ age: ['skip'] }, {})).toBe(true);
		expect(meets({ age: ['adult'], shared: ['yes'] }, { age: 'adult', shared: 'no' })).toBe(false);
	});
});

describe('selectGuided', () => {
	const items = [
		{ id: 'a' },
		{ id: 'b', urgent: 2 },
		{ id: 'c', when: { age: ['adult'] } },
		{ id: 'd', urgent: 1 },
	];
	const notSafe = { safe: ['no'] };
	test('keeps list order for someone safe', () => {
		expect(selectGuided(items, { age: 'adult' }, notSafe).map((i) => i.id)).toEqual([
			'a',
			'b',
			'c',
			'd',
		]);
	});
	test('puts the urgent ones first, by rank, for someone not safe', () => {
		expect(selectGuided(items, { safe: 'no' }, notSafe).map((i) => i.id)).toEqual(['d', 'b', 'a']);
	});
});
