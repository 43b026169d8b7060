/**
 * The cmi5 LMS + LRS double of the tests: the site's own in-memory LMS + LRS
 * (`src/lib/preview/cmi5-lrs.ts`, written from the cmi5 spec and checking its rules on every
 * statement), plus the parts a real LMS serves around it: the course files and the return page.
 *
 * Two ways in: `lms.fetch` (in memory, for unit tests) and `await lms.listen()` (a real HTTP server
 * on 127.0.0.1 at a random port that also serves the unzipped package, for the browser tests).
 */
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { createCmi5Lrs, type LrsAnswer } from '../../src/lib/preview/cmi5-lrs.ts';

export const AU_ID = 'urn:second-look:cmi5:test:au';

type Answer = { status: number; body?: string | Uint8Array; type?: string };

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

	/** Answers one request: the LRS's own, the return page, the package's files. */
	async function handle(
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
