import { describe, expect, test } from 'vitest';
import {
	CMI5_CATEGORY,
	createCmi5Lrs,
	LEARNER,
	MASTERY_EXTENSION,
	MOVEON_CATEGORY,
	SESSION_EXTENSION,
	type Launch,
	type Stmt,
} from './cmi5-lrs.ts';

const AU = 'urn:second-look:cmi5:demo:au';
const COURSE = 'urn:second-look:cmi5:demo';
const V = 'http://adlnet.gov/expapi/verbs/';

function lrs() {
	return createCmi5Lrs({
		auId: AU,
		places: () => ({
			endpoint: 'https://lms.example/xapi/',
			fetchUrl: (s) => `https://lms.example/fetch/${s}`,
			returnUrl: (s) => `https://lms.example/return/${s}`,
			auUrl: 'https://lms.example/au/',
		}),
	});
}

type Lrs = ReturnType<typeof lrs>;

/** POSTs to the fetch URL; returns the Authorization header value the AU would then use. */
async function token(l: Lrs, launch: Launch): Promise<string> {
	const a = await l.handle(
		'POST',
		new URL(`https://lms.example/fetch/${launch.sessionId}`),
		{},
		'',
	);
	return `Basic ${(JSON.parse(a?.body ?? '{}') as { 'auth-token': string })['auth-token']}`;
}

let n = 0;
/** A statement of `verb` as a correct AU would send it in `launch`. */
function stmt(launch: Launch, verb: string, extra: Partial<Stmt> = {}): Stmt {
	n += 1;
	const defined = verb !== 'answered';
	const moveOn = ['completed', 'passed', 'failed'].includes(verb);
	return {
		id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		timestamp: '2026-12-01T10:00:00Z',
		actor: { account: LEARNER.account },
		verb: { id: V + verb },
		object: defined
			? { id: AU }
			: {
					id: 'urn:second-look:activity:a1',
					definition: {
						type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
						interactionType: 'choice',
					},
				},
		...(verb === 'answered' ? { result: { response: 'a' } } : {}),
		...(['completed', 'terminated'].includes(verb)
			? { result: { duration: 'PT1M', ...(verb === 'completed' ? { completion: true } : {}) } }
			: {}),
		context: {
			registration: launch.registration,
			contextActivities: {
				grouping: [{ id: COURSE }],
				...(defined
					? { category: [{ id: CMI5_CATEGORY }, ...(moveOn ? [{ id: MOVEON_CATEGORY }] : [])] }
					: { parent: [{ id: AU }] }),
			},
			extensions: {
				[SESSION_EXTENSION]: launch.sessionId,
				...(verb === 'passed' || verb === 'failed' ? { [MASTERY_EXTENSION]: 0.8 } : {}),
			},
		},
		...extra,
	};
}

async function post(l: Lrs, auth: string, body: Stmt | Stmt[]) {
	return l.handle(
		'POST',
		new URL('https://lms.example/xapi/statements'),
		{ authorization: auth, 'x-experience-api-version': '1.0.3' },
		JSON.stringify(body),
	);
}

