import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { formatContentErrors, sortContentErrors, type ContentError } from '../content/errors.ts';
import { readContent } from '../content/read.ts';

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

/**
 * Errors in what Astro's content layer reads itself (a file's frontmatter and its fields): at start,
 * `astro dev` stops on the first of them with js-yaml's or zod's own message and stack, before any
 * page can be served, so the check stops it first, with the named error. After the server is up, the
 * same mistakes only make Astro skip the file, and the browser shows them like any other.
 */
const STOPS_DEV_START = new Set(['FrontmatterMissing', 'YamlSyntaxError', 'SchemaViolation']);

/** A lesson or module file, the only files whose change can change the check's result. */
const CONTENT_FILE = /[\\/](lessons|modules)[\\/][^\\/]+\.(mdx|ya?ml|h5p)$/;

/** How long lesson and module files must be still after a change before the dev server checks them. */
const SETTLE_MS = 150;

/** The check's result: the errors, sorted by file and line (empty when the content is good). */
async function check(contentRoot: string): Promise<ContentError[]> {
	return sortContentErrors((await readContent(contentRoot)).errors);
}

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
 * The dev server's side of the check. The latest check is one promise, replaced the moment a lesson
 * or module changes (the watcher calls every listener before Astro's content layer reloads anything),
 * so a page requested after an edit always waits for the check of that edit: Astro's reload after an
 * edit can no longer arrive first and show its own raw error or a page without one.
 *
 * While the content has errors, every page request gets a small page that loads Vite's client, and
 * the overlay shows the named error; a browser connecting at any time (the overlay's page, a new tab)
 * is sent the current errors. When the content is good again, open pages reload.
 */
function devPlugin(contentRoot: string, first: Promise<ContentError[]>): Plugin {
	return {
		name: 'second-look:content-check-dev',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			let latest = first;
			let hadErrors = false;
			const payload = (errors: readonly ContentError[]) => overlayPayload(contentRoot, errors);

			/** The check waiting for the edit to settle, shared by every change until it starts. */
			let pending: { timer: NodeJS.Timeout; start: () => void } | undefined;
			const report = (run: Promise<ContentError[]>) =>
				void run.then(
					(errors) => {
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
				const run = Promise.withResolvers<ContentError[]>();
				const start = () => {
					pending = undefined;
					check(contentRoot).then(run.resolve, run.reject);
				};
				pending = { timer: setTimeout(start, SETTLE_MS), start };
				latest = run.promise;
				report(run.promise);
			});

			server.ws.on('connection', (socket: { send(data: string): void }) => {
				void latest.then((errors) => {
					if (errors.length) socket.send(JSON.stringify(payload(errors)));
				});
			});

			server.middlewares.use((req, res, next) => {
				if (!asksForPage(req)) {
					next();
					return;
				}
				latest.then(
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
 * Checks every lesson and module before Astro builds anything, so an author sees one clear message
 * per mistake (file, line, field, how to fix) instead of a stack trace. In `astro dev` the browser
 * shows the same named error in Astro's error overlay, on every page, at start and after each edit,
 * until the content is fixed (see {@link devPlugin}).
 */
export function contentCheck({ contentRoot }: ContentCheckOptions): AstroIntegration {
	return {
		name: 'second-look:content-check',
		hooks: {
			'astro:config:setup': async ({ command, updateConfig, logger }) => {
				const errors = await check(contentRoot);
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
				if (command === 'dev' && errors.some((e) => STOPS_DEV_START.has(e.name)))
					throw new AstroError(
						formatContentErrors(errors),
						'Astro cannot load a lesson or module with this mistake at start. Fix the file named above and start `npm run dev` again; once it runs, mistakes you make show in the browser.',
					);
				if (errors.length) logger.error(formatContentErrors(errors));
				if (command === 'dev')
					updateConfig({ vite: { plugins: [devPlugin(contentRoot, Promise.resolve(errors))] } });
			},
		},
	};
}
