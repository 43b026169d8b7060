import { isShownTo } from '../audience-view.ts';
import type { Module } from '../../schemas/module.ts';
import { searchDocuments, searchSources, type SearchPlace, type SiteContent } from './sources.ts';
import type { SearchDocument } from './types.ts';

/**
 * The content as one module's package shows it: only that module, its lessons in the module's
 * order, each narrowed to the module's one audience (prose and activities for other audiences
 * left out, as the launch page leaves them out). Pure.
 */
export function moduleContent(module: Module, content: SiteContent): SiteContent {
	const audiences = [module.audience];
	const lessons = module.lessons.map((id) => {
		const lesson = content.lessons.find((l) => l.data.id === id);
		if (!lesson) throw new Error(`Module "${module.id}" lists unknown lesson "${id}".`);
		const activities = lesson.data.activities.filter((a) => isShownTo(a.audiences, audiences));
		return { body: lesson.body, data: { ...lesson.data, audiences, activities } };
	});
	return { ...content, lessons, modules: [module] };
}

/** A document's file, without its place (`index.html#lesson-x` → `index.html`). */
const fileOf = (url: string) => url.replace(/#.*$/, '');

/**
 * The search documents of one module's package: every source, over the module's content only
 * ({@link moduleContent}), placed by `place` at the package's files; a page the package does not
 * carry (`place` gives undefined) has no documents. A package's launch page holds every lesson, so
 * a heading id two lessons share ("Check what you know") names only the first on that page: parts
 * with such an anchor link to their lesson instead. Pure.
 */
export function moduleSearchDocuments(
	module: Module,
	content: SiteContent,
	place: SearchPlace,
): SearchDocument[] {
	const docs = searchDocuments(moduleContent(module, content), searchSources, place);
	const holders = new Map<string, Set<number>>();
	docs.forEach((doc, i) => {
		for (const { anchor } of doc.parts) {
			if (anchor === undefined) continue;
			const key = `${fileOf(doc.url)}#${anchor}`;
			const set = holders.get(key) ?? new Set<number>();
			holders.set(key, set.add(i));
		}
	});
	const shared = (doc: SearchDocument, anchor: string) =>
		(holders.get(`${fileOf(doc.url)}#${anchor}`)?.size ?? 0) > 1;
	return docs.map((doc) => ({
		...doc,
		parts: doc.parts.map((part) =>
			part.anchor !== undefined && shared(doc, part.anchor)
				? { text: part.text, field: part.field }
				: part,
		),
	}));
}
