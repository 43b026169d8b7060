import { describe, expect, test } from 'vitest';
import type { Module } from '../../schemas/module.ts';
import { pdfFiles } from './kit-files.ts';

const plan = [{ minutes: 60, step: 'All of it', does: 'Teach it.' }];
const module = (audience: Module['audience'], lessonPlan?: typeof plan) =>
	({ id: `m-${audience}`, audience, lessonPlan }) as unknown as Module;

describe('pdfFiles', () => {
	test('a school module prints its teacher pack and a one-page handout', () => {
		expect(pdfFiles(module('school', plan))).toEqual([
			{
				sitePath: '/teach/m-school/',
				fileName: 'm-school-teacher-pack.pdf',
				label: 'Teacher pack',
				maxPages: 24,
			},
			{
				sitePath: '/teach/m-school/handout/',
				fileName: 'm-school-handout.pdf',
				label: 'Learner handout',
				maxPages: 1,
			},
		]);
	});

	test('a forces module calls it a trainer pack', () => {
		expect(pdfFiles(module('forces', plan)).map((f) => [f.fileName, f.label])).toEqual([
			['m-forces-trainer-pack.pdf', 'Trainer pack'],
			['m-forces-handout.pdf', 'Learner handout'],
		]);
	});

	test('a self-paced module, or one without a session plan, has no pack to print', () => {
		expect(pdfFiles(module('adult', plan))).toEqual([]);
		expect(pdfFiles(module('school'))).toEqual([]);
	});
});
