import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyLesson, copyModule, FRONTMATTER } from '../../scripts/bench/corpus.ts';

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

/** The shipped lessons, each as the x10 corpus copies it. */
const lessons = readdirSync('lessons')
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => ({ name, text: readFileSync(join('lessons', name), 'utf8') }));

interface LessonIds {
	id: string;
	activities?: { id: string; check?: { objective: string } }[];
}

describe('the benchmark’s copy of each shipped lesson', () => {
	const ids = new Set(
		lessons.map(({ text }) => (parse(FRONTMATTER.exec(text)?.[1] ?? '') as LessonIds).id),
	);
	test.each(lessons)(
		'$name: its ids and the objectives its questions check are the copy’s',
		({ name, text }) => {
			const copy = parse(FRONTMATTER.exec(copyLesson(text, '-x3', name))?.[1] ?? '') as LessonIds;
			expect(copy.id).toMatch(/-x3$/);
			for (const activity of copy.activities ?? []) {
				expect(activity.id).toMatch(/-x3$/);
				const objective = activity.check?.objective;
				// `<lesson>-<n>`, the lesson one of the copies (CheckOutOfPlace in the x10 build otherwise).
				if (objective) expect(ids).toContain(/^(.*)-x3-\d+$/.exec(objective)?.[1]);
			}
		},
	);
});
