import { describe, expect, test } from 'vitest';
import { createCmi5Lms, type Cmi5Lms } from '../../../tests/support/cmi5-lms.ts';
import { mergeStates } from '../../../src/lib/engine/state.ts';
import {
	codec,
	lessons,
	memoryStorage,
	sessionOn,
	until as waitUntil,
	workThrough,
} from '../../shared/runtime-session.test-data.ts';
import type { AnyNotice } from './notices.ts';
import { connectCmi5, type Cmi5Options } from './connection.ts';
import { mergeSavedWith, PROGRESS_STATE_ID } from './progress-document.ts';

/** What the last connection and LRS hold, shown when a wait times out. */
let debug: () => unknown = () => undefined;
const until = (check: () => boolean, ms = 3000) => waitUntil(check, () => debug(), ms);

/** Connects an AU to the double for one launch. */
async function connect(lms: Cmi5Lms, url: string, extra: Partial<Cmi5Options> = {}) {
	const navigated: string[] = [];
	const notices: AnyNotice[] = [];
	const conn = await connectCmi5({
		search: new URL(url, 'http://lms.test').search,
		fetch: lms.fetch,
		storage: memoryStorage(),
		navigate: (u) => navigated.push(u),
		backoffMs: [5, 10, 20],
		onnotice: (n) => notices.push(n),
		...extra,
	});
	if (!conn) throw new Error('not connected');
	debug = () => ({ pending: conn.pending(), requests: lms.requests, problems: lms.problems });
	return { conn, navigated, notices };
}

