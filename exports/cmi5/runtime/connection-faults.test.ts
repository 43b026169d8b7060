import { describe, expect, test } from 'vitest';
import { createCmi5Lms, faultOn, type Cmi5Lms } from '../../../tests/support/cmi5-lms.ts';
import { decodeState } from '../../../src/lib/engine/codec.ts';
import { mergeStates } from '../../../src/lib/engine/state.ts';
import type { Session } from '../../../src/lib/engine/session.ts';
import {
	codec,
	lessons,
	memoryStorage,
	sessionOn,
	until,
	workThroughRight,
} from '../../shared/runtime-session.test-data.ts';
import { connectCmi5, type Cmi5Options } from './connection.ts';
import type { AnyNotice } from './notices.ts';
import { mergeSavedWith, PROGRESS_STATE_ID } from './progress-document.ts';
import type { Lock } from './queue.ts';

/**
 * The cmi5 AU against an LMS/LRS that fails (issue #13): unreadable progress, hangs at the start
 * and in the queue, a tab closed during an outage, two tabs at once. Real timers, short: requests
 * time out after 40 ms, the page waits 120 ms for the start, back-off is 5–20 ms.
 */

/** `navigator.locks.request` in memory. */
function memoryLock(): Lock {
	const tails = new Map<string, Promise<unknown>>();
	return <T>(name: string, run: () => Promise<T>) => {
		const mine = (tails.get(name) ?? Promise.resolve()).then(run, run);
		tails.set(
			name,
			mine.catch(() => undefined),
		);
		return mine;
	};
}

/** One browser: its localStorage and lock outlive a tab; each tab has its own sessionStorage. */
function browser() {
	return { durable: memoryStorage(), lock: memoryLock() };
}

/** Opens a launch URL in a new tab of `b`. */
async function open(lms: Cmi5Lms, url: string, b = browser(), extra: Partial<Cmi5Options> = {}) {
	const navigated: string[] = [];
	const notices: AnyNotice[] = [];
	const problems: string[] = [];
	const conn = await connectCmi5({
		search: new URL(url, 'http://lms.test').search,
		fetch: lms.fetch,
		storage: memoryStorage(),
		durable: b.durable,
		lock: b.lock,
		navigate: (u) => navigated.push(u),
		backoffMs: [5, 10, 20],
		timeoutMs: 40,
		startWaitMs: 120,
		onnotice: (n) => notices.push(n),
		onproblem: (p) => problems.push(p),
		mergeSaved: mergeSavedWith(lessons, codec, mergeStates),
		...extra,
	});
	if (!conn) throw new Error('not connected');
	const session = sessionOn(conn);
	return { conn, session, navigated, notices, problems };
}

const progressOf = (lms: Cmi5Lms, registration: string) => {
	const key = [...lms.states.keys()].find(
		(k) => k.startsWith(`${PROGRESS_STATE_ID}|`) && k.endsWith(`|${registration}`),
	);
	const text = key ? lms.states.get(key) : undefined;
	const doc = text ? (JSON.parse(text) as { suspend?: string; sent: object }) : undefined;
	return { doc, state: doc?.suspend ? decodeState(lessons, doc.suspend) : undefined };
};

/** Activities whose answer the LRS holds as an `answered` statement. */
const answeredIds = (lms: Cmi5Lms) =>
	lms.statements
		.filter((r) => r.verb === 'answered')
		.map((r) => r.statement.object?.id?.replace('urn:second-look:activity:', ''));

