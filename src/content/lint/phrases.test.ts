import { describe, expect, test } from 'vitest';
import { harmfulPhrases } from '../../data/harmful-phrases.ts';
import { HarmfulPhraseSchema } from '../../schemas/harmful-phrase.ts';
import { blankQuotes, findHarmfulPhrases } from './phrases.ts';

/** For each list entry: sentences that must be caught, and near misses that must not. */
const cases: Record<string, { caught: string[]; fine: string[] }> = {
	'your-fault': {
		caught: [
			"It's your fault.",
			'It was his own fault.',
			'It is easy to see, but it is their fault.',
		],
		fine: [
			"It's not your fault.",
			'It is never your fault.',
			'Being fooled is never your fault.',
			"Nobody thinks it's her fault.",
			"It isn't your fault, and you can get help.",
		],
	},
	'screenshot-everything': {
		caught: ['Screenshot everything, then block them.', 'Save it all before you block.'],
		fine: [
			'Screenshot the messages, usernames and payment details.',
			"Don't screenshot everything: never a nude image.",
		],
	},
	'paying-never-works': {
		caught: [
			'Paying does not make it stop.',
			"Paying won't work.",
			'Paying never makes them go away.',
		],
		fine: ['There is no guarantee paying works, and they will likely ask for more.'],
	},
	'pay-them': {
		caught: ['Pay them quickly, then delete your account.', 'Send the money to them so it stops.'],
		fine: [
			"Don't pay them.",
			'Never pay the blackmailer.',
			'It makes sense to want to pay them, but there is no guarantee it works.',
		],
	},
	'delete-account': {
		caught: ['Delete your account straight away.', 'Deleting all his social media accounts helps.'],
		fine: [
			"Suspend your account, don't delete it.",
			'Never delete your account: suspend it.',
			'Deleting accounts can lose evidence.',
		],
	},
	'name-fault': {
		caught: ["It's Sam's fault.", "That was Jay's own fault."],
		fine: [
			"This is not Jay's fault.",
			"It's the criminal's fault.",
			"It's the blackmailer's fault.",
		],
	},
	'to-blame': {
		caught: ["You're to blame.", 'You are partly to blame.'],
		fine: [
			'You are not to blame.',
			'The person who lies is to blame.',
			'They are to blame, not you.',
		],
	},
	'only-yourself-to-blame': {
		caught: ['He only has himself to blame.'],
		fine: ['The blackmailer is the only one to blame.'],
	},
	'should-have-known': {
		caught: ['You should have known better.', "She should've known."],
		fine: ['Nobody could have known.', 'You could not have known.'],
	},
	'should-never-have': {
		caught: ['Sam should never have sent it.', "He shouldn't have trusted her."],
		fine: ["You shouldn't have to deal with it alone.", 'It is never too late.'],
	},
	'asking-for-it': {
		caught: ['They were asking for it.'],
		fine: ['No one is asking for it.', 'Nobody is ever asking for it.'],
	},
	'brought-it-on': {
		caught: ['He brought it on himself.'],
		fine: ['He did not bring this on himself.'],
	},
	'deserved-it': {
		caught: ['He deserved it.', 'They deserve what they get.'],
		fine: ['Nobody deserves this.', "He didn't deserve it."],
	},
	'let-it-happen': {
		caught: ['She let it happen.'],
		fine: ["She didn't let this happen: someone tricked her."],
	},
	'what-were-you-thinking': {
		caught: ['What were you thinking?', 'What was he thinking?'],
		fine: ['What do you think Sam should do?'],
	},
	stupid: {
		caught: ['Sam feels stupid.', 'It was naive to trust her.', 'That was careless.'],
		fine: [
			"Don't feel stupid.",
			'You are not naive for trusting someone.',
			'Nobody is foolish for being tricked.',
		],
	},
	shameful: {
		caught: ['It is shameful.', 'What he did was disgusting.'],
		fine: ['There is nothing shameful about asking for help.', 'It is not disgusting.'],
	},
	'should-be-ashamed': {
		caught: ['You should be ashamed.'],
		fine: ["You shouldn't feel ashamed.", 'Sam feels ashamed, which is normal.'],
	},
	slurs: { caught: ['They called her a slut.'], fine: ['They called her names.'] },
	'ruin-your-life': {
		caught: [
			'This could ruin your life.',
			'It will not ruin your career.',
			'It destroyed his future.',
		],
		fine: ['It is never too late to get help.'],
	},
	'life-is-over': {
		caught: ['He thinks his life is over.', "Your career's over."],
		fine: ['The call is over.'],
	},
	'online-forever': {
		caught: ['Images stay online forever.', 'It can never be removed.'],
		fine: [
			"Images don't have to stay online forever.",
			'It is not true that images can never be removed.',
		],
	},
	prison: {
		caught: [
			'You will be in trouble.',
			"You'll get into trouble.",
			'You could go to prison.',
			"He'll get arrested.",
		],
		fine: [
			"You won't be in trouble for getting help.",
			'Nobody will go to prison for reporting.',
			'If a friend might be in trouble, help them tell someone.',
			'If you are in trouble, call Childline.',
		],
	},
	'commit-suicide': {
		caught: ['He committed suicide.'],
		fine: ['He died by suicide.'],
	},
	'suicide-method': {
		caught: [
			'He tried to kill himself.',
			'She took an overdose.',
			'Guidance for reporting rail suicides',
		],
		fine: ['If someone talks about not wanting to live, call 999.'],
	},
	horror: {
		caught: ['It was a nightmare.', 'A terrifying message arrives.'],
		fine: ["It doesn't have to be a nightmare."],
	},
};

