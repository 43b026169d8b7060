import { getCollection } from 'astro:content';
import { helplines } from '../../data/helplines.ts';
import { teachingNotes } from '../../data/teaching-notes.ts';
import { allModules } from '../lessons.ts';
import { buildSearchPayload } from './build-index.ts';
import { searchDocuments } from './sources.ts';

let built: Promise<string> | undefined;

/** The site's search payload as JSON text, built once per build (both endpoints share it). */
export function siteSearchIndexJson(): Promise<string> {
	built ??= (async () => {
		const lessons = (await getCollection('lessons'))
			.map((entry) => ({ data: entry.data, body: entry.body ?? '' }))
			.sort((a, b) => a.data.id.localeCompare(b.data.id));
		const content = { lessons, modules: await allModules(), helplines, teachingNotes };
		return JSON.stringify(buildSearchPayload(searchDocuments(content)));
	})();
	return built;
}
