import { getCollection } from 'astro:content';
import { helplines } from '../../data/helplines.ts';
import { teachingNotes } from '../../data/teaching-notes.ts';
import { allModules } from '../lessons.ts';
import { buildSearchPayload } from './build-index.ts';
import type { SiteContent } from './source.ts';
import { searchDocuments } from './sources.ts';

/**
 * What the site's search covers, from Astro's collections (which the loader fills from the content
 * check's one read): each lesson's data and MDX body, sorted by id, the modules, help lines and notes.
 */
export async function siteSearchContent(): Promise<SiteContent> {
	const lessons = (await getCollection('lessons'))
		.map((entry) => ({ data: entry.data, body: entry.body ?? '' }))
		.sort((a, b) => a.data.id.localeCompare(b.data.id));
	return { lessons, modules: await allModules(), helplines, teachingNotes };
}

/**
 * The site's search payload as JSON text, from the content passed in (both endpoints build it: no
 * cache kept between requests, so `astro dev` serves the index of the content as it is now).
 */
export function siteSearchIndexJson(content: SiteContent): string {
	return JSON.stringify(buildSearchPayload(searchDocuments(content)));
}
