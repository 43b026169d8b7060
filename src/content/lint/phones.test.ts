import { describe, expect, test } from 'vitest';
import { helplines } from '../../data/helplines.ts';
import { findPhoneNumbers, helplineNumbers, normalisePhone } from './phones.ts';

const found = (text: string) => findPhoneNumbers(text).map((p) => `${p.written}=${p.digits}`);

describe('findPhoneNumbers', () => {
	test.each([
		['Call Childline on 0800 1111.', ['0800 1111=08001111']],
		[
			'Ring 0345 6000 459 or 0345-6000-459.',
			['0345 6000 459=03456000459', '0345-6000-459=03456000459'],
		],
		['Samaritans: 116 123, free.', ['116 123=116123']],
		[
			'From abroad: +44 800 1111 or +44 (0)800 1111.',
			['+44 800 1111=08001111', '+44 (0)800 1111=08001111'],
		],
		['(020) 7946 0000', ['(020) 7946 0000=02079460000']],
		['In danger: 999. To report: 101.', ['999=999', '101=101']],
		['Call 999 if you are in danger, or 101 to report it.', ['999=999', '101=101']],
		['Police (999 or 101)', ['999=999', '101=101']],
		['Call the helpline on 123 now.', ['123=123']],
		['Dial 112.', ['112=112']],
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	test.each([
		'£100 in gift cards in an hour.',
		'In 2021, 1,124 cases; 88% male.',
		'23 followers · Following 1,480 · 3 posts',
		'Jay, 15, and Mia, 16.',
		'Checked 2026-11-23, open 10:00 to 16:00, 24/7.',
		'HOPELINE247 and report@phishing.gov.uk',
		'He has 100 friends and 250 followers.',
		'112 cases were reported in 2019, and 999 people replied.',
	])('%s has no phone number', (text) => {
		expect(found(text)).toEqual([]);
	});
});

describe('normalisePhone', () => {
	test.each([
		['0800 1111', '08001111'],
		['0800 11 11', '08001111'],
		['0800-1111', '08001111'],
		['+44 800 1111', '08001111'],
		['+44 (0)800 1111', '08001111'],
		['0044 800 1111', '08001111'],
		['116 123', '116123'],
	])('%s → %s', (written, digits) => {
		expect(normalisePhone(written)).toBe(digits);
	});
});

test('helplineNumbers holds every phone number of the table, normalised', () => {
	const numbers = helplineNumbers();
	const phones = helplines.flatMap((h) =>
		h.contacts.flatMap((c) => (c.kind === 'phone' ? [[normalisePhone(c.number), h.id]] : [])),
	);
	expect([...numbers.entries()]).toEqual(phones);
	expect(numbers.get('116123')).toBe('samaritans');
	expect(numbers.get('08001111')).toBe('childline');
});
