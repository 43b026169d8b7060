import type { ConfidenceRecording } from '../../schemas/module.ts';
import type { Reporting } from '../engine/progress.ts';

/** What a module's scoring rule means, in a teacher's words (engine `summarise` is the rule). */
export interface ReportingWords {
	/** A short name for the rule: "Completion only" or "Completion, and a pass mark of 80%". */
	name: string;
	/** What counts towards completion. */
	completion: string;
	/** Where confidence ratings go, and whether completion waits for them. */
	confidence: string;
	/** What the score is made of and who it is for. */
	score: string;
	/** When a learner is passed, and that nobody is ever failed. */
	pass: string;
	/** Which Moodle activity-completion settings to choose. */
	moodle: string;
	/** What SCORM 1.2, SCORM 2004 and cmi5 then record. */
	standards: string;
}

/**
 * Words the module's scoring rule for teachers: one source for the module page, the teacher pack
 * and the LMS preview (and docs/lms.md says the same). Pure.
 */
export function reportingWords(module: {
	reporting: Reporting;
	passMark: number;
	confidence: ConfidenceRecording;
}): ReportingWords {
	const browser = module.confidence === 'browser';
	const completion = `Completed once the learner has opened every lesson and answered or skipped every activity${browser ? ' except the confidence ratings' : ''}. Skipping is always allowed and never counts against anyone.`;
	const confidence = browser
		? "Kept in the learner's browser only (this tab, until it is closed), in every standard: never sent to the LMS, not as an interaction or statement and not in the saved progress, so no report shows them, and completion does not wait for them. Learners are told so at the start."
		: 'Sent to the LMS like every other answer (a likert interaction in SCORM, an "answered" statement in cmi5, and in the saved progress), so the before and after ratings can be compared. Learners are told so at the start.';
	const score =
		'Right answers out of the scored activities the learner answered: skipped activities and confidence ratings are left out. In a chat story, reaching a safe ending counts, even after trying a risky branch first; other activities count the first answer.';
	if (module.reporting === 'completion')
		return {
			name: 'Completion only',
			completion,
			confidence,
			score: `${score} It goes to your LMS for your information only.`,
			pass: 'There is no pass mark: nobody is passed or failed, whatever their score.',
			moodle:
				'In Moodle, set Completion tracking to "Require status" and tick Completed (ticking Passed as well does no harm). Do not set "Require minimum score", and do not tick Passed alone: nobody is ever passed.',
			standards:
				'SCORM 1.2 records "completed"; SCORM 2004 records completion "completed" with success "unknown"; cmi5 records "completed" (moveOn: Completed). None of them ever records "failed".',
		};
	return {
		name: `Completion, and a pass mark of ${module.passMark}%`,
		completion,
		confidence,
		score,
		pass: `A learner who scores ${module.passMark}% or more is passed. A learner under it is still completed, never failed.`,
		moodle:
			'In Moodle, set Completion tracking to "Require status" and tick Completed and Passed (the activity is complete on either). Tick Passed alone only if a learner must reach the pass mark: one under it then shows as not yet complete, never failed.',
		standards: `SCORM 1.2 records "passed" at or above ${module.passMark}%, otherwise "completed"; SCORM 2004 records completion "completed" with success "passed" or "unknown"; cmi5 records "completed", and "passed" at the mark (moveOn: CompletedOrPassed). None of them ever records "failed".`,
	};
}
