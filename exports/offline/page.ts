import { createHash } from 'node:crypto';
import { relativisePage } from '../shared/site-files.ts';
import { inFolder } from './pages.ts';

/**
 * Turning a built site page into one that works from `file://` (double-clicked, no server). Pure.
 * Chromium refuses, for a `file://` page, module scripts and `import()` of other files (they are
 * fetched with CORS and a file has no origin), so every `<script type="module">` goes and one
 * classic script (built by `bundle.ts`) replaces them; Astro's island element, which imports each
 * component, goes too (the bundle defines its own: `src/scripts/offline-islands.ts`).
 */

/** A module script the page loads: `<script type="module" src="/_astro/x.js"></script>`. */
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="\/?([^"]+)"[^>]*><\/script>/g;
/** A module script written inline (Astro can inline small ones). */
const INLINE_MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")(?![^>]*\bsrc=)[^>]*>/;
/** Every inline classic script: its content. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** An island: which component and which renderer it loads. */
const ISLAND = /<astro-island\b[^>]*>/g;
/** A link to another page of the site (root-relative), with its text. */
const SITE_LINK = /<a\b([^>]*?)\bhref="(\/(?!_astro\/)[^"#]*)(#[^"]*)?"([^>]*)>([\s\S]*?)<\/a>/g;
/** A form that submits to a page of the site (the header's search box: `action="/search/"`). */
const SITE_FORM = /<form\b([^>]*?)\baction="(\/[^"]*)"([^>]*)>([\s\S]*?)<\/form>/g;
/** The search page's app element, which names where its index is. */
const SEARCH_APP = /<[a-z]+\b[^>]*\bdata-search-app\b[^>]*>/;
/** The Content-Security-Policy Astro writes into each page. */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** What a page runs: its module scripts and its islands' modules, as site-relative paths. */
export interface PageScripts {
	scripts: string[];
	components: string[];
	renderers: string[];
}

/** Thrown when a page holds something the offline package cannot carry. */
export class OfflinePageError extends Error {
	override readonly name = 'OfflinePageError';
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\b${name}="\\/?([^"]*)"`).exec(tag)?.[1];
}

/**
 * The scripts a built page runs. `page` names it in errors.
 * @throws {OfflinePageError} for an inline module script, which could import files by URL.
 */
export function pageScripts(html: string, page: string): PageScripts {
	if (INLINE_MODULE_SCRIPT.test(html))
		throw new OfflinePageError(
			`${page} has an inline <script type="module">, which the offline package cannot bundle. ` +
				'Move the script into a .ts file the page imports, so Astro emits it as a file.',
		);
	const islands = [...html.matchAll(ISLAND)].map((m) => m[0]);
	const unique = (values: (string | undefined)[]) =>
		[...new Set(values.filter((v): v is string => Boolean(v)))].sort();
	return {
		scripts: [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? ''),
		components: unique(islands.map((tag) => attribute(tag, 'component-url'))),
		renderers: unique(islands.map((tag) => attribute(tag, 'renderer-url'))),
	};
}

/**
 * What the page is made of, left to right: a script or style element whole (its text may hold
 * `<`), a comment, or a start tag with its attributes (a quoted value may hold `<` and `>`: Astro
 * writes a lesson title such as "</script><script>…" into `content=""` or `aria-label=""` as it is).
 * Text between them never holds a raw `<`: Astro and Svelte escape it.
 */
const MARKUP =
	/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[a-zA-Z][^\s/>]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/**
 * The page with `<` and `>` inside attribute values written as `&lt;` and `&gt;` (the same value
 * for the browser), so the rewrite below, which finds tags by pattern, never takes text in an
 * attribute for a tag: a lesson summary in `<meta content>` holding `<script>…</script>` would
 * otherwise get its own CSP hash, and one holding `</head>` would take the page's script.
 */
function escapeAttributeBrackets(html: string): string {
	return html.replace(MARKUP, (markup, element: string | undefined) =>
		element !== undefined || markup.startsWith('<!--')
			? markup
			: markup.replace(/"[^"]*"|'[^']*'/g, (value) =>
					value.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
				),
	);
}

/** Marks, during the rewrite, a link's words whose page is not in the folder. */
const DEAD = 'data-offline-dead';
/** A list item holding nothing but such words. */
const DEAD_ITEM = new RegExp(
	`<li\\b[^>]*>\\s*<span\\b[^>]*\\b${DEAD}[^>]*>[^<]*</span>\\s*</li>`,
	'g',
);