describe('resume when the progress document cannot be read (#13.1)', () => {
	test('a 500 on every read: retried, the stored answers are never written over, the learner is told; once it reads again, both sessions are merged', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const a = await open(lms, first.url);
		a.session.answer('q-single', { type: 'single-choice', value: 'b' });
		a.session.answer('q-tf', { type: 'true-false', value: false });
		a.conn.finish('button');
		await until(
			() => a.navigated.length === 1,
			() => lms.requests,
		);
		const before = lms.states.size && progressOf(lms, first.registration).doc;
		expect(Object.keys(progressOf(lms, first.registration).state?.activities ?? {})).toEqual([
			'q-single',
			'q-tf',
		]);

		const down = lms.inject({ match: faultOn.stateRead(PROGRESS_STATE_ID), action: 500 });
		const second = lms.launch({ registration: first.registration });
		const b = await open(lms, second.url);
		expect(down.hits).toBe(3); // the read was tried 3 times
		expect(b.notices).toContain('earlier-unavailable');
		expect(b.conn.isResume).toBe(false);
		b.session.visit('two');
		b.session.answer('q-order', { type: 'ordering', value: ['a', 'b', 'c'] });
		await until(
			() => lms.verbs(second.sessionId).includes('answered'),
			() => lms.requests,
		);
		await new Promise((r) => setTimeout(r, 60));
		// No write while the stored document cannot be read: it is as the first session left it.
		expect(progressOf(lms, first.registration).doc).toEqual(before);
		expect(
			lms.requests.filter(
				(r) =>
					r.method === 'PUT' && r.detail === PROGRESS_STATE_ID && r.sessionId === second.sessionId,
			),
		).toEqual([]);

		lms.heal();
		await until(
			() => Object.keys(progressOf(lms, first.registration).state?.activities ?? {}).length === 3,
			() => lms.requests.slice(-5),
		);
		expect(b.notices.at(-1)).toBe('earlier-found');
		// The engine now holds both: the next change keeps the earlier answers too.
		b.session.answer('q-match', { type: 'matching', value: { a: 'x', b: 'y' } });
		b.conn.finish('button');
		await until(
			() => b.navigated.length === 1,
			() => lms.requests.slice(-5),
		);
		expect(Object.keys(progressOf(lms, first.registration).state?.activities ?? {}).sort()).toEqual(
			['q-match', 'q-order', 'q-single', 'q-tf'],
		);
		expect(answeredIds(lms).sort()).toEqual(['q-match', 'q-order', 'q-single', 'q-tf']);
		expect(lms.problems).toEqual([]);
	});
});

describe('a recorded result is never lowered (#13.2)', () => {
	/** Everything wrong. */
	const allWrong = (session: Session) => {
		session.visit('one');
		session.answer('q-single', { type: 'single-choice', value: 'a' });
		session.answer('q-multi', { type: 'multiple-response', value: ['b'] });
		session.answer('q-tf', { type: 'true-false', value: true });
		session.answer('q-conf-before', { type: 'confidence', value: 3 });
		session.visit('two');
		session.answer('q-order', { type: 'ordering', value: ['c', 'b', 'a'] });
		session.answer('q-match', { type: 'matching', value: { a: 'y', b: 'x' } });
		session.answer('q-chat', { type: 'scenario', value: ['x', 'x'] });
		session.answer('q-flags', { type: 'red-flags', value: ['b'] });
	};

	async function passedThenUnreadable(lms: Cmi5Lms) {
		const first = lms.launch();
		const a = await open(lms, first.url);
		workThroughRight(a.session);
		a.conn.finish('button');
		await until(
			() => a.navigated.length === 1,
			() => lms.requests,
		);
		expect(lms.verbs(first.sessionId)).toContain('passed');
		lms.inject({ match: faultOn.stateRead(PROGRESS_STATE_ID), action: 500 });
		return first;
	}

	test('a fresh start after an unreadable document: the LRS says the registration has passed, so no failed and no second completed', async () => {
		const lms = createCmi5Lms();
		const first = await passedThenUnreadable(lms);
		const second = lms.launch({ registration: first.registration });
		// Finish waits a moment for the document, which still cannot be read, then goes.
		const b = await open(lms, second.url, browser(), { finishWaitMs: 100 });
		expect(b.conn.isResume).toBe(false);
		allWrong(b.session);
		b.conn.finish('button');
		await until(
			() => b.navigated.length === 1,
			() => lms.requests,
		);
		expect(lms.verbs(second.sessionId)).toEqual([
			'initialized',
			...Array<string>(8).fill('answered'),
			'terminated',
		]);
		expect(lms.problems).toEqual([]);
	});

	test('when the LRS cannot say what the registration holds either, nothing that could lower it is sent', async () => {
		const lms = createCmi5Lms();
		const first = await passedThenUnreadable(lms);
		lms.inject({ match: faultOn.statementQuery, action: 500 });
		const second = lms.launch({ registration: first.registration });
		const b = await open(lms, second.url, browser(), { finishWaitMs: 100 });
		allWrong(b.session);
		b.conn.finish('button');
		await until(
			() => b.navigated.length === 1,
			() => lms.requests,
		);
		const verbs = lms.verbs(second.sessionId);
		expect(verbs).not.toContain('failed');
		expect(verbs).not.toContain('completed');
		expect(b.problems).toContain(
			'completed/passed not sent: what the registration holds could not be read',
		);
		expect(lms.problems).toEqual([]);
	});
});

