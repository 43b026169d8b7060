/**
 * A cmi5 LMS + LRS test double, written from the cmi5 spec (§8 launch, §9 statements, §10
 * LaunchData) and xAPI 1.0.3: it issues launches, hands out one auth token per launch, keeps state
 * documents, records every statement and checks the cmi5 rules an AU must keep. It can inject LRS
 * faults (HTTP 500, slow answers, a rejected token) to prove the AU loses nothing.
 *
 * Two ways in: `lms.fetch` (in memory, for unit tests) and `await lms.listen()` (a real HTTP server
 * on 127.0.0.1 at a random port that also serves the unzipped package, for the browser tests).
 */
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

type Ref = { id: string };

/** A statement as the double reads it (every part optional: the AU may have left it out). */
export interface Stmt {
	id?: string;
	timestamp?: string;
	actor?: { account?: unknown };
	verb?: { id?: string };
	object?: {
		id?: string;
		definition?: { type?: string; interactionType?: string; correctResponsesPattern?: string[] };
	};
	result?: {
		success?: boolean;
		completion?: boolean;
		response?: string;
		duration?: string;
		score?: { scaled?: number; raw?: number; min?: number; max?: number };
	};
	context?: {
		registration?: string;
		contextActivities?: { grouping?: Ref[]; category?: Ref[]; parent?: Ref[] };
		extensions?: Record<string, unknown>;
	};
}

/** A statement as recorded, with the session it came in. */
export interface Recorded {
	sessionId: string;
	registration: string;
	verb: string;
	statement: Stmt;
}

/** Faults the LRS injects into xAPI requests (the fetch URL and the package are never faulty). */
export interface LrsFaults {
	/** The next N xAPI requests answer HTTP 500. */
	fail500?: number;
	/** Every xAPI request waits this long before answering. */
	delayMs?: number;
	/** The next N xAPI requests answer 401, as if the token had been rejected. */
	reject401?: number;
}

/** What a launch asks for. */
export interface LaunchOptions {
	mode?: 'Normal' | 'Browse' | 'Review';
	/** Default 0.8. */
	masteryScore?: number;
	/** Leave masteryScore out of LaunchData. */
	noMastery?: boolean;
	moveOn?: string;
	/** Reuse a registration (a relaunch of the same enrolment). */
	registration?: string;
	/** Leave returnURL out of LaunchData. */
	noReturn?: boolean;
}

/** One launch, as the LMS issued it. */
export interface Launch {
	sessionId: string;
	registration: string;
	mode: string;
	masteryScore: number | undefined;
	token: string;
	fetchCalls: number;
	/** The AU's URL with the five launch parameters, relative to the server. */
	url: string;
}

const ACTOR = {
	objectType: 'Agent',
	name: 'Test Learner',
	account: { homePage: 'http://lms.test', name: 'learner-1' },
};
export const AU_ID = 'urn:second-look:cmi5:test:au';
const PUBLISHER = 'urn:second-look:cmi5:test';

type Answer = { status: number; body?: string | Uint8Array; type?: string };

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
};

