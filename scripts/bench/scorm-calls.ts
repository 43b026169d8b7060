/**
 * SCORM API cost: how many synchronous API calls one answer costs, and how many commits a minute
 * the package makes while the LMS refuses them. A synchronous call to a slow LMS freezes the page,
 * so these are the numbers a learner feels. Runs the package's own connection
 * (`exports/scorm/runtime/connection.ts`) and engine session in Node against scorm-again, behind
 * the tests' fault layer (`tests/support/faulty-scorm.ts`), on a fake clock: no browser.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { unzipSync } from 'fflate';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STANDARDS, type ScormStandard } from '../../exports/scorm/standards.ts';
import { decodeState, encodeState } from '../../src/lib/engine/codec.ts';
import type { Answer } from '../../src/lib/engine/answers.ts';
import type { EngineLesson } from '../../src/lib/engine/progress.ts';
import { createSession } from '../../src/lib/engine/session.ts';
import { mergeStates } from '../../src/lib/engine/state.ts';
import { connectScorm } from '../../exports/scorm/runtime/connection.ts';
import type { Activity } from '../../src/schemas/activity.ts';
import { faultyScorm, type Fault } from '../../tests/support/faulty-scorm.ts';
import type { Measurement } from './measurement.ts';
import type { Table } from './report.ts';

/** A plain answer for an activity (its first option or the given order); undefined for H5P. */
export function plainAnswer(activity: Activity): Answer | undefined {
	switch (activity.type) {
		case 'single-choice':
			return { type: activity.type, value: activity.options[0]?.id ?? '' };
		case 'multiple-response':
			return { type: activity.type, value: [activity.options[0]?.id ?? ''] };
		case 'true-false':
			return { type: activity.type, value: true };
		case 'ordering':
			return { type: activity.type, value: activity.items.map((i) => i.id) };
		case 'matching':
			return {
				type: activity.type,
				value: Object.fromEntries(activity.pairs.map((p) => [p.id, p.match])),
			};
		case 'confidence':
			return { type: activity.type, value: 3 };
		case 'red-flags':
			return { type: activity.type, value: [activity.parts[0]?.id ?? ''] };
		case 'scenario':
		case 'h5p':
			return undefined;
	}
}

/** What one run measured. */
export interface ScormRun {
	answers: number;
	/** API calls made while answering (launch and finish not counted). */
	callsPerAnswer: number;
	/** Commit calls in the first simulated minute after the first answer. */
	commitsPerMinute: number;
	/** Interactions the LMS holds after Finish. */
	interactionsHeld: number;
}

/**
 * Launches a module's package connection against scorm-again with `faults`, answers up to ten
 * activities one a second (each answer is one burst: save, progress, interaction, commit), lets a
 * minute pass on the fake clock, then finishes (after the faults stopped).
 */
