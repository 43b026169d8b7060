import type { AstroIntegration } from 'astro';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackH5p } from '../content/h5p-package.ts';
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

/** Unpacks H5P content and copies the player after `astro build` (see {@link writeH5p}). */
export function h5pContent({ contentRoot }: { contentRoot: string }): AstroIntegration {
	return {
		name: 'second-look:h5p',
		hooks: {
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
