import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatContentErrors } from '../content/errors.ts';
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

async function check(
	contentRoot: string,
): Promise<{ problems: string; isTooLarge: boolean } | undefined> {
	const { errors } = await readContent(contentRoot);
	if (!errors.length) return undefined;
	return {
		problems: formatContentErrors(errors),
		isTooLarge: errors.some((e) => STOPS_DEV.has(e.name)),
	};
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
				const found = await check(contentRoot);
				if (found && command === 'build') {
					throw new AstroError(
						found.problems,
						'Fix the problems above and build again; nothing was written.',
					);
				}
				// `astro dev` carries on with other mistakes, but would render a file that large (or that
				// deeply nested) for minutes or until it ran out of memory, with no word: it stops here instead.
				if (found?.isTooLarge)
					throw new AstroError(
						found.problems,
						'Fix the file named above and start `npm run dev` again.',
					);
				if (found) logger.error(found.problems);
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
											logger.error(found.problems);
											server.ws.send({
												type: 'error',
												err: { message: found.problems, stack: '' },
											});
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
