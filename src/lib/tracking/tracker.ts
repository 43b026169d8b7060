import type { Activity } from '../../schemas/activity.ts';
import type { Answer, Checked } from '../engine/answers.ts';
import type { Progress } from '../engine/progress.ts';

/** One answer, as a tracker reports it. */
export interface AnswerReport {
	activity: Activity;
	answer: Answer;
	checked: Checked;
	/** True for the learner's first answer to this activity: the one an LMS records. */
	isFirst: boolean;
	/** Milliseconds from the activity being shown to the answer. */
	latencyMs: number;
	/** When the answer was given. */
	at: Date;
}

/**
 * The only way the engine talks to the outside world. The site keeps progress on the device; the
 * LMS packages report to SCORM or cmi5; the preview records what an LMS would see. Every method
 * must be safe to call at any time and must not throw.
 */
export interface Tracker {
	/** The state saved last time, as text, if any. */
	restore(): string | undefined;
	/** Saves the state, as text. */
	save(state: string): void;
	/** An activity was answered (or answered again). */
	answered(report: AnswerReport): void;
	/** Progress changed (completion, score, pass). */
	progress(progress: Progress): void;
	/**
	 * Optional: calls `listener` when the saved state changed outside the session (an LMS that
	 * could not give the stored progress at launch gave it later); the session then reloads it.
	 */
	subscribe?(listener: () => void): void;
	/**
	 * True when nothing given to this tracker leaves the device (the site's tracker, the offline
	 * package's). The engine session keeps a module's private answers (confidence ratings a module
	 * keeps in the browser) apart from every other tracker: absent means "may leave the device".
	 */
	readonly onDevice?: boolean;
}
