// @ts-check
/// <reference lib="webworker" />
/**
 * The service worker of the LMS preview's cmi5 mode (`/preview/<module>/`). The package in the
 * preview's frame talks to its LMS over HTTP (the auth-token fetch URL, xAPI statements, the state
 * API) at `/preview-lrs/<channel>/…`. This worker answers nothing itself: it hands each of those
 * requests to the preview page that opened the channel (the LMS + LRS lives in that page, in
 * memory) and returns that page's answer. Nothing leaves the browser, nothing is stored here, and
 * every other request goes to the network untouched.
 *
 * Registered by the preview page only when cmi5 is chosen, with scope `/package/` (the frame). When
 * a package page is opened while no preview page is open, it unregisters itself.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** How long to wait for the preview page before answering 503 (the LMS is gone). */
const WAIT_MS = 10_000;
const PATH = /^\/preview-lrs\/([a-z0-9-]{1,64})\//;

sw.addEventListener('install', () => {
	void sw.skipWaiting();
});
sw.addEventListener('activate', (event) => {
	event.waitUntil(sw.clients.claim());
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	const channel = PATH.exec(url.pathname)?.[1];
	if (url.origin !== sw.location.origin || channel === undefined) {
		// Not ours: the network answers. A page opened with no preview open: leave the browser.
		if (event.request.mode === 'navigate') event.waitUntil(leaveIfUnused());
		return;
	}
	event.respondWith(relay(event.request, channel));
});

/** The preview pages open in this browser (they own the channels). */
async function previewPages() {
	const pages = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return pages.filter((page) => new URL(page.url).pathname.startsWith('/preview/'));
}

/** Unregisters this worker once no preview page is open, so nothing of it stays behind. */
async function leaveIfUnused() {
	if ((await previewPages()).length === 0) await sw.registration.unregister();
}

/**
 * Asks the preview pages of this origin for the answer; only the one that owns the channel replies.
 * @param {Request} request
 * @param {string} channel
 * @returns {Promise<Response>}
 */
async function relay(request, channel) {
	const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
	/** @type {Record<string, string>} */
	const headers = {};
	request.headers.forEach((value, name) => {
		headers[name] = value;
	});
	const pages = await previewPages();
	/** @type {{ status: number, body?: string, type?: string }} */
	const answer = await new Promise((resolve) => {
		const timer = setTimeout(() => {
			resolve({ status: 503, body: 'The preview page that runs this LMS is closed.' });
		}, WAIT_MS);
		for (const page of pages) {
			const reply = new MessageChannel();
			reply.port1.onmessage = (message) => {
				clearTimeout(timer);
				resolve(message.data);
			};
			page.postMessage(
				{
					type: 'second-look:lrs-request',
					channel,
					method: request.method,
					url: request.url,
					headers,
					body,
				},
				[reply.port2],
			);
		}
	});
	return new Response(answer.status === 204 ? null : (answer.body ?? ''), {
		status: answer.status,
		headers: {
			'content-type': answer.type ?? 'text/plain; charset=utf-8',
			'cache-control': 'no-store',
		},
	});
}
