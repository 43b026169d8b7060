import type { MdxComponentName } from './registry.ts';
import Activity from './Activity.astro';
import Cite from './Cite.astro';
import Note from './Note.astro';
import ForAudience from './ForAudience.astro';

/** The components lesson prose can use, passed to `<Content components={…} />`. */
export const mdxComponents: Record<MdxComponentName, unknown> = {
	Activity,
	Cite,
	Note,
	ForAudience,
};
