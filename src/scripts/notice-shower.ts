import type { AnyNotice } from '../../exports/cmi5/runtime/notices.ts';
import { finishSays, isUnsentNotice, noticeText } from './package-notices.ts';
import { installSaveLine, showSaveLine } from './save-line.ts';

/** What the LMS's saving is doing: news only while what the learner does now can still be saved. */
const SAVING_STATUS = new Set<AnyNotice>([
	'save-retrying',
	'save-failing',
	'save-failing-kept',
	'saved-again',
	'lms-not-answering',
	'lms-not-answering-unkept',
	'earlier-unavailable',
	'part-refused',
]);

/**
 * Where a package's notices go, each heard once: the page's live region, the save line at the
 * window's foot, and at Finish the focused finish paragraph. Once the visit has ended, or in a look
 * back or through, nothing the learner does now is saved whatever the LMS's saving does: the page
 * keeps saying so (a cmi5 queue left by an earlier page may still be delivering its statements).
 */
export function noticeShower(doc: Document) {
	const noticeEl = doc.querySelector<HTMLElement>('[data-notice]');
	const finished = doc.querySelector('[data-finished] [data-on-lms]');
	const savedWords = finished?.textContent ?? '';
	let isFinishing = false;
	let isBeyondSaving = false;
	const say = (text: string) => {
		if (noticeEl && noticeEl.textContent !== text) noticeEl.textContent = text;
	};
	installSaveLine(doc);
	return {
		/** Finish was pressed: from now on, the finish paragraph says where the answers are. */
		finishing: () => {
			isFinishing = true;
		},
		/** A notice from the connection. */
		notice: (n: AnyNotice) => {
			if (isBeyondSaving && SAVING_STATUS.has(n)) return;
			// After Finish the paragraph says where the answers are; a cmi5 queue's retries change
			// nothing of it, until it has delivered them ("saved again").
			if (isFinishing && SAVING_STATUS.has(n) && n !== 'saved-again') return;
			if (n === 'visit-ended' || n === 'review' || n === 'browse') isBeyondSaving = true;
			// Told at Finish that some answers had not arrived, and now they have: the paragraph says
			// "saved" again, and the live region says so, as the paragraph's change is not heard.
			if (isFinishing && n === 'saved-again' && finished && finished.textContent !== savedWords) {
				finished.textContent = savedWords;
				say(noticeText[n]);
				showSaveLine(doc, n, isFinishing);
				return;
			}
			finishSays(doc, n);
			showSaveLine(doc, n, isFinishing);
			// Heard once: at Finish the focused paragraph says where the answers are, not the live
			// region as well, which no longer says "we will keep trying" (nothing more is tried for a
			// SCORM LMS after the end); and nothing again when a retry round says the same.
			if (isFinishing && (isUnsentNotice(n) || n === 'saved-again')) say('');
			else say(noticeText[n]);
		},
		/** Words of the connection's own (what reading saved progress found). */
		say,
	};
}
