import { describe, expect, test } from 'vitest';
import { helplines } from '../data/helplines.ts';
import { HelplineSchema } from '../schemas/helpline.ts';
import { supportSections, telHref } from './support.ts';

const names = (audience: Parameters<typeof supportSections>[0], brief = false) =>
	supportSections(audience, { brief }).map((s) => [s.group, s.helplines.map((h) => h.id)]);

describe('support lines', () => {
	test('every helpline matches the schema and ids are unique', () => {
		for (const h of helplines) expect(HelplineSchema.safeParse(h).error).toBeUndefined();
		expect(new Set(helplines.map((h) => h.id)).size).toBe(helplines.length);
	});

	test('under-18s see CEOP, Childline and Report Remove first; everyone sees Samaritans', () => {
		expect(names(['school'], true)).toEqual([
			['under18', ['ceop', 'childline', 'report-remove']],
			['everyone', ['samaritans']],
		]);
	});

	test('adults see police, Revenge Porn Helpline and StopNCII; no under-18 services', () => {
		expect(names(['adult'], true)).toEqual([
			['adult', ['police', 'revenge-porn-helpline', 'stopncii']],
			['everyone', ['samaritans']],
		]);
	});

	test('forces see under-18, adult and forces routes (recruits can be 16 or 17)', () => {
		expect(names(['forces'], true).map(([group]) => group)).toEqual([
			'under18',
			'adult',
			'forces',
			'everyone',
		]);
	});

	test('the full list shows each helpline once', () => {
		const ids = supportSections(['school', 'adult', 'forces']).flatMap((s) =>
			s.helplines.map((h) => h.id),
		);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(expect.arrayContaining(helplines.map((h) => h.id)));
	});

	test('tel: links drop the spaces of printed numbers', () => {
		expect(telHref('0800 1111')).toBe('tel:08001111');
		expect(telHref('116 123')).toBe('tel:116123');
	});
});