export function runScorm(
	standard: ScormStandard,
	lessons: readonly EngineLesson[],
	faults: Fault[],
): ScormRun {
	let time = 0;
	let timers: { at: number; run: () => void }[] = [];
	const advance = (ms: number) => {
		const end = time + ms;
		for (;;) {
			const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			timers = timers.filter((t) => t !== due);
			time = Math.max(time, due.at);
			due.run();
		}
		time = end;
	};
	const facts = STANDARDS[standard];
	const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as never;
	const raw = standard === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
	const seed = standard === 'scorm12' ? { core: { entry: 'ab-initio' } } : { entry: 'ab-initio' };
	raw.loadFromJSON(seed, '');
	const layer = faultyScorm(
		raw as unknown as Record<string, unknown>,
		Object.values(facts.api.methods),
		faults.map((f) => ({ ...f, forMs: f.forMs ?? 60_000 })),
		() => time,
	);
	const top: Record<string, unknown> = { [facts.api.globalName]: layer.api };
	top['parent'] = top;
	const conn = connectScorm({
		win: { parent: top },
		facts,
		state: {
			decode: (text) => decodeState(lessons, text),
			encode: (state) => encodeState(lessons, state),
			merge: mergeStates,
		},
		now: () => time,
		setTimer: (run, ms) => {
			timers.push({ at: time + ms, run });
		},
		defer: (run) => {
			timers.push({ at: time, run });
		},
	});
	const session = createSession({
		lessons,
		passMark: 80,
		reporting: 'pass-mark',
		tracker: conn.tracker,
		codec: { encode: encodeState, decode: decodeState },
		now: () => time,
	});
	const first = lessons[0]?.id;
	if (first) session.visit(first);
	advance(0);
	const answerable = lessons
		.flatMap((l) => l.activities)
		.flatMap((a) => {
			const answer = plainAnswer(a);
			return answer ? [{ id: a.id, answer }] : [];
		})
		.slice(0, 10);
	const before = layer.calls.length;
	const startedAt = time;
	for (const { id, answer } of answerable) {
		session.answer(id, answer);
		advance(1000);
	}
	const callsWhileAnswering = layer.calls.length - before;
	advance(Math.max(0, 60_000 - (time - startedAt)));
	const commits = layer.calls
		.slice(before)
		.filter((c) => c.method === facts.api.methods.commit).length;
	advance(120_000); // the faults are over: the retry chain delivers what waited
	conn.finish();
	const held = Object.keys(raw.getFlattenedCMI() as Record<string, string>).filter((k) =>
		/^cmi\.interactions\.\d+\.id$/.test(k),
	).length;
	return {
		answers: answerable.length,
		callsPerAnswer: answerable.length ? callsWhileAnswering / answerable.length : 0,
		commitsPerMinute: commits,
		interactionsHeld: held,
	};
}

/** The first SCORM 1.2 package's module, as its package carries it. */
async function shippedLessons(out: string): Promise<EngineLesson[] | undefined> {
	const dir = join(out, 'downloads');
	const zip = (await readdir(dir).catch(() => [])).find((f) => f.endsWith('-scorm12.zip'));
	if (!zip) return undefined;
	const files = unzipSync(new Uint8Array(await readFile(join(dir, zip))));
	const html = new TextDecoder().decode(files['index.html']);
	const json = /<script[^>]*id="package-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
	return json ? (JSON.parse(json) as { lessons: EngineLesson[] }).lessons : undefined;
}

/** The LMSs the figures are measured against. */
const scenarios: { name: string; faults: (s: ScormStandard) => Fault[] }[] = [
	{ name: 'healthy LMS', faults: () => [] },
	{
		name: 'Commit "false" for a minute',
		faults: (s) => [{ method: STANDARDS[s].api.methods.commit, effect: 'false' }],
	},
	{
		name: 'every SetValue and Commit "false" for a minute',
		faults: (s) => [
			{ method: STANDARDS[s].api.methods.setValue, effect: 'false' },
			{ method: STANDARDS[s].api.methods.commit, effect: 'false' },
		],
	},
];

/** API calls per answer and commits per minute, healthy and failing, in both standards. */
export const scormCallsMeasurement: Measurement = {
	name: 'scorm-calls',
	async measure(output): Promise<Table[]> {
		if (output.label !== 'shipped') return [];
		const lessons = await shippedLessons(output.out);
		if (!lessons) return [];
		const rows: string[][] = [];
		for (const standard of ['scorm12', 'scorm2004'] as const) {
			for (const scenario of scenarios) {
				const run = runScorm(standard, lessons, scenario.faults(standard));
				rows.push([
					STANDARDS[standard].label,
					scenario.name,
					String(run.answers),
					run.callsPerAnswer.toFixed(1),
					String(run.commitsPerMinute),
					`${run.interactionsHeld}/${run.answers}`,
				]);
			}
		}
		return [
			{
				title: 'SCORM API calls (10 answers one a second, then Finish once the LMS is back)',
				headings: [
					'Standard',
					'LMS',
					'Answers',
					'Calls per answer',
					'Commits in the first minute',
					'Held at the end',
				],
				rows,
				notes: [
					'Calls per answer: every synchronous API call while answering (SetValue, Commit, and',
					'GetLastError only after a "false"), divided by the answers. Issue #13 found ~25 per',
					'answer and 146 commits a minute for 10 answers under a failing LMS.',
				],
			},
		];
	},
};
