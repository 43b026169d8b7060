import { describe, expect, test } from 'vitest';
import { helplineById, helplines } from '../../data/helplines.ts';
import { parentSources } from '../../data/parents.ts';
import { findHarmfulPhrases } from '../../content/lint/phrases.ts';
import { findPhoneNumbers, helplineNumbers } from '../../content/lint/phones.ts';
import { contactText } from '../support.ts';
import {
	letterFields,
	letterHelplines,
	letterText,
	parentLetter,
	piecesText,
	type LetterBlock,
} from './letter.ts';
import { guideUrl } from './module-letter.ts';

const module = {
	title: 'Second Look for ages 11 to 14',
	minutes: 55,
	lessonTitles: ['Spotting fake profiles', 'If it happens'],
	ages: { min: 11, max: 14 },
};
const guide = 'https://example.org/parents/';
const blocks = parentLetter(module, guide);
const text = (values = {}) => letterText(blocks, helplineById, contactText, values);

describe('the letter home', () => {
	test('every field the school fills in is in the letter, as its placeholder in square brackets', () => {
		const plain = text();
		for (const field of letterFields) {
			expect(field.placeholder).toMatch(/^\[.+\]$/);
			expect(plain, field.id).toContain(field.placeholder);
		}
	});

	test('filled fields replace their placeholders everywhere (the school name at the top and foot)', () => {
		const plain = text({ school: 'Hill Park School', when: 'Tuesday 3 March', contact: '  ' });
		expect(plain).not.toContain('[school name]');
		expect(plain.match(/Hill Park School/g)).toHaveLength(2);
		expect(plain).toContain('On Tuesday 3 March, [year group] will have a 55-minute PSHE lesson');
		// Blank or spaces only: the placeholder stays, so nothing is left silently empty.
		expect(plain).toContain('[name and role, e.g. our designated safeguarding lead]');
	});

	test('it says what the lesson covers, why, how parents can help, and links to the guide', () => {
		const plain = text();
		expect(plain).toContain('"Second Look for ages 11 to 14"');
		expect(plain).toContain('- Spotting fake profiles\n- If it happens');
		expect(plain).toContain('Why we teach it');
		expect(plain).toContain('How you can help');
		expect(plain).toContain(`It is at ${guide}`);
		expect(plain).toContain('never their fault');
		expect(plain).toContain(
			'In England, parents can ask to withdraw their child from sex education',
		);
		// Only until three terms before 16 (DfE): then the young person decides, so a letter for
		// Years 11 to 13 never tells parents they can take a 17-year-old out of the lesson.
		expect(plain).toContain(
			'until three terms before the child turns 16; after that, the young person can choose to take part',
		);
	});

	test('with no real address known, the letter offers a printed copy, never an address that goes nowhere', () => {
		const plain = letterText(parentLetter(module, undefined), helplineById, contactText);
		expect(plain).toContain('what to say and what to do. Ask us for a printed copy.');
		expect(plain).not.toMatch(/It is at|https?:/);
		expect(guideUrl(undefined)).toBeUndefined();
		expect(guideUrl(new URL('https://second-look.invalid'))).toBeUndefined();
		expect(guideUrl(new URL('https://secondlook.example.org'))).toBe(
			'https://secondlook.example.org/parents/',
		);
	});

	test('a worried parent is told to screenshot the messages, never to keep the image', () => {
		const plain = text();
		expect(plain).toContain(
			'Screenshot the messages and the account (never the image itself), and report it',
		);
		expect(plain).not.toMatch(/keep the evidence/i);
	});

	test("a letter for a module up to 18 names the lines an 18-year-old's own, after the child's", () => {
		const lines = (max: number) =>
			parentLetter({ ...module, ages: { min: 11, max } }, guide).flatMap((b) =>
				b.kind === 'help' ? b.helplines : [],
			);
		expect(lines(14)).toEqual([...letterHelplines]);
		expect(lines(18)).toEqual([...letterHelplines, 'revenge-porn-helpline', 'stopncii']);
	});

	test('its help lines come from the helpline table, worded as every page words them', () => {
		const plain = text();
		for (const id of letterHelplines) {
			const line = helplineById(id);
			expect(plain).toContain(`- ${line.name}: ${line.contacts.map(contactText).join('; ')}`);
		}
		expect(plain).toContain('Emergency: 999 (if you are in danger now)');
		const known = helplineNumbers();
		for (const phone of findPhoneNumbers(plain))
			expect(known.has(phone.digits), phone.written).toBe(true);
		expect(helplines.length).toBeGreaterThan(letterHelplines.length);
	});

	test('every fact in it cites a listed source, and no citation marks reach the text', () => {
		const ids = new Set<string>(parentSources.map((s) => s.id));
		const cited = blocks.flatMap((b: LetterBlock) => ('sources' in b ? (b.sources ?? []) : []));
		expect(cited.length).toBeGreaterThan(5);
		for (const id of cited) expect(ids.has(id), id).toBe(true);
		// The paragraphs with a fact or a statistic carry sources.
		for (const b of blocks)
			if (
				b.kind === 'paragraph' &&
				/\d+%|sextortion|withdraw|never too late/.test(piecesText(b.pieces))
			)
				expect(b.sources?.length, piecesText(b.pieces)).toBeGreaterThan(0);
		expect(text()).not.toMatch(/\[\d+\]/);
	});

	test('it never blames the child', () => {
		expect(findHarmfulPhrases(text()).map((m) => m.found)).toEqual([]);
	});
});
