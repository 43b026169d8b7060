import { describe, expect, test } from 'vitest';
import { helplines } from '../data/helplines.ts';
import { HelplineSchema } from '../schemas/helpline.ts';
import {
	contactLine,
	contactText,
	quickHelplines,
	supportSections,
	telHref,
	type Ages,
} from './support.ts';

const names = (audience: Parameters<typeof supportSections>[0], brief = false, ages?: Ages) =>
	supportSections(audience, { brief, ...(ages ? { ages } : {}) }).map((s) => [
		s.group,
		s.helplines.map((h) => h.id),
	]);

describe('support lines', () => {
	test('every helpline matches the schema and ids are unique', () => {
		for (const h of helplines) expect(HelplineSchema.safeParse(h).error).toBeUndefined();
		expect(new Set(helplines.map((h) => h.id)).size).toBe(helplines.length);
	});

	test('under-18s see CEOP, Childline and Report Remove first; then the police and Samaritans', () => {
		expect(names(['school'], true, { min: 11, max: 14 })).toEqual([
			['under18', ['ceop', 'childline', 'report-remove']],
			['everyone', ['police', 'samaritans']],
		]);
	});

	test("a school module up to 18 also gives the sixth form's 18-year-olds the adults' lines", () => {
		const ks4 = { min: 14, max: 18 };
		expect(names(['school'], true, ks4)).toEqual([
			['under18', ['ceop', 'childline', 'report-remove']],
			['adult', ['revenge-porn-helpline', 'stopncii']],
			['everyone', ['police', 'samaritans']],
		]);
		const full = names(['school'], false, ks4);
		expect(full.map(([group]) => group)).toEqual(['under18', 'adult', 'everyone']);
		// Not for 11 to 14: no adult's line there, where it would only crowd the children's help.
		expect(names(['school'], false, { min: 11, max: 14 }).map(([group]) => group)).toEqual([
			'under18',
			'everyone',
		]);
		// A lesson page, which any school module may send someone to, has both.
		expect(names(['school']).map(([group]) => group)).toEqual(['under18', 'adult', 'everyone']);
		// Adults only: no under-18 route.
		expect(names(['adult'], false, { min: 18, max: 35 }).map(([group]) => group)).toEqual([
			'everyone',
			'adult',
		]);
	});

	test('adults see Revenge Porn Helpline and StopNCII; no under-18 services', () => {
		expect(names(['adult'], true)).toEqual([
			['everyone', ['police', 'samaritans']],
			['adult', ['revenge-porn-helpline', 'stopncii']],
		]);
	});

	test('every audience sees the police (999 in an emergency), in the short box and the full list', () => {
		for (const audience of ['school', 'adult', 'forces'] as const)
			for (const brief of [true, false]) {
				const ids = supportSections([audience], { brief }).flatMap((s) =>
					s.helplines.map((h) => h.id),
				);
				expect(ids, `${audience}${brief ? ', brief' : ''}`).toContain('police');
			}
	});

	test('footers and the home page: Childline only where under-18s may read, always 999', () => {
		const ids = (a: Parameters<typeof quickHelplines>[0]) => quickHelplines(a).map((h) => h.id);
		expect(ids(['school'])).toEqual(['childline', 'samaritans', 'police']);
		// Recruits are mostly adults: Childline (for under-19s) is there, after the lines for all.
		expect(ids(['forces'])).toEqual(['samaritans', 'police', 'childline']);
		expect(ids(['school', 'forces'])).toEqual(['childline', 'samaritans', 'police']);
		expect(ids(['adult'])).toEqual(['samaritans', 'police']);
	});

	test("forces see under-18, adult and forces routes (recruits can be 16 or 17), adults' first", () => {
		expect(names(['forces'], true).map(([group]) => group)).toEqual([
			'everyone',
			'adult',
			'forces',
			'under18',
		]);
		// Adults' lines that also serve the forces sit under "18 or over"; the forces' own under forces.
		const full = supportSections(['forces']);
		expect(full.find((s) => s.group === 'adult')?.helplines.map((h) => h.id)).toContain(
			'revenge-porn-helpline',
		);
		expect(full.find((s) => s.group === 'forces')?.helplines.map((h) => h.id)).toEqual([
			'forces-welfare',
			'ssafa-forcesline',
		]);
		// Where children may be reading, their help comes first.
		expect(names(['school', 'forces'], true).map(([group]) => group)).toEqual([
			'under18',
			'adult',
			'forces',
			'everyone',
		]);
	});

	test('a line for every learner these audiences hold is under Everyone, never under an age heading', () => {
		// Papyrus is for under 35s: every learner of every module. Filed under "If you are under 18"
		// in the forces lists, a 20-year-old recruit would skip it. Take It Down is for images taken
		// under 18, whatever the age now (its FAQ): an adult with such an image would skip it too.
		for (const audiences of [
			['school'],
			['adult'],
			['forces'],
			['school', 'adult', 'forces'],
		] as const)
			for (const id of ['papyrus', 'take-it-down']) {
				const group = supportSections(audiences).find((s) =>
					s.helplines.some((h) => h.id === id),
				)?.group;
				expect(group, `${id}: ${audiences.join(', ')}`).toBe('everyone');
			}
		// An age's own lines stay under its heading.
		const under18 = supportSections(['forces']).find((s) => s.group === 'under18');
		expect(under18?.helplines.map((h) => h.id)).toContain('childline');
	});

	test('a line for one age keeps its heading, even where every reader should be that age', () => {
		// A school page is read by teachers, parents and 18-year-olds in the sixth form: CEOP and
		// Report Remove are for under-18s, never "Everyone". An adult page may be read by a 17-year-old.
		const sectionOf = (audience: 'school' | 'adult', id: string) =>
			supportSections([audience]).find((s) => s.helplines.some((h) => h.id === id))?.group;
		for (const id of ['ceop', 'childline', 'report-remove'])
			expect(sectionOf('school', id), id).toBe('under18');
		for (const id of ['revenge-porn-helpline', 'stopncii'])
			expect(sectionOf('adult', id), id).toBe('adult');
		expect(sectionOf('school', 'samaritans')).toBe('everyone');
	});

	test('the full list shows each helpline once', () => {
		const ids = supportSections(['school', 'adult', 'forces']).flatMap((s) =>
			s.helplines.map((h) => h.id),
		);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(expect.arrayContaining(helplines.map((h) => h.id)));
	});

	test('each contact has a visible label: what a number is for, or how to reach them', () => {
		const police = helplines.find((h) => h.id === 'police');
		expect(police?.contacts.map(contactText)).toEqual([
			'Emergency: 999 (if you are in danger now)',
			'Not an emergency: 101 (to report a crime)',
		]);
		expect(contactText({ kind: 'phone', number: '0800 1111', hours: 'free, 24 hours' })).toBe(
			'Phone: 0800 1111 (free, 24 hours)',
		);
		expect(contactLine({ kind: 'web', url: 'https://example.org/', label: 'example.org' })).toEqual(
			{
				label: 'Online',
				value: 'example.org',
				href: 'https://example.org/',
				isPhone: false,
			},
		);
		expect(contactText({ kind: 'email', address: 'jo@samaritans.org' })).toBe(
			'Email: jo@samaritans.org',
		);
		expect(contactText({ kind: 'text', label: 'Ask at your unit.' })).toBe(
			'In person: Ask at your unit.',
		);
	});

	test('a helpline with more than one number labels each, so "999 101" never shows unlabelled', () => {
		for (const h of helplines) {
			const phones = h.contacts.filter((c) => c.kind === 'phone');
			if (phones.length > 1)
				expect(new Set(phones.map((c) => contactLine(c).label)).size, h.id).toBe(phones.length);
		}
	});

	test('tel: links drop the spaces of printed numbers', () => {
		expect(telHref('0800 1111')).toBe('tel:08001111');
		expect(telHref('116 123')).toBe('tel:116123');
	});
});

test('someone who paid a blackmailer is sent to the police, never to the fraud line instead', () => {
	// Sextortion is blackmail, a crime for the police, not a fraud (content brief §1).
	const fraud = helplines.find((h) => h.id === 'report-fraud');
	expect(fraud?.helpsWith).toMatch(/threatening to share images of you, that is blackmail/);
	expect(fraud?.helpsWith).toMatch(/police on 101/);
});

test('Report Fraud is sourced to a page that names it, not one from before it replaced Action Fraud', () => {
	// Its name, number, address and nations are those of the service's launch, 4 December 2025; a
	// 2018 local paper could name none of them.
	const fraud = helplines.find((h) => h.id === 'report-fraud');
	expect(fraud?.source.title).toMatch(/Report Fraud/);
	expect(fraud?.source.title).toMatch(/December 2025/);
});
