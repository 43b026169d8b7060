import type { PackageFile } from '../shared/package-plan.ts';
import { joinedStylesheet } from '../shared/site-files.ts';

/** A stylesheet link as an offline page names it (relative, after `offlinePage`). */
const STYLESHEET_LINK = /<link rel="stylesheet" href="(_astro\/[a-z0-9._-]+\.css)">/g;

const text = (bytes: PackageFile['bytes']) =>
	typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);

/**
 * The folder with each page's own stylesheets joined into one file: a zip compresses each file on
 * its own, so a launch page's eight small stylesheets (one per activity component) cost about 2 KiB
 * more than one (issue #16), as `withOneStylesheet` found for the LMS packages. Only runs of
 * consecutive links that no other page of the folder names are joined ({@link joinedStylesheet}:
 * in order, named by content as `_astro/page.<hash>.css`, refusing a relative `url()` or
 * `@import`), so the cascade is the same and a stylesheet two pages share is neither copied nor
 * lost. Pure.
 * @throws {Error} when a stylesheet to join imports a file or points at one by a relative url().
 */
export function withPageStylesheets(
	files: ReadonlyMap<string, PackageFile['bytes']>,
): Map<string, PackageFile['bytes']> {
	const pages = [...files].filter(([path]) => path.endsWith('.html'));
	const namedBy = new Map<string, number>();
	for (const [, html] of pages)
		for (const sheet of new Set([...text(html).matchAll(STYLESHEET_LINK)].map((m) => m[1] ?? '')))
			namedBy.set(sheet, (namedBy.get(sheet) ?? 0) + 1);
	const own = (sheet: string) => namedBy.get(sheet) === 1 && files.has(sheet);
	const out = new Map(files);
	for (const [path, html] of pages) {
		// Each run of the page's own stylesheets, between shared ones, becomes one link.
		const joined = text(html).replace(
			new RegExp(`(?:${STYLESHEET_LINK.source}\\s*)+`, 'g'),
			(run) => {
				const sheets = [...run.matchAll(STYLESHEET_LINK)].map((m) => m[1] ?? '');
				const groups = runs(sheets, own);
				if (!groups.some((g) => g.own && g.sheets.length > 1)) return run;
				return groups
					.map((group) =>
						group.own && group.sheets.length > 1
							? link(join(group.sheets, files, out))
							: group.sheets.map(link).join('\n'),
					)
					.join('\n');
			},
		);
		out.set(path, joined);
	}
	return out;
}

/** `sheets` cut into runs of the page's own and of shared stylesheets, in order. */
function runs(sheets: readonly string[], own: (sheet: string) => boolean) {
	const groups: { own: boolean; sheets: string[] }[] = [];
	for (const sheet of sheets) {
		const last = groups.at(-1);
		if (last && last.own === own(sheet)) last.sheets.push(sheet);
		else groups.push({ own: own(sheet), sheets: [sheet] });
	}
	return groups;
}

const link = (sheet: string) => `<link rel="stylesheet" href="${sheet}">`;

/** Writes the joined stylesheet into `out` (dropping its parts) and returns its path. */
function join(
	sheets: readonly string[],
	files: ReadonlyMap<string, PackageFile['bytes']>,
	out: Map<string, PackageFile['bytes']>,
): string {
	const { path, css } = joinedStylesheet(
		sheets.map((sheet) => ({ path: sheet, css: text(files.get(sheet) ?? '') })),
		'page',
		'the folder',
	);
	for (const sheet of sheets) out.delete(sheet);
	out.set(path, css);
	return path;
}
