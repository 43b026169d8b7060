import type { APIRoute } from 'astro';
import { escapeJsonForScript } from '../lib/json-script.ts';
import { payloadScript } from '../lib/search/build-index.ts';
import { siteSearchContent, siteSearchIndexJson } from '../lib/search/site-index.ts';

/**
 * The same index as a classic script that sets `self.secondLookSearchIndex`: for pages opened from
 * `file://` (the offline package), where fetching a local file is blocked.
 */
export const GET: APIRoute = async () =>
	new Response(payloadScript(escapeJsonForScript(siteSearchIndexJson(await siteSearchContent()))), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
