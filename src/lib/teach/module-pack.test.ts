import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseModule } from '../../content/read.ts';
import { ModuleSchema } from '../../schemas/module.ts';
import { samplePlan } from '../../schemas/fixtures.test-data.ts';
import { sessionMinutes } from '../../schemas/lesson-plan.ts';
import { LessonSchema } from '../../schemas/lesson.ts';
import { sample } from '../engine/fixtures.test-data.ts';
import { moduleMinutes, modulePack, offeredOutsidePlan, packGuidance } from './module-pack.ts';

const schoolModule = (packNotes?: unknown) => {
	const module = ModuleSchema.parse({
		id: 'sample',
		title: 'Sample module',
		audience: 'school',
		ageRange: { min: 11, max: 14 },
		description: 'A module description that is long enough.',
		lessons: ['one'],
		reporting: 'completion',
		passMark: 80,
		minutes: sessionMinutes(samplePlan),
		lessonPlan: samplePlan,
		packNotes,
	});
	return { ...module, audience: 'school' as const };
};

test('a module’s pack notes reach its pack, citing the pack’s own sources', () => {
	const notes = [{ text: 'With Year 7, plan more adult support.', sources: ['ceop-ks3'] }];
	expect(modulePack(schoolModule(notes), []).module.packNotes).toEqual(notes);
});

test('a pack note citing a source the pack does not list fails the build, naming both', () => {
	const notes = [{ text: 'With Year 7, plan more adult support.', sources: ['nowhere'] }];
	expect(() => modulePack(schoolModule(notes), [])).toThrow(
		'Module "sample": a pack note cites "nowhere", which is not in teachingSources',
	);
});

test('a module taught to groups takes its plan’s length on every page; a self-paced one its minutes', () => {
	const module = schoolModule();
	expect(moduleMinutes({ ...module, minutes: 75 })).toBe(55);
	expect(moduleMinutes({ ...module, lessonPlan: undefined, minutes: 95 })).toBe(95);
});

test('a forces pack lists every activity its learners meet; its deck leaves out the shared stories its plan does not use', () => {
	const source = {
		id: 's3',
		title: 'Source',
		publisher: 'Publisher',
		url: 'https://example.org/',
		accessed: '2026-11-23',
	};
	const lesson = LessonSchema.parse({
		id: 'one',
		title: 'Lesson one',
		summary: 'A lesson summary that is long enough to pass.',
		audiences: ['school', 'forces'],
		minutes: 20,
		objectives: ['Know one thing.'],
		keyMessages: ['One thing to remember.'],
		sources: [source],
		activities: [
			{ ...sample.single, id: 'shared-used' },
			{ ...sample.single, id: 'shared-unused' },
			{ ...sample.single, id: 'forces-own', audiences: ['forces'] },
		],
	});
	const lessonPlan = samplePlan.map((step, i) =>
		i === 0 ? { ...step, activities: ['shared-used'] } : step,
	);
	const ids = (audience: 'school' | 'forces') =>
		modulePack({ ...schoolModule(), audience, lessonPlan }, [lesson]).activities.map(
			(a) => a.activity.id,
		);
	// The pack covers every activity its learners meet in their packages (answers, LMS codes)…
	expect(ids('forces')).toEqual(['shared-used', 'shared-unused', 'forces-own']);
	expect(ids('school')).toEqual(['shared-used', 'shared-unused']);
	// …while outside its plan a forces deck offers no shared (school-age) story.
	const [used, unused, own] = lesson.activities;
	if (!used || !unused || !own) throw new Error('three activities');
	expect(offeredOutsidePlan(unused, 'forces')).toBe(false);
	expect(offeredOutsidePlan(own, 'forces')).toBe(true);
	expect(offeredOutsidePlan(unused, 'school')).toBe(true);
});

test('a pack names the steps for a pupil of 18 only where its module teaches 18-year-olds: KS4, not KS3', () => {
	const pack = (id: string) => {
		const { module } = parseModule(
			`modules/${id}.yaml`,
			readFileSync(`modules/${id}.yaml`, 'utf8'),
		);
		if (module?.data.audience !== 'school') throw new Error(`${id}: a school module`);
		return modulePack({ ...module.data, audience: 'school' }, []);
	};
	const adult = (id: string) =>
		pack(id).guidance.disclosure.filter((g) => g.text.startsWith('If the pupil is 18 or over'));
	expect(pack('school-ks4').module.ageRange.max).toBe(18);
	expect(adult('school-ks4')).toHaveLength(1);
	// Last, after the steps for a child, which still come first and whole.
	expect(pack('school-ks4').guidance.disclosure.at(-1)?.text).toMatch(
		/^If the pupil is 18 or over/,
	);
	expect(pack('school-ks3').module.ageRange.max).toBe(14);
	expect(adult('school-ks3')).toEqual([]);
	// By the help boxes' own rule: an age range reaching 18 is enough, whatever its youngest.
	expect(packGuidance({ audience: 'school', ageRange: { min: 16, max: 18 } }).disclosure).toEqual(
		pack('school-ks4').guidance.disclosure,
	);
	expect(packGuidance({ audience: 'forces', ageRange: { min: 16, max: 25 } }).disclosure).toBe(
		packGuidance({ audience: 'forces', ageRange: { min: 16, max: 17 } }).disclosure,
	);
});