describe('every request has a deadline (#13.5)', () => {
	test('the token request hangs: the page is usable after the start wait, answers are kept, and delivered when the LMS answers', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const hang = lms.inject({ match: faultOn.token, action: 'hang', times: 3 });
		const b = browser();
		const t = await open(lms, launch.url, b);
		expect(t.conn.isConnected).toBe(false);
		expect(t.notices).toEqual(['lms-not-answering']);
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		t.session.answer('q-tf', { type: 'true-false', value: false });
		expect(b.durable.map.get(`second-look.cmi5.deferred:${launch.registration}`)).toContain(
			'q-single',
		);
		expect(await t.conn.ready).toBe(true);
		expect(hang.hits).toBe(3);
		t.session.answer('q-multi', { type: 'multiple-response', value: ['a', 'c'] });
		t.conn.finish('button');
		await until(
			() => t.navigated.length === 1,
			() => lms.requests,
		);
		expect(lms.verbs(launch.sessionId)).toEqual([
			'initialized',
			'answered',
			'answered',
			'answered',
			'terminated',
		]);
		expect(answeredIds(lms)).toEqual(['q-single', 'q-tf', 'q-multi']);
		expect(progressOf(lms, launch.registration).state?.activities['q-tf']).toBeDefined();
		expect(b.durable.map.size).toBe(0); // delivered: nothing left in the browser
		expect(t.notices.at(-1)).toBe('saved-again');
		expect(lms.problems).toEqual([]);
	});

	test('LMS.LaunchData hangs: the same; the learner finishing before it answers ends the session once it does', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		lms.inject({ match: faultOn.stateRead('LMS.LaunchData'), action: 'hang', times: 3 });
		const t = await open(lms, launch.url);
		expect(t.notices).toEqual(['lms-not-answering']);
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		t.conn.finish('button');
		expect(await t.conn.ready).toBe(true);
		await until(
			() => t.navigated.length === 1,
			() => lms.requests,
		);
		expect(lms.verbs(launch.sessionId)).toEqual(['initialized', 'answered', 'terminated']);
		expect(lms.problems).toEqual([]);
	});

	test('storage blocked (a cross-site frame) or refusing: the learner is told plainly the answers are not kept', async () => {
		const refusing = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
			removeItem: () => undefined,
			key: () => null,
			length: 0,
		};
		for (const durable of [undefined, refusing]) {
			const lms = createCmi5Lms();
			const launch = lms.launch();
			lms.inject({ match: faultOn.stateRead('LMS.LaunchData'), action: 'hang', times: 3 });
			const t = await open(lms, launch.url, browser(), { durable, storage: undefined });
			expect(t.notices).toEqual(['lms-not-answering-unkept']);
			t.session.answer('q-single', { type: 'single-choice', value: 'b' });
			// Kept open: delivered once the LMS answers, and then said.
			expect(await t.conn.ready).toBe(true);
			await until(
				() => answeredIds(lms).length === 1,
				() => lms.requests,
			);
			expect(t.notices).not.toContain('lms-not-answering');
		}
	});

	test('the LMS never answers: answers stay in this browser, and the next launch of the registration delivers them and shows them', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		lms.inject({ match: faultOn.token, action: 'hang', until: Date.now() + 1500 });
		const b = browser();
		const t = await open(lms, first.url, b);
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		expect(await t.conn.ready).toBe(false);
		t.conn.finish('leaving');
		expect(lms.statements).toEqual([]);
		lms.heal();

		const second = lms.launch({ registration: first.registration });
		const again = await open(lms, second.url, b);
		expect(again.conn.isResume).toBe(true);
		expect(again.session.record('q-single')?.status).toBe('answered');
		again.conn.finish('button');
		await until(
			() => again.navigated.length === 1,
			() => lms.requests,
		);
		expect(lms.verbs(second.sessionId)).toEqual(['initialized', 'answered', 'terminated']);
		expect(answeredIds(lms)).toEqual(['q-single']);
		expect(progressOf(lms, first.registration).state?.activities['q-single']).toBeDefined();
		expect(lms.problems).toEqual([]);
	});

	test('a statements POST hangs once: aborted at its deadline, sent again; nothing lost or stalled', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const t = await open(lms, launch.url);
		await until(
			() => t.conn.pending() === 0,
			() => lms.requests,
		);
		const hang = lms.inject({ match: faultOn.statementsPost(), action: 'hang', times: 1 });
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		t.session.answer('q-tf', { type: 'true-false', value: false });
		t.conn.finish('button');
		await until(
			() => t.navigated.length === 1,
			() => lms.requests,
		);
		expect(hang.hits).toBe(1);
		expect(lms.verbs(launch.sessionId)).toEqual([
			'initialized',
			'answered',
			'answered',
			'terminated',
		]);
		expect(t.notices).toContain('save-retrying');
		expect(t.notices.at(-1)).toBe('saved-again');
	});

	test.each([
		['kept in this browser', true, 'save-failing-kept'],
		['storage full: kept nowhere', false, 'save-failing'],
	] as const)(
		'the LRS keeps failing: the learner is told whether the answers are kept meanwhile (%s)',
		async (_, canKeep, told) => {
			const lms = createCmi5Lms();
			const launch = lms.launch();
			const b = browser();
			const t = await open(lms, launch.url, b);
			await until(
				() => t.conn.pending() === 0,
				() => lms.requests,
			);
			if (!canKeep)
				b.durable.setItem = () => {
					throw new DOMException('full', 'QuotaExceededError');
				};
			lms.inject({ match: faultOn.statementsPost(), action: 503, times: 4 });
			t.session.answer('q-tf', { type: 'true-false', value: false });
			await until(
				() => t.notices.includes('saved-again'),
				() => lms.requests,
			);
			expect(new Set(t.notices.filter((n) => n.startsWith('save-failing')))).toEqual(
				new Set([told]),
			);
			expect(answeredIds(lms)).toContain('q-tf');
		},
	);
});

