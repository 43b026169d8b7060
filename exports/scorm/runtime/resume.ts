import type { LearnerState } from '../../../src/lib/engine/state.ts';

/**
 * Resume rules: what stored suspend data means, and how stored progress that arrives late is
 * joined with what the learner did meanwhile. Pure.
 */

/** How the runtime reads and writes its saved state; lets the connection check and merge it. */
export interface StateHooks {
	/** The state in `text`, or undefined when this package cannot read it (garbage, other version). */
	decode: (text: string) => LearnerState | undefined;
	encode: (state: LearnerState) => string;
	/**
	 * Joins progress the LMS gave late with this session's (the engine's `mergeStates`). Passed in,
	 * not imported: a format's lazy connection chunk must not import the page's activities chunk,
	 * whose stylesheet the bundler would then try to preload from a URL that does not exist.
	 */
	merge: (stored: LearnerState, now: LearnerState) => LearnerState;
}

/**
 * What happened to the stored progress at launch:
 * - `fresh`: nothing stored (a new attempt, or the LMS says so);
 * - `restored`: stored text this package can read: the session starts from it;
 * - `unread`: the LMS did not give it (failed or suspiciously empty read): kept, re-read later;
 * - `kept`: stored text this package cannot decode: kept as it is, never overwritten.
 *
 * The rule for `unread` and `kept`: this launch writes neither suspend data nor the bookmark, so
 * what the LMS holds survives it unchanged (an LMS with a newer package, a codec that learns to
 * migrate it, or a person can still use it). The learner is told; their answers still reach the
 * LMS as interactions, and a status or score only if it raises the recorded one. `unread` is read
 * again on every retry round: once it reads, it is merged with this session's progress
 * (`mergeStates` in the engine's state.ts) and written back; `kept` stays kept for the session (there is nothing the
 * package can merge), so the next launch reads the same text and tells the learner again.
 */
export type ResumeState = 'fresh' | 'restored' | 'unread' | 'kept';

/** One read at launch: the value, or undefined when the read failed. */
export type Read = string | undefined;

/**
 * Judges the stored suspend data. `text` undefined = every read failed; "" = read as empty, which
 * is "nothing stored" only when nothing else says there was progress (`hasEvidence`: entry
 * "resume", a bookmark, a status beyond "not attempted", recorded interactions), since some LMSs
 * return "" with no error code when a read fails.
 */
export function judgeStored(
	text: Read,
	hasEvidence: boolean,
	decode: ((text: string) => LearnerState | undefined) | undefined,
): ResumeState {
	if (text === undefined) return 'unread';
	if (text === '') return hasEvidence ? 'unread' : 'fresh';
	if (decode && decode(text) === undefined) return 'kept';
	return 'restored';
}
