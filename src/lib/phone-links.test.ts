import { describe, expect, test } from 'vitest';
import { mainPhone } from '../data/helplines.ts';
import { phoneParts } from './phone-links.ts';

describe('phoneParts', () => {
	test('each number of the helpline table becomes a number to call, the words around it stay', () => {
		const text = `If you are in danger now, call 999. Talk to Samaritans on 116 123, free. Childline (${mainPhone('childline')}) is there.`;
		const parts = phoneParts(text);
		expect(parts).toEqual([
			'If you are in danger now, call ',
			{ number: '999', href: 'tel:999' },
			'. Talk to Samaritans on ',
			{ number: '116 123', href: 'tel:116123' },
			', free. Childline (',
			{ number: '0800 1111', href: 'tel:08001111' },
			') is there.',
		]);
		expect(parts.map((p) => (typeof p === 'string' ? p : p.number)).join('')).toBe(text);
	});

	test('a number the table does not have, an amount or a count stays words', () => {
		for (const text of ['Call 0800 000 0000 now.', '£100 in gift cards', '112 cases in 2017', ''])
			expect(phoneParts(text)).toEqual(text ? [text] : []);
	});
});
