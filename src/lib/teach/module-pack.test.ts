import { expect, test } from 'vitest';
import { ModuleSchema } from '../../schemas/module.ts';
import { samplePlan } from '../../schemas/fixtures.test-data.ts';
import { moduleMinutes, modulePack } from './module-pack.ts';

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
		minutes: 50,
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
