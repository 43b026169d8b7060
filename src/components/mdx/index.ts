import type { MdxComponentName } from './registry.ts';
import Activity from './Activity.astro';
import Cite from './Cite.astro';
import Note from './Note.astro';
import ForAudience from './ForAudience.astro';
import SectionSources from './SectionSources.astro';

/**
 * The components lesson prose can use, passed to `<Content components={…} />`, and the one the
 * `remark-lesson-context` plugin adds after each part's cited prose (authors cannot write it).
 */
export const mdxComponents: Record<MdxComponentName | 'SectionSources', unknown> = {
	Activity,
	Cite,
	Note,
	ForAudience,
	SectionSources,
};