describe('connectCmi5 against the LMS/LRS double', () => {
	test('not launched by a cmi5 LMS: undefined, and no request at all', async () => {
		const lms = createCmi5Lms();
		const conn = await connectCmi5({ search: '', fetch: lms.fetch, navigate: () => undefined });
		expect(conn).toBeUndefined();
		expect(lms.requests).toEqual([]);
	});

	test('a pass-mark run at or above the masteryScore sends passed with the score of the answered activities', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch({ masteryScore: 0.7 });
		const { conn, navigated } = await connect(lms, launch.url);
		const session = sessionOn(conn, 90, 'pass-mark');
		workThrough(session);
		conn.finish('button');
		conn.finish('leaving');
		await until(() => navigated.length === 1);
		expect(lms.verbs(launch.sessionId).slice(-3)).toEqual(['completed', 'passed', 'terminated']);
		const passed = lms.statements.find((r) => r.verb === 'passed')?.statement;
		expect(passed?.result).toMatchObject({
			success: true,
			score: { scaled: 0.7143, raw: 5, min: 0, max: 7 },
		});
		expect(passed?.result?.duration).toMatch(/^PT/);
	});

	test('a full run: initialized first, one answered per first answer, completed, never failed under the LMS masteryScore, terminated last, then returnURL', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch({ masteryScore: 0.8 });
		const { conn, navigated } = await connect(lms, launch.url);
		// The package's own pass mark (70) would pass 5/7; the LMS's masteryScore (0.8) wins, and under
		// it the learner is completed only: no `failed` statement.
		const session = sessionOn(conn);
		workThrough(session);
		conn.finish('button');
		conn.finish('leaving');
		await until(() => navigated.length === 1);
		expect(navigated).toEqual([`http://lms.test/lms/return?session=${launch.sessionId}`]);
		expect(lms.problems).toEqual([]);
		expect(launch.fetchCalls).toBe(1);
		expect(lms.verbs(launch.sessionId)).toEqual([
			'initialized',
			...Array<string>(8).fill('answered'),
			'completed',
			'terminated',
		]);
		expect(lms.statements.some((r) => r.verb === 'failed' || r.verb === 'passed')).toBe(false);
		const answers = lms.statements.filter((r) => r.verb === 'answered').map((r) => r.statement);
		const byId = new Map(answers.map((s) => [s.object?.id, s]));
		expect(byId.get('urn:second-look:activity:q-single')).toMatchObject({
			object: {
				definition: {
					type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
					interactionType: 'choice',
					correctResponsesPattern: ['stop-and-tell-someone'],
				},
			},
			result: { response: 'pay', success: false },
		});
		expect(byId.get('urn:second-look:activity:q-match')?.object?.definition).toMatchObject({
			interactionType: 'matching',
			correctResponsesPattern: [
				'childline[.]talk-to-a-counsellor[,]stopncii[.]stop-images-being-shared',
			],
		});
		expect(byId.get('urn:second-look:activity:q-order')?.result).toMatchObject({
			response: 'screenshot[,]block[,]report',
			success: true,
		});
		const likert = byId.get('urn:second-look:activity:q-conf-before');
		expect(likert?.object?.definition?.interactionType).toBe('likert');
		expect(likert?.result?.success).toBeUndefined();
		expect(conn.pending()).toBe(0);
	});

	test('a relaunch of the same registration resumes, and sends no second completed or failed', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const a = await connect(lms, first.url);
		let session = sessionOn(a.conn);
		workThrough(session);
		a.conn.bookmark('two');
		a.conn.finish('button');
		await until(() => a.navigated.length === 1);

		const second = lms.launch({ registration: first.registration });
		const b = await connect(lms, second.url);
		expect(b.conn.isResume).toBe(true);
		expect(b.conn.location).toBe('two');
		session = sessionOn(b.conn);
		expect(session.progress().completed).toBe(true);
		session.visit('one');
		b.conn.finish('button');
		await until(() => b.navigated.length === 1);
		expect(lms.verbs(second.sessionId)).toEqual(['initialized', 'terminated']);
		expect(lms.problems).toEqual([]);
	});

	test('a lost state save on another device: what the LRS already holds still stops a second completed or failed', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const a = await connect(lms, first.url);
		workThrough(sessionOn(a.conn));
		a.conn.finish('button');
		await until(() => a.navigated.length === 1);
		// The progress document never reached the LRS; the statements did.
		for (const key of [...lms.states.keys()])
			if (key.startsWith('second-look.progress|')) lms.states.delete(key);

		const second = lms.launch({ registration: first.registration });
		const b = await connect(lms, second.url);
		expect(b.conn.isResume).toBe(false);
		workThrough(sessionOn(b.conn));
		b.conn.finish('button');
		await until(() => b.navigated.length === 1);
		expect(lms.verbs(second.sessionId)).toEqual([
			'initialized',
			...Array<string>(8).fill('answered'),
			'terminated',
		]);
		expect(lms.problems).toEqual([]);
	});

	test('Browse mode: only initialized and terminated, no state written (no credit, nothing recorded)', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch({ mode: 'Browse' });
		const { conn, navigated, notices } = await connect(lms, launch.url);
		workThrough(sessionOn(conn));
		conn.bookmark('two');
		conn.finish('button');
		await until(() => navigated.length === 1);
		expect(lms.verbs(launch.sessionId)).toEqual(['initialized', 'terminated']);
		expect(lms.requests.filter((r) => r.method === 'PUT')).toEqual([]);
		expect(notices).toEqual(['browse']);
		expect(lms.problems).toEqual([]);
	});

	test('Review mode is read-only: only initialized and terminated, no state written', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch({ mode: 'Review' });
		const { conn, navigated } = await connect(lms, launch.url);
		workThrough(sessionOn(conn));
		conn.finish('button');
		await until(() => navigated.length === 1);
		expect(lms.verbs(launch.sessionId)).toEqual(['initialized', 'terminated']);
		expect(lms.requests.filter((r) => r.method === 'PUT')).toEqual([]);
		expect(lms.problems).toEqual([]);
	});

	test('Review after a save the LRS stored but whose answer the closing page never saw: nothing is written again', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const durable = memoryStorage();
		const { conn } = await connect(lms, first.url, { durable });
		const session = sessionOn(conn);
		lms.faults.delayMs = 30; // slow enough to see the save waiting in storage
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		const key = `second-look.cmi5.queue:${first.registration}`;
		let unanswered: string | undefined;
		await until(() => {
			const queued = durable.map.get(key);
			if (queued && !queued.includes('"statement"') && queued.includes('"state"'))
				unanswered = queued;
			return conn.pending() === 0;
		});
		lms.faults.delayMs = 0;
		if (!unanswered) throw new Error('the save was never seen waiting');
		// The page went before the LRS's 204 arrived: storage still holds the save the LRS has.
		durable.map.set(key, unanswered);
		const progress = () =>
			[...lms.states].find(([k]) => k.startsWith(`${PROGRESS_STATE_ID}|`))?.[1];
		const stored = progress();
		const puts = () => lms.requests.filter((r) => r.method === 'PUT').length;
		const putsBefore = puts();
		const review = lms.launch({ mode: 'Review', registration: first.registration });
		// Merged as the package runtime merges: both saved texts decoded, merged, encoded again.
		const mergeSaved = mergeSavedWith(lessons, codec, mergeStates);
		const again = await connect(lms, review.url, { durable, mergeSaved });
		await until(() => again.conn.pending() === 0);
		expect(progress()).toBe(stored);
		expect(puts()).toBe(putsBefore);
		expect(lms.problems).toEqual([]);
	});

	test('LRS faults (500s, then a rejected token) lose nothing: retried in order until delivered', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const { conn, navigated, notices } = await connect(lms, launch.url);
		lms.faults.fail500 = 4;
		const session = sessionOn(conn);
		session.visit('one');
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		lms.faults.reject401 = 3;
		session.answer('q-tf', { type: 'true-false', value: false });
		conn.finish('button');
		await until(() => navigated.length === 1);
		expect(lms.verbs(launch.sessionId)).toEqual([
			'initialized',
			'answered',
			'answered',
			'terminated',
		]);
		expect(lms.requests.filter((r) => r.status === 500)).toHaveLength(4);
		expect(lms.requests.filter((r) => r.status === 401)).toHaveLength(3);
		expect(notices).toContain('save-retrying');
		expect(notices.at(-1)).toBe('saved-again');
		expect(lms.problems).toEqual([]);
	});

	test('a reload of the same launch is the same session: the stored token, no second initialized, nothing after terminated', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const storage = memoryStorage();
		await connect(lms, launch.url, { storage });
		const again = await connect(lms, launch.url, { storage });
		expect(launch.fetchCalls).toBe(1);
		expect(again.conn.isConnected).toBe(true);
		again.conn.finish('button');
		await until(() => again.navigated.length === 1);
		const late = await connect(lms, launch.url, { storage });
		const session = sessionOn(late.conn);
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		late.conn.finish('leaving');
		await until(() => late.conn.pending() === 0);
		expect(lms.verbs(launch.sessionId)).toEqual(['initialized', 'terminated']);
		expect(lms.problems).toEqual([]);
	});

	test('a reload after terminated: the learner is told at once, and what they do stays on the page', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const storage = memoryStorage();
		const first = await connect(lms, launch.url, { storage });
		const before = sessionOn(first.conn);
		before.answer('q-single', { type: 'single-choice', value: 'b' });
		// A reload fires pagehide, which ends the session (terminated) before the page goes.
		first.conn.finish('leaving');
		await until(() => first.conn.pending() === 0);
		expect(first.notices).not.toContain('visit-ended');

		const reloaded = await connect(lms, launch.url, { storage });
		expect(reloaded.notices).toEqual(['visit-ended']);
		const session = sessionOn(reloaded.conn);
		session.answer('q-tf', { type: 'true-false', value: false });
		session.answer('q-multi', { type: 'multiple-response', value: ['a', 'c'] });
		// Both stay answered on the page (each save used to start again from the last one sent).
		expect(session.record('q-tf')).toMatchObject({ status: 'answered' });
		expect(session.record('q-multi')).toMatchObject({ status: 'answered' });
		await until(() => reloaded.conn.pending() === 0);
		expect(lms.verbs(launch.sessionId)).toEqual(['initialized', 'answered', 'terminated']);
		expect(reloaded.notices).toEqual(['visit-ended']);
	});

	test('statements queued when the page went away are delivered by the next page of the launch', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const storage = memoryStorage();
		const durable = memoryStorage();
		const { conn } = await connect(lms, launch.url, { storage, durable });
		await until(() => conn.pending() === 0);
		lms.faults.fail500 = 1000; // the LRS is down when the learner answers and leaves
		const session = sessionOn(conn);
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		await until(
			() =>
				durable.map.get(`second-look.cmi5.queue:${launch.registration}`)?.includes('answered') ===
				true,
		);
		lms.faults.fail500 = 0;
		// A new page (reload) of the same launch: same sessionStorage, the token reused.
		await connect(lms, launch.url, { storage, durable });
		await until(() => lms.verbs(launch.sessionId).includes('answered'));
		expect(lms.verbs(launch.sessionId)).toEqual(['initialized', 'answered']);
		expect(lms.problems).toEqual([]);
	});
});