describe('the harmful phrase list', () => {
	test('every entry matches its schema and has its own id', () => {
		for (const phrase of harmfulPhrases) expect(HarmfulPhraseSchema.parse(phrase)).toEqual(phrase);
		const ids = harmfulPhrases.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('every entry has cases below, and every case names an entry', () => {
		expect(Object.keys(cases).sort()).toEqual(harmfulPhrases.map((p) => p.id).sort());
	});
});

describe('findHarmfulPhrases', () => {
	for (const phrase of harmfulPhrases) {
		const { caught = [], fine = [] } = cases[phrase.id] ?? {};
		test.each(caught)(`${phrase.id} catches: %s`, (text) => {
			expect(findHarmfulPhrases(text).map((m) => m.phrase.id)).toContain(phrase.id);
		});
		test.each(fine)(`${phrase.id} lets through: %s`, (text) => {
			expect(findHarmfulPhrases(text).map((m) => m.phrase.id)).not.toContain(phrase.id);
		});
	}

	test('reports the words as written, curly apostrophes included', () => {
		expect(findHarmfulPhrases('It’s your own fault.')).toMatchObject([
			{ found: 'your own fault', index: 5 },
		]);
	});

	test('a negation in an earlier clause does not excuse a later one', () => {
		expect(findHarmfulPhrases("It isn't easy, but it's your fault.")).toHaveLength(1);
		expect(findHarmfulPhrases('Never mind. It is your fault.')).toHaveLength(1);
	});

	test('quoted words are a mention, not the lesson speaking', () => {
		expect(findHarmfulPhrases("Saying 'it's his fault' blames Sam.")).toEqual([]);
		expect(findHarmfulPhrases('The chat says “his own fault lol”.')).toEqual([]);
		expect(findHarmfulPhrases('The chat says "his own fault".')).toEqual([]);
		expect(findHarmfulPhrases("Jay's friends' accounts: it's your fault.")).toHaveLength(1);
	});
});

test('blankQuotes keeps positions and apostrophes', () => {
	const text = "Mia says 'send first', and it's Jay's choice.";
	const blanked = blankQuotes(text);
	expect(blanked).toHaveLength(text.length);
	expect(blanked).toBe(`Mia says ${' '.repeat("'send first'".length)}, and it's Jay's choice.`);
});
