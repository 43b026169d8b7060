import { ActivitySchema, type Activity } from '../../schemas/activity.ts';

/** One activity of every type, parsed through the real schema, for the engine's tests. */
export const sample = {
	single: ActivitySchema.parse({
		id: 'q-single',
		type: 'single-choice',
		prompt: 'What should Sam do first?',
		sources: ['s3'],
		options: [
			{ id: 'a', text: 'Pay', feedback: 'They will likely ask for more.' },
			{ id: 'b', text: 'Stop and tell someone', correct: true, feedback: 'Right: get help.' },
		],
	}),
	multi: ActivitySchema.parse({
		id: 'q-multi',
		type: 'multiple-response',
		prompt: 'Which are signs of a fake profile?',
		sources: ['s3'],
		options: [
			{ id: 'a', text: 'New account', correct: true, feedback: 'It is a sign.' },
			{ id: 'b', text: 'Mutual friends', feedback: 'Proves nothing.' },
			{ id: 'c', text: 'Moves you to another app', correct: true, feedback: 'It is a sign.' },
		],
	}),
	trueFalse: ActivitySchema.parse({
		id: 'q-tf',
		type: 'true-false',
		prompt: 'If you have paid, it is too late.',
		sources: ['s3'],
		answer: false,
		feedback: 'It is never too late.',
	}),
	ordering: ActivitySchema.parse({
		id: 'q-order',
		type: 'ordering',
		prompt: 'Put the steps in order.',
		sources: ['s3'],
		feedback: 'Save evidence before you block.',
		items: [
			{ id: 'a', text: 'Screenshot' },
			{ id: 'b', text: 'Block' },
			{ id: 'c', text: 'Report' },
		],
	}),
	matching: ActivitySchema.parse({
		id: 'q-match',
		type: 'matching',
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
	confidence: ActivitySchema.parse({
		id: 'q-conf-before',
		type: 'confidence',
		prompt: 'How confident are you?',
		sources: ['s3'],
		measure: 'spot-fake',
		when: 'before',
		low: 'Not at all',
		high: 'Very',
	}),
	scenario: ActivitySchema.parse({
		id: 'q-chat',
		type: 'scenario',
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
	flags: ActivitySchema.parse({
		id: 'q-flags',
		type: 'red-flags',
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
} satisfies Record<string, Activity>;
