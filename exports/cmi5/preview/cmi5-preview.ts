import { cmi5Iris, moveOnOf } from '../iris.ts';
import { PROGRESS_STATE_ID } from '../runtime/connection.ts';
import { uuid } from '../runtime/statements.ts';
import { createCmi5Lrs, type Cmi5Lrs, type LrsRequest } from './cmi5-lrs.ts';
import {
	sessionState,
	type InteractionView,
	type LmsView,
	type PreviewLms,
	type PreviewOptions,
	numbers,
	row,
} from '../../shared/preview.ts';
import { openRelay } from './lrs-relay.ts';
import { RELAY_PATH } from './relay-path.ts';

/**
 * The preview's cmi5 LMS: the in-page LMS + LRS (`cmi5-lrs.ts`) launches the site's package page
 * exactly as a cmi5 LMS launches an AU (the five launch parameters, a one-time auth token,
 * `LMS.LaunchData` with the module's moveOn and masteryScore, a returnURL), and a service worker
 * relays the frame's HTTP requests to it (`lrs-relay.ts`). The panel is built from the statements
 * and state documents it received, and lists every cmi5 rule the package broke.
 */

/** How long a closed launch's relay still answers: the frame's last requests (`terminated`). */
const LINGER_MS = 15_000;

/**
 * The LMS of one attempt and its relay channel. A relaunch as resume keeps both (the same
 * registration, statements and state); a new attempt gets new ones.
 */
interface Host {
	lrs: Cmi5Lrs;
	channel: string;
	/** Open once, on the first launch; the relay then serves every launch of this attempt. */
	relay?: Promise<() => void> | undefined;
	/** Tells the panel the LMS recorded something: the newest launch's. */
	onchange: () => void;
	/** Closes the channel a little after the frame went, so its last requests still land. */
	closing?: ReturnType<typeof setTimeout> | undefined;
}

/** What a resumed launch carries over. */
interface Cmi5Resume {
	host: Host;
	registration: string;
}

const isResume = (value: unknown): value is Cmi5Resume =>
	typeof value === 'object' && value !== null && 'host' in value && 'registration' in value;

