import { isShownTo } from '../audience-view.ts';
import type { Module } from '../../schemas/module.ts';
import { searchDocuments, searchSources, type SearchPlace, type SiteContent } from './sources.ts';
import type { SearchDocument } from './types.ts';

/**
 * The content as one module's package shows it: only that module, its lessons in the module's
 * order, each narrowed to the module's one audience (prose and activities for other audiences
 * left out, as the launch page leaves them out), all on the one launch page (each prose heading's
 * id carries its lesson id there, so two lessons' "Check what you know" are two places). Pure.
 */
export function moduleContent(module: Module, content: SiteContent): SiteContent {
	const audiences = [module.audience];
	const lessons = module.lessons.map((id) => {
		const lesson = content.lessons.find((l) => l.data.id === id);
		if (!lesson) throw new Error(`Module "${module.id}" lists unknown lesson "${id}".`);
		const activities = lesson.data.activities.filter((a) => isShownTo(a.audiences, audiences));
		return { body: lesson.body, data: { ...lesson.data, audiences, activities } };
	});
	return { ...content, lessons, modules: [module], lessonsShareAPage: true };
}

/**
 * The search documents of one module's package: every source, over the module's content only
 * ({@link moduleContent}), placed by `place` at the package's files; a page the package does not
 * carry (`place` gives undefined) has no documents. Pure.
 */
export function moduleSearchDocuments(
	module: Module,
	content: SiteContent,
	place: SearchPlace,
): SearchDocument[] {
	return searchDocuments(moduleContent(module, content), searchSources, place);
}
