import type { Audience } from '../../schemas/audience.ts';
import type { Helpline } from '../../schemas/helpline.ts';
import type { Lesson } from '../../schemas/lesson.ts';
import type { Module } from '../../schemas/module.ts';
import type { SearchDocument } from './types.ts';

/**
 * The search's two contracts, apart from the sources themselves (sources.ts), so a source elsewhere
 * (the guided help's) can name them without importing the list it is in.
 */

/** Everything the search sources read: the site's content, loaded once. */
export interface SiteContent {
	/** Every lesson's data and its MDX body (the file after the frontmatter). */
	lessons: readonly { data: Lesson; body: string }[];
	modules: readonly Module[];
	helplines: readonly Helpline[];
	/** The "Before you teach this" notes every module page shows. */
	teachingNotes: Readonly<Record<Audience, readonly string[]>>;
	/**
	 * The lessons are shown on one page (a package's launch page), where each prose heading's id
	 * carries its lesson id (`proseAnchor`); the site gives each lesson a page of its own.
	 */
	lessonsShareAPage?: boolean;
}

/** A kind of page the search covers, and how to turn the content into its documents. */
export interface SearchSource {
	/** For error messages and the benchmark. */
	name: string;
	documents(content: SiteContent): SearchDocument[];
}
