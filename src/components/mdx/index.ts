import type { MdxComponentName } from './registry.ts';
import Activity from './Activity.astro';
import Cite from './Cite.astro';
import Note from './Note.astro';
import ForAudience from './ForAudience.astro';
import SectionSources from './SectionSources.astro';
import LessonHeading from './LessonHeading.astro';
import LessonLink from './LessonLink.astro';

/**
 * The components lesson prose can use, passed to `<Content components={…} />`, and the one the
 * `remark-lesson-context` plugin adds after each part's cited prose (authors cannot write it); and
 * the prose's headings and links, whose ids and fragments follow the page (`rehype-lesson-anchors`).
 */
export const mdxComponents: Record<
	MdxComponentName | 'SectionSources' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'a',
	unknown
> = {
	Activity,
	Cite,
	Note,
	ForAudience,
	SectionSources,
	h1: LessonHeading,
	h2: LessonHeading,
	h3: LessonHeading,
	h4: LessonHeading,
	h5: LessonHeading,
	h6: LessonHeading,
	a: LessonLink,
};