export function createCmi5Lms(options: { files?: Map<string, Uint8Array>; auId?: string } = {}) {
	const auId = options.auId ?? AU_ID;
	const launches: Launch[] = [];
	const statements: Recorded[] = [];
	const states = new Map<string, string>();
	const problems: string[] = [];
	const requests: { method: string; path: string; status: number; auth: boolean }[] = [];
	const faults: LrsFaults = {};
	let base = 'http://lms.test';
	let counter = 0;

	const launchData = new Map<string, Launch>();
	const stateKey = (q: URLSearchParams) =>
		[q.get('stateId'), q.get('activityId'), q.get('agent'), q.get('registration') ?? ''].join('|');

	function launch(opts: LaunchOptions = {}): Launch {
		counter += 1;
		const registration =
			opts.registration ?? `0000000${counter}-0000-4000-8000-000000000000`.slice(-36);
		const sessionId = `session-${counter}`;
		const mode = opts.mode ?? 'Normal';
		const masteryScore = opts.noMastery ? undefined : (opts.masteryScore ?? 0.8);
		const l: Launch = {
			sessionId,
			registration,
			mode,
			masteryScore,
			token: Buffer.from(`au-${counter}:secret-${counter}`).toString('base64'),
			fetchCalls: 0,
			url: '',
		};
		const q = new URLSearchParams({
			endpoint: `${base}/xapi/`,
			fetch: `${base}/lms/fetch/${sessionId}`,
			actor: JSON.stringify(ACTOR),
			registration,
			activityId: auId,
		});
		l.url = `/course/index.html?${q.toString()}`;
		const data = {
			contextTemplate: {
				contextActivities: { grouping: [{ id: PUBLISHER }] },
				extensions: { [SESSION_EXTENSION]: sessionId },
			},
			launchMode: mode,
			moveOn: opts.moveOn ?? 'CompletedAndPassed',
			...(masteryScore === undefined ? {} : { masteryScore }),
			...(opts.noReturn ? {} : { returnURL: `${base}/lms/return?session=${sessionId}` }),
		};
		const sq = new URLSearchParams({
			stateId: 'LMS.LaunchData',
			activityId: auId,
			agent: JSON.stringify(ACTOR),
			registration,
		});
		states.set(stateKey(sq), JSON.stringify(data));
		launches.push(l);
		launchData.set(sessionId, l);
		return l;
	}

	const byToken = (auth: string | undefined) =>
		launches.find((l) => auth === `Basic ${l.token}` && l.fetchCalls > 0);

	/** Checks one statement against the cmi5 rules, given everything the session sent before. */
	function check(l: Launch, s: Stmt): void {
		const verbId = s.verb?.id ?? '';
		const verb = verbId.startsWith(VERB) ? verbId.slice(VERB.length) : verbId;
		const say = (text: string) => problems.push(`${l.sessionId} ${verb}: ${text}`);
		const mine = statements.filter((r) => r.sessionId === l.sessionId);
		const reg = statements.filter((r) => r.registration === l.registration);
		if (mine.length === 0 && verb !== 'initialized') say('the first statement is not initialized');
		if (mine.some((r) => r.verb === 'terminated')) say('sent after terminated');
		if (verb === 'initialized' && mine.length > 0) say('initialized sent twice');
		const allowed =
			l.mode === 'Normal'
				? ['initialized', 'answered', 'completed', 'passed', 'failed', 'terminated']
				: l.mode === 'Browse'
					? ['initialized', 'answered', 'terminated']
					: ['initialized', 'terminated'];
		if (!allowed.includes(verb)) say(`not allowed in ${l.mode} mode`);
		if (JSON.stringify(s.actor?.account) !== JSON.stringify(ACTOR.account)) say('wrong actor');
		if (typeof s.id !== 'string' || typeof s.timestamp !== 'string') say('no id or timestamp');
		const c = s.context ?? {};
		if (c.registration !== l.registration)
			say('context.registration is not the launch registration');
		if (c.extensions?.[SESSION_EXTENSION] !== l.sessionId)
			say('no sessionid from the context template');
		if (!(c.contextActivities?.grouping ?? []).some((a) => a.id === PUBLISHER))
			say('context template grouping missing');
		const categories = (c.contextActivities?.category ?? []).map((a) => a.id);
		if (DEFINED.includes(verb)) {
			if (!categories.includes(CMI5_CATEGORY)) say('cmi5 category missing');
			if (s.object?.id !== auId) say('object is not the AU');
		} else if (categories.includes(CMI5_CATEGORY)) say('cmi5 category on an allowed statement');
		if (['completed', 'passed', 'failed'].includes(verb) && !categories.includes(MOVEON_CATEGORY))
			say('moveOn category missing');
		if (
			['completed', 'passed', 'failed', 'terminated'].includes(verb) &&
			!/^P/.test(s.result?.duration ?? '')
		)
			say('no result.duration');
		if (verb === 'completed') {
			if (s.result?.completion !== true) say('result.completion is not true');
			if (reg.some((r) => r.verb === 'completed')) say('a second completed in this registration');
		}
		if (verb === 'passed' || verb === 'failed') {
			if (reg.some((r) => r.verb === 'passed' || r.verb === 'failed'))
				say('a second passed/failed in this registration');
			const scaled = s.result?.score?.scaled;
			if (typeof scaled !== 'number') say('no score');
			if (s.result?.success !== (verb === 'passed')) say('result.success does not match the verb');
			if (l.masteryScore !== undefined) {
				if (c.extensions?.[MASTERY_EXTENSION] !== l.masteryScore)
					say('masteryscore extension missing');
				if (verb === 'passed' && !((scaled ?? -1) >= l.masteryScore))
					say('passed below masteryScore');
				if (verb === 'failed' && !((scaled ?? 2) < l.masteryScore))
					say('failed at or above masteryScore');
			}
		}
		if (verb === 'answered') {
			const d = s.object?.definition ?? {};
			if (d.type !== 'http://adlnet.gov/expapi/activities/cmi.interaction')
				say('not a cmi.interaction');
			if (typeof d.interactionType !== 'string') say('no interactionType');
			if (typeof s.result?.response !== 'string') say('no result.response');
			if (!(c.contextActivities?.parent ?? []).some((a) => a.id === auId))
				say('the AU is not the parent');
		}
	}

	/** Stores one statement (idempotent by id, as xAPI says); returns false on a conflict. */
	function store(l: Launch, s: Stmt): boolean {
		const existing = statements.find((r) => r.statement.id === s.id);
		if (existing) return JSON.stringify(existing.statement) === JSON.stringify(s);
		check(l, s);
		const verbId = s.verb?.id ?? '';
		statements.push({
			sessionId: l.sessionId,
			registration: l.registration,
			verb: verbId.replace(VERB, ''),
			statement: s,
		});
		return true;
	}

	/** Answers one request: the LMS's fetch URL, the xAPI resources, the return page, the package. */
	async function handle(
		method: string,
		url: URL,
		headers: Record<string, string | undefined>,
		body: string,
	): Promise<Answer> {
		try {
			return await answer(method, url, headers, body);
		} catch (err) {
			problems.push(`the double failed on ${method} ${url.pathname}: ${String(err)}`);
			return { status: 500, body: String(err) };
		}
	}

	async function answer(
		method: string,
		url: URL,
		headers: Record<string, string | undefined>,
		body: string,
	): Promise<Answer> {
		const path = url.pathname;
		if (path.startsWith('/lms/fetch/')) {
			const l = launchData.get(path.slice('/lms/fetch/'.length));
			if (method !== 'POST' || !l) return { status: 400 };
			l.fetchCalls += 1;
			if (l.fetchCalls > 1) {
				problems.push(`${l.sessionId}: fetch URL used ${l.fetchCalls} times`);
				return json(200, { 'error-code': '1', 'error-text': 'Already in use' });
			}
			return json(200, { 'auth-token': l.token });
		}
		if (path === '/lms/return') {
			return {
				status: 200,
				type: 'text/html; charset=utf-8',
				body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title></head><body><main><h1>Back in the test LMS</h1></main></body></html>',
			};
		}
		if (path.startsWith('/course/')) {
			const file = options.files?.get(path.slice('/course/'.length));
			if (!file) return { status: 404, body: 'not in the package' };
			return { status: 200, type: types[extname(path)] ?? 'application/octet-stream', body: file };
		}
		if (!path.startsWith('/xapi/')) return { status: 404 };
		const auth = headers['authorization'];
		const l = byToken(auth);
		const record = (status: number) => {
			requests.push({ method, path, status, auth: Boolean(l) });
			return status;
		};
		if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
		if (faults.fail500 && faults.fail500 > 0) {
			faults.fail500 -= 1;
			return { status: record(500), body: 'LRS unavailable' };
		}
		if (faults.reject401 && faults.reject401 > 0) {
			faults.reject401 -= 1;
			return { status: record(401), body: 'token rejected' };
		}
		if (!l) return { status: record(401), body: 'no valid token' };
		if (headers['x-experience-api-version'] !== '1.0.3') {
			problems.push(`${l.sessionId}: ${method} ${path} without X-Experience-API-Version 1.0.3`);
			return { status: record(400) };
		}
		const resource = path.slice('/xapi/'.length);
		if (resource === 'statements' && (method === 'POST' || method === 'PUT')) {
			const parsed = JSON.parse(body) as Stmt | Stmt[];
			const list = Array.isArray(parsed) ? parsed : [parsed];
			for (const s of list) if (!store(l, s)) return { status: record(409) };
			return method === 'PUT'
				? { status: record(204) }
				: json(
						record(200),
						list.map((s) => s.id),
					);
		}
		if (resource === 'activities/state') {
			const key = stateKey(url.searchParams);
			if (method === 'GET') {
				const doc = states.get(key);
				return doc === undefined
					? { status: record(404) }
					: { status: record(200), body: doc, type: 'application/json' };
			}
			if (method === 'PUT' || method === 'POST') {
				if (url.searchParams.get('stateId') === 'LMS.LaunchData')
					problems.push(`${l.sessionId}: AU wrote LMS.LaunchData`);
				if (l.mode === 'Review') problems.push(`${l.sessionId}: state written in Review mode`);
				states.set(key, body);
				return { status: record(204) };
			}
		}
		return { status: record(400) };
	}

	const json = (status: number, value: unknown): Answer => ({
		status,
		body: JSON.stringify(value),
		type: 'application/json',
	});

	/** The double as a `fetch`, for unit tests (no network at all). */
	const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
		const url = new URL(input instanceof URL ? input.href : (input as string));
		const headers: Record<string, string | undefined> = {};
		for (const [k, v] of Object.entries((init.headers ?? {}) as Record<string, string>))
			headers[k.toLowerCase()] = v;
		const a = await handle(
			init.method ?? 'GET',
			url,
			headers,
			typeof init.body === 'string' ? init.body : '',
		);
		const payload = typeof a.body === 'string' ? a.body : a.body ? new Uint8Array(a.body) : '';
		return new Response(a.status === 204 ? null : payload, {
			status: a.status,
			headers: a.type ? { 'content-type': a.type } : {},
		});
	}) as typeof fetch;

	let server: Server | undefined;
	return {
		launch,
		faults,
		fetch: fetchFn,
		launches,
		statements,
		states,
		requests,
		/** Every cmi5 rule broken so far. */
		problems,
		/** Statements of one session, in arrival order, as verbs. */
		verbs: (sessionId: string) =>
			statements.filter((r) => r.sessionId === sessionId).map((r) => r.verb),
		/** Starts the HTTP server on 127.0.0.1 at a free port; returns its origin. */
		async listen(): Promise<string> {
			server = createServer((req, res) => {
				const chunks: Buffer[] = [];
				req.on('data', (c: Buffer) => chunks.push(c));
				req.on('end', () => {
					const url = new URL(req.url ?? '/', base);
					const headers: Record<string, string | undefined> = {};
					for (const [k, v] of Object.entries(req.headers))
						headers[k] = Array.isArray(v) ? v[0] : v;
					void handle(
						req.method ?? 'GET',
						url,
						headers,
						Buffer.concat(chunks).toString('utf8'),
					).then((a) => {
						res.writeHead(a.status, {
							'content-type': a.type ?? 'text/plain; charset=utf-8',
							'cache-control': 'no-store',
						});
						res.end(a.body);
					});
				});
			});
			await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
			const address = server.address();
			if (address === null || typeof address === 'string') throw new Error('no port');
			base = `http://127.0.0.1:${address.port}`;
			return base;
		},
		async close(): Promise<void> {
			await new Promise<void>((resolve) => {
				if (server)
					server.close(() => {
						resolve();
					});
				else resolve();
			});
		},
	};
}

export type Cmi5Lms = ReturnType<typeof createCmi5Lms>;
