import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { RuntimeFacts, ScormStandard } from '../facts.ts';
import { RUNTIME_FACTS } from '../runtime-facts.ts';
import {
	sessionState,
	sizeAgainstLimit,
	row,
	type InteractionView,
	type LogEntry,
	type PreviewLms,
	type PreviewOptions,
} from '../../shared/preview.ts';

/**
 * The SCORM 1.2 and 2004 test LMS of the site's preview page: scorm-again holds the CMI data and
 * the package finds it as `API` / `API_1484_11`; every call is recorded. The shared shape of a
 * preview LMS is `exports/shared/preview.ts`.
 */

type ApiObject = Record<string, (...args: string[]) => string>;

/** The scorm-again API class of each standard. */
const apiClasses: Record<ScormStandard, new (settings: object) => unknown> = {
	scorm12: Scorm12API,
	scorm2004: Scorm2004API,
};

/** A CMI path (`cmi.core.exit`) as keys into scorm-again's JSON of the CMI (`core`, `exit`). */
const keysOf = (path: string): string[] => path.split('.').slice(1);

/** A copy of scorm-again's JSON of the CMI with the element at `path` set to `value`. */
function withValue(
	cmi: Record<string, unknown>,
	path: string,
	value: string,
): Record<string, unknown> {
	const [key = '', ...rest] = keysOf(path);
	if (rest.length === 0) return { ...cmi, [key]: value };
	const inner = (cmi[key] ?? {}) as Record<string, unknown>;
	return { ...cmi, [key]: withValue(inner, `cmi.${rest.join('.')}`, value) };
}

/** A copy of scorm-again's JSON of the CMI without the element at `path`. */
function without(cmi: Record<string, unknown>, path: string): Record<string, unknown> {
	const [key = '', ...rest] = keysOf(path);
	if (rest.length === 0) {
		const copy = { ...cmi };
		Reflect.deleteProperty(copy, key);
		return copy;
	}
	const inner = cmi[key];
	if (typeof inner !== 'object' || inner === null) return cmi;
	return { ...cmi, [key]: without(inner as Record<string, unknown>, `cmi.${rest.join('.')}`) };
}

/**
 * The data an LMS starts a new attempt with: a learner and ab-initio. No mastery score: the
 * manifests carry none (one would make the LMS turn a score under it into "failed").
 */
function newAttempt(facts: RuntimeFacts): Record<string, unknown> {
	const values: [string, string][] = [
		[facts.cmi.learnerId, 'preview'],
		[facts.cmi.learnerName, 'Preview, Learner'],
		[facts.cmi.entry, facts.vocabulary.entryNew],
		[facts.cmi.credit, facts.vocabulary.creditFull],
		[facts.cmi.mode, facts.vocabulary.modeNormal],
	];
	return values.reduce((cmi, [path, value]) => withValue(cmi, path, value), {});
}

/** Creates a SCORM 1.2 or 2004 test LMS (scorm-again) that records every call. */
export function createScormLms(standard: ScormStandard, options: PreviewOptions): PreviewLms {
	const facts = RUNTIME_FACTS[standard];
	const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as const;
	const raw = new apiClasses[standard](settings) as ApiObject & {
		loadFromJSON(json: unknown, root: string): void;
		getFlattenedCMI(): Record<string, unknown>;
		renderCMIToJSONObject(): { cmi: Record<string, unknown> };
	};
	const resume = options.resume as Record<string, unknown> | undefined;
	raw.loadFromJSON(resume ?? newAttempt(facts), '');

	const m = facts.api.methods;
	const errorQueries = new Set([m.getLastError, m.getErrorString, m.getDiagnostic]);
	const calls: LogEntry[] = [];
	let queries = 0;
	let initialized = false;
	let terminated = false;
	const api: ApiObject = {};
	for (const method of Object.values(m)) {
		api[method] = (...args: string[]) => {
			const result = String(raw[method]?.(...args));
			if (errorQueries.has(method)) queries += 1;
			else {
				if (method === m.initialize && result === 'true') initialized = true;
				if (method === m.terminate && result === 'true') terminated = true;
				const error = String(raw[m.getLastError]?.());
				const call = `${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
				calls.push({ n: calls.length + 1, call, result, error });
			}
			options.onchange();
			return result;
		};
	}

	const value = (cmi: Record<string, unknown>, path: string | null) =>
		path === null ? undefined : typeof cmi[path] === 'string' ? cmi[path] : '';

	return {
		standard,
		install(win) {
			(win as unknown as Record<string, unknown>)[facts.api.globalName] = api;
			return Promise.resolve(`/package/${options.moduleId}/`);
		},
		uninstall(win) {
			const host = win as unknown as Record<string, unknown>;
			if (host[facts.api.globalName] === api) Reflect.deleteProperty(host, facts.api.globalName);
		},
		view() {
			const cmi = raw.getFlattenedCMI();
			const c = facts.cmi;
			const interactions: InteractionView[] = [];
			const nth = (path: string, n: number) => path.replace('.n.', `.${n}.`);
			for (let n = 0; typeof cmi[nth(c.interaction.id, n)] === 'string'; n++) {
				const at = (path: string) => value(cmi, nth(path, n)) ?? '';
				interactions.push({
					id: at(c.interaction.id),
					type: at(c.interaction.type),
					response: at(c.interaction.learnerResponse),
					result: at(c.interaction.result),
				});
			}
			const get = (path: string | null) => value(cmi, path) ?? '';
			const oneStatus = c.completionStatus === c.successStatus;
			const score = get(c.scoreRaw);
			const status = oneStatus
				? [row('status', 'Status', c.completionStatus, get(c.completionStatus))]
				: [
						row('completion', 'Completion', c.completionStatus, get(c.completionStatus)),
						row('success', 'Success', c.successStatus, get(c.successStatus)),
					];
			const scaled = value(cmi, c.scoreScaled);
			return {
				standard,
				outcome:
					(oneStatus
						? `status ${get(c.completionStatus)}`
						: `completion ${get(c.completionStatus)}, success ${get(c.successStatus)}`) +
					(score ? `, score ${score}` : ''),
				rows: [
					...status,
					row('score', 'Score', c.scoreRaw, score || 'not set'),
					...(scaled === undefined
						? []
						: [row('scaled', 'Scaled score', c.scoreScaled, scaled || 'not set')]),
					row(
						'suspend',
						'Suspend data',
						c.suspendData,
						sizeAgainstLimit(get(c.suspendData).length, facts.limits.suspendData),
					),
					row('location', 'Bookmark', c.location, get(c.location) || 'none'),
					row('entry', 'Entry', c.entry, get(c.entry)),
					row('exit', 'Exit', c.exit, get(c.exit) || '(empty)'),
					row('session-time', 'Session time', c.sessionTime, get(c.sessionTime) || 'not set'),
					row(
						'session',
						'Session',
						null,
						sessionState(initialized, terminated ? 'ended (Terminate called)' : undefined),
					),
				],
				interactions,
				log: [...calls],
				logCaption: `Call log (${calls.length} calls, and ${queries} error checks not listed)`,
				problems: undefined,
			};
		},
		resumeData() {
			const { cmi } = raw.renderCMIToJSONObject();
			// What the LMS keeps: everything but this session's write-only exit and time.
			const kept = without(without(cmi, facts.cmi.exit), facts.cmi.sessionTime);
			return withValue(kept, facts.cmi.entry, facts.vocabulary.entryResume);
		},
	};
}
