import type { APIRoute } from 'astro';
import { siteSearchIndexJson } from '../lib/search/site-index.ts';

/** The prebuilt search index, fetched by the search page when a learner starts searching. */
export const GET: APIRoute = async () =>
	new Response(await siteSearchIndexJson(), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
