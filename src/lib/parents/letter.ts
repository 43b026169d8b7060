import type { Contact } from '../../schemas/helpline.ts';
import type { ParentSourceId } from '../../data/parents.ts';
import { briefLineIds, isForAges, type Ages } from '../support.ts';

/**
 * The letter home for a school module (issue #17, item 5): one pure description of the letter,
 * drawn by the page (`/teach/<id>/letter/`, with its fields editable) and written as plain text
 * (`/teach/<id>/letter.txt`, built at build time) from the same blocks, so the two never differ.
 * The school fills in the fields in square brackets; everything else is the project's wording,
 * each fact with its sources.
 */

/** A field the school fills in, shown as its placeholder in square brackets until it does. */
export interface LetterField {
	id: string;
	/** The form label on the page. */
	label: string;
	/** What the letter shows until the field is filled in, in square brackets. */
	placeholder: string;
}

/** Every field of the letter, in the order the form asks for them. */
export const letterFields = [
	{ id: 'school', label: 'School name', placeholder: '[school name]' },
	{ id: 'date', label: 'Date of the letter', placeholder: '[date]' },
	{ id: 'group', label: 'Class or year group', placeholder: '[year group]' },
	{ id: 'when', label: 'When the lesson is', placeholder: '[day and date of the lesson]' },
	{
		id: 'contact',
		label: 'Who parents can contact',
		placeholder: '[name and role, e.g. our designated safeguarding lead]',
	},
	{ id: 'contactDetails', label: 'How to reach them', placeholder: '[email or phone]' },
	{
		id: 'policy',
		label: 'Your RSHE policy on this lesson',
		placeholder:
			'[say whether this lesson is part of sex education in your RSHE policy, and how to ask about withdrawal]',
	},
	{ id: 'sender', label: 'Your name and role', placeholder: '[your name and role]' },
] as const satisfies readonly LetterField[];

/** The id of a letter field. */
export type LetterFieldId = (typeof letterFields)[number]['id'];

/**
 * A piece of a line: words, a field to fill in, or the guide's address (the page puts the address
 * it is served from, so a site built without its real `site` still prints a working address).
 */
export type LetterPiece = string | { field: LetterFieldId } | { guide: string | undefined };

/**
 * Where the parents' guide is, in the letter's words: its full address, or, where the build knows
 * no real address (no deployed `site`), to ask the school for a copy: never an address that goes
 * nowhere. The letter page, served from a real address, says that one instead. Pure.
 */
export const guideWords = (url: string | undefined): string =>
	url ? `It is at ${url}` : 'Ask us for a printed copy.';

/** One block of the letter, top to bottom. */
export type LetterBlock =
	/** Lines at the top right (school, date) or the sign-off: each piece list is one line. */
	| { kind: 'lines'; role: 'address' | 'signoff'; lines: readonly (readonly LetterPiece[])[] }
	| { kind: 'heading'; pieces: readonly LetterPiece[] }
	| { kind: 'paragraph'; pieces: readonly LetterPiece[]; sources?: readonly ParentSourceId[] }
	| {
			kind: 'list';
			items: readonly (readonly LetterPiece[])[];
			sources?: readonly ParentSourceId[];
	  }
	/** Help lines by id in src/data/helplines.ts: the page draws each with the Helpline component. */
	| { kind: 'help'; helplines: readonly string[] };

/** What the letter needs to know about its module. */
export interface LetterModule {
	title: string;
	/** The session's length in minutes, as the module page and the pack give it. */
	minutes: number;
	/** The titles of its lessons, in order. */
	lessonTitles: readonly string[];
	/** The ages the module is written for: with 18, a sixth-former's own lines are named too. */
	ages: Ages;
}

/** The help lines the letter names for a parent worried now (parents' lines, then the child's). */
export const letterHelplines = ['police', 'ceop', 'nspcc', 'childline'] as const;

/**
 * Those lines, and where the module teaches students of 18 (the sixth form) the adults' own short
 * list too, by the rule every help box uses (`isForAges`): CEOP and Childline's Report Remove turn
 * an 18-year-old away. Pure.
 */
export const letterHelplinesFor = (ages: Ages): readonly string[] =>
	isForAges('adult', ages) ? [...letterHelplines, ...briefLineIds('adult')] : letterHelplines;

/**
 * The letter for a school module. `guideUrl` is the full address of the parent guide, printed in
 * the letter so a parent can type it (undefined where none is known: {@link guideWords}). Pure.
 */
