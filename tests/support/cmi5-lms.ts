/**
 * The cmi5 LMS + LRS double of the tests: the site's own in-memory LMS + LRS
 * (`exports/cmi5/preview/cmi5-lrs.ts`, written from the cmi5 spec and checking its rules on every
 * statement), plus the parts a real LMS serves around it: the course files and the return page.
 *
 * Two ways in: `lms.fetch` (in memory, for unit tests) and `await lms.listen()` (a real HTTP server
 * on 127.0.0.1 at a random port that also serves the unzipped package, for the browser tests).
 */
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { createCmi5Lrs, type LrsAnswer } from '../../exports/cmi5/preview/cmi5-lrs.ts';

export const AU_ID = 'urn:second-look:cmi5:test:au';

type Answer = { status: number; body?: string | Uint8Array; type?: string };

/** One request as a fault sees it. */
export interface FaultRequest {
	method: string;
	url: URL;
	body: string;
}

/**
 * A fault the double injects before the LMS/LRS sees a request (the token fetch URL included):
 * answer with an HTTP status, never answer (`hang`: the client's deadline must save it), or answer
 * late (`delayMs`). For the next `times` matching requests, or until `until` (Date.now()), or for good.
 */
export interface Fault {
	/** Which requests (see {@link faultOn}). */
	match: (r: FaultRequest) => boolean;
	action: number | 'hang' | { delayMs: number };
	times?: number;
	until?: number;
	/** How many requests it hit (set by the double). */
	hits?: number;
}

/** Matchers for {@link Fault.match}. */
export const faultOn = {
	/** The one-time token URL (POST). */
	token: (r: FaultRequest) => r.url.pathname.startsWith('/lms/fetch/'),
	/** A state document read (GET), by state id. */
	stateRead: (stateId: string) => (r: FaultRequest) =>
		r.method === 'GET' &&
		r.url.pathname.endsWith('/activities/state') &&
		r.url.searchParams.get('stateId') === stateId,
	/** A state document write (PUT/POST), by state id. */
	stateWrite: (stateId: string) => (r: FaultRequest) =>
		r.method !== 'GET' &&
		r.url.pathname.endsWith('/activities/state') &&
		r.url.searchParams.get('stateId') === stateId,
	/** Statement queries (GET statements). */
	statementQuery: (r: FaultRequest) => r.method === 'GET' && r.url.pathname.endsWith('/statements'),
	/** A statements POST (any, or one whose body holds `text`: a whole batch is refused at once). */
	statementsPost:
		(text?: string) =>
		(r: FaultRequest): boolean =>
			r.method === 'POST' &&
			r.url.pathname.endsWith('/statements') &&
			(text === undefined || r.body.includes(text)),
	/** Every xAPI request (not the token URL). */
	xapi: (r: FaultRequest) => r.url.pathname.startsWith('/xapi/'),
};

/** A request the double never answers (a hang): its client aborts it. */
const HANG = Symbol('hang');

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
};

const RETURN_PAGE =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title></head><body><main><h1>Back in the test LMS</h1></main></body></html>';

export function createCmi5Lms(options: { files?: Map<string, Uint8Array>; auId?: string } = {}) {
	let base = 'http://lms.test';
	const lrs = createCmi5Lrs({
		auId: options.auId ?? AU_ID,
		places: () => ({
			endpoint: `${base}/xapi/`,
			fetchUrl: (sessionId) => `${base}/lms/fetch/${sessionId}`,
			returnUrl: (sessionId) => `${base}/lms/return?session=${sessionId}`,
			auUrl: '/course/index.html',
		}),
	});

	const faults: Fault[] = [];
	/** The fault for this request, if one applies now (counted). */
	const faultFor = (r: FaultRequest): Fault | undefined => {
		const fault = faults.find(
			(f) =>
				(f.times === undefined || (f.hits ?? 0) < f.times) &&
				(f.until === undefined || Date.now() < f.until) &&
				f.match(r),
		);
		if (fault) fault.hits = (fault.hits ?? 0) + 1;
		return fault;
	};

	/** Answers one request: a fault, else the LRS's own, the return page, the package's files. */
	async function handle(
		method: string,
		url: URL,
		headers: Record<string, string | undefined>,
		body: string,
	): Promise<Answer | typeof HANG> {
		const fault = faultFor({ method, url, body });
		if (fault?.action === 'hang') return HANG;
		if (typeof fault?.action === 'number')
			return { status: fault.action, body: `fault ${fault.action}` };
		if (fault)
			await new Promise((r) => setTimeout(r, (fault.action as { delayMs: number }).delayMs));
		return answerOf(method, url, headers, body);
	}

	async function answerOf(
		method: string,
		url: URL,
		headers: Record<string, string | undefined>,
		body: string,
	): Promise<Answer> {
		const answer: LrsAnswer | undefined = await lrs.handle(method, url, headers, body);
		if (answer) return answer;
		if (url.pathname === '/lms/return')
			return { status: 200, type: 'text/html; charset=utf-8', body: RETURN_PAGE };
		if (url.pathname.startsWith('/course/')) {
			const file = options.files?.get(url.pathname.slice('/course/'.length));
			if (!file) return { status: 404, body: 'not in the package' };
			return {
				status: 200,
				type: types[extname(url.pathname)] ?? 'application/octet-stream',
				body: file,
			};
		}
		return { status: 404 };
	}

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
		if (a === HANG) {
			// Never answers: like a real fetch, only its signal ends it.
			return new Promise<Response>((_resolve, reject) => {
				init.signal?.addEventListener('abort', () => {
					reject(new DOMException('The operation was aborted.', 'AbortError'));
				});
			});
		}
		const payload = typeof a.body === 'string' ? a.body : a.body ? new Uint8Array(a.body) : '';
		return new Response(a.status === 204 ? null : payload, {
			status: a.status,
			headers: a.type ? { 'content-type': a.type } : {},
		});
	}) as typeof fetch;

	let server: Server | undefined;
	return {
		launch: lrs.launch,
		faults: lrs.faults,
		/** Adds a fault (see {@link Fault}); returns it, so a test can read its `hits`. */
		inject(fault: Fault): Fault {
			faults.push(fault);
			return fault;
		},
		/** Removes every injected fault. */
		heal() {
			faults.length = 0;
		},
		fetch: fetchFn,
		launches: lrs.launches,
		statements: lrs.statements,
		states: lrs.states,
		/** Every xAPI request (the token fetch URL's are left out). */
		get requests() {
			return lrs.requests.filter((r) => r.resource !== 'fetch');
		},
		/** Every cmi5 rule broken so far. */
		get problems() {
			return lrs.problems;
		},
		verbs: lrs.verbs,
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
						if (a === HANG) return; // the socket stays open until the browser gives up
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
				if (!server) {
					resolve();
					return;
				}
				server.close(() => {
					resolve();
				});
				// The test is over: a request the browser left half-sent as its page went (a keepalive
				// upload cut off by a navigation) must not hold the server open.
				server.closeAllConnections();
			});
		},
	};
}

export type Cmi5Lms = ReturnType<typeof createCmi5Lms>;
