import { decodeState, encodeState } from '../../src/lib/engine/codec.ts';
import { sample } from '../../src/lib/engine/fixtures.test-data.ts';
import type { EngineLesson } from '../../src/lib/engine/progress.ts';
import { createSession, type Session } from '../../src/lib/engine/session.ts';
import type { Tracker } from '../../src/lib/tracking/tracker.ts';

/**
 * What the SCORM and cmi5 connection tests share: the two sample lessons, the engine's codec, a
 * session on a connection's tracker as the package runtime makes one, learners who work through
 * it, storage in memory and a wait on real timers. Each standard's own LMS double stays with it
 * (scorm/runtime/fake-lms.test-data.ts, tests/support/cmi5-lms.ts).
 */

/** Two lessons, eight activities (seven scored). */
export const lessons: EngineLesson[] = [
	{ id: 'one', activities: [sample.single, sample.multi, sample.trueFalse, sample.confidence] },
	{ id: 'two', activities: [sample.ordering, sample.matching, sample.scenario, sample.flags] },
];

/** The engine's codec, as the runtime gives it to a session. */
export const codec = { encode: encodeState, decode: decodeState };

/** A session on a connection's tracker, as the package runtime makes it. */
export function sessionOn(
	conn: { tracker: Tracker },
	passMark = 70,
	reporting: 'pass-mark' | 'completion' = 'pass-mark',
): Session {
	return createSession({ lessons, passMark, reporting, tracker: conn.tracker, codec });
}

/**
 * Answers every activity, visiting both lessons. By default the single choice is first wrong then
 * right (the first answer is the one reported) and the matching is wrong: 5 of 7 scored are right.
 * `allRight` answers everything right at once (score 100).
 */
export function workThrough(session: Session, allRight = false): void {
	session.visit('one');
	session.answer('q-single', { type: 'single-choice', value: allRight ? 'b' : 'a' });
	if (!allRight) session.answer('q-single', { type: 'single-choice', value: 'b' });
	session.answer('q-multi', { type: 'multiple-response', value: ['a', 'c'] });
	session.answer('q-tf', { type: 'true-false', value: false });
	session.answer('q-conf-before', { type: 'confidence', value: 3 });
	session.visit('two');
	session.answer('q-order', { type: 'ordering', value: ['a', 'b', 'c'] });
	session.answer('q-match', { type: 'matching', value: { a: 'x', b: allRight ? 'y' : 'z' } });
	session.answer('q-chat', { type: 'scenario', value: ['x', 'z', 'y'] });
	session.answer('q-flags', { type: 'red-flags', value: ['a', 'c'] });
}

/** Answers every activity right (score 100), visiting both lessons. */
export const workThroughRight = (session: Session): void => {
	workThrough(session, true);
};

/** Web Storage in memory, with its map to look into. */
export function memoryStorage(): Pick<
	Storage,
	'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
> & {
	map: Map<string, string>;
} {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		},
	};
}

/** Resolves once `check` holds (polls on real timers); on timeout, throws with `what()` to read. */
export async function until(
	check: () => boolean,
	what: () => unknown = () => undefined,
	ms = 4000,
) {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error(`timed out waiting: ${JSON.stringify(what())}`);
		await new Promise((r) => setTimeout(r, 5));
	}
}
