import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Components that need to know which lesson they are in. */
const NEEDS_LESSON = new Set(['Activity', 'Cite', 'ForAudience', 'SectionSources']);

/** The component the plugin adds after each part's cited prose; authors never write it. */
export const SECTION_SOURCES = 'SectionSources';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: { type: string }): node is JsxElement =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const attributeOf = (el: JsxElement, name: string): string | undefined => {
	for (const a of el.attributes)
		if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')
			return a.value;
	return undefined;
};

/**
 * The citations inside one node, in reading order, each as `id` or, inside a
 * `<ForAudience audiences="forces adult">`, as `id@forces,adult` (the page shows it only to those
 * audiences). Pure.
 */
export function citesIn(node: RootContent, audiences?: string): string[] {
	if (isJsx(node) && node.name === 'Cite') {
		const id = attributeOf(node, 'id');
		if (!id) return [];
		return [
			audiences
				? `${id}@${audiences
						.trim()
						.split(/[\s,]+/)
						.join(',')}`
				: id,
		];
	}
	const inner =
		isJsx(node) && node.name === 'ForAudience'
			? (attributeOf(node, 'audiences') ?? audiences)
			: audiences;
	const children = 'children' in node ? (node.children as RootContent[]) : [];
	return children.flatMap((child) => citesIn(child, inner));
}

/**
 * Adds, to each part of a lesson (the text before the first heading, then each `##` section), one
 * `<SectionSources cites="…">` right after the last block that cites a source: a keyboard learner
 * reaches every source of the part in one Tab stop there, while each inline `[n]` is no Tab stop
 * (about 110 on one lesson before). Mutates `tree`.
 */
export function addSectionSources(tree: Root): void {
	const out: RootContent[] = [];
	let pending: string[] = [];
	let lastCiting = -1;
	const flush = () => {
		if (pending.length > 0) {
			const list: MdxJsxFlowElement = {
				type: 'mdxJsxFlowElement',
				name: SECTION_SOURCES,
				attributes: [{ type: 'mdxJsxAttribute', name: 'cites', value: pending.join(' ') }],
				children: [],
			};
			out.splice(lastCiting + 1, 0, list);
		}
		pending = [];
		lastCiting = -1;
	};
	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth <= 2) flush();
		out.push(node);
		const cites = citesIn(node);
		if (cites.length > 0) {
			pending.push(...cites);
			lastCiting = out.length - 1;
		}
	}
	flush();
	tree.children = out;
}

/**
 * Gives `<Activity>`, `<Cite>` and `<ForAudience>` a `lesson` attribute holding the lesson's frontmatter id, so
 * authors write `<Cite id="s3" />` and the component can still find the lesson's own sources; and
 * adds each part's list of sources (`addSectionSources`).
 */
export function remarkLessonContext() {
	return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
		const lesson = file.data.astro?.frontmatter?.['id'];
		if (typeof lesson !== 'string') return;
		addSectionSources(tree);
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
			const el = node;
			if (!el.name || !NEEDS_LESSON.has(el.name)) return;
			el.attributes.push({ type: 'mdxJsxAttribute', name: 'lesson', value: lesson });
		});
	};
}
