import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { formatContentErrors, type ContentError } from '../content/errors.ts';
import { readContent } from '../content/read.ts';
import type { ContentSet } from '../content/types.ts';
import {
	CONTENT_FEED_HOOK,
	createContentFeed,
	givenContentOf,
	type ContentFeedSource,
} from './content-feed.ts';

/** Options for {@link contentCheck}. */
export interface ContentCheckOptions {
	/** Folder that holds `lessons/` and `modules/`. */
	contentRoot: string;
}

/**
 * Errors for content that `astro dev` would take minutes (or all its memory) to render: a file over
 * its size limit, or a lesson whose shape the MDX parser takes minutes over.
 */
const STOPS_DEV = new Set([
	'FileTooLarge',
	'LineTooLong',
	'NestingTooDeep',
	'TooManyListItems',
	'FormattingTooDense',
]);

/** A lesson or module file, the only files whose change can change the check's result. */
const CONTENT_FILE = /[\\/](lessons|modules)[\\/][^\\/]+\.(mdx|ya?ml|h5p)$/;

/** How long lesson and module files must be still after a change before the dev server checks them. */
const SETTLE_MS = 150;

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

/**
 * What Astro's error overlay in the browser shows for the content's errors: the first error's name,
 * file:line (as a link the overlay can open in the editor), what is wrong and how to fix it, then
 * every other error by name and place. `__isEnhancedAstroErrorPayload` tells Astro's dev server the
 * payload is ready to show as it is (it would otherwise treat it as a raw Vite error).
 */
export function overlayPayload(contentRoot: string, errors: readonly ContentError[]) {
	const [first, ...rest] = errors;
	if (!first) throw new Error('overlayPayload needs at least one error');
	const where = (e: ContentError) =>
		[e.file, e.line, e.column].filter((part) => part !== undefined).join(':');
	const others = rest.length
		? `<p>${rest.length === 1 ? 'One more problem' : `${String(rest.length)} more problems`}:</p><ul>${rest
				.map(
					(e) =>
						`<li><strong>${e.name}</strong> at ${escapeHtml(where(e))}: ${escapeHtml(e.message)}</li>`,
				)
				.join('')}</ul>`
		: '';
	return {
		type: 'error' as const,
		__isEnhancedAstroErrorPayload: true,
		err: {
			name: first.name,
			title: `${first.name} at ${where(first)}`,
			message: `<p>${escapeHtml(first.message)}</p>${others}`,
			hint: `How to fix: ${escapeHtml(first.hint)}`,
			...(first.line === undefined
				? {}
				: {
						loc: {
							file: resolve(contentRoot, first.file),
							line: first.line,
							column: first.column ?? 1,
						},
					}),
			plugin: 'second-look:content-check',
			// The overlay's "Copy" button copies this: the same text `npm run build` prints.
			stack: formatContentErrors(errors),
		},
	};
}

/** The page the dev server sends instead of a page while the content has errors (see the plugin). */
function errorPage(errors: readonly ContentError[]): string {
	const text = escapeHtml(formatContentErrors(errors));
	return (
		`<!doctype html><html lang="en-GB"><head><meta charset="utf-8">` +
		`<title>${errors[0]?.name ?? 'Content error'}</title>` +
		`<script type="module" src="/@vite/client"></script></head>` +
		`<body><pre style="white-space: pre-wrap">${text}</pre></body></html>`
	);
}

/** True for a browser asking for a page (not a script, style, image or Vite's own files). */
function asksForPage(req: Connect.IncomingMessage): boolean {
	const url = req.url ?? '';
	return (
		req.method === 'GET' &&
		(req.headers.accept ?? '').includes('text/html') &&
		!url.startsWith('/@') &&
		!url.startsWith('/__') &&
		!url.includes('/node_modules/')
	);
}

/**
 * The dev server's side of the check. The latest read is one promise in the feed, replaced the moment
 * a lesson or module changes (the watcher calls every listener before Astro's content layer reloads
 * anything), so a page requested after an edit always waits for the check of that edit: Astro's
 * reload after an edit can no longer arrive first and show its own raw error or a page without one.
 * Astro's loader (content-loader.ts) takes each read from the same feed before pages see it.
 *
 * While the content has errors, every page request gets a small page that loads Vite's client, and
 * the overlay shows the named error; a browser connecting at any time (the overlay's page, a new tab)
 * is sent the current errors. When the content is good again, open pages reload.
 */
