import { defineMiddleware } from 'astro:middleware';
import { activitiesOnce } from './lib/activities-once.ts';

/**
 * Every package launch page (`/package/<id>/`) carries each activity once: in its `#package-data`
 * block, not again in each island's props (src/lib/activities-once.ts). Astro runs this as it
 * prerenders the page, and on each request in `astro dev`, so the site, every package built from
 * the page and the dev server serve the same HTML.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!context.url.pathname.startsWith('/package/')) return response;
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = await response.text();
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(activitiesOnce(html), {
		status: response.status,
		statusText: response.statusText,
		headers,
	});
});
