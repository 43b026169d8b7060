import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The property that marks an element of lesson prose whose id, or link, depends on the page. */
export const LESSON_ANCHOR = 'dataLessonAnchor';

const HEADING = /^h[1-6]$/;

/**
 * Marks, in a lesson's prose, each heading with an id (after Astro's `rehypeHeadingIds`) and each
 * link to one of those ids (`[the summary](#summary)`) with the lesson's frontmatter id. The
 * `LessonHeading` and `LessonLink` components read it: a page holding several lessons gives the id
 * the lesson's own prefix (`proseAnchor` in src/lib/anchors.ts), a lesson's own page keeps it.
 * Other files (no frontmatter id) are left as they are. Mutates `tree`.
 */
export function rehypeLessonAnchors() {
	return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
		const lesson = file.data.astro?.frontmatter?.['id'];
		if (typeof lesson !== 'string') return;
		const ids = new Set<string>();
		visit(tree, 'element', (node: Element) => {
			const id = node.properties['id'];
			if (!HEADING.test(node.tagName) || typeof id !== 'string') return;
			ids.add(id);
			node.properties = {
				...node.properties,
				[LESSON_ANCHOR]: lesson,
				dataLevel: node.tagName.slice(1),
			};
		});
		visit(tree, 'element', (node: Element) => {
			const href = node.properties['href'];
			if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
			if (ids.has(decodeURIComponent(href.slice(1))))
				node.properties = { ...node.properties, [LESSON_ANCHOR]: lesson };
		});
	};
}
