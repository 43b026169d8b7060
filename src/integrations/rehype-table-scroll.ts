import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps every table in lesson prose in a focusable, labelled region that scrolls sideways, so a
 * three-column table stays readable on a 320 px screen without squeezing words letter by letter,
 * and keyboard users can scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function rehypeTableScroll() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: {
					className: ['table-scroll'],
					role: 'region',
					tabIndex: 0,
					ariaLabel: 'Table (scrolls sideways on small screens)',
				},
				children: [node],
			};
			parent.children[index] = wrapper;
		});
	};
}
