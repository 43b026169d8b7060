// Over 300 lines on purpose: one test LRS whose launches, rule checks, store and queries share one
// in-memory record (a closure); split apart, each part would have to be handed all of it.
/**
 * A cmi5 LMS + LRS that lives in memory, written from the cmi5 spec (§8 launch, §9 statements, §10
 * LaunchData) and xAPI 1.0.3, independently of the AU's own statement code: it issues launches,
 * hands out one auth token per launch, keeps state documents, records every statement and checks
 * the cmi5 rules an AU must keep. It can inject LRS faults (HTTP 500, slow answers, a rejected
 * token) to prove the AU loses nothing.
 *
 * It knows no transport: {@link Cmi5Lrs.handle} answers one request. Two hosts use it:
 * - the site's LMS preview (`/preview/<module>/`), where a service worker relays the package's
 *   requests to the page (`lrs-relay.ts`), and the panel shows what it recorded;
 * - the tests' LMS double (`tests/support/cmi5-lms.ts`), as an in-memory `fetch` or an HTTP server.
 */

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

type Ref = { id: string };

/** A statement as the LRS reads it (every part optional: the AU may have left it out). */
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
	/** The verb's last part (`answered`, `passed`…). */
	verb: string;
	statement: Stmt;
}

/** Faults the LRS injects into xAPI requests (the fetch URL is never faulty). */
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
	/** The AU's URL with the five launch parameters. */
	url: string;
	/** How many requests the LMS had answered before this launch (its log starts there). */
	requestsFrom: number;
}

/** Where the LMS's parts are; read at each launch (a test server knows its port only later). */
export interface LrsPlaces {
	/** The xAPI endpoint, absolute, ending with `/`. */
	endpoint: string;
	/** The one-time auth-token URL of a session, absolute. */
	fetchUrl(sessionId: string): string;
	/** Where the AU goes at the end of a session. */
	returnUrl(sessionId: string): string;
	/** The AU's URL, to which the launch parameters are added. */
	auUrl: string;
}

/** One request the LMS answered: the call log of the preview. */
export interface LrsRequest {
	method: string;
	/** The xAPI resource (`statements`, `activities/state`) or `fetch` for the token URL. */
	resource: string;
	/** Which statements (their verbs) or which state document. */
	detail: string;
	status: number;
	/** Whether it carried a valid token (the fetch URL needs none). */
	auth: boolean;
	sessionId: string | undefined;
}

/** A broken cmi5 rule. */
export interface Problem {
	sessionId: string;
	text: string;
}

/** An answer to one request. */
export interface LrsAnswer {
	status: number;
	body?: string;
	type?: string;
}

/** The learner every launch is for. */
export const LEARNER = {
	objectType: 'Agent',
	name: 'Test Learner',
	account: { homePage: 'https://lms.second-look.invalid', name: 'learner-1' },
} as const;

/** Options for {@link createCmi5Lrs}. */
export interface Cmi5LrsOptions {
	/** The AU's activity id (from cmi5.xml). */
	auId: string;
	/** The course IRI: the context template's grouping. */
	courseId?: string;
	places: () => LrsPlaces;
	/** A new registration id; by default `00000001-0000-4000-8000-000000000000`, `…2-…` and so on. */
	newRegistration?: (n: number) => string;
}

/** A statement's verb, by its last part (`answered`) for ADL verbs, else its whole IRI. */
const verbOf = (s: Stmt): string => {
	const id = s.verb?.id ?? '';
	return id.startsWith(VERB) ? id.slice(VERB.length) : id;
};

const json = (status: number, value: unknown): LrsAnswer => ({
	status,
	body: JSON.stringify(value),
	type: 'application/json',
});

