import { readLaunchData, stateUrl, type LaunchData, type LaunchParams } from './launch.ts';
import { parseProgress, PROGRESS_STATE_ID, type ProgressDocument } from './progress-document.ts';
import type { StorageLike } from './queue.ts';
import { VERBS } from './statements.ts';
import { sleep, withTimeout, type SetTimer } from './timeout.ts';
import { CMI5_TAB_KEY } from '../../../src/lib/tracking/tab-progress.ts';

/**
 * The reads at the start of a cmi5 session (cmi5 spec §8.2, §10): the auth token, `LMS.LaunchData`,
 * our progress document and what the registration already holds. Each request has a deadline and
 * is retried with back-off; each result says plainly whether it is known, absent or unreadable.
 */

/** The xAPI version every request declares (cmi5 requires xAPI 1.0.x). */
export const XAPI_VERSION = '1.0.3';

/** What the start needs. */
export interface StartContext {
	launch: LaunchParams;
	fetch: typeof fetch;
	setTimer: SetTimer;
	/** Waits between attempts. */
	waits: readonly number[];
	/** How long one request may take. */
	timeoutMs: number;
}

/** One attempt's verdict: a value, try again, or give up (asking again will not help). */
type Attempt<T> = { value: T } | 'retry' | 'stop';

/** Retries `attempt` with back-off; undefined when it stopped or the tries ran out. */
export async function retry<T>(
	attempt: () => Promise<Attempt<T>>,
	waits: readonly number[],
	setTimer: SetTimer,
): Promise<T | undefined> {
	for (let i = 0; ; i++) {
		let verdict: Attempt<T>;
		try {
			verdict = await attempt();
		} catch {
			verdict = 'retry'; // network error or timeout
		}
		if (verdict === 'stop') return undefined;
		if (verdict !== 'retry') return verdict.value;
		const wait = waits[i];
		if (wait === undefined) return undefined;
		await sleep(wait, setTimer);
	}
}

/** An xAPI GET with the token and the version header, within the deadline. */
export function getJson(
	ctx: StartContext,
	token: string,
	url: string,
): Promise<{ status: number; json: unknown }> {
	return withTimeout(
		async (signal) => {
			const response = await ctx.fetch(url, {
				headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION },
				signal,
			});
			const json: unknown = response.ok ? await response.json() : undefined;
			return { status: response.status, json };
		},
		ctx.timeoutMs,
		ctx.setTimer,
	);
}

/**
 * POSTs to the fetch URL once (§8.2); a reload of the same launch reuses the stored token.
 * Undefined when the LMS gave none: an error document (the URL was used already) or no answer.
 */
export async function authToken(
	ctx: StartContext,
	storage: StorageLike | undefined,
): Promise<string | undefined> {
	const key = `${CMI5_TAB_KEY}token:${ctx.launch.fetch}`;
	let stored: string | null | undefined;
	try {
		stored = storage?.getItem(key);
	} catch {
		stored = undefined;
	}
	if (stored) return stored;
	const token = await retry<string>(
		() =>
			withTimeout(
				async (signal): Promise<Attempt<string>> => {
					const response = await ctx.fetch(ctx.launch.fetch, { method: 'POST', signal });
					if (response.status >= 500) return 'retry'; // the LMS may recover
					const body = (await response.json()) as { 'auth-token'?: string };
					// An error document (`error-code`): the URL was used already, asking again won't help.
					return body['auth-token'] ? { value: body['auth-token'] } : 'stop';
				},
				ctx.timeoutMs,
				ctx.setTimer,
			),
		ctx.waits,
		ctx.setTimer,
	);
	if (!token) return undefined;
	try {
		storage?.setItem(key, token);
	} catch {
		// private mode: the token lives in memory only
	}
	return token;
}

/** Reads `LMS.LaunchData`; undefined when the LMS has none usable or never answered. */
export function launchData(ctx: StartContext, token: string): Promise<LaunchData | undefined> {
	return retry<LaunchData>(
		async () => {
			const r = await getJson(ctx, token, stateUrl(ctx.launch, 'LMS.LaunchData'));
			if (r.status === 200) {
				const data = readLaunchData(r.json);
				return data ? { value: data } : 'stop';
			}
			return r.status === 404 ? 'stop' : 'retry';
		},
		ctx.waits,
		ctx.setTimer,
	);
}

/** Our progress document as read at the start. */
export type PriorProgress =
	| { kind: 'found'; doc: ProgressDocument }
	/** 404: nothing saved yet in this registration. */
	| { kind: 'none' }
	/** The LRS did not give it (errors, timeouts): it may hold one; never write over it. */
	| { kind: 'unreadable' };

/**
 * Reads our progress document, retried (twice: the learner is waiting, and a document that cannot
 * be read is merged into later, never lost); says whether it is there, absent, or unreadable.
 */
export async function readProgress(ctx: StartContext, token: string): Promise<PriorProgress> {
	const got = await retry<PriorProgress>(
		async () => {
			const r = await getJson(ctx, token, stateUrl(ctx.launch, PROGRESS_STATE_ID));
			if (r.status === 404) return { value: { kind: 'none' } };
			const doc = r.status === 200 ? parseProgress(r.json) : undefined;
			return doc ? { value: { kind: 'found', doc } } : 'retry';
		},
		ctx.waits.slice(0, 2),
		ctx.setTimer,
	);
	return got ?? { kind: 'unreadable' };
}

/**
 * Which cmi5 verbs the LRS already holds for this registration and AU (xAPI 1.0.3 §7.2.3 statement
 * queries, one per verb, `limit=1`); undefined when a query failed: then nobody knows, and no
 * completed/passed/failed may be sent until someone does.
 */
export async function sentInRegistration(
	ctx: StartContext,
	token: string,
): Promise<ProgressDocument['sent'] | undefined> {
	const { launch } = ctx;
	const verbs = ['completed', 'passed', 'failed'] as const;
	const found = await Promise.all(
		verbs.map(async (verb) => {
			const q = new URLSearchParams({
				agent: JSON.stringify(launch.actor),
				verb: VERBS[verb],
				activity: launch.activityId,
				registration: launch.registration,
				limit: '1',
			});
			try {
				const r = await getJson(ctx, token, `${launch.endpoint}statements?${q.toString()}`);
				const result = r.json as { statements?: unknown[] } | undefined;
				return r.status === 200 && Array.isArray(result?.statements)
					? result.statements.length > 0
					: undefined;
			} catch {
				return undefined;
			}
		}),
	);
	if (found.includes(undefined)) return undefined;
	const sent: ProgressDocument['sent'] = {};
	verbs.forEach((verb, i) => {
		if (found[i]) sent[verb] = true;
	});
	return sent;
}
