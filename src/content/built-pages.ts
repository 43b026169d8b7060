import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { helplines, mainPhone } from '../data/helplines.ts';
import { telHref } from '../lib/support.ts';
import {
	contentError,
	formatContentError,
	sortContentErrors,
	type ContentError,
} from './errors.ts';

/** A built HTML page and the lessons it must show, in order. */
export interface BuiltPage {
	/** Path relative to the output folder, e.g. `lessons/fake-profiles/index.html`. */
	file: string;
	html: string;
	/** Lesson ids the page shows, in order: one on a lesson page, the module's on a package page. */
	lessons: readonly string[];
	/** How to name the page in a message, e.g. `the package launch page of module "school-ks3"`. */
	description: string;
}

/** Every link the helpline table can produce (`tel:`, web, email): a support block has at least one. */
const helplineHrefs = helplines.flatMap((h) =>
	h.contacts.flatMap((c) =>
		c.kind === 'phone'
			? [telHref(c.number)]
			: c.kind === 'web'
				? [c.url]
				: c.kind === 'email'
					? [`mailto:${c.address}`]
					: [],
	),
);

interface Span {
	start: number;
	end: number;
}

/** The extent of every `<tag …>` whose attributes match `attrs`, up to its matching close tag. */
function elements(html: string, tag: string, attrs: RegExp, within: Span): Span[] {
	const spans: Span[] = [];
	const tags = new RegExp(`<(/?)${tag}\\b([^>]*)>`, 'gi');
	const open: { start: number; isWanted: boolean }[] = [];
	tags.lastIndex = within.start;
	for (let m = tags.exec(html); m && m.index < within.end; m = tags.exec(html)) {
		if (!m[1]) open.push({ start: m.index, isWanted: attrs.test(m[2] ?? '') });
		else {
			const el = open.pop();
			if (el?.isWanted) spans.push({ start: el.start, end: m.index + m[0].length });
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

const inside = (i: number, spans: readonly Span[]) => spans.some((s) => i >= s.start && i < s.end);

/** The emergency number's link (the police's first number, 999): every support box has it. */
const emergencyHref = telHref(mainPhone('police'));

/**
 * Checks that every lesson on a built page has support lines at its start (before its objectives,
 * prose and activities) and at its end (after them), each naming at least one helpline from the
 * table and 999 for an emergency (every audience, issue #15). `LessonBody` renders them; this catches a page or a layout that loses them.
 * A package page writes its two boxes once and marks each lesson's places with `<template
 * data-support-slot>` (its runtime moves the boxes into the lesson shown): a place counts as the
 * page's box of that position, which must then exist and be complete.
 */
export function checkSupportLines(page: BuiltPage): ContentError[] {
	const whole = { start: 0, end: page.html.length };
	const articles = elements(page.html, 'article', /\bclass="[^"]*\blesson\b/, whole);
	const errors: ContentError[] = [];
	const fail = (message: string, hint: string) =>
		errors.push(contentError('SupportLinesMissing', { file: page.file }, message, hint));
	const fix =
		'LessonBody (src/components/LessonBody.astro) renders <SupportLines position="start"> after the title and <SupportLines position="end"> after the key messages; make sure the page still uses LessonBody and that both are in it.';
	const emergencyFix =
		'Every audience sees the police (999 in an emergency): keep "police" in the everyone group of briefByGroup (src/lib/support.ts) and in src/data/helplines.ts with groups ["everyone"].';
	if (articles.length !== page.lessons.length) {
		fail(
			`${page.description.charAt(0).toUpperCase()}${page.description.slice(1)} shows ${articles.length} lesson(s) (<article class="lesson">), but should show ${page.lessons.length}: ${page.lessons.join(', ')}.`,
			fix,
		);
	}
	const boxesOnPage = (position: string): Span[] =>
		elements(page.html, 'section', new RegExp(`data-support="${position}"`), whole);
	page.lessons.forEach((id, i) => {
		const article = articles[i];
		if (!article) return;
		const sections = elements(page.html, 'section', /./, article);
		const start = sections.filter((s) =>
			/^<section\b[^>]*data-support="start"/.test(page.html.slice(s.start)),
		);
		const end = sections.filter((s) =>
			/^<section\b[^>]*data-support="end"/.test(page.html.slice(s.start)),
		);
		const support = [...start, ...end];
		const segment = page.html.slice(article.start, article.end);
		const slots = (position: string): Span[] =>
			[
				...segment.matchAll(new RegExp(`<template\\b[^>]*data-support-slot="${position}"`, 'g')),
			].map((m) => ({
				start: article.start + m.index,
				end: article.start + m.index + m[0].length,
			}));
		// Content: the objectives, prose headings, activities and key messages (not support, not sources).
		const content = [
			...segment.matchAll(/<h2\b(?![^>]*-sources")[^>]*>|<astro-island\b|class="key-messages"/g),
		]
			.map((m) => article.start + m.index)
			.filter((at) => !inside(at, support));
		const first = Math.min(...content);
		const last = Math.max(...content);
		const hasHelpline = (s: Span) =>
			helplineHrefs.some((href) => page.html.slice(s.start, s.end).includes(`href="${href}"`));
		const hasEmergency = (s: Span) =>
			page.html.slice(s.start, s.end).includes(`href="${emergencyHref}"`);
		const where = `Lesson "${id}" in ${page.description}`;
		// A lesson's place for the page's box stands for that box (every box of the position on the page).
		const placed = (own: Span[], position: string, isWhere: (s: Span) => boolean): Span[] => [
			...own.filter(isWhere),
			...(slots(position).some(isWhere) ? boxesOnPage(position) : []),
		];
		const atStart = placed(start, 'start', (s) => s.start < first);
		const atEnd = placed(end, 'end', (s) => s.end > last);
		if (!atStart.length)
			fail(
				`${where} has no support lines at the start (before its first heading or activity).`,
				fix,
			);
		else if (!atStart.some(hasHelpline))
			fail(`${where} has a support box at the start that names no helpline from the table.`, fix);
		else if (!atStart.some(hasEmergency))
			fail(`${where} has a support box at the start without 999 for an emergency.`, emergencyFix);
		if (!atEnd.length)
			fail(
				`${where} has no support lines at the end (after its last activity and key messages).`,
				fix,
			);
		else if (!atEnd.some(hasHelpline))
			fail(`${where} has a support box at the end that names no helpline from the table.`, fix);
		else if (!atEnd.some(hasEmergency))
			fail(`${where} has a support box at the end without 999 for an emergency.`, emergencyFix);
	});
	return errors;
}

/** A module as the built-page check needs it: its lessons, and whether it is self-paced. */
export interface CheckedModule {
	id: string;
	lessons: readonly string[];
	selfPaced?: boolean;
}

/**
 * The pages a finished build shows lessons on, and the lessons each shows: every lesson page,
 * every package launch page and every lesson page of a self-paced module. Pure.
 */
export function lessonPages(
	lessonIds: readonly string[],
	modules: readonly CheckedModule[],
): Omit<BuiltPage, 'html'>[] {
	return [
		...lessonIds.map((id) => ({
			file: `lessons/${id}/index.html`,
			lessons: [id],
			description: `the lesson page of "${id}"`,
		})),
		...modules.map((m) => ({
			file: `package/${m.id}/index.html`,
			lessons: m.lessons,
			description: `the package launch page of module "${m.id}"`,
		})),
		...modules
			.filter((m) => m.selfPaced)
			.flatMap((m) =>
				m.lessons.map((id) => ({
					file: `modules/${m.id}/lessons/${id}/index.html`,
					lessons: [id],
					description: `the page of lesson "${id}" in self-paced module "${m.id}"`,
				})),
			),
	];
}

/**
 * Reads every page of {@link lessonPages} in a finished build in `outDir` and checks each lesson
 * on them for support lines at the start and end. A missing page is an error too.
 */
export async function checkBuiltPages(
	outDir: string,
	lessonIds: readonly string[],
	modules: readonly CheckedModule[],
): Promise<ContentError[]> {
	const pages = lessonPages(lessonIds, modules);
	const errors: ContentError[] = [];
	for (const page of pages) {
		let html: string;
		try {
			html = await readFile(join(outDir, page.file), 'utf8');
		} catch {
			errors.push(
				contentError(
					'SupportLinesMissing',
					{ file: page.file },
					`The built page is missing: ${page.description}. A lesson must be shown with its support lines.`,
					'Check that src/pages still builds a page for every lesson and every module.',
				),
			);
			continue;
		}
		errors.push(...checkSupportLines({ ...page, html }));
	}
	return sortContentErrors(errors);
}

/** The text for a failed check of the built pages. */
export function formatBuiltPageErrors(errors: readonly ContentError[]): string {
	const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
	return `Second Look found ${count} in the built pages:\n\n${errors.map(formatContentError).join('\n\n')}`;
}
