/// <reference types="mdast-util-mdx-jsx" />
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Components that need to know which lesson they are in. */
const NEEDS_LESSON = new Set(['Activity', 'Cite', 'ForAudience']);

/**
 * Gives `<Activity>`, `<Cite>` and `<ForAudience>` a `lesson` attribute holding the lesson's frontmatter id, so
 * authors write `<Cite id="s3" />` and the component can still find the lesson's own sources.
 */
export function remarkLessonContext() {
	return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
		const lesson = file.data.astro?.frontmatter?.['id'];
		if (typeof lesson !== 'string') return;
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
			const el = node;
			if (!el.name || !NEEDS_LESSON.has(el.name)) return;
			el.attributes.push({ type: 'mdxJsxAttribute', name: 'lesson', value: lesson });
		});
	};
}
