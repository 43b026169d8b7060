import { describe, expect, test } from 'vitest';
import { schoolWordsIn } from '../../../tests/support/school-words.ts';
import type { Module } from '../../schemas/module.ts';
import {
	kitFiles,
	kitStartPage,
	pdfFiles,
	slidesFileName,
	teacherKitFileName,
} from './kit-files.ts';

const plan = [{ minutes: 60, step: 'All of it', does: 'Teach it.' }];
const module = (audience: Module['audience'], lessonPlan?: typeof plan) =>
	({ id: `m-${audience}`, audience, lessonPlan }) as unknown as Module;

describe('pdfFiles', () => {
	test('a school module prints its teacher pack, a one-page handout and the one-page baseline and end point sheet', () => {
		expect(pdfFiles(module('school', plan))).toEqual([
			{
				sitePath: '/teach/m-school/',
				fileName: 'm-school-teacher-pack.pdf',
				label: 'Teacher pack',
				maxPages: 30,
			},
			{
				sitePath: '/teach/m-school/handout/',
				fileName: 'm-school-handout.pdf',
				label: 'Learner handout',
				maxPages: 1,
			},
			{
				sitePath: '/teach/m-school/check-sheet/',
				fileName: 'm-school-check-sheet.pdf',
				label: 'Baseline and end point sheet',
				maxPages: 1,
			},
		]);
	});

	test('a forces module calls it a trainer pack', () => {
		expect(pdfFiles(module('forces', plan)).map((f) => [f.fileName, f.label])).toEqual([
			['m-forces-trainer-pack.pdf', 'Trainer pack'],
			['m-forces-handout.pdf', 'Learner handout'],
			['m-forces-check-sheet.pdf', 'Baseline and end point sheet'],
		]);
	});

	test('a self-paced module, or one without a session plan, has no pack to print', () => {
		expect(pdfFiles(module('adult', plan))).toEqual([]);
		expect(pdfFiles(module('school'))).toEqual([]);
	});
});

describe("the teacher's kit", () => {
	test('a school module: every file a teacher needs, each once, PDFs and slides by their download names', () => {
		const m = module('school', plan);
		const files = kitFiles(m);
		expect(files.map((f) => f.file)).toEqual([
			'teacher-pack.html',
			'm-school-teacher-pack.pdf',
			'letter-home.html',
			'letter-home.txt',
			'parents-guide.html',
			'presenter.html',
			'm-school-slides.pptx',
			'index.html',
			'handout.html',
			'm-school-handout.pdf',
			'check-sheet.html',
			'm-school-check-sheet.pdf',
			'class-report.html',
		]);
		// Nothing named twice: not a file in the folder, not a site address it comes from, not the
		// start page's file.
		const names = [...files.map((f) => f.file), kitStartPage(m).file];
		expect(new Set(names).size).toBe(names.length);
		const from = files.map((f) => f.sitePath.replace(/#.*$/, ''));
		expect(new Set(from).size).toBe(from.length);
		// Every download the module page offers is in the kit, under the same name.
		for (const name of [...pdfFiles(m).map((f) => f.fileName), slidesFileName(m)])
			expect(files.find((f) => f.file === name)?.sitePath).toBe(`/downloads/${name ?? ''}`);
		expect(files.find((f) => f.file === 'class-report.html')?.sitePath).toBe(
			'/teach/report/#m-school',
		);
		expect(new Set(files.map((f) => f.part))).toEqual(new Set(['before', 'during', 'after']));
		expect(teacherKitFileName(m)).toBe('m-school-teacher-kit.zip');
	});

	test('a forces module: a trainer’s kit in forces words, with no letter home or parents’ guide', () => {
		const m = module('forces', plan);
		const files = kitFiles(m);
		expect(teacherKitFileName(m)).toBe('m-forces-trainer-kit.zip');
		expect(files.map((f) => f.file)).toEqual([
			'trainer-pack.html',
			'm-forces-trainer-pack.pdf',
			'presenter.html',
			'm-forces-slides.pptx',
			'index.html',
			'handout.html',
			'm-forces-handout.pdf',
			'check-sheet.html',
			'm-forces-check-sheet.pdf',
			'group-report.html',
		]);
		const words = files.map((f) => `${f.label} ${f.about}`).join(' ');
		expect(schoolWordsIn(words, [])).toEqual([]);
		expect(words).not.toMatch(/\b(letter|own lesson)\b/i);
	});

	test('a self-paced module has no kit', () => {
		expect(kitFiles(module('adult', plan))).toEqual([]);
		expect(teacherKitFileName(module('adult', plan))).toBeUndefined();
		expect(teacherKitFileName(module('school'))).toBeUndefined();
	});
});
