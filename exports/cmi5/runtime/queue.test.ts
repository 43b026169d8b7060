import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../shared/runtime-session.test-data.ts';
import { learnerConcealer } from './conceal.ts';
import { createQueue, type Pending, type QueueStatus } from './queue.ts';

/** A scripted LRS: answers each request with the next status (then 200), and records it. */
function scriptedLrs(statuses: number[]) {
	const calls: { url: string; method: string; body: string; keepalive: boolean }[] = [];
	const fetchFn = ((url: RequestInfo | URL, init: RequestInit = {}) => {
		calls.push({
			url: url instanceof URL ? url.href : (url as string),
			method: init.method ?? 'GET',
			body: typeof init.body === 'string' ? init.body : '',
			keepalive: init.keepalive === true,
		});
		const status = statuses.shift() ?? 200;
		if (status === 0) return Promise.reject(new TypeError('network down'));
		return Promise.resolve(new Response(null, { status: status === 200 ? 204 : status }));
	}) as typeof fetch;
	return { calls, fetch: fetchFn };
}

const st = (id: string): Pending => ({
	kind: 'statement',
	key: id,
	url: '',
	body: `{"id":"${id}"}`,
});
const state = (body: string): Pending => ({
	kind: 'state',
	key: 'doc',
	url: 'http://lrs/state',
	body,
});

/** A request deadline the manual timers leave alone (these tests' requests all answer). */
const NEVER = 999_999;

/** The requests a stored queue holds (`{ at, items }`). */
const storedItems = (text: string | undefined) =>
	(JSON.parse(text ?? '{"items":[]}') as { items: unknown[] }).items;

/** Timers the test fires by hand (back-off only: request deadlines are left out). */
function manualTimers() {
	const waits: number[] = [];
	const runs: (() => void)[] = [];
	return {
		waits,
		setTimer: (run: () => void, ms: number) => {
			if (ms === NEVER) return;
			waits.push(ms);
			runs.push(run);
		},
		fire: () => runs.shift()?.(),
	};
}