/** Creates an empty LMS + LRS. */
export function createCmi5Lrs(options: Cmi5LrsOptions) {
	const { auId } = options;
	const courseId = options.courseId ?? auId.replace(/:au$/, '');
	const launches: Launch[] = [];
	const statements: Recorded[] = [];
	const states = new Map<string, string>();
	const found: Problem[] = [];
	const requests: LrsRequest[] = [];
	const faults: LrsFaults = {};
	let counter = 0;

	const stateKey = (q: URLSearchParams) =>
		[q.get('stateId'), q.get('activityId'), q.get('agent'), q.get('registration') ?? ''].join('|');
	const stateQuery = (stateId: string, registration: string) =>
		new URLSearchParams({
			stateId,
			activityId: auId,
			agent: JSON.stringify(LEARNER),
			registration,
		});

	function launch(opts: LaunchOptions = {}): Launch {
		counter += 1;
		const places = options.places();
		const registration =
			opts.registration ??
			options.newRegistration?.(counter) ??
			`0000000${counter}-0000-4000-8000-000000000000`.slice(-36);
		const sessionId = `session-${counter}`;
		const mode = opts.mode ?? 'Normal';
		const masteryScore = opts.noMastery ? undefined : (opts.masteryScore ?? 0.8);
		const q = new URLSearchParams({
			endpoint: places.endpoint,
			fetch: places.fetchUrl(sessionId),
			actor: JSON.stringify(LEARNER),
			registration,
			activityId: auId,
		});
		const l: Launch = {
			sessionId,
			registration,
			mode,
			masteryScore,
			token: btoa(`au-${counter}:secret-${counter}`),
			fetchCalls: 0,
			url: `${places.auUrl}?${q.toString()}`,
			requestsFrom: requests.length,
		};
		const data = {
			contextTemplate: {
				contextActivities: { grouping: [{ id: courseId }] },
				extensions: { [SESSION_EXTENSION]: sessionId },
			},
			launchMode: mode,
			moveOn: opts.moveOn ?? 'CompletedAndPassed',
			...(masteryScore === undefined ? {} : { masteryScore }),
			...(opts.noReturn ? {} : { returnURL: places.returnUrl(sessionId) }),
		};
		states.set(stateKey(stateQuery('LMS.LaunchData', registration)), JSON.stringify(data));
		launches.push(l);
		return l;
	}

	const byToken = (auth: string | undefined) =>
		launches.find((l) => auth === `Basic ${l.token}` && l.fetchCalls > 0);

	/** Checks one statement against the cmi5 rules, given everything the session sent before. */
	function check(l: Launch, s: Stmt): void {
		const verb = verbOf(s);
		const say = (text: string) => found.push({ sessionId: l.sessionId, text: `${verb}: ${text}` });
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
		if (JSON.stringify(s.actor?.account) !== JSON.stringify(LEARNER.account)) say('wrong actor');
		if (typeof s.id !== 'string' || typeof s.timestamp !== 'string') say('no id or timestamp');
		const c = s.context ?? {};
		if (c.registration !== l.registration)
			say('context.registration is not the launch registration');
		if (c.extensions?.[SESSION_EXTENSION] !== l.sessionId)
			say('no sessionid from the context template');
		if (!(c.contextActivities?.grouping ?? []).some((a) => a.id === courseId))
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
			// At most one passed per registration, and no failed after it (§9.3.4, §9.3.5); a failed
			// may come again, and a passed after a failed (a retake) is fine.
			if (reg.some((r) => r.verb === 'passed'))
				say(
					`${verb === 'passed' ? 'a second passed' : 'failed after passed'} in this registration`,
				);
			if (s.result?.success !== (verb === 'passed')) say('result.success does not match the verb');
			if (l.masteryScore !== undefined) {
				if (c.extensions?.[MASTERY_EXTENSION] !== l.masteryScore)
					say('masteryscore extension missing');
				// A score MAY be reported (§9.5.1); when it is, the verb must agree with masteryScore.
				const scaled = s.result?.score?.scaled;
				if (typeof scaled === 'number' && verb === 'passed' && scaled < l.masteryScore)
					say('passed below masteryScore');
				if (typeof scaled === 'number' && verb === 'failed' && scaled >= l.masteryScore)
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

	/**
	 * The session a statement belongs to: the one its context names (an earlier session of the same
	 * registration, whose queue a later page delivers with its own token), else the token's.
	 */
	const sessionOf = (l: Launch, s: Stmt): Launch =>
		launches.find(
			(other) =>
				other.registration === l.registration &&
				other.sessionId === s.context?.extensions?.[SESSION_EXTENSION],
		) ?? l;

	/** Stores one statement (idempotent by id, as xAPI says); returns false on a conflict. */
	function store(l: Launch, s: Stmt): boolean {
		const existing = statements.find((r) => r.statement.id === s.id);
		if (existing) return JSON.stringify(existing.statement) === JSON.stringify(s);
		const owner = sessionOf(l, s);
		check(owner, s);
		statements.push({
			sessionId: owner.sessionId,
			registration: owner.registration,
			verb: verbOf(s),
			statement: s,
		});
		return true;
	}

	/**
	 * A statement query (xAPI 1.0.3 §7.2.3) by agent, verb, activity (the object) and registration,
	 * newest first, up to `limit`; enough for an AU checking what its registration holds.
	 */
	function query(url: URL) {
		const q = url.searchParams;
		const agent = q.get('agent');
		const account = agent ? JSON.stringify((JSON.parse(agent) as Stmt['actor'])?.account) : null;
		const matching = statements
			.filter(
				({ statement: s, registration }) =>
					(account === null || JSON.stringify(s.actor?.account) === account) &&
					(q.get('verb') === null || s.verb?.id === q.get('verb')) &&
					(q.get('activity') === null || s.object?.id === q.get('activity')) &&
					(q.get('registration') === null || registration === q.get('registration')),
			)
			.map((r) => r.statement)
			.reverse();
		const limit = Number(q.get('limit') ?? 0);
		return { statements: limit > 0 ? matching.slice(0, limit) : matching, more: '' };
	}

	/** The launch whose fetch URL this is. */
	const fetchOf = (url: URL) =>
		launches.find((l) => {
			const own = new URL(options.places().fetchUrl(l.sessionId), url);
			return own.origin === url.origin && own.pathname === url.pathname;
		});

	/**
	 * Answers one request to the fetch URL or the xAPI endpoint; undefined when the URL is neither
	 * (the host serves it, or answers 404). Never throws: a fault of its own is a 500 and a problem.
	 */
	async function handle(
		method: string,
		url: URL,
		headers: Record<string, string | undefined>,
		body: string,
	): Promise<LrsAnswer | undefined> {
		try {
			return await answer(method, url, headers, body);
		} catch (err) {
			found.push({
				sessionId: '',
				text: `the LRS failed on ${method} ${url.pathname}: ${String(err)}`,
			});
			return { status: 500, body: String(err) };
		}
	}

	async function answer(
		method: string,
		url: URL,
		headers: Record<string, string | undefined>,
		body: string,
	): Promise<LrsAnswer | undefined> {
		const fetched = fetchOf(url);
		if (fetched) {
			const log = (status: number) => {
				requests.push({
					method,
					resource: 'fetch',
					detail: 'auth token',
					status,
					auth: false,
					sessionId: fetched.sessionId,
				});
				return status;
			};
			if (method !== 'POST') return { status: log(400) };
			fetched.fetchCalls += 1;
			if (fetched.fetchCalls > 1) {
				found.push({
					sessionId: fetched.sessionId,
					text: `fetch URL used ${fetched.fetchCalls} times`,
				});
				return json(log(200), { 'error-code': '1', 'error-text': 'Already in use' });
			}
			return json(log(200), { 'auth-token': fetched.token });
		}
		const endpoint = new URL(options.places().endpoint, url);
		if (url.origin !== endpoint.origin || !url.pathname.startsWith(endpoint.pathname))
			return undefined;
		const resource = url.pathname.slice(endpoint.pathname.length);
		const l = byToken(headers['authorization']);
		const stateId = url.searchParams.get('stateId') ?? '';
		const record = (status: number, detail = resource === 'activities/state' ? stateId : '') => {
			requests.push({
				method,
				resource,
				detail,
				status,
				auth: Boolean(l),
				sessionId: l?.sessionId,
			});
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
		if (!l) {
			found.push({ sessionId: '', text: `${method} ${resource} without a valid auth token (401)` });
			return { status: record(401), body: 'no valid token' };
		}
		if (headers['x-experience-api-version'] !== '1.0.3') {
			found.push({
				sessionId: l.sessionId,
				text: `${method} ${resource} without X-Experience-API-Version 1.0.3`,
			});
			return { status: record(400) };
		}
		if (resource === 'statements' && (method === 'POST' || method === 'PUT')) {
			const parsed = JSON.parse(body) as Stmt | Stmt[];
			const list = Array.isArray(parsed) ? parsed : [parsed];
			const known = list.filter((s) => statements.some((r) => r.statement.id === s.id)).length;
			// A resend (an earlier page's queue, delivered again) is harmless: say so in the log.
			const verbs =
				list.map(verbOf).join(', ') +
				(known === 0
					? ''
					: known === list.length
						? '; already stored'
						: `; ${known} already stored`);
			for (const s of list) if (!store(l, s)) return { status: record(409, verbs) };
			return method === 'PUT'
				? { status: record(204, verbs) }
				: json(
						record(200, verbs),
						list.map((s) => s.id),
					);
		}
		if (resource === 'statements' && method === 'GET') {
			const verb = url.searchParams.get('verb')?.replace(VERB, '') ?? 'any verb';
			return json(record(200, `query: ${verb}`), query(url));
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
				if (stateId === 'LMS.LaunchData')
					found.push({ sessionId: l.sessionId, text: 'AU wrote LMS.LaunchData' });
				// A Review launch may deliver an earlier session's save its queue still held (sent with
				// keepalive as that page went, answer unseen): the same document again changes nothing.
				if (l.mode === 'Review' && states.get(key) !== body)
					found.push({ sessionId: l.sessionId, text: 'state written in Review mode' });
				states.set(key, body);
				return { status: record(204) };
			}
		}
		return { status: record(400) };
	}

	return {
		launch,
		handle,
		faults,
		launches,
		statements,
		states,
		/** Every request the LMS answered, in order. */
		requests,
		/** Every cmi5 rule broken so far, as one line each (`session-1 answered: …`). */
		get problems(): string[] {
			return found.map((p) => (p.sessionId ? `${p.sessionId} ${p.text}` : p.text));
		},
		/** The rules broken in a registration's sessions, and by requests with no valid token. */
		problemsOf: (registration: string): Problem[] => {
			const sessions = new Set(
				launches.filter((l) => l.registration === registration).map((l) => l.sessionId),
			);
			return found.filter((p) => p.sessionId === '' || sessions.has(p.sessionId));
		},
		/** Statements of one session, in arrival order, as verbs. */
		verbs: (sessionId: string) =>
			statements.filter((r) => r.sessionId === sessionId).map((r) => r.verb),
		/** A state document of a registration (undefined when the AU never wrote it). */
		state: (stateId: string, registration: string): string | undefined =>
			states.get(stateKey(stateQuery(stateId, registration))),
	};
}

export type Cmi5Lrs = ReturnType<typeof createCmi5Lrs>;
