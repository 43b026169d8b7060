import { describe, expect, test } from 'vitest';
import { checkAnswer, type Answer } from '../../../src/lib/engine/answers.ts';
import { sample } from '../../../src/lib/engine/fixtures.test-data.ts';
import type { Progress } from '../../../src/lib/engine/progress.ts';
import type { LaunchParams } from './launch.ts';
import { parseLaunch, readLaunchData, stateUrl } from './launch.ts';
import {
	answered,
	components,
	CMI5_CATEGORY,
	completed,
	initialized,
	judged,
	MASTERY_EXTENSION,
	MOVEON_CATEGORY,
	terminated,
	uuid,
	type StatementBase,
} from './statements.ts';

const actor = {
	objectType: 'Agent' as const,
	account: { homePage: 'https://lms.example', name: 'l-1' },
};
const launch: LaunchParams = {
	endpoint: 'https://lms.example/lrs/',
	fetch: 'https://lms.example/fetch/1',
	actor,
	registration: 'reg-1',
	activityId: 'urn:second-look:cmi5:school-ks3:au',
};
const template = {
	contextActivities: { grouping: [{ id: 'urn:publisher' }] },
	extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
};
let n = 0;
const base: StatementBase = { launch, contextTemplate: template, newId: () => `id-${++n}` };
const at = new Date('2026-11-23T10:00:00Z');
const progress = (score: number): Progress => ({
	lessonsVisited: 2,
	lessonsTotal: 2,
	answered: 8,
	skipped: 0,
	activitiesTotal: 8,
	correct: Math.round(score * 7),
	scoredAnswered: 7,
	scoredTotal: 7,
	score,
	completed: true,
	passed: score >= 0.8,
	confidence: {},
});

describe('launch parameters', () => {
	test('reads the five parameters; anything missing or malformed means "not a cmi5 launch"', () => {
		const q = new URLSearchParams({
			endpoint: 'https://lms.example/lrs',
			fetch: launch.fetch,
			actor: JSON.stringify(actor),
			registration: 'reg-1',
			activityId: launch.activityId,
		});
		expect(parseLaunch(`?${q.toString()}`)).toEqual(launch);
		q.delete('fetch');
		expect(parseLaunch(`?${q.toString()}`)).toBeUndefined();
		expect(
			parseLaunch('?endpoint=x&fetch=y&actor=%7Bnot-json&registration=r&activityId=a'),
		).toBeUndefined();
	});

	test('LaunchData needs a context template and a launch mode', () => {
		expect(readLaunchData({ launchMode: 'Normal' })).toBeUndefined();
		expect(readLaunchData({ contextTemplate: {}, launchMode: 'Sideways' })).toBeUndefined();
		expect(
			readLaunchData({
				contextTemplate: {},
				launchMode: 'Review',
				masteryScore: 0.5,
				returnURL: 'x',
			}),
		).toEqual({
			contextTemplate: {},
			launchMode: 'Review',
			moveOn: 'NotApplicable',
			masteryScore: 0.5,
			returnURL: 'x',
		});
	});

	test('state URLs carry the activity, agent and registration', () => {
		const url = new URL(stateUrl(launch, 'LMS.LaunchData'));
		expect(url.pathname).toBe('/lrs/activities/state');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			stateId: 'LMS.LaunchData',
			activityId: launch.activityId,
			agent: JSON.stringify(actor),
			registration: 'reg-1',
		});
	});
});

