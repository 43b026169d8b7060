/**
 * A self-paced module's page (src/pages/modules/[id].astro): under each lesson, how much of it the
 * learner has done on this device, and the start link turned into "Continue with lesson N" where
 * they left off. Reads the site's own store only (nothing is sent); with nothing saved, or storage
 * refused, the page stays as built: "Start with lesson 1".
 */
import {
	lessonStatus,
	moduleProgress,
	readListedActivities,
	resumeFrom,
} from '../lib/module-progress.ts';
import { createSiteTracker } from '../lib/tracking/site-tracker.ts';

/** Fills the `[data-module-progress]` list and its `[data-resume]` link from the site's store. */
export function showModuleProgress(doc: Document, win: Window): void {
	const list = doc.querySelector<HTMLElement>('[data-module-progress]');
	const resume = doc.querySelector<HTMLAnchorElement>('[data-resume]');
	if (!list || !resume) return;
	const items = [...list.querySelectorAll<HTMLElement>('[data-lesson]')];
	const lessons = items.map((item) => ({
		id: item.dataset['lesson'] ?? '',
		activities: readListedActivities(item.dataset['activities'] ?? ''),
	}));
	const progress = moduleProgress(lessons, createSiteTracker(win).restore());
	progress.forEach((p, i) => {
		const status = items[i]?.querySelector<HTMLElement>('[data-lesson-status]');
		if (!status) return;
		status.textContent = lessonStatus(p);
		status.hidden = status.textContent === '';
	});
	const to = resumeFrom(progress);
	const number = (id: string) => lessons.findIndex((l) => l.id === id);
	const link = (index: number) => items[index]?.querySelector<HTMLAnchorElement>('a[href]');
	if (to.kind === 'continue') {
		const index = number(to.lessonId);
		const target = link(index);
		if (!target) return;
		resume.href = target.href;
		resume.textContent = `Continue with lesson ${String(index + 1)}: ${target.textContent.trim()}`;
	} else if (to.kind === 'finished') {
		resume.textContent = `You have done every lesson. Read lesson 1 again: ${link(0)?.textContent.trim() ?? ''}`;
	}
}

showModuleProgress(document, window);
