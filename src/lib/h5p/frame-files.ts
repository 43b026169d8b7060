/**
 * The JSON files the H5P player reads with `fetch` (`h5p.json`, `content/content.json` and each
 * library's `library.json`), carried inside the frame document as a data block. The frame runs in a
 * sandbox without same-origin (an opaque origin), so a `fetch` of the site's own files is a
 * cross-origin request that LMS servers answer without CORS headers: the player reads these files
 * from the block instead. Scripts, styles and images still load by URL (no CORS needed). Pure.
 */

/** The data block's attribute in the frame document. */
export const FRAME_FILES_ATTRIBUTE = 'data-h5p-files';

/** The frame's own script (src/scripts/h5p-frame.ts built as a classic script), in `h5p/player/`. */
export const FRAME_SCRIPT = 'second-look-frame.js';

/** Folder of the unpacked content, relative to the frame document. */
export const PACKAGE_FOLDER = 'package/';

/** Whether the player fetches `path` (a path inside the `.h5p`): the files the block carries. */
export function isFetchedFile(path: string): boolean {
	return (
		path === 'h5p.json' || path === 'content/content.json' || /^[^/]+\/library\.json$/.test(path)
	);
}

/** Named error: a file the player fetches is not valid JSON. */
export class H5pFrameFileError extends Error {
	readonly path: string;
	constructor(file: string, path: string, reason: string) {
		super(
			`${file}: ${path} in it is not valid JSON (${reason}). Export it again from an H5P editor.`,
		);
		this.name = 'H5pFrameFileError';
		this.path = path;
	}
}

/**
 * The files the player fetches, from a checked package's files (path → bytes, see
 * `readH5pPackage`; `file` names the `.h5p` as the author wrote it): path → the file's JSON value. Throws {@link H5pFrameFileError} for a file that
 * is not JSON, so a broken package fails the build rather than the learner's page.
 */
export function frameFilesOf(
	file: string,
	files: ReadonlyMap<string, Uint8Array>,
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const decoder = new TextDecoder();
	for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		if (!isFetchedFile(path)) continue;
		try {
			out[path] = JSON.parse(decoder.decode(bytes).replace(/^\uFEFF/, '')) as unknown;
		} catch (err) {
			throw new H5pFrameFileError(file, path, (err as Error).message);
		}
	}
	return out;
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` are escaped, so no
 * text in a content file can end the block (`</script>`) or open a comment; U+2028/9 too.
 */
export function dataBlockJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/**
 * What the player's request for `url` gets from the inlined `files`: the file's JSON text, `null`
 * for a URL inside the package folder that the block does not carry (answered as not found: the
 * player then tries a library folder without version), or `undefined` for a URL outside the
 * package (left to the browser). `frameUrl` is the frame document's URL.
 */
export function inlinedResponse(
	files: Readonly<Record<string, unknown>>,
	frameUrl: string,
	url: string,
): string | null | undefined {
	let target: URL;
	let base: URL;
	try {
		base = new URL(PACKAGE_FOLDER, frameUrl);
		target = new URL(url, frameUrl);
	} catch {
		return undefined;
	}
	if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(target.pathname.slice(base.pathname.length));
	} catch {
		return null;
	}
	return Object.hasOwn(files, path) ? JSON.stringify(files[path]) : null;
}
