/**
 * The two kinds of reference an `imsmanifest.xml` holds, and the rules each must follow:
 *
 * - **hrefs** name files inside the package (`<resource href>`, `<file href>`);
 * - **identifiers** (`xs:ID`) name manifest elements and are pointed at by `identifierref`.
 *
 * The rules are stricter than the XSDs on purpose; see `shared/reference/scorm-brief.md` §1.
 * Pure functions only: the manifest builders and `manifest-lint.ts` both use them.
 */

/** Characters a package path may NOT contain (brief §1 allows only `[a-z0-9._/-]`). */
const NOT_HREF_CHARACTER = /[^a-z0-9._/-]/gu;

/**
 * Checks one package path (a `<file href>` or the launch `href`).
 *
 * A valid path is relative, uses forward slashes, has no leading `/`, no `.` or `..` segments,
 * no empty segments, does not end with `/`, and uses only `[a-z0-9._/-]`. ADL's 1.2 test suite
 * rejects a leading `/`; `..` escapes the package; LMSs compare paths case-exactly and some
 * (Xerte#891) break on spaces, `%`, `#` or `&`.
 *
 * @returns a sentence saying what is wrong, or `undefined` when the path is fine.
 */
export function checkHref(path: string): string | undefined {
	if (path === '') return 'is empty; every package path names a file';
	if (path.startsWith('/')) {
		return 'starts with "/"; package paths are relative to the package root (no leading slash)';
	}
	if (path.includes('\\')) return 'contains "\\"; package paths use forward slashes only';
	if (path.endsWith('/')) return 'ends with "/"; a package path names a file, not a folder';
	const segments = path.split('/');
	if (segments.includes('..'))
		return 'has a ".." segment; package paths must stay inside the package';
	if (segments.includes('.')) return 'has a "." segment; write the path without "./"';
	if (segments.includes('')) return 'has an empty segment ("//")';
	// H5P library folders are named by the H5P spec (`H5P.TrueFalse-1.6/…`) and their files are
	// fetched by exactly that name: upper case is kept there (still no spaces, %, # or &).
	const checked = path.startsWith('h5p/') ? path.toLowerCase() : path;
	const bad = [...new Set(checked.match(NOT_HREF_CHARACTER))];
	if (bad.length > 0) {
		const shown = bad.map((c) => JSON.stringify(c)).join(', ');
		return `contains ${shown}; package paths use only lower-case letters, digits and "._/-"`;
	}
	return undefined;
}

/** An `xs:ID` as we write it: ASCII letter first, then letters, digits, `.`, `_` or `-`. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9._-]*$/;

/**
 * Checks one manifest identifier. The XSDs type identifiers as `xs:ID` (an NCName: no spaces, no
 * colons, not starting with a digit); we also keep to ASCII so every LMS database accepts it.
 *
 * @returns a sentence saying what is wrong, or `undefined` when the identifier is fine.
 */
export function checkIdentifier(identifier: string): string | undefined {
	if (identifier === '') return 'is empty';
	if (!/^[A-Za-z]/.test(identifier)) return 'must start with a letter (xs:ID)';
	if (!IDENTIFIER.test(identifier)) {
		return 'may contain only letters, digits, ".", "_" and "-" (xs:ID: no spaces or colons)';
	}
	return undefined;
}

/**
 * Turns any text (a module id, usually) into a valid identifier: characters outside
 * `[A-Za-z0-9._-]` become `-`, and a leading non-letter gets an `id-` prefix.
 * Module ids already pass ({@link checkIdentifier}); this keeps the builders safe if that changes.
 */
export function toIdentifier(text: string): string {
	const safe = text.replace(/[^A-Za-z0-9._-]/g, '-');
	return /^[A-Za-z]/.test(safe) ? safe : `id-${safe}`;
}

/** The identifiers of one single-SCO manifest, all derived from the module id. */
export interface ManifestIdentifiers {
	/** `<manifest identifier>`: stable per module, so an LMS can recognise an updated package. */
	manifest: string;
	/** `<organization identifier>`, also `organizations@default`. */
	organization: string;
	/** The one `<item identifier>`. */
	item: string;
	/** The SCO `<resource identifier>` (the launch document). */
	sco: string;
	/** The `asset` `<resource identifier>` listing every other file. */
	assets: string;
}

/** Derives the identifiers of a module's manifest. Same for every standard. */
export function manifestIdentifiers(moduleId: string): ManifestIdentifiers {
	const id = toIdentifier(moduleId);
	return {
		manifest: `second-look.${id}`,
		organization: `org-${id}`,
		item: `item-${id}`,
		sco: `sco-${id}`,
		assets: `assets-${id}`,
	};
}
