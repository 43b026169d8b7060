import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBuiltPages, checkSupportLines, formatBuiltPageErrors } from './built-pages.ts';

const support = (
	position: 'start' | 'end',
	id: string,
	contacts = '<a href="tel:08001111" class="tel">0800 1111</a></li><li><span class="contact-label">Emergency:</span> <a href="tel:999" class="tel">999</a>',
) =>
	`<section class="support support-${position}" aria-labelledby="${id}-support-${position}-heading" data-support="${position}">
<h2 id="${id}-support-${position}-heading">Help</h2><ul class="helplines"><li><strong>Childline</strong> <ul class="contacts"><li>${contacts}</li></ul></li></ul>
<p><a href="/help/">All helplines and how they can help</a></p></section>`;

/** A lesson article shaped like LessonBody's output; `order` lists its parts from top to bottom. */
function article(
	id: string,
	order: string[] = ['start', 'objectives', 'prose', 'activity', 'key', 'end', 'sources'],
) {
	const parts: Record<string, string> = {
		start: support('start', id),
		end: support('end', id),
		objectives: `<section aria-labelledby="${id}-objectives"><h2 id="${id}-objectives">In this lesson you will</h2><ul><li>Spot a fake</li></ul></section>`,
		prose:
			'<h2 id="a-story">A story</h2><p>Jay is 15.<sup class="cite"><a href="#s1">[1]</a></sup></p>',
		activity:
			'<astro-island uid="x" component-url="/_astro/ActivityCard.js"><section class="activity"><h3>Question</h3></section></astro-island>',
		key: `<section class="key-messages" aria-labelledby="${id}-key"><h2 id="${id}-key">Remember</h2></section>`,
		sources: `<section aria-labelledby="${id}-sources"><h2 id="${id}-sources">Sources</h2><ol class="sources"><li>NCA</li></ol></section>`,
	};
	return `<article class="lesson"><p class="meta">Lesson</p><h1 tabindex="-1">Title</h1>${order.map((p) => parts[p] ?? p).join('\n')}</article>`;
}

const page = (body: string, lessons = ['fake-profiles']) => ({
	file: 'lessons/fake-profiles/index.html',
	html: `<!doctype html><html><body><main>${body}</main></body></html>`,
	lessons,
	description: 'the lesson page of "fake-profiles"',
});

const messages = (body: string, lessons?: string[]) =>
	checkSupportLines(page(body, lessons)).map((e) => e.message);

describe('checkSupportLines', () => {
	test('a lesson with support lines at its start and end passes', () => {
		expect(messages(article('fake-profiles'))).toEqual([]);
	});

	test('no support lines at the start', () => {
		expect(
			messages(
				article('fake-profiles', ['objectives', 'prose', 'activity', 'key', 'end', 'sources']),
			),
		).toEqual([
			'Lesson "fake-profiles" in the lesson page of "fake-profiles" has no support lines at the start (before its first heading or activity).',
		]);
	});

	test('no support lines at the end, or support lines before the last activity', () => {
		expect(
			messages(
				article('fake-profiles', ['start', 'objectives', 'prose', 'activity', 'key', 'sources']),
			),
		).toEqual([
			'Lesson "fake-profiles" in the lesson page of "fake-profiles" has no support lines at the end (after its last activity and key messages).',
		]);
		expect(
			messages(
				article('fake-profiles', [
					'start',
					'objectives',
					'prose',
					'end',
					'activity',
					'key',
					'sources',
				]),
			),
		).toEqual([
			'Lesson "fake-profiles" in the lesson page of "fake-profiles" has no support lines at the end (after its last activity and key messages).',
		]);
	});

	test('a support box without a helpline from the table does not count', () => {
		const empty = support('end', 'fake-profiles', '<a href="tel:01234567890">01234 567890</a>');
		expect(
			messages(article('fake-profiles', ['start', 'objectives', 'prose', 'key', empty])),
		).toEqual([
			'Lesson "fake-profiles" in the lesson page of "fake-profiles" has a support box at the end that names no helpline from the table.',
		]);
	});

	test('a support box without 999 for an emergency does not do (a school box had none)', () => {
		const noEmergency = support('start', 'fake-profiles', '<a href="tel:08001111">0800 1111</a>');
		expect(
			messages(
				article('fake-profiles', [noEmergency, 'objectives', 'prose', 'activity', 'key', 'end']),
			),
		).toEqual([
			'Lesson "fake-profiles" in the lesson page of "fake-profiles" has a support box at the start without 999 for an emergency.',
		]);
	});

	test('a package page checks each of its lessons, and counts them', () => {
		const two = ['fake-profiles', 'if-it-happens'];
		expect(
			messages(`<section data-lesson="fake-profiles">${article('fake-profiles')}</section>`, two),
		).toEqual([
			'The lesson page of "fake-profiles" shows 1 lesson(s) (<article class="lesson">), but should show 2: fake-profiles, if-it-happens.',
		]);
		const broken = article('if-it-happens', [
			'start',
			'objectives',
			'prose',
			'activity',
			'key',
			'sources',
		]);
		expect(messages(`${article('fake-profiles')}${broken}`, two)).toEqual([
			'Lesson "if-it-happens" in the lesson page of "fake-profiles" has no support lines at the end (after its last activity and key messages).',
		]);
	});

	test('a package page may write its boxes once: each lesson marks their places, in order', () => {
		const two = ['fake-profiles', 'if-it-happens'];
		const slot = (position: string) => `<template data-support-slot="${position}"></template>`;
		const body = ['objectives', 'prose', 'activity', 'key'];
		const firstLesson = article('fake-profiles', [
			slot('start'),
			'start',
			...body,
			slot('end'),
			'end',
			'sources',
		]);
		const placesOnly = article('if-it-happens', [slot('start'), ...body, slot('end'), 'sources']);
		expect(messages(`${firstLesson}${placesOnly}`, two)).toEqual([]);
		// A place after the content is no place for the start box; no place at all is no box.
		const late = article('if-it-happens', [...body, slot('start'), slot('end')]);
		expect(messages(`${firstLesson}${late}`, two)).toEqual([
			'Lesson "if-it-happens" in the lesson page of "fake-profiles" has no support lines at the start (before its first heading or activity).',
		]);
		// Places with no box on the page stand for nothing.
		const noBoxes = article('fake-profiles', [slot('start'), ...body, slot('end')]);
		expect(messages(`${noBoxes}${placesOnly}`, two)).toHaveLength(4);
		// The one box is checked as strictly as any: without 999 it fails for every lesson.
		const noEmergency = support('start', 'x', '<a href="tel:08001111">0800 1111</a>');
		const weakFirst = article('fake-profiles', [
			slot('start'),
			noEmergency,
			...body,
			slot('end'),
			'end',
		]);
		expect(messages(`${weakFirst}${placesOnly}`, two)).toEqual([
			'Lesson "fake-profiles" in the lesson page of "fake-profiles" has a support box at the start without 999 for an emergency.',
			'Lesson "if-it-happens" in the lesson page of "fake-profiles" has a support box at the start without 999 for an emergency.',
		]);
	});
});

