/** Reading what a built page loads, from its HTML and its scripts (pure parsing). */
import { sep } from 'node:path';

/** Turns the few HTML entities that can appear in attribute values back into characters. */
export function decodeEntities(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#0*39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The attributes inside one start tag (`rel="stylesheet" href=/a.css`), names lower-cased. */
export function parseAttributes(inside: string): Map<string, string> {
	const attributes = new Map<string, string>();
	const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
	for (const m of inside.matchAll(pattern)) {
		const name = m[1];
		if (name === undefined) continue;
		attributes.set(name.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attributes;
}

/** What a page asks the browser to load, as written in its HTML. */
export interface PageRefs {
	/** `<script src>` URLs, island component/renderer URLs: JavaScript files. */
	scripts: string[];
	/** Contents of inline JavaScript `<script>` elements. */
	inlineScripts: string[];
	/** `<link rel="stylesheet">` URLs. */
	styles: string[];
}

/** Whether a script `type` is run as JavaScript (JSON, import maps, templates are not). */
export function isJavaScriptType(type: string | undefined): boolean {
	return (
		type === undefined || /^(module|(text|application)\/(java|ecma)script)?$/i.test(type.trim())
	);
}

/** Finds every script, island and stylesheet a page loads. */
export function extractPageRefs(html: string): PageRefs {
	const refs: PageRefs = { scripts: [], inlineScripts: [], styles: [] };
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = parseAttributes(m[1] ?? '');
		if (!isJavaScriptType(attributes.get('type'))) continue;
		const src = attributes.get('src');
		if (src !== undefined) refs.scripts.push(src);
		else if ((m[2] ?? '').trim() !== '') refs.inlineScripts.push(m[2] ?? '');
	}
	for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
		const attributes = parseAttributes(m[1] ?? '');
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const url = attributes.get(name);
			if (url) refs.scripts.push(url);
		}
	}
	for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
		const attributes = parseAttributes(m[1] ?? '');
		const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
		const href = attributes.get('href');
		if (rel.includes('stylesheet') && href) refs.styles.push(href);
	}
	return refs;
}

/**
 * The specifiers of a JS module's static imports and re-exports (`import x from "./a.js"`,
 * `import "./a.js"`, `export * from "./a.js"`, minified or not). Dynamic `import()` is
 * {@link extractDynamicImports}.
 */
export function extractStaticImports(js: string): string[] {
	const pattern =
		/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
	return [...js.matchAll(pattern)].flatMap((m) => (m[2] === undefined ? [] : [m[2]]));
}

/**
 * The specifiers of a JS module's dynamic imports written as string literals (`import("./a.js")`,
 * with any quote, as Vite and Rolldown write them): code the page loads later, when it needs it
 * (an activity type's component, a package's connection, the search code).
 */
export function extractDynamicImports(js: string): string[] {
	return [...js.matchAll(/\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)].flatMap((m) =>
		m[2] === undefined ? [] : [m[2]],
	);
}

/** An origin no URL in the output uses, so same-site URLs can be told from others. */
export const SITE = 'http://bench.invalid';

/**
 * The site path (`/_astro/a.js`) a URL written in `fromPath` points to, or undefined when it points
 * elsewhere (another origin, `data:`). Relative URLs resolve against `fromPath` as a browser would.
 */
export function resolveSitePath(url: string, fromPath: string): string | undefined {
	let resolved: URL;
	try {
		resolved = new URL(url, `${SITE}${fromPath}`);
	} catch {
		return undefined;
	}
	if (resolved.origin !== SITE) return undefined;
	try {
		return decodeURIComponent(resolved.pathname);
	} catch {
		return resolved.pathname;
	}
}

/** The address a page is served at: `lessons/a/index.html` → `/lessons/a/`. */
export function pageAddress(file: string): string {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
