import type { APIRoute } from 'astro';
import { siteSearchContent, siteSearchIndexJson } from '../lib/search/site-index.ts';

/** The prebuilt search index, fetched by the search page when a learner starts searching. */
export const GET: APIRoute = async () =>
	new Response(siteSearchIndexJson(await siteSearchContent()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