/** A channel name the relay accepts: `[a-z0-9-]`, unguessable by other pages. */
function newChannel(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

/** How one request reads in the log. */
function describe(r: LrsRequest): string {
	if (r.resource === 'fetch') return 'POST fetch URL (auth token)';
	if (r.resource === 'statements')
		return r.method === 'GET'
			? `GET statements (${r.detail})`
			: `${r.method} statements [${r.detail}]`;
	if (r.resource === 'activities/state') return `${r.method} state ${r.detail}`;
	return `${r.method} ${r.resource}`;
}

/** What went wrong with a request, in a few words ("" when nothing did). */
function errorOf(r: LrsRequest): string {
	if (r.status < 400) return '';
	if (r.status === 404 && r.resource === 'activities/state') return 'no document yet (normal)';
	if (r.status === 401) return 'no valid auth token';
	return `HTTP ${r.status}`;
}

/** The result of a scaled score as a learner's platform would show it ("0.71"). */
const scaledText = (n: number | undefined) =>
	n === undefined ? undefined : String(Math.round(n * 10000) / 10000);

/** Creates the cmi5 test LMS for one launch (a new registration, or the one `resume` names). */
export function createCmi5Preview(options: PreviewOptions): PreviewLms {
	const earlier = isResume(options.resume) ? options.resume : undefined;
	const host = earlier?.host ?? newHost(options.moduleId);
	host.onchange = options.onchange;
	const { lrs } = host;
	if (host.closing !== undefined) clearTimeout(host.closing);
	const rule = moveOnOf(options);
	const launch = lrs.launch({
		mode: options.mode ?? 'Normal',
		moveOn: rule.moveOn,
		...(rule.masteryScore === undefined
			? { noMastery: true }
			: { masteryScore: Number(rule.masteryScore) }),
		...(earlier ? { registration: earlier.registration } : {}),
	});

	return {
		standard: 'cmi5',
		async install(win) {
			host.relay ??= openRelay(win, host.channel, async (request) => {
				const headers: Record<string, string | undefined> = { ...request.headers };
				const answer = await lrs.handle(
					request.method,
					new URL(request.url),
					headers,
					request.body,
				);
				host.onchange();
				return answer ?? { status: 404, body: 'not part of this LMS' };
			});
			try {
				await host.relay;
			} catch (err) {
				host.relay = undefined;
				throw err;
			}
			return launch.url;
		},
		uninstall() {
			const relay = host.relay;
			if (!relay) return;
			host.closing = setTimeout(() => {
				host.relay = undefined;
				void relay.then((close) => {
					close();
				});
			}, LINGER_MS);
		},
		view(): LmsView {
			const mine = lrs.statements.filter((r) => r.registration === launch.registration);
			const session = lrs.statements.filter((r) => r.sessionId === launch.sessionId);
			// Success as an LMS judges a registration: passed once any passed, else the latest failed.
			const judged =
				mine.find((r) => r.verb === 'passed') ?? mine.findLast((r) => r.verb === 'failed');
			const completion = mine.some((r) => r.verb === 'completed') ? 'completed' : 'incomplete';
			const success = judged?.verb ?? 'unknown';
			const score = judged?.statement.result?.score;
			const scaled = scaledText(score?.scaled);
			const ended = session.find((r) => r.verb === 'terminated');
			const sessions = lrs.launches.filter((l) => l.registration === launch.registration);
			const endedSessions = sessions.filter((l) =>
				mine.some((r) => r.sessionId === l.sessionId && r.verb === 'terminated'),
			).length;
			const progress = lrs.state(PROGRESS_STATE_ID, launch.registration);
			const location = progress
				? ((JSON.parse(progress) as { location?: string }).location ?? '')
				: '';
			const interactions: InteractionView[] = mine
				.filter((r) => r.verb === 'answered')
				.map(({ statement: s }) => ({
					id: s.object?.id ?? '',
					type: s.object?.definition?.interactionType ?? '',
					response: s.result?.response ?? '',
					result:
						s.result?.success === undefined
							? 'neutral'
							: s.result.success
								? 'correct'
								: 'incorrect',
				}));
			// Every request since this launch, an earlier session's late ones and refused ones too.
			const requests = lrs.requests.slice(launch.requestsFrom);
			const problems = lrs
				.problemsOf(launch.registration)
				.map((p) =>
					p.sessionId && p.sessionId !== launch.sessionId
						? `${p.sessionId} (an earlier session): ${p.text}`
						: p.text,
				);
			const broken = problems.length
				? `, ${problems.length} cmi5 ${problems.length === 1 ? 'rule' : 'rules'} broken`
				: '';
			return {
				standard: 'cmi5',
				outcome:
					`completion ${completion}, success ${success}` +
					(scaled === undefined ? '' : `, scaled score ${scaled}`) +
					broken,
				rows: [
					row('completion', 'Completion', 'completed statement', completion),
					row('success', 'Success', 'passed / failed statement', success),
					row(
						'score',
						'Score',
						'result.score.raw / max',
						score?.raw === undefined ? 'not set' : `${score.raw} of ${score.max ?? '?'}`,
					),
					row('scaled', 'Scaled score', 'result.score.scaled', scaled ?? 'not set'),
					row(
						'mastery',
						'Mastery score',
						'LMS.LaunchData masteryScore',
						launch.masteryScore === undefined ? 'none' : String(launch.masteryScore),
					),
					row(
						'state',
						'Saved state',
						`State API: ${PROGRESS_STATE_ID}`,
						progress === undefined
							? 'none yet'
							: `${numbers.format(progress.length)} characters (cmi5 sets no limit)`,
					),
					row('location', 'Bookmark', `${PROGRESS_STATE_ID}: location`, location || 'none'),
					row(
						'registration',
						'Registration',
						'registration',
						earlier ? `resumed ${launch.registration}` : `new ${launch.registration}`,
					),
					row('mode', 'Launch mode', 'LMS.LaunchData launchMode', launch.mode),
					row(
						'sessions',
						'Sessions in this registration',
						'sessionid',
						`${sessions.length} (${endedSessions} ended)`,
					),
					row(
						'session-time',
						'Session duration',
						'terminated result.duration',
						ended?.statement.result?.duration ?? 'not set',
					),
					row(
						'session',
						'This session',
						'initialized … terminated',
						sessionState(
							session.some((r) => r.verb === 'initialized'),
							ended ? 'ended (terminated sent)' : undefined,
						),
					),
				],
				interactions,
				log: requests.map((r, i) => ({
					n: i + 1,
					call:
						describe(r) +
						(r.sessionId && r.sessionId !== launch.sessionId ? ` (${r.sessionId})` : ''),
					result: String(r.status),
					error: errorOf(r),
				})),
				logCaption: `Request log (${requests.length} requests to the LMS and LRS)`,
				problems,
			};
		},
		resumeData(): Cmi5Resume {
			return { host, registration: launch.registration };
		},
	};
}

/** A new LMS + LRS for one attempt at the module, reached at its own relay channel. */
function newHost(moduleId: string): Host {
	const channel = newChannel();
	const iris = cmi5Iris(moduleId);
	const lrs = createCmi5Lrs({
		auId: iris.au,
		courseId: iris.course,
		// Unique across attempts, as a real LMS's registrations are (the AU keys its queue by it).
		newRegistration: () => uuid((bytes) => crypto.getRandomValues(bytes)),
		places: () => {
			const origin = location.origin;
			const base = `${origin}${RELAY_PATH}${channel}/`;
			return {
				endpoint: `${base}xapi/`,
				fetchUrl: (sessionId) => `${base}lms/fetch/${sessionId}`,
				returnUrl: (sessionId) =>
					`${origin}/preview/returned/?session=${encodeURIComponent(sessionId)}`,
				auUrl: `${origin}/package/${encodeURIComponent(moduleId)}/`,
			};
		},
	});
	return { lrs, channel, onchange: () => undefined };
}
