import type { APIRoute } from 'astro';
import { allModules, lessonsById } from '../../../lib/lessons.ts';
import { moduleLessons } from '../../../lib/module-lessons.ts';
import { reportModule, reportModuleEntry } from '../../../lib/class-report/module-data.ts';

/** Every module's activity ids: the class report page finds which module a file is from. */
export const GET: APIRoute = async () => {
	const byId = await lessonsById();
	const entries = (await allModules()).map((module) =>
		reportModuleEntry(reportModule(module, moduleLessons(module, byId))),
	);
	return new Response(JSON.stringify(entries), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