describe('the queue outlives the tab (#13.6)', () => {
	test('a tab closed during an outage: the next launch of the registration, in a new tab with a new token, delivers the earlier session first', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const b = browser();
		const t = await open(lms, first.url, b);
		await until(
			() => t.conn.pending() === 0,
			() => lms.requests,
		);
		lms.inject({ match: faultOn.xapi, action: 500 });
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		t.session.answer('q-tf', { type: 'true-false', value: false });
		t.session.answer('q-multi', { type: 'multiple-response', value: ['a', 'c'] });
		t.conn.finish('leaving'); // the tab closes; its keepalive requests fail too
		await new Promise((r) => setTimeout(r, 30));
		expect(lms.verbs(first.sessionId)).toEqual(['initialized']);
		lms.heal();

		const second = lms.launch({ registration: first.registration });
		const again = await open(lms, second.url, b);
		expect(second.fetchCalls).toBe(1);
		expect(again.conn.isResume).toBe(true);
		expect(again.session.record('q-multi')?.status).toBe('answered');
		again.conn.finish('button');
		await until(
			() => again.navigated.length === 1,
			() => lms.requests,
		);
		// The earlier session's statements keep their own context: they count for that session.
		expect(lms.verbs(first.sessionId)).toEqual([
			'initialized',
			'answered',
			'answered',
			'answered',
			'terminated',
		]);
		expect(lms.verbs(second.sessionId)).toEqual(['initialized', 'terminated']);
		expect(b.durable.map.size).toBe(0);
		expect(lms.problems).toEqual([]);
	});

	test("kept 30 days at most: a registration's unsent answers are delivered by a launch within them, dropped by anyone's launch after", async () => {
		const day = 86_400_000;
		let clock = Date.now();
		const outage = async (b: ReturnType<typeof browser>) => {
			const lms = createCmi5Lms();
			const first = lms.launch();
			const t = await open(lms, first.url, b, { now: () => clock });
			await until(
				() => t.conn.pending() === 0,
				() => lms.requests,
			);
			lms.inject({ match: faultOn.xapi, action: 500 });
			t.session.answer('q-tf', { type: 'true-false', value: false });
			t.conn.finish('leaving');
			await new Promise((r) => setTimeout(r, 30));
			lms.heal();
			return { lms, first };
		};
		// Back on day 29: the registration's own launch delivers what was kept.
		const soon = browser();
		const a = await outage(soon);
		clock += 29 * day;
		const back = await open(a.lms, a.lms.launch({ registration: a.first.registration }).url, soon, {
			now: () => clock,
		});
		await until(
			() => back.conn.pending() === 0,
			() => a.lms.requests,
		);
		expect(answeredIds(a.lms)).toEqual(['q-tf']);
		// Never back: on day 31, another learner's launch in this browser drops it unsent.
		const shared = browser();
		const b = await outage(shared);
		expect(shared.durable.map.size).toBeGreaterThan(0);
		clock += 31 * day;
		const other = createCmi5Lms();
		const registration = '00000002-0000-4000-8000-000000000000'; // another learner's
		await open(other, other.launch({ registration }).url, shared, { now: () => clock });
		expect([...shared.durable.map.keys()].filter((k) => k.includes(b.first.registration))).toEqual(
			[],
		);
		expect(answeredIds(b.lms)).toEqual([]);
	});

	test('two tabs of one registration during an outage: every answer of both is delivered, none twice', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const b = browser();
		const one = await open(lms, first.url, b);
		const second = lms.launch({ registration: first.registration });
		const two = await open(lms, second.url, b);
		await until(
			() => one.conn.pending() === 0,
			() => lms.requests,
		);
		lms.inject({ match: faultOn.xapi, action: 503 });
		one.session.answer('q-single', { type: 'single-choice', value: 'b' });
		two.session.answer('q-tf', { type: 'true-false', value: false });
		one.session.answer('q-multi', { type: 'multiple-response', value: ['a', 'c'] });
		two.session.answer('q-order', { type: 'ordering', value: ['a', 'b', 'c'] });
		await new Promise((r) => setTimeout(r, 30));
		lms.heal();
		one.conn.finish('button');
		two.conn.finish('button');
		await until(
			() => one.navigated.length === 1 && two.navigated.length === 1,
			() => lms.requests,
		);
		expect(answeredIds(lms).sort()).toEqual(['q-multi', 'q-order', 'q-single', 'q-tf']);
		expect(lms.requests.filter((r) => r.detail.includes('already stored'))).toEqual([]);
		expect(lms.problems).toEqual([]);
	});
});