describe('the in-memory cmi5 LMS + LRS', () => {
	test('a session by the rules: no problems, every request logged with what it carried', async () => {
		const l = lrs();
		const launch = l.launch();
		const auth = await token(l, launch);
		await post(l, auth, stmt(launch, 'initialized'));
		await post(l, auth, [stmt(launch, 'answered'), stmt(launch, 'completed')]);
		const judged = stmt(launch, 'passed', {
			result: { success: true, duration: 'PT2M', score: { scaled: 0.9 } },
		});
		await post(l, auth, judged);
		await post(l, auth, stmt(launch, 'terminated'));
		expect(l.problems).toEqual([]);
		expect(l.verbs(launch.sessionId)).toEqual([
			'initialized',
			'answered',
			'completed',
			'passed',
			'terminated',
		]);
		expect(l.requests.map((r) => `${r.resource} ${r.detail} ${r.status}`)).toEqual([
			'fetch auth token 200',
			'statements initialized 200',
			'statements answered, completed 200',
			'statements passed 200',
			'statements terminated 200',
		]);
		// A resend of a known statement is stored once, and the log says so.
		await post(l, auth, judged);
		expect(l.statements).toHaveLength(5);
		expect(l.requests.at(-1)?.detail).toBe('passed; already stored');
	});

	test('the rules an AU can break are named, per session', async () => {
		const l = lrs();
		const launch = l.launch({ masteryScore: 0.8 });
		const auth = await token(l, launch);
		await post(l, auth, stmt(launch, 'answered')); // before initialized
		await post(
			l,
			auth,
			stmt(launch, 'passed', {
				result: { success: true, duration: 'PT1M', score: { scaled: 0.5 } },
			}),
		);
		await post(l, auth, stmt(launch, 'terminated'));
		await post(l, auth, stmt(launch, 'answered'));
		await token(l, launch); // the fetch URL is good for one use only
		expect(l.problemsOf(launch.registration).map((p) => p.text)).toEqual([
			'answered: the first statement is not initialized',
			'passed: passed below masteryScore',
			'answered: sent after terminated',
			'fetch URL used 2 times',
		]);
		expect(l.problemsOf('another-registration')).toEqual([]);
	});

	test('pass and fail as cmi5 allows: failed again, then passed (a retake); a score is optional', async () => {
		const l = lrs();
		const launch = l.launch({ masteryScore: 0.8 });
		const auth = await token(l, launch);
		const failed = (scaled: number) =>
			stmt(launch, 'failed', { result: { success: false, duration: 'PT1M', score: { scaled } } });
		await post(l, auth, stmt(launch, 'initialized'));
		await post(l, auth, failed(0.5));
		await post(l, auth, failed(0.6));
		await post(l, auth, stmt(launch, 'passed', { result: { success: true, duration: 'PT1M' } }));
		expect(l.problems).toEqual([]);
		// But only one passed, and no failed after it.
		await post(l, auth, stmt(launch, 'passed', { result: { success: true, duration: 'PT1M' } }));
		await post(l, auth, failed(0.5));
		expect(l.problemsOf(launch.registration).map((p) => p.text)).toEqual([
			'passed: a second passed in this registration',
			'failed: failed after passed in this registration',
		]);
	});

	test('an earlier session’s statement delivered with a later token counts for its own session', async () => {
		const l = lrs();
		const first = l.launch();
		const firstAuth = await token(l, first);
		await post(l, firstAuth, stmt(first, 'initialized'));
		const lateTerminated = stmt(first, 'terminated'); // left in the queue as the frame closed
		const second = l.launch({ registration: first.registration });
		const secondAuth = await token(l, second);
		await post(l, secondAuth, lateTerminated);
		await post(l, secondAuth, stmt(second, 'initialized'));
		expect(l.verbs(first.sessionId)).toEqual(['initialized', 'terminated']);
		expect(l.verbs(second.sessionId)).toEqual(['initialized']);
		expect(l.problems).toEqual([]);
		// Every request since a launch is its log, the earlier session's late ones too.
		expect(l.requests.slice(second.requestsFrom).map((r) => `${r.resource} ${r.detail}`)).toEqual([
			'fetch auth token',
			'statements terminated',
			'statements initialized',
		]);
	});

	test('in Review, an earlier save delivered again changes nothing; a new save is a broken rule', async () => {
		const l = lrs();
		const first = l.launch();
		const firstAuth = await token(l, first);
		const q = new URLSearchParams({
			stateId: 'second-look.progress',
			activityId: AU,
			agent: JSON.stringify(LEARNER),
			registration: first.registration,
		});
		const url = new URL(`https://lms.example/xapi/activities/state?${q.toString()}`);
		const put = (auth: string, body: string) =>
			l.handle('PUT', url, { authorization: auth, 'x-experience-api-version': '1.0.3' }, body);
		await put(firstAuth, '{"suspend":"a"}');
		const review = l.launch({ mode: 'Review', registration: first.registration });
		const reviewAuth = await token(l, review);
		await put(reviewAuth, '{"suspend":"a"}'); // the first page's keepalive save, resent
		expect(l.problems).toEqual([]);
		await put(reviewAuth, '{"suspend":"b"}');
		expect(l.problems).toEqual([`${review.sessionId} state written in Review mode`]);
	});

	test('a request with no valid token is refused and named as a broken rule', async () => {
		const l = lrs();
		const launch = l.launch();
		await post(l, 'Basic not-a-token', stmt(launch, 'initialized'));
		expect(l.statements).toEqual([]);
		expect(l.problemsOf(launch.registration).map((p) => p.text)).toEqual([
			'POST statements without a valid auth token (401)',
		]);
	});

	test('xAPI requests need the token and the version header; unknown URLs are not its own', async () => {
		const l = lrs();
		const launch = l.launch();
		const url = new URL('https://lms.example/xapi/statements');
		expect((await l.handle('POST', url, {}, '[]'))?.status).toBe(401);
		const auth = await token(l, launch);
		expect((await l.handle('POST', url, { authorization: auth }, '[]'))?.status).toBe(400);
		expect(l.problems).toEqual([
			'POST statements without a valid auth token (401)',
			`${launch.sessionId} POST statements without X-Experience-API-Version 1.0.3`,
		]);
		expect(await l.handle('GET', new URL('https://lms.example/elsewhere'), {}, '')).toBeUndefined();
	});

	test('LaunchData carries the launch’s mode, moveOn, masteryScore and returnURL; registrations come from the option', () => {
		const l = createCmi5Lrs({
			auId: AU,
			newRegistration: (i) => `reg-${i}`,
			places: () => ({
				endpoint: 'https://lms.example/xapi/',
				fetchUrl: (s) => `https://lms.example/fetch/${s}`,
				returnUrl: (s) => `https://lms.example/return/${s}`,
				auUrl: 'https://lms.example/au/',
			}),
		});
		const launch = l.launch({ mode: 'Browse', moveOn: 'Completed', noMastery: true });
		expect(launch.registration).toBe('reg-1');
		const q = new URL(launch.url).searchParams;
		expect(q.get('endpoint')).toBe('https://lms.example/xapi/');
		expect(q.get('activityId')).toBe(AU);
		const data = JSON.parse(l.state('LMS.LaunchData', 'reg-1') ?? '{}') as Record<string, unknown>;
		expect(data).toMatchObject({
			launchMode: 'Browse',
			moveOn: 'Completed',
			returnURL: `https://lms.example/return/${launch.sessionId}`,
		});
		expect(data).not.toHaveProperty('masteryScore');
	});
});
