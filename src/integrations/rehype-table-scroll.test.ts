import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeTableScroll } from './rehype-table-scroll.ts';

const el = (tagName: string, children: (ElementContent | string)[]): Element => ({
	type: 'element',
	tagName,
	properties: {},
	children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});

describe('rehypeTableScroll', () => {
	test('labels each body cell with its column heading, for the cards on narrow screens', () => {
		const tree: Root = {
			type: 'root',
			children: [
				el('table', [
					el('thead', [
						el('tr', [el('th', ['Step']), el('th', ['What ', el('em', ['to']), ' do'])]),
					]),
					el('tbody', [el('tr', [el('td', ['1. Don’t panic']), el('td', ['Take a breath.'])])]),
				]),
			],
		};
		rehypeTableScroll()(tree);
		const wrapper = tree.children[0] as Element;
		expect(wrapper.properties['className']).toEqual(['table-scroll']);
		const body = (wrapper.children[0] as Element).children[1] as Element;
		const row = body.children[0] as Element;
		expect(row.children.map((c) => (c as Element).properties['dataLabel'])).toEqual([
			'Step',
			'What to do',
		]);
	});
});
