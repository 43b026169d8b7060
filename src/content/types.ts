import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';
import type { ContentError } from './errors.ts';
import type { MdxScan } from './mdx-scan.ts';
import type { LocatedYaml } from './yaml-locator.ts';

/**
 * What the content check reads, as types only: the reader (read.ts) makes these, the rules
 * (validate.ts, lint/) and every consumer (the Astro loader, the H5P integration, the build) take
 * them. Kept apart from the reader so the rules need not import it (no import circle).
 */

/** A lesson file that parsed and matched the schema. */
export interface LoadedLesson {
	/** Path from the content root, `lessons/<slug>.mdx`. */
	file: string;
	data: Lesson;
	yaml: LocatedYaml;
	scan: MdxScan;
	/** The MDX after the frontmatter block, as the page renders it. */
	body: string;
}

/** A module file that parsed and matched the schema. */
export interface LoadedModule {
	/** Path from the content root, `modules/<id>.yaml`. */
	file: string;
	data: Module;
	yaml: LocatedYaml;
}

/** Everything under a content root, and every mistake found in it. */
export interface ContentSet {
	lessons: LoadedLesson[];
	modules: LoadedModule[];
	errors: ContentError[];
}
