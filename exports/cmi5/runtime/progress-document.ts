import type { EngineLesson } from '../../../src/lib/engine/progress.ts';
import type { StateCodec } from '../../../src/lib/engine/session.ts';
import type { LearnerState } from '../../../src/lib/engine/state.ts';

/**
 * Our own state document (xAPI State API, one per registration): the engine's saved text, the
 * lesson to reopen, and which cmi5 verbs the registration already has. When it could not be read at
 * launch, what this session saves is merged into the stored one (read, merge, write), never
 * written over it: nothing a learner saved before is lost to one failed read.
 */

/** The state document's id. */
export const PROGRESS_STATE_ID = 'second-look.progress';

/** What we keep in our state document. */
export interface ProgressDocument {
	/** The engine's compact saved state. */
	suspend?: string;
	/** Lesson to reopen. */
	location?: string;
	/** Which cmi5 verbs this registration already has (at most one of each, §9.3). */
	sent: { completed?: boolean; passed?: boolean; failed?: boolean };
}

/** Merges two engine saved texts (stored first, this session's second); the runtime decodes them. */
export type MergeSaved = (stored: string, current: string) => string;

/** Reads a state document's JSON; undefined when it is not one of ours. */
export function parseProgress(value: unknown): ProgressDocument | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const doc = value as Partial<ProgressDocument>;
	const raw = doc.sent as unknown;
	const sent = typeof raw === 'object' && raw !== null ? (raw as ProgressDocument['sent']) : {};
	return {
		...(typeof doc.suspend === 'string' ? { suspend: doc.suspend } : {}),
		...(typeof doc.location === 'string' ? { location: doc.location } : {}),
		sent: {
			...(sent.completed ? { completed: true } : {}),
			...(sent.passed ? { passed: true } : {}),
			...(sent.failed ? { failed: true } : {}),
		},
	};
}

/**
 * The stored document and this session's, as one: both saved states merged (by `merge`, or the
 * stored one kept when there is no merge), this session's bookmark, every verb either has sent.
 */
export function mergeProgress(
	stored: ProgressDocument,
	mine: ProgressDocument,
	merge?: MergeSaved,
): ProgressDocument {
	const suspend =
		stored.suspend !== undefined && mine.suspend !== undefined
			? merge
				? merge(stored.suspend, mine.suspend)
				: stored.suspend
			: (mine.suspend ?? stored.suspend);
	const location = mine.location ?? stored.location;
	return {
		...(suspend === undefined ? {} : { suspend }),
		...(location === undefined ? {} : { location }),
		sent: { ...stored.sent, ...trueOnly(mine.sent) },
	};
}

/** Whether two documents say the same (key order and absent `false` flags aside). */
export function sameProgress(a: ProgressDocument, b: ProgressDocument): boolean {
	const flags = (d: ProgressDocument) =>
		(['completed', 'passed', 'failed'] as const).map((k) => d.sent[k] === true).join();
	return a.suspend === b.suspend && a.location === b.location && flags(a) === flags(b);
}

const trueOnly = (sent: ProgressDocument['sent']) =>
	Object.fromEntries(Object.entries(sent).filter(([, v]) => v));

/**
 * The runtime's {@link MergeSaved}: both texts decoded with the module's codec and merged by
 * `merge` (the engine's `mergeStates`, passed in: see `StateHooks.merge`). A stored text this version cannot read (other content) gives way to
 * this session's, as a resume of it would; this session's unreadable text keeps the stored one.
 */
export function mergeSavedWith(
	lessons: readonly EngineLesson[],
	codec: StateCodec,
	merge: (stored: LearnerState, now: LearnerState) => LearnerState,
): MergeSaved {
	return (stored, current) => {
		const before = codec.decode(lessons, stored);
		const now = codec.decode(lessons, current);
		if (!before) return current;
		if (!now) return stored;
		return codec.encode(lessons, merge(before, now));
	};
}