function devPlugin(contentRoot: string, feed: ContentFeedSource): Plugin {
	return {
		name: 'second-look:content-check-dev',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			let hadErrors = false;
			const payload = (errors: readonly ContentError[]) => overlayPayload(contentRoot, errors);
			const errorsNow = async () => (await feed.current()).errors;
			// Content outside the project (a test's or the benchmark's copy) is watched too.
			server.watcher.add([resolve(contentRoot, 'lessons'), resolve(contentRoot, 'modules')]);

			/** The check waiting for the edit to settle, shared by every change until it starts. */
			let pending: { timer: NodeJS.Timeout; start: () => void } | undefined;
			let latest: Promise<ContentSet> | undefined;
			const report = (run: Promise<ContentSet>) =>
				void run.then(
					({ errors }) => {
						if (run !== latest) return; // a later edit has its own check
						if (errors.length) {
							server.config.logger.error(formatContentErrors(errors), { timestamp: true });
							server.ws.send(payload(errors));
						} else if (hadErrors) {
							server.config.logger.info('The lessons and modules are fixed.', { timestamp: true });
							server.ws.send({ type: 'full-reload', path: '*' });
						}
						hadErrors = errors.length > 0;
					},
					(err: unknown) => {
						server.config.logger.error(`The content check failed: ${String(err)}`);
					},
				);

			server.watcher.on('all', (_event, path) => {
				if (!CONTENT_FILE.test(path)) return;
				// An editor that saves by emptying the file and writing it again can give one change
				// event, for the empty file: the check starts once the files have been still for
				// SETTLE_MS, and a page asked for meanwhile waits for it.
				if (pending) {
					clearTimeout(pending.timer);
					pending.timer = setTimeout(pending.start, SETTLE_MS);
					return;
				}
				const run = Promise.withResolvers<ContentSet>();
				const start = () => {
					pending = undefined;
					readContent(contentRoot).then(run.resolve, run.reject);
				};
				pending = { timer: setTimeout(start, SETTLE_MS), start };
				latest = feed.replace(run.promise);
				report(latest);
			});

			server.ws.on('connection', (socket: { send(data: string): void }) => {
				void errorsNow().then((errors) => {
					if (errors.length) socket.send(JSON.stringify(payload(errors)));
				});
			});

			server.middlewares.use((req, res, next) => {
				if (!asksForPage(req)) {
					next();
					return;
				}
				errorsNow().then(
					(errors) => {
						hadErrors = errors.length > 0;
						if (!errors.length) {
							next();
							return;
						}
						const html = errorPage(errors);
						res.writeHead(500, {
							'Content-Type': 'text/html; charset=utf-8',
							'Content-Length': Buffer.byteLength(html),
						});
						res.end(html);
					},
					(err: unknown) => {
						next(err);
					},
				);
			});
		},
	};
}

/**
 * Reads and checks every lesson and module once, before Astro builds anything, so an author sees one
 * clear message per mistake (file, line, field, how to fix) instead of a stack trace, and hands that
 * one read to Astro's loader, the H5P integration and scripts/build.ts (the `second-look:content-feed`
 * hook, see content-feed.ts). `astro build` stops on any mistake. `astro dev` starts whatever the
 * mistake (except content it would take minutes to render): the browser shows the same named error in
 * Astro's error overlay, on every page, at start and after each edit, until the content is fixed
 * (see {@link devPlugin}).
 */
export function contentCheck({ contentRoot }: ContentCheckOptions): AstroIntegration {
	/** A read made before Astro started (scripts/build.ts), taken instead of reading again. */
	let given: ContentSet | undefined;
	const feed = createContentFeed(async () => given ?? readContent(contentRoot));
	return {
		name: 'second-look:content-check',
		hooks: {
			[CONTENT_FEED_HOOK]: () => feed,
			'astro:config:setup': async ({ command, updateConfig, logger, config }) => {
				given = givenContentOf(config.integrations);
				const { errors } = await feed.current();
				if (errors.length && command === 'build') {
					throw new AstroError(
						formatContentErrors(errors),
						'Fix the problems above and build again; nothing was written.',
					);
				}
				// `astro dev` carries on with other mistakes, but would render a file that large (or that
				// deeply nested) for minutes or until it ran out of memory, with no word: it stops here instead.
				if (errors.some((e) => STOPS_DEV.has(e.name)))
					throw new AstroError(
						formatContentErrors(errors),
						'Fix the file named above and start `npm run dev` again.',
					);
				if (errors.length) logger.error(formatContentErrors(errors));
				if (command === 'dev') updateConfig({ vite: { plugins: [devPlugin(contentRoot, feed)] } });
			},
		},
	};
}
