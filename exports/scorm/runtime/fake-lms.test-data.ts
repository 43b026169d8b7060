import { Scorm12API, Scorm2004API } from 'scorm-again';
import { STANDARDS, type ScormStandard } from '../standards.ts';
import { faultyScorm, type Fault } from '../../../tests/support/faulty-scorm.ts';
import { strictScorm } from '../../../tests/support/strict-scorm.ts';
import { decodeState, encodeState } from '../../../src/lib/engine/codec.ts';
import { mergeStates } from '../../../src/lib/engine/state.ts';
import { lessons } from '../../shared/runtime-session.test-data.ts';
import { connectScorm, type Notice, type ScormOptions } from './connection.ts';

/** The codec's hooks as the runtime passes them. */
export const hooks: NonNullable<ScormOptions['state']> = {
	decode: (text) => decodeState(lessons, text),
	encode: (state) => encodeState(lessons, state),
	merge: mergeStates,
};

/** A fake clock with timers: `advance` runs what falls due, in order. */
export function fakeClock() {
	let time = 1_000_000;
	let timers: { at: number; run: () => void }[] = [];
	return {
		now: () => time,
		setTimer: (run: () => void, ms: number) => {
			timers.push({ at: time + ms, run });
		},
		defer: (run: () => void) => {
			timers.push({ at: time, run });
		},
		/** Moves time on by `ms`, running every timer that falls due. */
		advance(ms: number) {
			const end = time + ms;
			for (;;) {
				const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
				if (!due) break;
				timers = timers.filter((t) => t !== due);
				time = Math.max(time, due.at);
				due.run();
			}
			time = end;
		},
	};
}

/**
 * An LMS window: scorm-again seeded with `seed`, behind the fault layer, behind the strict checker
 * (so a test sees every spec breach), and the package window inside it.
 */
export function faultyLms(standard: ScormStandard, seed: unknown, faults: Fault[] = []) {
	const clock = fakeClock();
	const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as never;
	const raw = standard === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
	raw.loadFromJSON(seed as never, '');
	const names = Object.values(STANDARDS[standard].api.methods);
	const faulty = faultyScorm(raw as unknown as Record<string, unknown>, names, faults, clock.now);
	const strict = strictScorm(faulty.api, standard);
	const top: Record<string, unknown> = { [STANDARDS[standard].api.globalName]: strict.api };
	top['parent'] = top;
	const notices: Notice[] = [];
	const connect = (extra: Partial<ScormOptions> = {}) =>
		connectScorm({
			win: { parent: top },
			facts: STANDARDS[standard],
			state: hooks,
			now: clock.now,
			setTimer: clock.setTimer,
			defer: clock.defer,
			onnotice: (n) => notices.push(n),
			...extra,
		});
	return {
		raw,
		clock,
		strict,
		calls: faulty.calls,
		notices,
		connect,
		cmi: () => raw.getFlattenedCMI() as Record<string, string>,
		/** SetValue calls made on `path` (the package's attempts, faulty or not). */
		sets: (path: string | RegExp) =>
			faulty.calls.filter(
				(c) =>
					/SetValue$/.test(c.method) &&
					(typeof path === 'string' ? c.args[0] === path : path.test(c.args[0] ?? '')),
			),
	};
}

/** The interaction ids the LMS holds, by index. */
export function interactionIds(cmi: Record<string, string>): string[] {
	return Object.entries(cmi)
		.filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
		.sort(([a], [b]) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
		.map(([, v]) => v);
}
