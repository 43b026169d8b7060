import type { LrsAnswer } from './cmi5-lrs.ts';

/**
 * The page side of the preview's cmi5 relay: registers the service worker (`public/preview-lrs.js`)
 * that catches the framed package's requests to `/preview-lrs/<channel>/…`, and answers the ones of
 * this page's channel from the in-page LMS + LRS. Browser only; exercised by the preview's Chromium
 * tests.
 */

/** Where the worker is, and the frame documents it serves (the site's package pages). */
export const RELAY_SCRIPT = '/preview-lrs.js';
export const RELAY_SCOPE = '/package/';

/** One request as the worker relays it. */
export interface RelayedRequest {
	type: 'second-look:lrs-request';
	channel: string;
	method: string;
	url: string;
	headers: Record<string, string>;
	body: string;
}

/** Why cmi5 cannot be previewed in this browser (no service workers, or they are blocked). */
export class RelayUnavailable extends Error {
	constructor(reason: string) {
		super(`the cmi5 preview needs a service worker: ${reason}`);
		this.name = 'RelayUnavailable';
	}
}

function isRelayed(data: unknown, channel: string): data is RelayedRequest {
	if (typeof data !== 'object' || data === null) return false;
	const r = data as Record<string, unknown>;
	return (
		r.type === 'second-look:lrs-request' &&
		r.channel === channel &&
		typeof r.method === 'string' &&
		typeof r.url === 'string' &&
		typeof r.body === 'string' &&
		typeof r.headers === 'object' &&
		r.headers !== null
	);
}

/** Waits until the registration has an activated worker. */
async function activated(registration: ServiceWorkerRegistration): Promise<void> {
	const worker = registration.installing ?? registration.waiting ?? registration.active;
	if (!worker) throw new RelayUnavailable('no worker was installed');
	if (worker.state === 'activated') return;
	await new Promise<void>((resolve, reject) => {
		const changed = () => {
			if (worker.state === 'activated') resolve();
			else if (worker.state === 'redundant') reject(new RelayUnavailable('the worker failed'));
		};
		worker.addEventListener('statechange', changed);
		changed();
	});
}

/**
 * Opens a relay channel: once this resolves, a frame opened on a package page sends its LMS requests
 * for `channel` to `answer`. Returns the function that closes the channel.
 * @throws {RelayUnavailable} when the browser has no service workers or refuses this one.
 */
export async function openRelay(
	win: Window,
	channel: string,
	answer: (request: RelayedRequest) => Promise<LrsAnswer>,
): Promise<() => void> {
	// Absent in some browsers and contexts (insecure origins, some private modes).
	const container = (win.navigator as Partial<Navigator>).serviceWorker;
	if (!container) throw new RelayUnavailable('this browser offers none here');
	let registration: ServiceWorkerRegistration;
	try {
		registration = await container.register(RELAY_SCRIPT, { scope: RELAY_SCOPE });
	} catch (err) {
		throw new RelayUnavailable(err instanceof Error ? err.message : String(err));
	}
	await activated(registration);
	const onmessage = (event: MessageEvent) => {
		const port = event.ports[0];
		if (event.origin !== win.location.origin || !port || !isRelayed(event.data, channel)) return;
		void answer(event.data).then((reply) => {
			port.postMessage(reply);
		});
	};
	container.addEventListener('message', onmessage);
	container.startMessages();
	// Leave nothing behind in the browser once the preview page goes, even when this channel closed
	// earlier (another channel may still use the worker until then). The worker also removes itself
	// when a package page opens with no preview page open.
	win.addEventListener(
		'pagehide',
		() => {
			void registration.unregister();
		},
		{ once: true },
	);
	return () => {
		container.removeEventListener('message', onmessage);
	};
}