/** The CSP hash source of an inline script's text. */
function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Escapes text for an HTML attribute or text node. */
function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Options for {@link offlinePage}. */
export interface OfflinePageOptions {
	/** Which page, for errors (e.g. `package/school-ks3/index.html`). */
	page: string;
	/** Written as `<html data-standard>` (the launch page: `offline`). */
	standard?: string;
	/** The page's classic script, relative to the zip root. */
	script: string;
	/** Site address (`/help/`) → file in the zip (`help.html`), for every page the zip carries. */
	links: ReadonlyMap<string, string>;
	/** Added at the end of the footer as "Also in this folder" links (the launch page's). */
	alsoHere?: readonly { to: string; label: string }[];
	/** The search page's index, as a classic script in the folder (`search-index.js`). */
	searchIndex?: string;
}

/**
 * A built page rewritten for `file://`: relative URLs, module scripts and Astro's island element
 * replaced by one classic script, links to pages in the zip made relative and links to pages it
 * lacks turned into plain text, and the CSP's script hashes recomputed for what is left (of the
 * scripts the site's policy allowed: never one it did not).
 * @throws {OfflinePageError} if the page has islands but no Astro island script to replace.
 */
export function offlinePage(html: string, options: OfflinePageOptions): string {
	let out = relativisePage(escapeAttributeBrackets(html), options.standard);
	out = out.replace(MODULE_SCRIPT, '');
	const isIslandScript = (text: string) => text.includes('customElements.define("astro-island"');
	const hasIslandScript = [...out.matchAll(INLINE_SCRIPT)].some((m) => isIslandScript(m[1] ?? ''));
	out = out.replace(INLINE_SCRIPT, (all, text: string) => (isIslandScript(text) ? '' : all));
	if (/<astro-island\b/.test(out) && !hasIslandScript)
		throw new OfflinePageError(
			`${options.page} has islands but no Astro island script was found to replace; the offline ` +
				'copy would try to import each component and fail. Check the Astro version ' +
				'(exports/offline/page.ts looks for customElements.define("astro-island").',
		);
	out = out.replace(
		SITE_LINK,
		(_all, before: string, path: string, hash = '', after: string, text: string) => {
			const file = inFolder(options.links, `${path}${hash}`);
			if (file) return `<a${before}href="${file}"${after}>${text}</a>`;
			// Not in this folder: keep the words, drop the dead link.
			const className = /\bclass="([^"]*)"/.exec(before + after)?.[1];
			return className
				? `<span class="${className}" ${DEAD}>${text}</span>`
				: `<span ${DEAD}>${text}</span>`;
		},
	);
	// A list item that was only a link to a page not in the folder (a menu entry such as "About")
	// would be a dead word in the menu: it goes. Words inside sentences stay, as plain text.
	out = out.replace(DEAD_ITEM, '').replaceAll(` ${DEAD}`, '');
	// A form to a page in the folder submits there; one to a page it lacks would lead nowhere: gone.
	out = out.replace(
		SITE_FORM,
		(_all, before: string, path: string, after: string, inner: string) => {
			const file = inFolder(options.links, path);
			return file ? `<form${before}action="${file}"${after}>${inner}</form>` : '';
		},
	);
	if (options.searchIndex !== undefined) {
		const app = SEARCH_APP.exec(out)?.[0];
		if (!app?.includes('data-index-script="'))
			throw new OfflinePageError(
				`${options.page} has no [data-search-app] naming its index script (data-index-script), ` +
					'so the offline copy could not load its own index. Check src/pages/search.astro.',
			);
		// Only the classic script: a folder has no JSON to fetch (and file:// could not fetch it).
		const local = app
			.replace(/\s*\bdata-index="[^"]*"/, '')
			.replace(/\bdata-index-script="[^"]*"/, `data-index-script="${options.searchIndex}"`);
		out = out.replace(app, local);
	}
	const also = options.alsoHere ?? [];
	if (also.length)
		out = out.replace(
			/<\/footer>/,
			`<p class="offline-pages">Also in this folder: ${also
				.map((p) => `<a href="${p.to}">${escapeHtml(p.label)}</a>`)
				.join(', ')}.</p></footer>`,
		);
	out = out.replace(/<\/head>/, `<script src="${options.script}" defer></script></head>`);
	return out.replace(CSP_META, (_all, start: string, policy: string, end: string) => {
		const directives = policy
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean);
		// Only scripts the site's policy already allowed: a <script> written into a lesson's prose,
		// blocked on the site, must not be allowed here because the rewrite found it.
		const allowed = new Set(
			directives.find((d) => d.startsWith('script-src'))?.match(/'sha256-[^']+'/g) ?? [],
		);
		const hashes = [
			...new Set([...out.matchAll(INLINE_SCRIPT)].map((m) => hashSource(m[1] ?? ''))),
		].filter((hash) => allowed.has(hash));
		const rest = directives.filter((d) => !d.startsWith('script-src'));
		return `${start}${[...rest, ["script-src 'self'", ...hashes].join(' ')].join('; ')}${end}`;
	});
}
