import type { H5pResult } from '../lib/engine/answers.ts';
import { FRAME_FILES_ATTRIBUTE, inlinedResponse } from '../lib/h5p/frame-files.ts';
import { envelope, resultFromStatement, type FrameMessage } from '../lib/h5p/messages.ts';

/** What the frame needs from h5p-standalone's `main.bundle.js` (a classic script loaded first). */
interface H5pGlobals {
	H5PStandalone?: {
		H5P: new (el: HTMLElement, options: Record<string, unknown>) => Promise<unknown>;
	};
	H5P?: {
		externalDispatcher?: {
			on(event: 'xAPI', listener: (event: { data: { statement: unknown } }) => void): void;
		};
	};
}

/** The inlined files (see src/lib/h5p/frame-files.ts), or undefined when the block is missing or broken. */
function readFiles(doc: Document): Record<string, unknown> | undefined {
	const text = doc.querySelector(`script[${FRAME_FILES_ATTRIBUTE}]`)?.textContent;
	if (!text) return undefined;
	try {
		const files = JSON.parse(text) as unknown;
		return typeof files === 'object' && files !== null && !Array.isArray(files)
			? (files as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Answers the player's `fetch` of its JSON files from the inlined block: in the sandboxed frame (an
 * opaque origin) a real fetch of the site's files is cross-origin and fails without CORS headers.
 * Other URLs go to the browser as before.
 */
function serveInlinedFiles(win: Window, files: Record<string, unknown>): void {
	const original = win.fetch.bind(win);
	win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
		const url = input instanceof Request ? input.url : String(input);
		const body = inlinedResponse(files, win.location.href, url);
		if (body === undefined) return original(input, init);
		return Promise.resolve(
			body === null
				? new Response('', { status: 404 })
				: new Response(body, { headers: { 'content-type': 'application/json' } }),
		);
	};
}

/** An in-memory Storage, for a frame whose own storage is refused (a sandbox without same-origin). */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	// Keys and values as Storage stores them: whatever H5P passes, as text.
	return {
		get length() {
			return items.size;
		},
		key: (i: number) => [...items.keys()][i] ?? null,
		getItem: (k: unknown) => items.get(String(k)) ?? null,
		setItem: (k: unknown, v: unknown) => {
			items.set(String(k), String(v));
		},
		removeItem: (k: unknown) => {
			items.delete(String(k));
		},
		clear: () => {
			items.clear();
		},
	};
}

/**
 * H5P's core reads `window.localStorage` in places without a try (its clipboard, its request
 * queue); in the sandbox that read throws. Each storage the frame cannot use is replaced by one
 * that lives only as long as the frame (never the site's storage: the sandbox keeps that out of reach).
 */
function replaceRefusedStorage(win: Window): void {
	for (const name of ['localStorage', 'sessionStorage'] as const) {
		let refused = false;
		try {
			refused = typeof win[name].getItem !== 'function';
		} catch {
			refused = true;
		}
		if (refused) Object.defineProperty(win, name, { value: memoryStorage(), configurable: true });
	}
}

/**
 * Runs inside an H5P frame document (`/h5p/<activity>/`), a classic script built by
 * src/integrations/h5p.ts: plays the content with h5p-standalone (embedded as a div: no nested
 * frame), and tells the embedding page about answers, height changes and Escape presses. The page
 * embeds this frame sandboxed without same-origin, so what runs here (H5P's libraries included) can
 * reach the page only through these messages, which the page checks (src/lib/h5p/messages.ts).
 */
function start(win: Window & H5pGlobals, doc: Document): void {
	const root = doc.querySelector<HTMLElement>('[data-h5p-root]');
	const activity = root?.dataset['activity'];
	if (!root || !activity) return;
	// To the page's origin only: the frame's own address names it, though the frame's origin is opaque.
	const post = (message: FrameMessage) => {
		if (win.parent !== win)
			win.parent.postMessage(envelope(activity, message), win.location.origin);
	};

	let last: H5pResult | undefined;
	const Player = win.H5PStandalone?.H5P;
	const files = readFiles(doc);
	if (!Player || !files) {
		post({ kind: 'failed' });
		return;
	}
	replaceRefusedStorage(win);
	serveInlinedFiles(win, files);
	new Player(root, {
		h5pJsonPath: './package',
		frameJs: '../player/frame.bundle.js',
		frameCss: '../player/styles/h5p.css',
		embedType: 'div',
		frame: false,
		copyright: false,
		export: false,
		embed: false,
		icon: false,
		fullScreen: false,
	}).then(
		() => {
			win.H5P?.externalDispatcher?.on('xAPI', (event) => {
				const result = resultFromStatement(event.data.statement);
				if (!result) return;
				// Content that says "answered" and then "completed" for one attempt is reported once.
				const same =
					last?.response === result.response &&
					last.success === result.success &&
					last.score === result.score;
				const verb = (event.data.statement as { verb?: { id?: string } }).verb?.id ?? '';
				if (same && verb.endsWith('/completed')) return;
				last = result;
				post({ kind: 'answered', result });
			});
		},
		() => {
			post({ kind: 'failed' });
		},
	);

	// The body's own height (not the frame's), so the frame can shrink as well as grow.
	new ResizeObserver(() => {
		const style = win.getComputedStyle(doc.body);
		const margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
		post({ kind: 'height', height: Math.ceil(doc.body.getBoundingClientRect().height + margins) });
	}).observe(doc.body);
	doc.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !event.repeat) post({ kind: 'escape' });
	});
}

start(window, document);
