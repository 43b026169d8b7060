import type { APIRoute, GetStaticPaths } from 'astro';
import { allModules, lessonsById } from '../../../lib/lessons.ts';
import { hasLetter, moduleLetter, moduleLetterText } from '../../../lib/parents/module-letter.ts';

/**
 * The letter home of each school module as plain text, built at build time: the same blocks as the
 * letter page, fields in square brackets, for a teacher to paste into the school's own letterhead
 * or messaging system. Works without JavaScript.
 */
export const getStaticPaths = (async () => {
	const byId = await lessonsById();
	return (await allModules())
		.filter(hasLetter)
		.map((module) => ({ params: { id: module.id }, props: { module, byId } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { module, byId } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	return new Response(moduleLetterText(moduleLetter(module, byId, site)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
