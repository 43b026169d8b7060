import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeLessonAnchors } from './rehype-lesson-anchors.ts';

const el = (tagName: string, properties: Element['properties']): Element => ({
	type: 'element',
	tagName,
	properties,
	children: [{ type: 'text', value: tagName }],
});

const lessonFile = (id: unknown) => ({ data: { astro: { frontmatter: { id } } } });

describe('rehypeLessonAnchors', () => {
	test("marks a lesson's headings with their lesson and level, and links to them", () => {
		const tree: Root = {
			type: 'root',
			children: [
				el('h2', { id: 'summary' }),
				el('h3', { id: 'a-story' }),
				el('a', { href: '#summary' }),
				el('a', { href: '#lesson-get-help' }),
				el('a', { href: 'https://example.org/#summary' }),
			],
		};
		rehypeLessonAnchors()(tree, lessonFile('fake-profiles'));
		const [h2, h3, toSummary, toHelp, away] = tree.children as Element[];
		expect(h2?.properties).toEqual({
			id: 'summary',
			dataLessonAnchor: 'fake-profiles',
			dataLevel: '2',
		});
		expect(h3?.properties['dataLevel']).toBe('3');
		expect(toSummary?.properties['dataLessonAnchor']).toBe('fake-profiles');
		// Not a heading of this lesson, or not on this page: left as it is.
		expect(toHelp?.properties).toEqual({ href: '#lesson-get-help' });
		expect(away?.properties).toEqual({ href: 'https://example.org/#summary' });
	});

	test('leaves a file that is not a lesson as it is', () => {
		const tree: Root = { type: 'root', children: [el('h2', { id: 'summary' })] };
		rehypeLessonAnchors()(tree, lessonFile(undefined));
		expect((tree.children[0] as Element).properties).toEqual({ id: 'summary' });
	});
});
