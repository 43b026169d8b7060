import type { ConfidenceRecording } from '../../schemas/module.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { checkAnswer, type Answer } from './answers.ts';
import type { DecodeResult } from './codec.ts';
import {
	activitiesById,
	staysOnDevice,
	summarise,
	type EngineLesson,
	type Progress,
	type Reporting,
} from './progress.ts';
import {
	emptyState,
	joinApart,
	separate,
	recordAnswer,
	recordSkip,
	recordVisit,
	type ActivityRecord,
	type LearnerState,
} from './state.ts';

/** How a session turns state into text and back (compact for LMSs, JSON on the site). */
export interface StateCodec {
	encode(lessons: readonly EngineLesson[], state: LearnerState): string;
	decode(lessons: readonly EngineLesson[], text: string): LearnerState | undefined;
	/**
	 * Like `decode`, saying what it found (exact, migrated from an older version of the module,
	 * unreadable). Optional: without it, a state `decode` returns counts as exact.
	 */
	read?(lessons: readonly EngineLesson[], text: string): DecodeResult;
}

/** Options for {@link createSession}. */
export interface SessionOptions {
	lessons: readonly EngineLesson[];
	/** Percentage of answered scored activities needed to pass (only with `reporting: 'pass-mark'`). */
	passMark: number;
	/** What the module tells the LMS: completion only, or a pass mark too (never "failed"). */
	reporting: Reporting;
	tracker: Tracker;
	codec: StateCodec;
	/**
	 * Where the module's confidence ratings go (modules/*.yaml `confidence`): `reported` (default)
	 * to `tracker` like every answer; `browser` kept apart from any tracker that may leave the device
	 * (not `tracker.onDevice`): never an answer report, never in the text `tracker` saves, never in
	 * the progress it is given (and no part of completion: `summarise`). They are kept in `device`.
	 */
	confidence?: ConfidenceRecording;
	/**
	 * Where answers kept apart from `tracker` are saved (the package runtime: this tab's
	 * sessionStorage, per module). Absent: this page's memory only.
	 */
	device?: Tracker;
	/** The clock; injected so tests control time. */
	now?: () => number;
}

/** One learner working through some lessons: the engine's only stateful object, scoped to a page. */
export interface Session {
	state(): LearnerState;
	/** What reading the saved progress found when the session started; undefined if none was saved. */
	restored(): DecodeResult | undefined;
	record(activityId: string): ActivityRecord | undefined;
	progress(): Progress;
	/** Notes that an activity is on screen, to measure how long the answer took. */
	shown(activityId: string): void;
	answer(activityId: string, answer: Answer): void;
	skip(activityId: string): void;
	visit(lessonId: string): void;
	/** Calls `listener` after every change; returns a function that stops it. */
	subscribe(listener: (state: LearnerState) => void): () => void;
}

/** A store in this page's memory: where answers kept apart go when no device store is given. */
function memoryStore(): Tracker {
	let text: string | undefined;
	return {
		restore: () => text,
		save: (t) => void (text = t),
		answered: () => undefined,
		progress: () => undefined,
		onDevice: true,
	};
}

/**
 * Creates a session. The tracker's saved text is the source of truth: every change re-reads it
 * first, so several islands on one page (each with its own session) never overwrite each other.
 *
 * It is the one place where answers a module keeps private are held back from the tracker
 * (`confidence: 'browser'` and a tracker that may leave the device): they are saved to `device`
 * instead, and joined back in whenever the state is read, so the learner still sees them.
 */
export function createSession({
	lessons,
	passMark,
	reporting,
	tracker,
	codec,
	confidence = 'reported',
	device = memoryStore(),
	now = () => Date.now(),
}: SessionOptions): Session {
	const activities = activitiesById(lessons);
	/** Activities whose answers never reach `tracker`: none when it keeps everything on the device. */
	const apart = new Set(
		tracker.onDevice
			? []
			: [...activities.values()].filter((a) => staysOnDevice(a, confidence)).map((a) => a.id),
	);
	const shownAt = new Map<string, number>();
	const listeners = new Set<(state: LearnerState) => void>();
	const read = (text: string): DecodeResult => {
		if (codec.read) return codec.read(lessons, text);
		const state = codec.decode(lessons, text);
		return state ? { kind: 'exact', state } : { kind: 'unreadable' };
	};
	const restore = (): DecodeResult | undefined => {
		const text = tracker.restore();
		return text === undefined ? undefined : read(text);
	};
	const stateOf = (result: DecodeResult | undefined): LearnerState =>
		result && 'state' in result ? result.state : emptyState();
	/** The answers kept on the device, if any (unreadable text counts as none). */
	const kept = (): LearnerState | undefined => {
		if (apart.size === 0) return undefined;
		const text = device.restore();
		return text === undefined ? undefined : stateOf(read(text));
	};
	const load = () => joinApart(stateOf(restore()), kept(), apart);
	const summary = (state: LearnerState) =>
		summarise(lessons, state, passMark, reporting, confidence);
	const restored = restore();
	let current = joinApart(stateOf(restored), kept(), apart);
	tracker.subscribe?.(() => {
		current = load();
		for (const listener of listeners) listener(current);
	});

	const commit = (change: (state: LearnerState) => LearnerState) => {
		const before = load();
		current = change(before);
		if (apart.size === 0) {
			tracker.save(codec.encode(lessons, current));
			tracker.progress(summary(current));
		} else {
			const { shared, apart: onDevice } = separate(current, apart);
			device.save(codec.encode(lessons, onDevice));
			tracker.save(codec.encode(lessons, shared));
			tracker.progress(summary(shared));
		}
		for (const listener of listeners) listener(current);
	};
	const activity = (id: string) => {
		const found = activities.get(id);
		if (!found) throw new Error(`No activity "${id}" in this session.`);
		return found;
	};

	return {
		state: () => current,
		restored: () => restored,
		record: (id) => current.activities[id],
		progress: () => summary(current),
		shown(id) {
			if (!shownAt.has(id)) shownAt.set(id, now());
		},
		answer(id, answer) {
			const a = activity(id);
			const isFirst = load().activities[id]?.first === undefined;
			commit((state) => recordAnswer(state, a, answer));
			if (apart.has(id)) return;
			const at = now();
			tracker.answered({
				activity: a,
				answer,
				checked: checkAnswer(a, answer),
				isFirst,
				latencyMs: Math.max(0, at - (shownAt.get(id) ?? at)),
				at: new Date(at),
			});
		},
		skip(id) {
			activity(id);
			commit((state) => recordSkip(state, id));
		},
		visit(lessonId) {
			commit((state) => recordVisit(state, lessonId));
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
