import type { ContentSet } from '../../content/types.ts';
import { helplines } from '../../data/helplines.ts';
import { teachingNotes } from '../../data/teaching-notes.ts';
import type { SiteContent } from './sources.ts';

/**
 * What the search sources read, from content the content check has read (`readContent(root)`):
 * each lesson's data and its MDX body, as read once by the check (no file is read again). For code
 * that runs outside Astro (the package exporters, tests); the site's own index reads the same through
 * Astro's collection, which the loader fills from the same read.
 */
export function siteContentOf(set: Pick<ContentSet, 'lessons' | 'modules'>): SiteContent {
	const lessons = set.lessons
		.map((l) => ({ data: l.data, body: l.body }))
		.sort((a, b) => a.data.id.localeCompare(b.data.id));
	return { lessons, modules: set.modules.map((m) => m.data), helplines, teachingNotes };
}
