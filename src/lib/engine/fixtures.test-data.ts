import { ActivitySchema, type ActivityOf, type ActivityType } from '../../schemas/activity.ts';

/** Parses an activity through the real schema and narrows it to its type. */
function parse<T extends ActivityType>(type: T, data: Record<string, unknown>): ActivityOf<T> {
	const activity = ActivitySchema.parse({ ...data, type });
	if (activity.type !== type) throw new Error(`expected ${type}`);
	return activity as ActivityOf<T>;
}

/** One activity of every type, parsed through the real schema, for the engine's tests. */
export const sample = {
	single: parse('single-choice', {
		id: 'q-single',
		prompt: 'What should Sam do first?',
		sources: ['s3'],
		options: [
			{ id: 'a', text: 'Pay', feedback: 'They will likely ask for more.' },
			{ id: 'b', text: 'Stop and tell someone', correct: true, feedback: 'Right: get help.' },
		],
	}),
	multi: parse('multiple-response', {
		id: 'q-multi',
		prompt: 'Which are signs of a fake profile?',
		sources: ['s3'],
		options: [
			{ id: 'a', text: 'New account', correct: true, feedback: 'It is a sign.' },
			{ id: 'b', text: 'Mutual friends', feedback: 'Proves nothing.' },
			{ id: 'c', text: 'Moves you to another app', correct: true, feedback: 'It is a sign.' },
		],
	}),
	trueFalse: parse('true-false', {
		id: 'q-tf',
		prompt: 'If you have paid, it is too late.',
		sources: ['s3'],
		answer: false,
		feedback: 'It is never too late.',
	}),
	ordering: parse('ordering', {
		id: 'q-order',
		prompt: 'Put the steps in order.',
		sources: ['s3'],
		feedback: 'Save evidence before you block.',
		items: [
			{ id: 'a', text: 'Screenshot' },
			{ id: 'b', text: 'Block' },
			{ id: 'c', text: 'Report' },
		],
	}),
	matching: parse('matching', {
		id: 'q-match',
		prompt: 'Match each service.',
		sources: ['s3'],
		feedback: 'Each helps in its own way.',
		pairs: [
			{ id: 'a', text: 'Childline', match: 'x' },
			{ id: 'b', text: 'StopNCII', match: 'y' },
		],
		targets: [
			{ id: 'x', text: 'Talk to a counsellor' },
			{ id: 'y', text: 'Stop images being shared' },
			{ id: 'z', text: 'Report a scam email' },
		],
	}),
	confidence: parse('confidence', {
		id: 'q-conf-before',
		prompt: 'How confident are you?',
		sources: ['s3'],
		measure: 'spot-fake',
		when: 'before',
		low: 'Not at all',
		high: 'Very',
	}),
	scenario: parse('scenario', {
		id: 'q-chat',
		prompt: 'Help Jay.',
		sources: ['s3'],
		contact: { name: 'Mia' },
		start: 'a',
		nodes: [
			{
				id: 'a',
				messages: [{ from: 'them', text: 'Add me?' }],
				choices: [
					{ id: 'x', text: 'Accept', next: 'b' },
					{ id: 'y', text: 'Check first', next: 'c' },
				],
			},
			{
				id: 'b',
				messages: [{ from: 'them', text: 'Move to another app?' }],
				choices: [
					{ id: 'x', text: 'Yes', next: 'd' },
					{ id: 'y', text: 'No, and block', next: 'e' },
					{ id: 'z', text: 'Not sure, ask again', next: 'b' },
				],
			},
			{ id: 'c', ending: { safe: true, feedback: 'Checking works.', safeMove: 'Check first.' } },
			{ id: 'd', ending: { safe: false, feedback: 'A known tactic.', safeMove: 'Block.' } },
			{ id: 'e', ending: { safe: true, feedback: 'Well done.', safeMove: 'Block.' } },
		],
	}),
	flags: parse('red-flags', {
		id: 'q-flags',
		prompt: 'Spot the warning signs.',
		sources: ['s3'],
		profile: { name: 'Mia', handle: '@mia' },
		parts: [
			{ id: 'a', area: 'detail', text: 'Joined 5 days ago', flag: true, feedback: 'It is new.' },
			{ id: 'b', area: 'bio', text: 'Loves music', flag: false, feedback: 'A normal bio.' },
			{
				id: 'c',
				area: 'stats',
				text: '23 followers, 1,480 following',
				flag: true,
				feedback: 'Follows many.',
			},
		],
	}),
	h5p: parse('h5p', {
		id: 'q-h5p',
		prompt: 'Answer the question in the box below.',
		sources: ['s3'],
		file: 'lessons/h5p/true-false.h5p',
		title: 'Interactive question: true or false',
		interaction: 'true-false',
	}),
};
