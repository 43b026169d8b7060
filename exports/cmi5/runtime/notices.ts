import type { Notice } from '../../scorm/runtime/connection.ts';

/**
 * The calm messages only the cmi5 package needs, on top of the SCORM ones ({@link Notice}). The
 * runtime shows them in the page's live region; words for frightened learners, never technical.
 */
export type Cmi5Notice =
	| 'lms-not-answering'
	/** The same, where this browser cannot keep the answers (storage blocked or full). */
	| 'lms-not-answering-unkept'
	/** Finish pressed while answers this browser cannot keep have not reached the LMS. */
	| 'finish-waiting-unkept'
	| 'earlier-unavailable'
	| 'earlier-found'
	| 'part-refused'
	| 'review'
	| 'browse';

/** Every notice a cmi5 connection may give. */
export type AnyNotice = Notice | Cmi5Notice;

/** What the learner reads for each cmi5 notice. */
export const CMI5_NOTICE_TEXT: Record<Cmi5Notice, string> = {
	'lms-not-answering':
		'Your learning platform is not answering. You can carry on; your answers are kept in this browser until it answers.',
	'lms-not-answering-unkept':
		'Your learning platform is not answering, and this browser cannot keep your answers for it. You can carry on, but please keep this page open: if it is closed before your learning platform answers, your answers here will be lost. This message will say when your progress is saved.',
	'finish-waiting-unkept':
		'Some of your answers have not reached your learning platform yet, and this browser cannot keep them. Please keep this page open: we will keep trying, and this message will say when they are saved.',
	'earlier-unavailable':
		'Your earlier answers could not be loaded just now. Nothing you saved before will be lost. You can carry on; we will keep trying, and keep today’s answers with the earlier ones.',
	'earlier-found': 'Your earlier answers were found and are kept together with today’s.',
	'part-refused':
		'Your learning platform did not accept part of your progress. Everything else is saved. If your result looks wrong, tell whoever set this course.',
	review:
		'You are looking back at your answers. Nothing you do here changes what your learning platform has recorded.',
	browse:
		'You are looking through this course without it counting. Nothing you do here is recorded.',
};
