import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentSet } from '../../content/read.ts';
import { helplines } from '../../data/helplines.ts';
import { teachingNotes } from '../../data/teaching-notes.ts';
import type { SiteContent } from './sources.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * What the search sources read, from content the content check has read (`readContent(root)`):
 * each lesson's data and its MDX body. For code that runs outside Astro (the package exporters,
 * tests); the site's own index reads the same through Astro's collection.
 */
export async function siteContentOf(root: string, set: ContentSet): Promise<SiteContent> {
	const lessons = await Promise.all(
		set.lessons.map(async (l) => ({
			data: l.data,
			body: (await readFile(join(root, l.file), 'utf8')).replace(FRONTMATTER, ''),
		})),
	);
	lessons.sort((a, b) => a.data.id.localeCompare(b.data.id));
	return { lessons, modules: set.modules.map((m) => m.data), helplines, teachingNotes };
}
