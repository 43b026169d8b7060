import { describe, expect, test } from 'vitest';
import { createQueue, type Pending, type QueueStatus, type StorageLike } from './queue.ts';

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

function memory(): StorageLike & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
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

/** Timers the test fires by hand. */
function manualTimers() {
	const waits: number[] = [];
	const runs: (() => void)[] = [];
	return {
		waits,
		setTimer: (run: () => void, ms: number) => {
			waits.push(ms);
			runs.push(run);
		},
		fire: () => runs.shift()?.(),
	};
}

describe('the LRS delivery queue', () => {
	test('sends statements in order as one batch, then the state document; empties on success', async () => {
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
			'POST http://lrs/statements [{"id":"a"},{"id":"b"}]',
			'PUT http://lrs/state {"v":1}',
			'POST http://lrs/statements [{"id":"c"}]',
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
		const storage = memory();
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
		expect(JSON.parse(storage.map.get('k') ?? '[]')).toHaveLength(2); // a newer save replaced v1
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
		expect(storage.map.get('k')).toBe('[]');
	});

	test('a request the LRS refuses for good (400) is reported and dropped, not retried forever', async () => {
		const lrs = scriptedLrs([400]);
		const problems: string[] = [];
		const q = createQueue({
			fetch: lrs.fetch,
			headers: () => ({}),
			storageKey: 'k',
			statementsUrl: 'http://lrs/statements',
			onproblem: (p) => problems.push(p),
		});
		q.push(st('bad'));
		q.push(st('good'));
		expect(await q.flush()).toBe(true);
		expect(problems).toEqual(['LRS refused POST http://lrs/statements: HTTP 400']);
	});

	test('on leaving: every statement in ONE keepalive request (in order), then the state; kept until answered', async () => {
		const lrs = scriptedLrs([]);
		const storage = memory();
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
		expect(storage.map.get('k')).toBe('[]');
	});
});
