import type { AstroIntegration } from 'astro';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readH5pPackage, unpackH5p } from '../content/h5p-package.ts';
import { readContent } from '../content/read.ts';

/** Where h5p-standalone's built player is. */
const PLAYER_DIR = fileURLToPath(new URL('../../node_modules/h5p-standalone/', import.meta.url));

/** The player files the frame documents load (div embedding: no editor, no nested frame). */
async function playerFiles(): Promise<string[]> {
	const fonts = (await readdir(join(PLAYER_DIR, 'dist/fonts'), { recursive: true }))
		.filter((f) => /\.(woff2|txt)$/.test(f))
		.map((f) => `fonts/${f.split('\\').join('/')}`);
	return [
		'main.bundle.js',
		'main.bundle.js.LICENSE.txt',
		'frame.bundle.js',
		'styles/h5p.css',
		'images/throbber.gif',
		'images/h5p.svg',
		...fonts,
	];
}

/**
 * Writes what H5P activities need into a built site: the player once (`h5p/player/`), and each
 * activity's `.h5p` unpacked and checked (`h5p/<activity>/package/`) beside its frame document
 * (src/pages/h5p/[id].astro). Runs inside the atomic build: a refused package fails the build.
 */
export async function writeH5p(
	contentRoot: string,
	outDir: string,
): Promise<{ files: number; bytes: number }> {
	const { lessons } = await readContent(contentRoot);
	const activities = lessons.flatMap((l) => l.data.activities).filter((a) => a.type === 'h5p');
	if (!activities.length) return { files: 0, bytes: 0 };
	let files = 0;
	let bytes = 0;
	for (const path of await playerFiles()) {
		const to = join(outDir, 'h5p', 'player', path);
		await mkdir(dirname(to), { recursive: true });
		await cp(join(PLAYER_DIR, 'dist', path), to);
		files += 1;
	}
	await cp(join(PLAYER_DIR, 'LICENSE'), join(outDir, 'h5p', 'player', 'LICENSE.txt'));
	for (const activity of activities) {
		const data = new Uint8Array(await readFile(join(contentRoot, activity.file)));
		bytes += await unpackH5p(activity.file, data, join(outDir, 'h5p', activity.id, 'package'));
	}
	return { files, bytes };
}

const devTypes: Record<string, string> = {
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	woff2: 'font/woff2',
};

/**
 * The bytes `astro dev` serves for an H5P URL (`/h5p/player/…` or `/h5p/<activity>/package/…`),
 * read and checked afresh on each request, so an author sees a changed `.h5p` on reload.
 */
async function devFile(contentRoot: string, url: string): Promise<Uint8Array | undefined> {
	const path = decodeURIComponent(url.split('?')[0] ?? '');
	const player = /^\/h5p\/player\/(.+)$/.exec(path)?.[1];
	if (player) {
		if (!(await playerFiles()).includes(player)) return undefined;
		return new Uint8Array(await readFile(join(PLAYER_DIR, 'dist', player)));
	}
	const [, id, file] = /^\/h5p\/([a-z0-9-]+)\/package\/(.+)$/.exec(path) ?? [];
	if (!id || !file) return undefined;
	const { lessons } = await readContent(contentRoot);
	const activity = lessons.flatMap((l) => l.data.activities).find((a) => a.id === id);
	if (activity?.type !== 'h5p') return undefined;
	const bytes = new Uint8Array(await readFile(join(contentRoot, activity.file)));
	return readH5pPackage(activity.file, bytes).get(file);
}

/**
 * Unpacks H5P content and copies the player after `astro build` (see {@link writeH5p}); in
 * `astro dev`, serves the same files from memory.
 */
export function h5pContent({ contentRoot }: { contentRoot: string }): AstroIntegration {
	return {
		name: 'second-look:h5p',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					if (!req.url?.startsWith('/h5p/') || req.url.includes('/index.html')) {
						next();
						return;
					}
					devFile(contentRoot, req.url).then(
						(bytes) => {
							if (!bytes) {
								next();
								return;
							}
							const ext = /\.([a-z0-9]+)$/.exec(req.url ?? '')?.[1] ?? '';
							res.setHeader('content-type', devTypes[ext] ?? 'application/octet-stream');
							res.end(bytes);
						},
						(err: unknown) => {
							next(err);
						},
					);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const written = await writeH5p(contentRoot, fileURLToPath(dir));
				if (written.bytes)
					logger.info(
						`H5P: player and content written (${(written.bytes / 1024).toFixed(0)} KB of content)`,
					);
			},
		},
	};
}