describe('the LRS delivery queue', () => {
	test('sends statements in order as one batch, then the state document (statements first); empties on success', async () => {
		const lrs = scriptedLrs([]);
		const q = createQueue({
			fetch: lrs.fetch,
			headers: () => ({ Authorization: 'Basic t', 'X-Experience-API-Version': '1.0.3' }),
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
		});
		q.push(st('a'));
		q.push(st('b'));
		q.push(state('{"v":1}'));
		q.push(st('c'));
		expect(await q.flush()).toBe(true);
		expect(lrs.calls.map((c) => `${c.method} ${c.url} ${c.body}`)).toEqual([
			'POST http://lrs/statements [{"id":"a"},{"id":"b"},{"id":"c"}]',
			'PUT http://lrs/state {"v":1}',
		]);
		expect(q.size()).toBe(0);
	});

	test('HTTP 500, a network error and 401 are retried with growing back-off; nothing is lost or reordered', async () => {
		const lrs = scriptedLrs([500, 0, 401]);
		const timers = manualTimers();
		const statuses: QueueStatus[] = [];
		const q = createQueue({
			fetch: lrs.fetch,
			headers: () => ({}),
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			setTimer: timers.setTimer,
			timeoutMs: NEVER,
			backoffMs: [100, 200, 400],
			onstatus: (s) => statuses.push(s),
		});
		q.push(st('a'));
		expect(await q.flush()).toBe(false);
		q.push(st('b'));
		timers.fire();
		await new Promise((r) => setTimeout(r, 0));
		timers.fire();
		await new Promise((r) => setTimeout(r, 0));
		timers.fire();
		await q.whenEmpty();
		expect(timers.waits).toEqual([100, 200, 400]);
		expect(statuses).toEqual(['retrying', 'retrying', 'failing', 'recovered']);
		expect(lrs.calls.at(-1)?.body).toBe('[{"id":"a"},{"id":"b"}]');
	});

	test('survives the page: what is unsent is in storage, and a new queue there sends it', async () => {
		const storage = memoryStorage();
		const down = scriptedLrs([503]);
		const q = createQueue({
			fetch: down.fetch,
			headers: () => ({}),
			storage,
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			setTimer: () => undefined,
		});
		q.push(st('a'));
		q.push(state('{"v":1}'));
		q.push(state('{"v":2}'));
		await q.flush();
		expect(storedItems(storage.map.get('k'))).toHaveLength(2); // a newer save replaced v1
		const up = scriptedLrs([]);
		const next = createQueue({
			fetch: up.fetch,
			headers: () => ({}),
			storage,
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
		});
		expect(next.size()).toBe(2);
		await next.flush();
		expect(up.calls.map((c) => c.body)).toEqual(['[{"id":"a"}]', '{"v":2}']);
		expect(storage.map.has('k')).toBe(false); // cleared once delivered
	});

	test('what it keeps says when it was first kept, whichever tab adds to it; a list kept by an earlier release is read', () => {
		const storage = memoryStorage();
		let clock = 1_000;
		const queueAt = (now: () => number) =>
			createQueue({
				fetch: scriptedLrs([503]).fetch,
				headers: () => ({}),
				storage,
				storageKey: 'k',
				statementsUrl: 'http://lrs/statements',
				setTimer: () => undefined,
				now,
			});
		queueAt(() => clock).push(st('a'));
		clock = 5_000;
		queueAt(() => clock).push(st('b'));
		expect(JSON.parse(storage.map.get('k') ?? '')).toMatchObject({ at: 1_000 });
		expect(storedItems(storage.map.get('k'))).toHaveLength(2);
		// Before the 30 days, a queue was kept as a plain list: still read, and stamped when written.
		storage.setItem('k', JSON.stringify([st('old')]));
		const q = queueAt(() => clock);
		expect(q.size()).toBe(1);
		q.push(st('c'));
		expect(JSON.parse(storage.map.get('k') ?? '')).toMatchObject({ at: 5_000 });
		expect(storedItems(storage.map.get('k'))).toHaveLength(2);
	});

	test('what it keeps on the computer never names the learner; what it sends does', async () => {
		const actor = {
			objectType: 'Agent',
			name: 'Jamie Smith',
			account: { homePage: 'https://moodle.example-school.sch.uk', name: 'jsmith27' },
		};
		const statement: Pending = {
			kind: 'statement',
			key: 's1',
			url: '',
			body: JSON.stringify({ id: 's1', actor, verb: { id: 'answered' } }),
		};
		const agent = new URLSearchParams({ agent: JSON.stringify(actor) }).toString();
		const doc: Pending = {
			kind: 'state',
			key: 'doc',
			url: `http://lrs/activities/state?stateId=p&${agent}`,
			body: '{"v":1}',
		};
		const storage = memoryStorage();
		const options = {
			headers: () => ({}),
			storage,
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			conceal: learnerConcealer(actor),
		};
		const q = createQueue({
			...options,
			fetch: scriptedLrs([503]).fetch,
			setTimer: () => undefined,
		});
		q.push(statement);
		q.push(doc);
		await q.flush();
		const kept = storage.map.get('k') ?? '';
		expect(kept).toContain('"s1"');
		for (const name of ['Jamie', 'Smith', 'jsmith27', 'example-school'])
			expect(kept).not.toContain(name);
		// The next launch (same learner, same registration) sends them whole.
		const up = scriptedLrs([]);
		await createQueue({ ...options, fetch: up.fetch }).flush();
		expect(up.calls.map((c) => c.body)).toEqual([`[${statement.body}]`, '{"v":1}']);
		expect(up.calls[1]?.url).toBe(doc.url);
	});

	test('one statement the LRS refuses (400) in a batch: the batch is split until that one is found; it is reported and kept out, every other one is delivered', async () => {
		const calls: string[] = [];
		// An LRS that refuses, whole, any batch holding the bad statement (xAPI: a batch is atomic).
		const fetchFn = ((_url: RequestInfo | URL, init: RequestInit = {}) => {
			const body = typeof init.body === 'string' ? init.body : '';
			calls.push(body);
			return Promise.resolve(new Response(null, { status: body.includes('bad') ? 400 : 204 }));
		}) as typeof fetch;
		const problems: string[] = [];
		const statuses: QueueStatus[] = [];
		const q = createQueue({
			fetch: fetchFn,
			headers: () => ({}),
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			onproblem: (p) => problems.push(p),
			onstatus: (s) => statuses.push(s),
		});
		const ids = Array.from({ length: 20 }, (_, i) => (i === 13 ? 'bad' : `s${i}`));
		for (const id of ids) q.push(st(id));
		q.push(st('after'));
		expect(await q.flush()).toBe(true);
		const delivered = calls
			.filter((c) => !c.includes('bad'))
			.flatMap((c) => (JSON.parse(c) as { id: string }[]).map((s) => s.id));
		expect(delivered).toEqual([...ids.filter((id) => id !== 'bad'), 'after']);
		expect(problems).toEqual(['LRS refused POST http://lrs/statements: HTTP 400 for bad']);
		expect(statuses).toEqual(['refused']); // never "recovered" (saved again) after a refusal
		expect(calls.length).toBeLessThanOrEqual(10); // halves (9 here), not one request per statement
		expect(q.size()).toBe(0);
	});

	test('on leaving: every statement in ONE keepalive request (in order), then the state; kept until answered', async () => {
		const lrs = scriptedLrs([]);
		const storage = memoryStorage();
		const q = createQueue({
			fetch: lrs.fetch,
			headers: () => ({ Authorization: 'Basic t' }),
			storage,
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
		});
		for (const id of ['a', 'b', 'c', 'd']) q.push(st(id));
		q.push(state('{"v":3}'));
		q.flushOnLeave();
		expect(lrs.calls.map((c) => [c.method, c.body, c.keepalive])).toEqual([
			['POST', '[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"}]', true],
			['PUT', '{"v":3}', true],
		]);
		expect(q.size()).toBe(5); // nothing removed before the LRS answers
		await q.whenEmpty();
		expect(storage.map.has('k')).toBe(false); // cleared once delivered
	});
});

