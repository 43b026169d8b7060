import type { Module } from '../../schemas/module.ts';
import { hasPack } from './module-pack.ts';

/**
 * The teacher's kit as files in `downloads/`, for the build and for module pages: the pack and the
 * handout as PDFs, and the presenter deck as slides a teacher can edit.
 */

/** A page of the site that the build also prints to an A4 PDF in `downloads/`. */
export interface PdfFile {
	/** The page, as a site path (`/teach/school-ks3/`). */
	sitePath: string;
	/** The file in `downloads/` (`school-ks3-teacher-pack.pdf`). */
	fileName: string;
	/** What a teacher calls it. */
	label: string;
	/** The most A4 pages it may take; the build fails beyond that (a handout is one sheet). */
	maxPages: number;
}

/**
 * The PDFs of a module, for the build and its module page: the teacher or trainer pack and the
 * learner handout, for modules taught to groups (none for a self-paced module). Pure.
 */
export function pdfFiles(module: Module): PdfFile[] {
	if (!hasPack(module)) return [];
	const pack = module.audience === 'forces' ? 'Trainer pack' : 'Teacher pack';
	return [
		{
			sitePath: `/teach/${module.id}/`,
			fileName: `${module.id}-${module.audience === 'forces' ? 'trainer' : 'teacher'}-pack.pdf`,
			label: pack,
			// 19 before the baseline and end point (issue #17, item 3) added their questions, steps and
			// LMS codes; room for the item's guidance pages too.
			maxPages: 24,
		},
		{
			sitePath: `/teach/${module.id}/handout/`,
			fileName: `${module.id}-handout.pdf`,
			label: 'Learner handout',
			maxPages: 1,
		},
	];
}

/**
 * The editable slides of a module (the presenter deck as a PowerPoint file), for modules taught to
 * groups; undefined for a self-paced module. Pure.
 */
export function slidesFileName(module: Module): string | undefined {
	return hasPack(module) ? `${module.id}-slides.pptx` : undefined;
}