describe('Review mode (#13.8)', () => {
	test('shows the recorded answers, says so calmly, and writes nothing', async () => {
		const lms = createCmi5Lms();
		const first = lms.launch();
		const a = await open(lms, first.url);
		a.session.answer('q-single', { type: 'single-choice', value: 'b' });
		a.conn.finish('button');
		await until(
			() => a.navigated.length === 1,
			() => lms.requests,
		);
		const stored = progressOf(lms, first.registration).doc;

		const review = lms.launch({ mode: 'Review', registration: first.registration });
		const r = await open(lms, review.url);
		expect(r.notices).toEqual(['review']);
		expect(r.session.record('q-single')?.status).toBe('answered');
		r.session.answer('q-tf', { type: 'true-false', value: true });
		r.session.visit('two');
		// What they do here stays on the page (and nowhere else).
		expect(r.session.record('q-tf')?.status).toBe('answered');
		r.conn.finish('button');
		await until(
			() => r.navigated.length === 1,
			() => lms.requests,
		);
		expect(lms.verbs(review.sessionId)).toEqual(['initialized', 'terminated']);
		expect(
			lms.requests.filter((q) => q.method === 'PUT' && q.sessionId === review.sessionId),
		).toEqual([]);
		expect(progressOf(lms, first.registration).doc).toEqual(stored);
		expect(lms.problems).toEqual([]);
	});
});

