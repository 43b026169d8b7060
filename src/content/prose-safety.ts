import type { MdxComponentName } from '../components/mdx/registry.ts';

/**
 * What lesson prose may hold besides Markdown and the project's components: a few harmless HTML
 * elements, each with the attributes it may carry. Anything else (elements that run code, load
 * other sites or change the page: `script`, `iframe`, `object`, `embed`, `style`, `link`, `meta`,
 * `base`, `form`, …) is refused. An allow-list, not a block-list: an element or attribute nobody
 * thought of is refused until it is added here on purpose.
 */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: ['title'],
	b: [],
	br: [],
	code: [],
	del: [],
	em: [],
	i: [],
	img: ['src', 'alt', 'width', 'height'],
	ins: [],
	kbd: [],
	mark: [],
	p: [],
	q: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	u: [],
	wbr: [],
};

/** Attributes any allowed HTML element may carry. */
export const allowedHtmlGlobalAttributes: readonly string[] = ['title', 'lang', 'dir'];

/** The attributes an author writes on each component (others are added by the build). */
export const componentAttributes: Readonly<Record<MdxComponentName, readonly string[]>> = {
	Activity: ['id'],
	Cite: ['id'],
	Note: [],
	ForAudience: ['audiences'],
};

/** Whether `name` is an HTML element lesson prose may use. */
export function isAllowedHtml(name: string): boolean {
	return Object.hasOwn(allowedHtml, name);
}

/** The attributes element `name` (an allowed HTML element or a component) may carry. */
export function allowedAttributes(name: string): readonly string[] {
	if (Object.hasOwn(componentAttributes, name))
		return componentAttributes[name as MdxComponentName];
	return [...(allowedHtml[name] ?? []), ...allowedHtmlGlobalAttributes];
}

/**
 * Why a link address cannot be used, or undefined when it can: https, http, mailto and tel, and
 * addresses on the site itself (`/lessons/…`, `#part`). `javascript:`, `data:` and every other
 * scheme are refused. Browsers ignore tabs, newlines and leading spaces in a scheme, so they are
 * removed before it is read.
 */
export function linkProblem(url: string): string | undefined {
	const scheme = schemeOf(url);
	if (scheme === undefined || ['https', 'http', 'mailto', 'tel'].includes(scheme)) return undefined;
	return `uses "${scheme}:", which a lesson link may not (it can run code or open something other than a web page)`;
}

/**
 * Why an image address cannot be used, or undefined when it can: only an image on the site itself
 * (a path such as `/images/card.svg`). An image from another site would tell that site who is
 * reading the lesson, and the site's policy would block it anyway.
 */
export function imageProblem(url: string): string | undefined {
	const scheme = schemeOf(url);
	const clean = url.replace(/[\u0000-\u0020]/g, '');
	if (scheme === undefined && !clean.startsWith('//')) return undefined;
	return 'is not on this site: a lesson may only show images that are part of the site';
}

/** The scheme of a URL in lower case (`javascript`), or undefined for a relative address. */
function schemeOf(url: string): string | undefined {
	const clean = url.replace(/[\u0000-\u0020]/g, '');
	const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(clean);
	return match?.[1]?.toLowerCase();
}

/** Whether an MDX expression holds only comments (`{/* a note for authors *\/}`), which render nothing. */
export function isCommentOnly(code: string): boolean {
	return /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/.test(code);
}
