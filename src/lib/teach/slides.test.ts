import { describe, expect, test } from 'vitest';
import { LessonSchema } from '../../schemas/lesson.ts';
import { ModuleSchema } from '../../schemas/module.ts';
import { samplePlan } from '../../schemas/fixtures.test-data.ts';
import { sample } from '../engine/fixtures.test-data.ts';
import { modulePack } from './module-pack.ts';
import { presenterSlides } from './slides.ts';

const source = {
	id: 's3',
	title: 'Source',
	publisher: 'Publisher',
	url: 'https://example.org/',
	accessed: '2026-11-23',
};
const lesson = (id: string, activities: unknown[]) =>
	LessonSchema.parse({
		id,
		title: `Lesson ${id}`,
		summary: 'A lesson summary that is long enough to pass.',
		audiences: ['school', 'forces'],
		minutes: 20,
		objectives: ['Know one thing.'],
		keyMessages: ['One thing to remember.'],
		sources: [source],
		activities,
	});

describe('presenter slides', () => {
	const forcesOnly = { ...sample.single, id: 'forces-only', audiences: ['forces'] };
	const lessons = [lesson('one', [sample.single, forcesOnly]), lesson('two', [sample.trueFalse])];
	const module = ModuleSchema.parse({
		id: 'sample',
		title: 'Sample module',
		audience: 'school',
		ageRange: { min: 11, max: 14 },
		description: 'A module description that is long enough.',
		lessons: ['one', 'two'],
		reporting: 'completion',
		passMark: 80,
		minutes: 50,
		lessonPlan: samplePlan,
	});
	if (module.audience !== 'school') throw new Error('expected a school module');
	const slides = presenterSlides(modulePack({ ...module, audience: 'school' }, lessons));

	test('run title, rules, each lesson with its activities and summary, and end on help', () => {
		expect(slides.map((s) => s.kind)).toEqual([
			'title',
			'rules',
			'lesson',
			'activity',
			'summary',
			'lesson',
			'activity',
			'summary',
			'help',
		]);
	});

	test('leave out activities for other audiences, and number activities through the module', () => {
		expect(slides.filter((s) => s.kind === 'activity').map((s) => s.title)).toEqual([
			'Activity 1',
			'Activity 2',
		]);
		expect(slides.some((s) => s.id === 'activity-forces-only')).toBe(false);
		expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
	});
});
