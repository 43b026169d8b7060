import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { CLASSIC_SCRIPT } from '../../exports/shared/classic-script.ts';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readH5pPackage, writeUnpacked } from '../content/h5p-package.ts';
import type { LoadedLesson } from '../content/types.ts';
import { isFontFile, withInlinedFonts } from '../lib/h5p/font-faces.ts';
import { FRAME_SCRIPT } from '../lib/h5p/frame-files.ts';
import { contentFeedOf, type ContentFeed } from './content-feed.ts';

/** Where h5p-standalone's built player is. */
const PLAYER_DIR = fileURLToPath(new URL('../../node_modules/h5p-standalone/', import.meta.url));

/** The frame documents' own script, as TypeScript. */
const FRAME_SOURCE = fileURLToPath(new URL('../scripts/h5p-frame.ts', import.meta.url));

/**
 * src/scripts/h5p-frame.ts as one classic script (an IIFE): the frame is sandboxed without
 * same-origin, and a module script from the site would be a cross-origin request that needs CORS
 * headers, which LMS servers do not send. Classic scripts load without them.
 */
export async function frameScript(): Promise<string> {
	const result = await build({
		entryPoints: [FRAME_SOURCE],
		...CLASSIC_SCRIPT,
	});
	const js = result.outputFiles[0]?.text;
	if (js === undefined) throw new Error('esbuild wrote no bundle for the H5P frame script.');
	return js;
}

/**
 * The player files the frame documents load (div embedding: no editor, no nested frame). No font
 * files: the sandboxed frame cannot load them, `styles/h5p.css` carries the icon fonts inlined.
 */
const PLAYER_FILES: readonly string[] = [
	'main.bundle.js',
	'main.bundle.js.LICENSE.txt',
	'frame.bundle.js',
	'styles/h5p.css',
	'images/throbber.gif',
	'images/h5p.svg',
];

/** The player's font files (read to inline them into `styles/h5p.css`). */
async function playerFonts(): Promise<string[]> {
	return (await readdir(join(PLAYER_DIR, 'dist/fonts'), { recursive: true }))
		.filter((f) => isFontFile(f))
		.map((f) => `fonts/${f.split('\\').join('/')}`);
}

/**
 * The bytes of one player file as the frames load it: `styles/h5p.css` with its fonts inlined
 * (src/lib/h5p/font-faces.ts: the sandboxed frame cannot fetch fonts), others as they are.
 */
async function playerFile(path: string): Promise<Uint8Array> {
	const bytes = new Uint8Array(await readFile(join(PLAYER_DIR, 'dist', path)));
	if (!path.endsWith('.css')) return bytes;
	const all = new Map<string, Uint8Array>([[path, bytes]]);
	for (const font of await playerFonts())
		all.set(font, new Uint8Array(await readFile(join(PLAYER_DIR, 'dist', font))));
	return withInlinedFonts(all).get(path) ?? bytes;
}

/** A `.h5p` file's checked files, ready for the frame: fonts inlined in its CSS. */
function packageFiles(file: string, bytes: Uint8Array): Map<string, Uint8Array> {
	return withInlinedFonts(readH5pPackage(file, bytes));
}

/**
 * Writes what H5P activities need into a built site: the player and the frame script once
 * (`h5p/player/`), and each
 * activity's `.h5p` unpacked and checked (`h5p/<activity>/package/`) beside its frame document
 * (src/pages/h5p/[id].astro). Runs inside the atomic build: a refused package fails the build.
 */
export async function writeH5p(
	contentRoot: string,
	lessons: readonly LoadedLesson[],
	outDir: string,
): Promise<{ files: number; bytes: number }> {
	const activities = lessons.flatMap((l) => l.data.activities).filter((a) => a.type === 'h5p');
	if (!activities.length) return { files: 0, bytes: 0 };
	let files = 0;
	let bytes = 0;
	for (const path of PLAYER_FILES) {
		const to = join(outDir, 'h5p', 'player', path);
		await mkdir(dirname(to), { recursive: true });
		await writeFile(to, await playerFile(path));
		files += 1;
	}
	await cp(join(PLAYER_DIR, 'LICENSE'), join(outDir, 'h5p', 'player', 'LICENSE.txt'));
	await writeFile(join(outDir, 'h5p', 'player', FRAME_SCRIPT), await frameScript());
	files += 1;
	for (const activity of activities) {
		const data = new Uint8Array(await readFile(join(contentRoot, activity.file)));
		const unpacked = packageFiles(activity.file, data);
		await writeUnpacked(unpacked, join(outDir, 'h5p', activity.id, 'package'));
		bytes += [...unpacked.values()].reduce((sum, b) => sum + b.byteLength, 0);
	}
	return { files, bytes };
}

