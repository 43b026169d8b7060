import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './content-root.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { ModuleSchema } from './schemas/module.ts';

const root = contentRoot(process.cwd());

/** `lessons/*.mdx`: the frontmatter is checked against {@link LessonSchema}. */
const lessons = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${root}/lessons` }),
	schema: LessonSchema,
});

/** `modules/*.yaml`: each file is checked against {@link ModuleSchema}. */
const modules = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/modules` }),
	schema: ModuleSchema,
});

export const collections = { lessons, modules };
