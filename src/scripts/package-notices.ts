import { CMI5_NOTICE_TEXT, type AnyNotice } from '../../exports/cmi5/runtime/notices.ts';
import { KEEP_DAYS } from '../../exports/shared/keep.ts';

/**
 * What a package says to the learner about where their progress goes: the calm notices of the
 * page's live region, and the finish section's words where nothing is recorded. Words for
 * frightened learners, never technical; the runtime (`package-runtime.ts`) decides when.
 */

/** Every notice's words; review and browse read the same in SCORM and cmi5 (CMI5_NOTICE_TEXT). */
export const noticeText: Record<AnyNotice, string> = {
	...CMI5_NOTICE_TEXT,
	standalone:
		'This course is not connected to a learning platform, so your answers are not being recorded. You can still use everything here.',
	'save-retrying':
		'Saving your progress is taking a moment. You can carry on; we will keep trying. Please keep this page open until this message says your progress is saved.',
	'save-failing':
		'Your progress could not be saved to your learning platform just now. You can carry on; we will keep trying. Please keep this page open until this message says your progress is saved. If it keeps happening, tell whoever set this course.',
	'save-failing-kept':
		'Your progress has not reached your learning platform yet. Your answers are kept in this browser, and we will keep trying while this page is open. If you close it, they are sent the next time you open this course in this browser.',
	'saved-again': 'Your progress is saved again.',
	'resume-unreadable':
		'Your earlier answers could not be loaded just now. They are still kept by your learning platform, and we will keep trying; anything you answer now is still recorded.',
	'resume-kept':
		'Your earlier answers could not be shown here. They are still kept by your learning platform, unchanged; anything you answer now is still recorded.',
	'resume-recovered': 'Your earlier answers are loaded now, together with anything you just did.',
	'unsaved-recovered':
		'Some answers from last time had not reached your learning platform. They were kept on this device, and they are saved now.',
	'not-all-saved':
		'Some of your answers have not reached your learning platform. Please tell whoever set this course; your answers are still shown here.',
	'not-all-saved-kept': `Some of your answers have not reached your learning platform. They are kept in this browser and are sent the next time you open this course in this browser. If that will not be within ${KEEP_DAYS} days, or you will use another computer or browser, please tell whoever set this course.`,
	'no-credit':
		'This time through does not count towards a result. Your answers are kept so you can come back to them.',
	'visit-ended':
		'This visit has ended, so what you do now is not saved. To carry on, close this window and open the course again from your learning platform; what was saved before stays saved.',
};

/**
 * The finish section's words where the learning platform records nothing (no LMS behind the
 * package, or a look back or through): its lead and what it says once pressed, never "saved".
 */
const unrecordedFinish: Partial<Record<AnyNotice, { lead: string; done: string; button: string }>> =
	{
		standalone: {
			lead: 'This course is not connected to a learning platform, so nothing here is recorded: your answers go when you close this window.',
			done: 'Thank you for working through the module. Nothing was recorded, as this course is not connected to a learning platform.',
			button: 'Finish',
		},
		review: {
			lead: 'You are looking back at your answers: nothing you do here changes what your learning platform has recorded.',
			done: 'Thank you. Nothing was changed: your learning platform keeps what it recorded before.',
			button: 'Finish',
		},
		browse: {
			lead: 'You are looking through this course without it counting: nothing here is recorded.',
			done: 'Thank you. Nothing was recorded, as this time through does not count.',
			button: 'Finish',
		},
	};

/** Whether a notice says at the end that some answers have not reached the LMS. */
export const isUnsentNotice = (notice: AnyNotice): boolean =>
	notice === 'not-all-saved' ||
	notice === 'not-all-saved-kept' ||
	notice === 'finish-waiting-unkept';

/** Says in the finish section what a notice changes there (nothing is "saved" when it was not). */
export function finishSays(doc: Document, notice: AnyNotice): void {
	const unrecorded = unrecordedFinish[notice];
	if (unrecorded) {
		doc.querySelector('[data-finish-lead][data-on-lms]')?.replaceChildren(unrecorded.lead);
		doc.querySelector('[data-finish]')?.replaceChildren(unrecorded.button);
	}
	const done = unrecorded?.done ?? (isUnsentNotice(notice) ? noticeText[notice] : undefined);
	if (done) doc.querySelector('[data-finished] [data-on-lms]')?.replaceChildren(done);
}