const devTypes: Record<string, string> = {
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	woff2: 'font/woff2',
	woff: 'font/woff',
	ttf: 'font/ttf',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
};

/**
 * The bytes `astro dev` serves for an H5P URL (`/h5p/player/…` or `/h5p/<activity>/package/…`),
 * read and checked afresh on each request, so an author sees a changed `.h5p` on reload. Which
 * activity is which comes from the content check's latest read (the feed), not from the files again.
 */
async function devFile(
	contentRoot: string,
	feed: ContentFeed,
	url: string,
): Promise<Uint8Array | undefined> {
	let path: string;
	try {
		path = decodeURIComponent(url.split('?')[0] ?? '');
	} catch {
		return undefined;
	}
	const player = /^\/h5p\/player\/(.+)$/.exec(path)?.[1];
	if (player === FRAME_SCRIPT) return new TextEncoder().encode(await frameScript());
	if (player) {
		if (!PLAYER_FILES.includes(player)) return undefined;
		return playerFile(player);
	}
	const [, id, file] = /^\/h5p\/([a-z0-9-]+)\/package\/(.+)$/.exec(path) ?? [];
	if (!id || !file) return undefined;
	const { lessons } = await feed.current();
	const activity = lessons.flatMap((l) => l.data.activities).find((a) => a.id === id);
	if (activity?.type !== 'h5p') return undefined;
	const bytes = new Uint8Array(await readFile(join(contentRoot, activity.file)));
	return packageFiles(activity.file, bytes).get(file);
}

/** A connect-style handler, as Vite's dev server takes. */
type DevHandler = (
	req: IncomingMessage,
	res: ServerResponse,
	next: (err?: unknown) => void,
) => void;

/** Serves the H5P player and content in `astro dev` (see {@link devFile}); other URLs go on. */
function devHandler(contentRoot: string, feed: ContentFeed): DevHandler {
	return (req, res, next) => {
		const path = req.url?.split('?')[0] ?? '';
		if (!path.startsWith('/h5p/') || path.endsWith('/index.html')) {
			next();
			return;
		}
		devFile(contentRoot, feed, path).then(
			(bytes) => {
				if (!bytes) {
					next();
					return;
				}
				const ext = /\.([a-z0-9]+)$/.exec(path)?.[1] ?? '';
				res.setHeader('content-type', devTypes[ext] ?? 'application/octet-stream');
				res.end(bytes);
			},
			(err: unknown) => {
				next(err);
			},
		);
	};
}

/**
 * Unpacks H5P content and copies the player after `astro build` (see {@link writeH5p}); in
 * `astro dev`, serves the same files from memory. The dev handler goes first in the server's chain:
 * the frame is sandboxed (origin "null"), so its requests are cross-site, and Astro's dev server
 * refuses cross-site subresource requests before any later handler sees them. It serves only the
 * player and the `.h5p` files' checked content, which the built site serves to anyone too.
 */
export function h5pContent({ contentRoot }: { contentRoot: string }): AstroIntegration {
	/** The lessons as the content check read them (its feed), known once Astro has set up. */
	let feed: ContentFeed | undefined;
	const content = () => (feed ??= contentFeedOf([], contentRoot)).current();
	return {
		name: 'second-look:h5p',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, config }) => {
				const found = contentFeedOf(config.integrations, contentRoot);
				feed = found;
				if (command !== 'dev') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'second-look:h5p-dev',
								// A post hook, after Astro's own handlers are in place: then put first.
								configureServer: (server) => () => {
									server.middlewares.stack.unshift({
										route: '',
										handle: devHandler(contentRoot, found),
									});
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { lessons } = await content();
				const written = await writeH5p(contentRoot, lessons, fileURLToPath(dir));
				if (written.bytes)
					logger.info(
						`H5P: player and content written (${(written.bytes / 1024).toFixed(0)} KB of content)`,
					);
			},
		},
	};
}
