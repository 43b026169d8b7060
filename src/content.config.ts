import { defineCollection } from 'astro:content';
import { contentRoot } from './content-root.ts';
import { checkedContentLoader } from './integrations/content-loader.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { ModuleSchema } from './schemas/module.ts';

const root = contentRoot(process.cwd());

/**
 * `lessons/*.mdx`, as the content check read and validated them against {@link LessonSchema}
 * (the schema here gives the collection its type; the loader stores the check's data).
 */
const lessons = defineCollection({
	loader: checkedContentLoader('lessons', root),
	schema: LessonSchema,
});

/** `modules/*.yaml`, as the content check read and validated them against {@link ModuleSchema}. */
const modules = defineCollection({
	loader: checkedContentLoader('modules', root),
	schema: ModuleSchema,
});

export const collections = { lessons, modules };
