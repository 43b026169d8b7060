/**
 * Keeps the page's scroll padding (global.css: `scroll-padding-top`) as tall as its sticky top bar
 * really is. The bar is `--bar-height` (3rem) at least, and taller when its two buttons wrap: at
 * 400% zoom an LMS frame is 320 CSS px wide, 305 beside a scrollbar, and "Leave this site" takes
 * two lines, a 65.6 px bar over a 64 px padding. An element the keyboard reaches, or a heading a
 * link goes to, was then scrolled partly under the bar (WCAG 2.4.11 Focus Not Obscured). The bar's
 * height goes to `--top-bar-height` on the root, now and whenever it changes (zoom, text spacing,
 * a frame resized); before this runs, the CSS falls back to `--bar-height`.
 */
export function followBarHeight(
	bar: Element,
	root: { style: Pick<CSSStyleDeclaration, 'setProperty'> },
	observe: (bar: Element, changed: () => void) => void = (el, changed) => {
		new ResizeObserver(changed).observe(el);
	},
): void {
	const measure = () => {
		root.style.setProperty('--top-bar-height', `${String(bar.getBoundingClientRect().height)}px`);
	};
	measure();
	observe(bar, measure);
}
