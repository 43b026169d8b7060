import { describe, expect, test } from 'vitest';
import { IdSchema } from './ids.ts';
import { ModuleSchema } from './module.ts';
import { sessionMinutes } from './lesson-plan.ts';
import { SourceSchema } from './source.ts';
import { samplePlan } from './fixtures.test-data.ts';

const module = {
	id: 'school-ks3',
	title: 'Sample',
	audience: 'school',
	ageRange: { min: 11, max: 14 },
	description: 'A module description that is long enough.',
	lessons: ['fake-profiles'],
	reporting: 'completion',
	passMark: 80,
	minutes: sessionMinutes(samplePlan),
	lessonPlan: samplePlan,
};

describe('schemas', () => {
	test.each([
		['fake-profiles', true],
		['a1', true],
		['Fake-Profiles', false],
		['fake profiles', false],
		['fake--profiles', false],
		['1fake', false],
		['fake:profiles', false],
	])('IdSchema accepts %s: %s', (id, ok) => {
		expect(IdSchema.safeParse(id).success).toBe(ok);
	});

	test('a module defaults to every package format', () => {
		expect(ModuleSchema.parse(module).formats).toEqual(['scorm12', 'scorm2004', 'cmi5', 'offline']);
	});

	test.each([
		[{ passMark: 101 }, 'passMark'],
		[{ ageRange: { min: 16, max: 11 } }, 'ageRange.min'],
		[{ audience: 'parents' }, 'audience'],
		[{ formats: ['scorm3'] }, 'formats.0'],
		[{ lessons: [] }, 'lessons'],
		[{ lessonPlan: undefined }, 'lessonPlan'],
		// The session's length is shown on the module page, the pack and presenter mode: one number.
		[{ minutes: sessionMinutes(samplePlan) + 20 }, 'minutes'],
		[{ lessonPlan: module.lessonPlan.slice(0, 2).concat(module.lessonPlan) }, 'lessonPlan'],
	])('a module with %o is refused at %s', (change, path) => {
		const result = ModuleSchema.safeParse({ ...module, ...change });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
		if (path === 'minutes')
			expect(result.error?.issues[0]?.message).toMatch(
				/must equal the lessonPlan's steps added up/,
			);
	});

	test.each([
		['title', 'Sample\u000Bmodule', 'U+000B, at character 7'],
		[
			'description',
			'A module description pasted\u0001 from a word processor.',
			'U+0001, at character 28',
		],
		['description', 'A description that ends in a non-character\uFFFF', 'U+FFFF'],
	])(
		'a module %s with a character no manifest can carry is refused, naming it',
		(field, text, named) => {
			const result = ModuleSchema.safeParse({ ...module, [field]: text });
			expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
			expect(result.error?.issues[0]?.message).toContain(named);
		},
	);

	test('tabs, line breaks and U+2028/9 in a module description are kept (manifests escape them)', () => {
		const description = 'Line one\twith a tab.\nLine two\r\nand\u2028more\u2029text.';
		expect(ModuleSchema.parse({ ...module, description }).description).toBe(description);
	});

	test('a self-paced module needs no lesson plan; a plan must fill one 50–60 minute session', () => {
		expect(
			ModuleSchema.safeParse({ ...module, audience: 'adult', lessonPlan: undefined }).success,
		).toBe(true);
		const short = module.lessonPlan.map((s) => ({ ...s, minutes: 5 }));
		expect(ModuleSchema.safeParse({ ...module, lessonPlan: short }).error?.message).toMatch(
			/add up to 50–60/,
		);
	});

	test('a source needs an https address and a YYYY-MM-DD date (a YAML date is accepted too)', () => {
		const source = { id: 's3', title: 'Title', publisher: 'Pub', url: 'https://a.example/x' };
		expect(SourceSchema.safeParse({ ...source, accessed: '2026-11-23' }).success).toBe(true);
		expect(SourceSchema.parse({ ...source, accessed: new Date('2026-11-23') }).accessed).toBe(
			'2026-11-23',
		);
		expect(SourceSchema.safeParse({ ...source, accessed: '23/11/2026' }).success).toBe(false);
		expect(
			SourceSchema.safeParse({ ...source, url: 'http://a.example/x', accessed: '2026-11-23' })
				.success,
		).toBe(false);
	});
});
