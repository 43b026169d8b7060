import type { APIRoute } from 'astro';
import { allModules, lessonsById } from '../../../lib/lessons.ts';
import { moduleLessons } from '../../../lib/module-lessons.ts';
import { reportModule } from '../../../lib/class-report/module-data.ts';

/** One module's lessons and activities, loaded by the class report page when a file is opened. */
export async function getStaticPaths() {
	const byId = await lessonsById();
	return (await allModules()).map((module) => ({
		params: { id: module.id },
		props: {
			data: reportModule(module, moduleLessons(module, byId)),
		},
	}));
}

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
