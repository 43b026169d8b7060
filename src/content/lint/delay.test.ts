import { describe, expect, test } from 'vitest';
import type { ActivityOf } from '../../schemas/activity.ts';
import { findSafePathDelays } from './delay.ts';

/** A three-step chat: a → b (safe or not) via `choice`, or a → c (unsafe). */
function chat(choice: string, message: string, safe = true): ActivityOf<'scenario'> {
	return {
		id: 'sample-chat',
		type: 'scenario',
		prompt: 'Play the chat.',
		sources: ['s3'],
		contact: { name: 'Zac' },
		start: 'a',
		nodes: [
			{
				id: 'a',
				messages: [{ from: 'them', text: 'they want more' }],
				choices: [
					{ id: 'help', text: choice, next: 'b' },
					{ id: 'wait', text: 'Wait and see until tomorrow.', next: 'c' },
				],
			},
			{
				id: 'b',
				messages: [{ from: 'narrator', text: message }],
				ending: { safe, feedback: 'Zac got help.', safeMove: 'Tell an adult the same day.' },
			},
			{
				id: 'c',
				messages: [],
				ending: { safe: false, feedback: 'Waiting lets it grow.', safeMove: 'Tell an adult now.' },
			},
		],
	};
}

describe('findSafePathDelays', () => {
	test('flags a safe path that waits, in a choice and in a narration', () => {
		const found = findSafePathDelays(
			chat("Let's tell someone tomorrow.", 'The next morning, Ethan goes with Zac to a teacher.'),
		);
		expect(found.map((f) => [f.label, f.words])).toEqual([
			['node a, choice help', 'tomorrow'],
			['node b, message 1', 'next morning'],
		]);
		expect(found[1]?.path).toEqual(['messages', 0, 'text']);
	});

	test('a path to an unsafe ending may show waiting, to correct it', () => {
		expect(
			findSafePathDelays(chat("Let's tell your mum tonight.", 'That evening, Zac tells his mum.')),
		).toEqual([]);
	});

	test('a chat with no safe ending has no safe path', () => {
		expect(findSafePathDelays(chat("Let's tell someone tomorrow.", 'Later.', false))).toEqual([]);
	});
});
