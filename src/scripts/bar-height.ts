/**
 * Keeps the page's scroll padding (global.css: `scroll-padding-top` and `-bottom`) as tall as what
 * is kept in view over the page really is: the sticky top bar, and in a package the save line at the
 * window's foot (save-line.ts). The bar is `--bar-height` (3rem) at least, and taller when its
 * two buttons wrap: at 400% zoom an LMS frame is 320 CSS px wide, 305 beside a scrollbar, and "Leave
 * this site" takes two lines, a 65.6 px bar over a 64 px padding. An element the keyboard reaches,
 * or a heading a link goes to, was then scrolled partly under the bar (WCAG 2.4.11 Focus Not
 * Obscured). The element's height goes to a custom property on the root (`--top-bar-height`,
 * `--save-line-height`), now and whenever it changes (zoom, text spacing, a frame resized, shown or
 * hidden: 0 then); before this runs, the CSS falls back to its own value.
 */
export function followHeight(
	element: Element,
	root: { style: Pick<CSSStyleDeclaration, 'setProperty'> },
	property: `--${string}`,
	observe: (element: Element, changed: () => void) => void = (el, changed) => {
		new ResizeObserver(changed).observe(el);
	},
): void {
	const measure = () => {
		root.style.setProperty(property, `${String(element.getBoundingClientRect().height)}px`);
	};
	measure();
	observe(element, measure);
}