export function parentLetter(module: LetterModule, guideUrl: string | undefined): LetterBlock[] {
	const f = (field: LetterFieldId) => ({ field });
	return [
		{ kind: 'lines', role: 'address', lines: [[f('school')], [f('date')]] },
		{ kind: 'paragraph', pieces: ['Dear parent or carer,'] },
		{ kind: 'heading', pieces: ['A lesson on staying safe from online blackmail'] },
		{
			kind: 'paragraph',
			pieces: [
				'On ',
				f('when'),
				', ',
				f('group'),
				` will have a ${String(module.minutes)}-minute PSHE lesson, "${module.title}". It is about online blackmail, often called sextortion: when someone threatens to share nude or sexual images of a young person unless they pay money or send more.`,
			],
			sources: ['hwb-sextortion', 'hwb-fmse'],
		},
		{ kind: 'paragraph', pieces: ['The lesson covers:'] },
		{ kind: 'list', items: module.lessonTitles.map((t) => [t]) },
		{
			kind: 'paragraph',
			pieces: [
				'Why we teach it: criminal gangs target young people of all ages and genders, many of them boys aged 14 to 18. In 2025, National Crime Agency research found that 73% of boys did not know how to report it.',
			],
			sources: ['hwb-fmse', 'nca-boys'],
		},
		{
			kind: 'paragraph',
			pieces: [
				'The lesson is calm and uses made-up characters. Nothing explicit is shown, and nobody is asked about their own life. Any pupil can pass any activity, and every screen shows where to get help.',
			],
			sources: ['pshe-sensitive'],
		},
		{ kind: 'paragraph', pieces: ['How you can help:'] },
		{
			kind: 'list',
			items: [
				['Ask your child what they learnt, and talk about it calmly.'],
				[
					'Tell them they can always come to you, that it is never their fault, and that they will not be in trouble for getting help.',
				],
				['Check privacy settings together, including who can see their friends list.'],
				[
					'Read our short guide for parents and carers: what to look out for, what to say and what to do. ',
					{ guide: guideUrl },
				],
			],
			sources: ['cios', 'ceop-help', 'koru'],
		},
		{
			kind: 'paragraph',
			pieces: [
				'If you are worried now: it is not your child\u2019s fault, and it is never too late. Don\u2019t pay. Screenshot the messages and the account (never the image itself), and report it:',
			],
			sources: ['cios', 'hwb-sextortion'],
		},
		{ kind: 'help', helplines: letterHelplinesFor(module.ages) },
		{
			kind: 'paragraph',
			pieces: [
				'In England, parents can ask to withdraw their child from sex education (not from relationships or health education) until three terms before the child turns 16; after that, the young person can choose to take part. In Wales, there is no right to withdraw from relationships and sexuality education. ',
				f('policy'),
			],
			sources: ['withdrawal'],
		},
		{
			kind: 'paragraph',
			pieces: [
				'If you have any questions, or any worries about your child, please contact ',
				f('contact'),
				' at ',
				f('contactDetails'),
				'.',
			],
		},
		{ kind: 'lines', role: 'signoff', lines: [['Yours sincerely,'], [f('sender')], [f('school')]] },
	];
}

/** The words of a piece list, fields as their placeholders or the values given. Pure. */
export function piecesText(
	pieces: readonly LetterPiece[],
	values: Partial<Record<LetterFieldId, string>> = {},
): string {
	return pieces
		.map((p) => {
			if (typeof p === 'string') return p;
			if ('guide' in p) return guideWords(p.guide);
			const value = values[p.field]?.trim();
			return value || (letterFields.find((x) => x.id === p.field)?.placeholder ?? '');
		})
		.join('');
}

/** A help line as the letter's text gives it: its name, then each contact as every page words it. */
export interface LetterHelpline {
	name: string;
	contacts: readonly Contact[];
}

/**
 * The letter as plain text (for the download, and to paste into an email or the school's own
 * letterhead): blank lines between blocks, "- " before list items, each help line on one line with
 * its contacts worded by `contactText`. No citations: a letter home carries none. Pure.
 */
export function letterText(
	blocks: readonly LetterBlock[],
	helpline: (id: string) => LetterHelpline,
	contactText: (contact: Contact) => string,
	values: Partial<Record<LetterFieldId, string>> = {},
): string {
	const wrapped = blocks.map((block) => {
		switch (block.kind) {
			case 'lines':
				return block.lines.map((l) => piecesText(l, values)).join('\n');
			case 'heading':
			case 'paragraph':
				return piecesText(block.pieces, values);
			case 'list':
				return block.items.map((i) => `- ${piecesText(i, values)}`).join('\n');
			case 'help':
				return block.helplines
					.map(helpline)
					.map((h) => `- ${h.name}: ${h.contacts.map(contactText).join('; ')}`)
					.join('\n');
		}
	});
	return `${wrapped.join('\n\n')}\n`;
}