/** A lock like `navigator.locks.request`, in memory: one holder per name, the others wait. */
function memoryLock() {
	const tails = new Map<string, Promise<unknown>>();
	return <T>(name: string, run: () => Promise<T>): Promise<T> => {
		const before = tails.get(name) ?? Promise.resolve();
		const mine = before.then(run, run);
		tails.set(
			name,
			mine.catch(() => undefined),
		);
		return mine;
	};
}

describe('the queue under faults', () => {
	test('a POST that never answers is aborted at its deadline and sent again: the queue does not stall', async () => {
		let calls = 0;
		const aborted: boolean[] = [];
		const fetchFn = ((_url: RequestInfo | URL, init: RequestInit = {}) => {
			calls += 1;
			if (calls === 1)
				return new Promise<Response>((_resolve, reject) => {
					init.signal?.addEventListener('abort', () => {
						aborted.push(true);
						reject(new DOMException('aborted', 'AbortError'));
					});
				});
			return Promise.resolve(new Response(null, { status: 204 }));
		}) as typeof fetch;
		const statuses: QueueStatus[] = [];
		const q = createQueue({
			fetch: fetchFn,
			headers: () => ({}),
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			timeoutMs: 30,
			backoffMs: [5],
			onstatus: (s) => statuses.push(s),
		});
		q.push(st('a'));
		expect(await q.flush()).toBe(false);
		await q.whenEmpty();
		expect(aborted).toEqual([true]);
		expect(calls).toBe(2);
		expect(statuses).toEqual(['retrying', 'recovered']);
	});

	test('two tabs of one registration (one storage, one lock): every item is sent once, none is lost', async () => {
		const storage = memoryStorage();
		const lock = memoryLock();
		const sent: string[] = [];
		let down = true;
		const fetchFn = (async (_url: RequestInfo | URL, init: RequestInit = {}) => {
			await new Promise((r) => setTimeout(r, 2));
			if (down) return new Response(null, { status: 503 });
			const body = typeof init.body === 'string' ? init.body : '[]';
			sent.push(...(JSON.parse(body) as { id: string }[]).map((s) => s.id));
			return new Response(null, { status: 204 });
		}) as typeof fetch;
		const tab = () =>
			createQueue({
				fetch: fetchFn,
				headers: () => ({}),
				storage,
				lock,
				storageKey: 'second-look.cmi5.queue:reg-1',
				statementsUrl: 'http://lrs/statements',
				backoffMs: [5],
			});
		const one = tab();
		const two = tab();
		for (const id of ['a1', 'a2', 'a3']) {
			one.push(st(id));
			two.push(st(id.replace('a', 'b')));
			void one.flush();
			void two.flush();
		}
		await new Promise((r) => setTimeout(r, 20));
		expect(storedItems(storage.map.get('second-look.cmi5.queue:reg-1'))).toHaveLength(6);
		down = false;
		await Promise.all([one.flush(), two.flush()]);
		await Promise.all([one.whenEmpty(), two.whenEmpty()]);
		expect([...sent].sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
		expect(storage.map.has('second-look.cmi5.queue:reg-1')).toBe(false);
	});

	test('a state document to merge is read first and written merged; while it cannot be read nothing is written, and statements still go', async () => {
		const calls: string[] = [];
		let readable = false;
		const fetchFn = ((_url: RequestInfo | URL, init: RequestInit = {}) => {
			const method = init.method ?? 'GET';
			calls.push(`${method} ${typeof init.body === 'string' ? init.body : ''}`);
			if (method === 'GET')
				return Promise.resolve(
					readable
						? new Response('{"stored":true}', { status: 200 })
						: new Response(null, { status: 500 }),
				);
			return Promise.resolve(new Response(null, { status: 204 }));
		}) as typeof fetch;
		const merged: (string | undefined)[] = [];
		const timers = manualTimers();
		const q = createQueue({
			fetch: fetchFn,
			headers: () => ({}),
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			setTimer: timers.setTimer,
			timeoutMs: NEVER,
			merge: (stored, queued) => `${stored}+${queued}`,
			onmerged: (_key, stored) => merged.push(stored),
		});
		q.push({ ...state('{"mine":1}'), merge: true });
		q.push(st('a'));
		q.push(state('{"mine":2}')); // a newer save: still to be merged
		expect(await q.flush()).toBe(false);
		expect(calls).toEqual(['POST [{"id":"a"}]', 'GET ']);
		readable = true;
		timers.fire();
		await q.whenEmpty();
		expect(calls.slice(2)).toEqual(['GET ', 'PUT {"stored":true}+{"mine":2}']);
		expect(merged).toEqual(['{"stored":true}']);
	});
});

test('a lock the browser refuses (an opaque-origin frame) does not stop delivery', async () => {
	const lrs = scriptedLrs([]);
	const q = createQueue({
		fetch: lrs.fetch,
		headers: () => ({}),
		storageKey: 'k',
		statementsUrl: 'http://lrs/statements',
		lock: () => Promise.reject(new DOMException('denied', 'SecurityError')),
	});
	q.push(st('a'));
	expect(await q.flush()).toBe(true);
	expect(lrs.calls).toHaveLength(1);
});
