import type { H5pResult } from '../lib/engine/answers.ts';
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

/**
 * Runs inside an H5P frame document (`/h5p/<activity>/`): plays the unpacked content with
 * h5p-standalone (embedded as a div: no nested frame), and tells the embedding page about answers,
 * height changes and Escape presses. Messages go only to the parent window, on our own origin.
 */
function start(win: Window & H5pGlobals, doc: Document): void {
	const root = doc.querySelector<HTMLElement>('[data-h5p-root]');
	const activity = root?.dataset['activity'];
	if (!root || !activity) return;
	const post = (message: FrameMessage) => {
		if (win.parent !== win)
			win.parent.postMessage(envelope(activity, message), win.location.origin);
	};

	let last: H5pResult | undefined;
	const Player = win.H5PStandalone?.H5P;
	if (!Player) {
		post({ kind: 'failed' });
		return;
	}
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
