/** "118 KB" style sizes, as teachers read them. Pure. */
export function formatSize(bytes: number): string {
	return bytes < 1024 * 1024
		? `${Math.max(1, Math.round(bytes / 1024))} KB`
		: `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A size placeholder: `<span data-size-of="file.zip"></span>`, with any other attributes. */
const PLACEHOLDER = /<span data-size-of="([^"]+)"([^>]*)><\/span>/g;

/**
 * Module pages are rendered before the packages exist; each download link carries an empty
 * `<span data-size-of="file.zip"></span>` that this fills in once the zips are written, whatever
 * other attributes Astro gives the span (a page's scoped style adds one to every element). Pure.
 */
export function fillDownloadSizes(html: string, sizes: ReadonlyMap<string, number>): string {
	return html.replace(PLACEHOLDER, (all, file: string, rest: string) => {
		const bytes = sizes.get(file);
		return bytes === undefined
			? all
			: `<span data-size-of="${file}"${rest}>${formatSize(bytes)}</span>`;
	});
}

/** The files whose size placeholder is still empty in a page, in page order. Pure. */
export function emptySizes(html: string): string[] {
	return [...html.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * What the build says when sizes are still empty once every download exists (a teacher would
 * read "(zip, )"), or undefined when every page has all its sizes. `pages`: each page's path, as
 * the message should name it, and its HTML. Pure.
 */
export function emptySizesMessage(
	pages: readonly { path: string; html: string }[],
): string | undefined {
	const problems = pages.flatMap(({ path, html }) => {
		const empty = emptySizes(html);
		return empty.length ? [`${path}: no size for ${empty.join(', ')}`] : [];
	});
	return problems.length ? `Download sizes left empty:\n${problems.join('\n')}` : undefined;
}
