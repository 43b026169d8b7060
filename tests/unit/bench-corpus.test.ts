import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyModule } from '../../scripts/bench/corpus.ts';

/** The shipped modules, each as `npm run bench` copies it for the x10 corpus. */
const modules = readdirSync('modules')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ name, text: readFileSync(join('modules', name), 'utf8') }));

interface ModuleIds {
	id: string;
	lessons: string[];
	changes?: { lessons?: string[] }[];
	lessonPlan?: { activities?: string[] }[];
}

describe('the benchmark’s copy of each shipped module', () => {
	test.each(modules)(
		'$name: every lesson and activity id it names is the copy’s',
		({ name, text }) => {
			const copy = parse(copyModule(text, '-x3', name)) as ModuleIds;
			const original = parse(text) as ModuleIds;
			expect(copy.id).toBe(`${original.id}-x3`);
			expect(copy.lessons).toEqual(original.lessons.map((id) => `${id}-x3`));
			// A release names lessons of its own module (the content check's UnknownLessonId): the x10
			// build failed when the copies kept the originals' names here.
			for (const change of copy.changes ?? [])
				for (const lesson of change.lessons ?? []) expect(copy.lessons).toContain(lesson);
			expect(copy.changes?.some((c) => c.lessons?.length)).toBe(
				original.changes?.some((c) => c.lessons?.length),
			);
			for (const step of copy.lessonPlan ?? [])
				for (const activity of step.activities ?? []) expect(activity).toMatch(/-x3$/);
		},
	);
});