describe('Finish while the LRS takes nothing: the learner is told the truth, and no answer is lost', () => {
	test('kept in this browser: Finish says so, not "saved"; once the LRS is back it says so, then goes to returnURL', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const t = await open(lms, launch.url, browser(), { finishWaitMs: 400 });
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		await until(
			() => answeredIds(lms).length === 1,
			() => lms.requests,
		);
		lms.inject({ match: faultOn.xapi, action: 503 });
		t.session.answer('q-tf', { type: 'true-false', value: false });
		await until(
			() => t.notices.includes('save-failing-kept'),
			() => t.notices,
		);
		t.conn.finish('button');
		expect(t.notices.at(-1)).toBe('not-all-saved-kept');
		lms.heal();
		await until(
			() => t.navigated.length === 1,
			() => lms.requests.slice(-5),
		);
		expect(answeredIds(lms)).toEqual(['q-single', 'q-tf']);
		expect(t.notices.at(-1)).toBe('saved-again');
	});

	test('this browser cannot keep them: Finish says so, and the page does not go to returnURL while they are only here', async () => {
		const lms = createCmi5Lms();
		const launch = lms.launch();
		const t = await open(lms, launch.url, browser(), {
			durable: undefined,
			storage: undefined,
			finishWaitMs: 50,
		});
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		lms.inject({ match: faultOn.xapi, action: 503 });
		t.session.answer('q-tf', { type: 'true-false', value: false });
		await until(
			() => t.notices.includes('save-failing'),
			() => t.notices,
		);
		t.conn.finish('button');
		expect(t.notices.at(-1)).toBe('finish-waiting-unkept');
		await new Promise((r) => setTimeout(r, 300));
		expect(t.navigated).toEqual([]); // going now would lose the answers held only in the page
		lms.heal();
		await until(
			() => t.navigated.length === 1,
			() => lms.requests.slice(-5),
		);
		expect(answeredIds(lms).sort()).toEqual(['q-single', 'q-tf']);
		expect(t.notices.at(-1)).toBe('saved-again');
	});

	test('failing while the earlier answers cannot be read (worded as that): Finish still says they have not arrived', async () => {
		const lms = createCmi5Lms();
		lms.inject({ match: faultOn.stateRead(PROGRESS_STATE_ID), action: 500 });
		const t = await open(lms, lms.launch().url);
		lms.inject({ match: faultOn.xapi, action: 503 });
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		await new Promise((r) => setTimeout(r, 300)); // past three failed rounds: "failing"
		expect(t.notices).not.toContain('save-failing-kept');
		t.conn.finish('button');
		expect(t.notices.at(-1)).toBe('not-all-saved-kept');
	});

	test('an LRS that answers: Finish says nothing more (the paragraph says "saved")', async () => {
		const lms = createCmi5Lms();
		const t = await open(lms, lms.launch().url);
		t.session.answer('q-single', { type: 'single-choice', value: 'b' });
		t.conn.finish('button');
		expect(t.notices).toEqual([]);
	});
});