describe('checkBuiltPages', () => {
	test('reads every lesson page and package launch page, and a missing page is an error', async () => {
		const out = await mkdtemp(join(tmpdir(), 'second-look-pages-'));
		try {
			await mkdir(join(out, 'lessons', 'fake-profiles'), { recursive: true });
			await mkdir(join(out, 'package', 'school-ks3'), { recursive: true });
			await writeFile(
				join(out, 'lessons', 'fake-profiles', 'index.html'),
				page(article('fake-profiles')).html,
			);
			await writeFile(
				join(out, 'package', 'school-ks3', 'index.html'),
				page(article('fake-profiles', ['start', 'objectives', 'activity', 'key', 'sources'])).html,
			);
			const errors = await checkBuiltPages(
				out,
				['fake-profiles', 'if-it-happens'],
				[{ id: 'school-ks3', lessons: ['fake-profiles'] }],
			);
			expect(formatBuiltPageErrors(errors)).toMatchInlineSnapshot(`
				"Second Look found 2 problems in the built pages:

				SupportLinesMissing at lessons/if-it-happens/index.html
				  The built page is missing: the lesson page of "if-it-happens". A lesson must be shown with its support lines.
				  How to fix: Check that src/pages still builds a page for every lesson and every module.

				SupportLinesMissing at package/school-ks3/index.html
				  Lesson "fake-profiles" in the package launch page of module "school-ks3" has no support lines at the end (after its last activity and key messages).
				  How to fix: LessonBody (src/components/LessonBody.astro) renders <SupportLines position="start"> after the title and <SupportLines position="end"> after the key messages; make sure the page still uses LessonBody and that both are in it."
			`);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});

	test("a self-paced module's lesson pages are checked too; a taught module has none", async () => {
		const out = await mkdtemp(join(tmpdir(), 'second-look-pages-'));
		try {
			const own = join(out, 'modules', 'adult-self-paced', 'lessons', 'fake-profiles');
			await mkdir(own, { recursive: true });
			await mkdir(join(out, 'lessons', 'fake-profiles'), { recursive: true });
			await mkdir(join(out, 'package', 'adult-self-paced'), { recursive: true });
			await mkdir(join(out, 'package', 'school-ks3'), { recursive: true });
			const good = page(article('fake-profiles')).html;
			await writeFile(join(out, 'lessons', 'fake-profiles', 'index.html'), good);
			await writeFile(
				join(out, 'package', 'adult-self-paced', 'index.html'),
				page(article('fake-profiles') + article('if-it-happens')).html,
			);
			await writeFile(join(out, 'package', 'school-ks3', 'index.html'), good);
			await writeFile(
				join(own, 'index.html'),
				page(article('fake-profiles', ['objectives', 'activity', 'key', 'end', 'sources'])).html,
			);
			const errors = await checkBuiltPages(
				out,
				['fake-profiles'],
				[
					{ id: 'adult-self-paced', lessons: ['fake-profiles', 'if-it-happens'], selfPaced: true },
					{ id: 'school-ks3', lessons: ['fake-profiles'], selfPaced: false },
				],
			);
			expect(errors.map((e) => [e.file, e.message.split(':')[0]])).toEqual([
				[
					'modules/adult-self-paced/lessons/fake-profiles/index.html',
					'Lesson "fake-profiles" in the page of lesson "fake-profiles" in self-paced module "adult-self-paced" has no support lines at the start (before its first heading or activity).',
				],
				['modules/adult-self-paced/lessons/if-it-happens/index.html', 'The built page is missing'],
			]);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});
});
