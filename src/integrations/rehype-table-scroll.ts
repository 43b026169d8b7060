import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The text of a node, as a column heading reads. */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

/** The element children of a node with the given tag names, in order. */
const childElements = (node: Element, tags: readonly string[]): Element[] =>
	node.children.filter((c): c is Element => c.type === 'element' && tags.includes(c.tagName));

/**
 * Wraps every table in lesson prose in a `table-scroll` box, and gives each body cell its column's
 * heading as `data-label`: on a narrow screen each row becomes a card, each cell labelled by its
 * heading (global.css), so the page reflows at 320 px with nothing to scroll sideways (WCAG 1.4.10).
 */
export function rehypeTableScroll() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			const head = childElements(node, ['thead'])[0];
			const headRow = head && childElements(head, ['tr'])[0];
			const labels = headRow
				? childElements(headRow, ['th', 'td']).map((c) => textOf(c).trim())
				: [];
			for (const body of childElements(node, ['tbody']))
				for (const row of childElements(body, ['tr']))
					childElements(row, ['th', 'td']).forEach((cell, i) => {
						const label = labels[i];
						if (label) cell.properties = { ...cell.properties, dataLabel: label };
					});
			parent.children[index] = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'] },
				children: [node],
			};
		});
	};
}
