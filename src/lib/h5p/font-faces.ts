/**
 * Fonts for the sandboxed H5P frame. Its origin is opaque, and browsers fetch `@font-face` fonts in
 * CORS mode, so a font file from the site is refused there (LMS servers send no CORS headers) and
 * H5P's icons would show as empty boxes. Each `@font-face` of the content's and player's CSS is
 * rewritten at build time: the smallest usable font file becomes a `data:` URL (the frame page's
 * CSP allows `font-src data:`), or, for H5P's text fonts (Inter and Open Sans, ~0.9 MB in all) and
 * fonts too big to inline, the rule is dropped and the text uses the browser's own fonts, as the
 * rest of the site does. Pure.
 */

/** Text fonts of H5P's player CSS: never inlined (the browser's own fonts serve text well). */
export const TEXT_FONT_FAMILIES: readonly string[] = ['inter', 'open sans'];

/** A font file bigger than this is not inlined (the icon fonts are 15–67 KB; text fonts ~110 KB). */
export const MAX_INLINED_FONT_BYTES = 96 * 1024;

/** Font formats the browser may use, best first, by file extension. */
const FORMATS: readonly (readonly [ext: string, mime: string, format: string])[] = [
	['woff2', 'font/woff2', 'woff2'],
	['woff', 'font/woff', 'woff'],
	['ttf', 'font/ttf', 'truetype'],
	['otf', 'font/otf', 'opentype'],
];

/** Base64 of bytes, in chunks (no stack overflow on big files). */
function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/**
 * `css` with each `@font-face` made usable in the frame (see the module comment). `readFont` gives
 * the bytes of a font URL as written in the CSS (query and fragment removed, relative to the CSS
 * file), or undefined when there is no such file.
 */
export function inlineFontFaces(
	css: string,
	readFont: (url: string) => Uint8Array | undefined,
	maxBytes = MAX_INLINED_FONT_BYTES,
): string {
	return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
		const urls = [...rule.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].map((m) =>
			(m[2] ?? '').replace(/[?#].*$/, ''),
		);
		if (!urls.length) return rule;
		const family = /font-family\s*:\s*(['"]?)([^;'"}]*)\1/i.exec(rule)?.[2]?.trim().toLowerCase();
		if (family !== undefined && TEXT_FONT_FAMILIES.includes(family)) return '';
		for (const [ext, mime, format] of FORMATS) {
			for (const url of urls) {
				if (!url.toLowerCase().endsWith(`.${ext}`) || /^(data|https?):/i.test(url)) continue;
				const bytes = readFont(url);
				if (!bytes || bytes.byteLength > maxBytes) continue;
				const body = rule
					.slice(rule.indexOf('{') + 1, -1)
					.replace(/(?<![-\w])src\s*:[^;}]*;?/g, '')
					.trim()
					.replace(/;?$/, ';');
				return `@font-face{${body === ';' ? '' : body}src:url(data:${mime};base64,${base64(bytes)}) format('${format}')}`;
			}
		}
		return '';
	});
}

/**
 * Joins a URL written in a CSS file to that file's path (`a/b/style.css` + `../fonts/x.woff` →
 * `a/fonts/x.woff`); undefined for a URL that leaves the root. Pure.
 */
export function resolveCssPath(cssPath: string, url: string): string | undefined {
	const parts = cssPath.split('/').slice(0, -1);
	for (const part of url.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (!parts.length) return undefined;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join('/');
}

/** Font files: the sandboxed frame cannot load them by URL, so they are never shipped. */
export const isFontFile = (path: string): boolean => /\.(woff2?|ttf|otf|eot)$/i.test(path);

/**
 * A checked package's files with every CSS file's fonts inlined ({@link inlineFontFaces}), and the
 * font files themselves left out (unusable in the frame); other files unchanged. Pure.
 */
export function withInlinedFonts(files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
	const out = new Map(files);
	for (const [path, bytes] of files) {
		if (!path.endsWith('.css')) continue;
		const css = new TextDecoder().decode(bytes);
		if (!css.includes('@font-face')) continue;
		const rewritten = inlineFontFaces(css, (url) => {
			let target: string | undefined;
			try {
				target = resolveCssPath(path, decodeURIComponent(url));
			} catch {
				return undefined;
			}
			return target === undefined ? undefined : files.get(target);
		});
		out.set(path, new TextEncoder().encode(rewritten));
	}
	for (const path of files.keys()) if (isFontFile(path)) out.delete(path);
	return out;
}
