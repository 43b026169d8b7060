import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatContentErrors } from '../content/errors.ts';
import { readContent } from '../content/read.ts';

/** Options for {@link contentCheck}. */
export interface ContentCheckOptions {
	/** Folder that holds `lessons/` and `modules/`. */
	contentRoot: string;
}

async function check(contentRoot: string): Promise<string | undefined> {
	const { errors } = await readContent(contentRoot);
	return errors.length ? formatContentErrors(errors) : undefined;
}

/**
 * Checks every lesson and module before Astro builds anything, so an author sees one clear message
 * per mistake (file, line, field, how to fix) instead of a stack trace. In `astro dev` it checks
 * again whenever a lesson or module changes and shows the result in the browser's error overlay.
 */
export function contentCheck({ contentRoot }: ContentCheckOptions): AstroIntegration {
	return {
		name: 'second-look:content-check',
		hooks: {
			'astro:config:setup': async ({ command, updateConfig, logger }) => {
				const problems = await check(contentRoot);
				if (problems && command === 'build') {
					throw new AstroError(
						problems,
						'Fix the problems above and build again; nothing was written.',
					);
				}
				if (problems) logger.error(problems);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'second-look:content-check-watch',
								configureServer(server) {
									server.watcher.on('all', (_event, path) => {
										if (!/[\\/](lessons|modules)[\\/][^\\/]+\.(mdx|ya?ml)$/.test(path)) return;
										void check(contentRoot).then((found) => {
											if (!found) return;
											logger.error(found);
											server.ws.send({ type: 'error', err: { message: found, stack: '' } });
										});
									});
								},
							},
						],
					},
				});
			},
		},
	};
}
