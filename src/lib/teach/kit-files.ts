import type { Module } from '../../schemas/module.ts';
import { offlineLaunchPage } from '../../../exports/offline/pages.ts';
import { contentVersion } from '../content-version.ts';
import { hasPack } from './module-pack.ts';
import { leaderWords } from './leader-words.ts';

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
	/**
	 * The date the PDF carries (`YYYY-MM-DD`): the module's content version's, so the same content
	 * prints the same file (undefined for a module without releases: a fixed date then).
	 */
	date: string | undefined;
}

/**
 * The PDFs of a module, for the build and its module page: the teacher or trainer pack and the
 * learner handout, for modules taught to groups (none for a self-paced module). Pure.
 */
export function pdfFiles(module: Module): PdfFile[] {
	if (!hasPack(module)) return [];
	const { leader, pack } = leaderWords(module.audience);
	const date = contentVersion(module)?.date;
	return [
		{
			sitePath: `/teach/${module.id}/`,
			fileName: `${module.id}-${leader}-pack.pdf`,
			label: pack,
			// 19 A4 pages before issue #17 item 3; 23 to 26 with the baseline and end point and the
			// guidance around the lesson (41 and more without print styles, which this limit catches).
			maxPages: 30,
			date,
		},
		{
			sitePath: `/teach/${module.id}/handout/`,
			fileName: `${module.id}-handout.pdf`,
			label: 'Learner handout',
			maxPages: 1,
			date,
		},
		{
			sitePath: `/teach/${module.id}/check-sheet/`,
			fileName: `${module.id}-check-sheet.pdf`,
			label: 'Baseline and end point sheet',
			maxPages: 1,
			date,
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

/**
 * The teacher's (or trainer's) kit of a module: one zip to teach it without the internet, with the
 * offline course, the pack, presenter mode, the class report, the parent pack, the slides and the
 * PDFs; undefined for a self-paced module. Named by audience, as the pack PDF is. Pure.
 */
export function teacherKitFileName(module: Module): string | undefined {
	if (!hasPack(module)) return undefined;
	return `${module.id}-${leaderWords(module.audience).leader}-kit.zip`;
}

/** When in the teaching of a module a file of the kit is used (the start page's sections). */
export type KitPart = 'before' | 'during' | 'after';

/** One file of a teacher's kit, as its start page lists it. */
export interface KitFile {
	/**
	 * Where it comes from, as a site address: a page (`/teach/school-ks3/`, ends in `/`), rewritten
	 * to work from `file://`, or a file the build writes (`/downloads/school-ks3-slides.pptx`).
	 */
	sitePath: string;
	/** Its file at the kit's root (`teacher-pack.html`, `school-ks3-slides.pptx`). */
	file: string;
	/** What a teacher calls it: the link's words. */
	label: string;
	/** What it is for, after the link. */
	about: string;
	part: KitPart;
}

/** The kit's start page: its site address and its file (a teacher opens it first). */
export function kitStartPage(module: Pick<Module, 'id'>): { sitePath: string; file: string } {
	return { sitePath: `/teach/${module.id}/kit/`, file: 'start-here.html' };
}

/**
 * Every file a module's kit lists on its start page, in the order a teacher meets them (the start
 * page itself and its scripts and styles aside); none for a self-paced module. The course comes as
 * the offline package has it (its launch page, help and search: exports/offline/pages.ts). Pure.
 */
export function kitFiles(module: Module): KitFile[] {
	if (!hasPack(module)) return [];
	const words = leaderWords(module.audience);
	const forces = module.audience === 'forces';
	const [packPdf, handoutPdf, sheetPdf] = pdfFiles(module);
	const slides = slidesFileName(module);
	const download = (fileName: string) => ({ sitePath: `/downloads/${fileName}`, file: fileName });
	const files: (KitFile | false | undefined)[] = [
		{
			sitePath: `/teach/${module.id}/`,
			file: `${words.leader}-pack.html`,
			label: words.pack,
			about:
				'read this first: the session plan, ground rules, safe-teaching notes, answers and discussion prompts.',
			part: 'before',
		},
		packPdf && {
			...download(packPdf.fileName),
			label: `${packPdf.label} as a PDF`,
			about: 'the same pack, to print (A4).',
			part: 'before',
		},
		!forces && {
			sitePath: `/teach/${module.id}/letter/`,
			file: 'letter-home.html',
			label: 'Letter home',
			about: 'a letter for parents and carers to fill in and send before the lesson.',
			part: 'before',
		},
		!forces && {
			sitePath: `/teach/${module.id}/letter.txt`,
			file: 'letter-home.txt',
			label: 'Letter home as plain text',
			about: "to paste into the school's own letterhead or messaging system.",
			part: 'before',
		},
		!forces && {
			sitePath: '/parents/',
			file: 'parents-guide.html',
			label: 'Guide for parents and carers',
			about: 'what sextortion is, the signs, what to say, and who can help (two A4 pages).',
			part: 'before',
		},
		{
			sitePath: `/present/${module.id}/`,
			file: 'presenter.html',
			label: 'Presenter mode',
			about:
				'the module on a projector, one slide at a time, answers hidden until you reveal them.',
			part: 'during',
		},
		slides !== undefined && {
			...download(slides),
			label: 'Slides to edit (PowerPoint)',
			about: `the same slides, with your notes in the speaker notes, for your own ${words.meeting}.`,
			part: 'during',
		},
		{
			sitePath: `/package/${module.id}/`,
			file: offlineLaunchPage.to,
			label: 'The course, as learners see it',
			about: 'every lesson and activity, with where to get help; progress stays on this computer.',
			part: 'during',
		},
		{
			sitePath: `/teach/${module.id}/handout/`,
			file: 'handout.html',
			label: 'Learner handout',
			about: 'one A4 page to give out at the end.',
			part: 'during',
		},
		handoutPdf && {
			...download(handoutPdf.fileName),
			label: 'Learner handout as a PDF',
			about: 'the same page, to print.',
			part: 'during',
		},
		{
			sitePath: `/teach/${module.id}/check-sheet/`,
			file: 'check-sheet.html',
			label: 'Baseline and end point sheet',
			about:
				'the same questions on paper (one A4 page), answered at the start and again at the end.',
			part: 'during',
		},
		sheetPdf && {
			...download(sheetPdf.fileName),
			label: 'Baseline and end point sheet as a PDF',
			about: 'the same sheet, to print.',
			part: 'during',
		},
		{
			sitePath: `/teach/report/#${module.id}`,
			file: `${words.group}-report.html`,
			label: words.report,
			about: `open the interactions report your learning platform gives you and see how the ${words.group} answered. The file stays on this computer.`,
			part: 'after',
		},
	];
	return files.filter((f): f is KitFile => Boolean(f));
}
