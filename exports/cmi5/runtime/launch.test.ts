import { describe, expect, test } from 'vitest';
import { parseLaunch } from './launch.ts';

const query = (actor: string) =>
	`?${new URLSearchParams({
		endpoint: 'https://lrs.example/xapi',
		fetch: 'https://lms.example/fetch/1',
		actor,
		registration: 'r-1',
		activityId: 'urn:au',
	}).toString()}`;

describe('parseLaunch', () => {
	test('reads the five launch parameters; the endpoint gets a trailing slash', () => {
		const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'l1' } };
		expect(parseLaunch(query(JSON.stringify(actor)))).toEqual({
			endpoint: 'https://lrs.example/xapi/',
			fetch: 'https://lms.example/fetch/1',
			actor,
			registration: 'r-1',
			activityId: 'urn:au',
		});
	});

	test.each([
		'null',
		'1',
		'{}',
		'"Agent"',
		'{"account":null}',
		'{"account":{"name":"x"}}',
		'{oops',
	])(
		'an actor that is not an Agent with an account (%s) means no cmi5 launch, never a crash',
		(actor) => {
			expect(parseLaunch(query(actor))).toBeUndefined();
		},
	);

	test('a missing parameter means no cmi5 launch', () => {
		expect(parseLaunch('?endpoint=https://lrs.example/&registration=r')).toBeUndefined();
		expect(parseLaunch('')).toBeUndefined();
	});
});