describe('statements', () => {
	test('initialized and terminated: cmi5 defined, the template context, registration, the AU as object', () => {
		const s = initialized(base, at);
		expect(s).toMatchObject({
			actor,
			verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
			object: { objectType: 'Activity', id: launch.activityId },
			context: {
				registration: 'reg-1',
				contextActivities: {
					grouping: [{ id: 'urn:publisher' }],
					category: [{ id: CMI5_CATEGORY }],
				},
				extensions: template.extensions,
			},
			timestamp: '2026-11-23T10:00:00.000Z',
		});
		expect(s.result).toBeUndefined();
		expect(terminated(base, at, 3_723_500).result).toEqual({ duration: 'PT1H2M3.5S' });
		// The template is copied, never changed.
		expect(template.contextActivities).toEqual({ grouping: [{ id: 'urn:publisher' }] });
	});

	test('completed, passed and failed carry the moveOn category, the score and the duration', () => {
		const done = completed(base, at, 60_000);
		expect(done.context.contextActivities?.category).toEqual([
			{ id: CMI5_CATEGORY },
			{ id: MOVEON_CATEGORY },
		]);
		expect(done.result).toEqual({ completion: true, duration: 'PT1M' });
		const pass = judged(base, at, 60_000, progress(6 / 7), true, 0.8);
		expect(pass.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
		expect(pass.result).toEqual({
			success: true,
			duration: 'PT1M',
			score: { scaled: 0.8571, raw: 6, min: 0, max: 7 },
		});
		expect(pass.context.extensions?.[MASTERY_EXTENSION]).toBe(0.8);
		const fail = judged(base, at, 1000, progress(3 / 7), false, undefined);
		expect(fail.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
		expect(fail.context.extensions).not.toHaveProperty([MASTERY_EXTENSION]);
	});

	test.each([
		[
			sample.single,
			{ type: 'single-choice', value: 'b' },
			'choice',
			['stop-and-tell-someone'],
			'stop-and-tell-someone',
			true,
		],
		[
			sample.multi,
			{ type: 'multiple-response', value: ['a'] },
			'choice',
			['new-account[,]moves-you-to-another-app'],
			'new-account',
			false,
		],
		[
			sample.trueFalse,
			{ type: 'true-false', value: false },
			'true-false',
			['false'],
			'false',
			true,
		],
		[
			sample.ordering,
			{ type: 'ordering', value: ['b', 'a', 'c'] },
			'sequencing',
			['screenshot[,]block[,]report'],
			'block[,]screenshot[,]report',
			false,
		],
		[
			sample.matching,
			{ type: 'matching', value: { a: 'x', b: 'y' } },
			'matching',
			['childline[.]talk-to-a-counsellor[,]stopncii[.]stop-images-being-shared'],
			'childline[.]talk-to-a-counsellor[,]stopncii[.]stop-images-being-shared',
			true,
		],
		[sample.confidence, { type: 'confidence', value: 4 }, 'likert', undefined, '4', undefined],
		// A chat story: every safe ending is a correct pattern; the learner reached "c".
		[sample.scenario, { type: 'scenario', value: ['y'] }, 'choice', ['c', 'e'], 'c', true],
		[
			sample.flags,
			{ type: 'red-flags', value: ['a', 'c'] },
			'choice',
			['joined-5-days-ago[,]23-followers-1-480-following'],
			'joined-5-days-ago[,]23-followers-1-480-following',
			true,
		],
		// H5P content reaches the LRS like a native activity, with H5P's own verdict (no pattern).
		[
			sample.h5p,
			{ type: 'h5p', value: { response: 'false', success: true, score: 1 } },
			'true-false',
			undefined,
			'false',
			true,
		],
	] as const)(
		'answered %#: an allowed statement about a cmi.interaction under the AU',
		(activity, answer, type, pattern, response, success) => {
			const s = answered(base, {
				activity,
				answer: answer as Answer,
				checked: checkAnswer(activity, answer as Answer),
				isFirst: true,
				latencyMs: 12_000,
				at,
			});
			expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
			expect(s.object.id).toBe(`urn:second-look:activity:${activity.id}`);
			expect(s.object.definition).toEqual({
				type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
				name: { 'en-GB': activity.prompt },
				description: { 'en-GB': activity.prompt },
				interactionType: type,
				...(pattern ? { correctResponsesPattern: pattern } : {}),
				...components(activity),
			});
			expect(s.result).toEqual({
				response,
				...(success === undefined ? {} : { success }),
				duration: 'PT12S',
			});
			expect(s.context.contextActivities?.parent).toEqual([{ id: launch.activityId }]);
			expect(s.context.contextActivities?.category).toBeUndefined();
			expect(s.context.registration).toBe('reg-1');
		},
	);

	test('a chat story reached by a later safe ending: that ending, every safe one as a pattern, and each ending’s words', () => {
		const answer: Answer = { type: 'scenario', value: ['x', 'y'] };
		const s = answered(base, {
			activity: sample.scenario,
			answer,
			checked: checkAnswer(sample.scenario, answer),
			isFirst: true,
			latencyMs: 1000,
			at,
		});
		expect(s.result).toMatchObject({ response: 'e', success: true });
		expect(s.object.definition).toMatchObject({
			interactionType: 'choice',
			correctResponsesPattern: ['c', 'e'],
			description: { 'en-GB': 'Help Jay.' },
			choices: [
				{ id: 'c', description: { 'en-GB': 'Check first' } },
				{ id: 'd', description: { 'en-GB': 'Yes' } },
				{ id: 'e', description: { 'en-GB': 'No, and block' } },
			],
		});
		const matching = answered(base, {
			activity: sample.matching,
			answer: { type: 'matching', value: { a: 'x', b: 'y' } },
			checked: { scored: true, correct: true, score: 1 },
			isFirst: true,
			latencyMs: 1000,
			at,
		});
		expect(matching.object.definition?.source?.[0]).toEqual({
			id: 'childline',
			description: { 'en-GB': 'Childline' },
		});
		expect(matching.object.definition?.target).toHaveLength(3);
	});

	test('statement ids are UUID v4, from getRandomValues', () => {
		const id = uuid((b) => crypto.getRandomValues(b));
		expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});
