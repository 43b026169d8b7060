/**
 * The cmi5 launch (cmi5 spec §8.1 "Content Launch Mechanisms"): the LMS opens the AU's URL with five
 * query parameters, and keeps what the AU needs to know in the `LMS.LaunchData` state document
 * (§10). Pure: nothing here talks to the network.
 */

/** An xAPI Agent as the LMS passes it (`actor`): an account, as cmi5 requires (§8.1.3). */
export interface Agent {
	objectType?: 'Agent';
	name?: string;
	account: { homePage: string; name: string };
}

/** The five launch parameters, decoded (§8.1). */
export interface LaunchParams {
	/** The LRS endpoint; always ends with `/` here so paths can be appended. */
	endpoint: string;
	/** The one-time URL to POST to for the auth token (§8.2). */
	fetch: string;
	actor: Agent;
	/** The registration: one learner's enrolment in the course. */
	registration: string;
	/** The AU's activity id: the object of every cmi5 defined statement. */
	activityId: string;
}

/** The launch modes (§10, launchMode). Browse and Review give no credit. */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** The moveOn criteria (§13.1.4). */
export type MoveOn =
	'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** xAPI statement context, as far as the template fills it. */
export interface Context {
	registration?: string;
	contextActivities?: {
		parent?: { id: string; objectType?: 'Activity' }[];
		grouping?: { id: string; objectType?: 'Activity' }[];
		category?: { id: string; objectType?: 'Activity' }[];
		other?: { id: string; objectType?: 'Activity' }[];
	};
	extensions?: Record<string, unknown>;
}

/** The `LMS.LaunchData` state document (§10). */
export interface LaunchData {
	contextTemplate: Context;
	launchMode: LaunchMode;
	/** 0–1; when set, the AU judges passed/failed against it, not its own pass mark (§10). */
	masteryScore?: number;
	moveOn: MoveOn;
	/** Where to go when the learner is done (§10: the AU navigates there on exit). */
	returnURL?: string;
	launchParameters?: string;
}

/**
 * Reads the launch parameters from a URL's query (`location.search`), or returns undefined when the
 * page was not launched by a cmi5 LMS (any parameter missing, or `actor` not an Agent with an account).
 */
export function parseLaunch(search: string): LaunchParams | undefined {
	const q = new URLSearchParams(search);
	const endpoint = q.get('endpoint');
	const fetchUrl = q.get('fetch');
	const actorText = q.get('actor');
	const registration = q.get('registration');
	const activityId = q.get('activityId');
	if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) return undefined;
	let actor: Agent;
	try {
		actor = JSON.parse(actorText) as Agent;
	} catch {
		return undefined;
	}
	// `actor` is the LMS's JSON: anything may stand there (null, a number, an Agent with no account).
	const account = (actor as Partial<Agent> | null)?.account as
		Partial<Agent['account']> | undefined;
	if (typeof account?.homePage !== 'string' || typeof account.name !== 'string') return undefined;
	return {
		endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
		fetch: fetchUrl,
		actor,
		registration,
		activityId,
	};
}

/** Checks the parts of a LaunchData document the AU relies on; undefined when it is unusable. */
export function readLaunchData(value: unknown): LaunchData | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const data = value as Partial<LaunchData>;
	if (typeof data.contextTemplate !== 'object') return undefined;
	const modes: readonly string[] = ['Normal', 'Browse', 'Review'];
	if (typeof data.launchMode !== 'string' || !modes.includes(data.launchMode)) return undefined;
	return {
		contextTemplate: data.contextTemplate,
		launchMode: data.launchMode,
		moveOn: data.moveOn ?? 'NotApplicable',
		...(typeof data.masteryScore === 'number' ? { masteryScore: data.masteryScore } : {}),
		...(typeof data.returnURL === 'string' && data.returnURL ? { returnURL: data.returnURL } : {}),
	};
}

/** The URL of a state document for this launch (xAPI 1.0.3 §7.4 State Resource). */
export function stateUrl(launch: LaunchParams, stateId: string): string {
	const q = new URLSearchParams({
		stateId,
		activityId: launch.activityId,
		agent: JSON.stringify(launch.actor),
		registration: launch.registration,
	});
	return `${launch.endpoint}activities/state?${q.toString()}`;
}
