import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { AudienceSchema, type Audience } from '../schemas/audience.ts';

/**
 * One block of lesson prose as the content lint reads it: the unit within which a `<Cite>` backs a
 * statistic ("the same paragraph").
 */
export interface ProseBlock {
	/** `paragraph` (also each paragraph of a list item or a `<Note>`), `heading`, or a `table-row`. */
	kind: 'paragraph' | 'heading' | 'table-row';
	/** Plain text without MDX: a paragraph has one part, a table row one per cell. Each part ends a sentence. */
	parts: string[];
	/** Ids of the `<Cite>`s inside the block. */
	cites: string[];
	/** Set inside an audience-conditional element: the audiences that see this block. */
	audiences?: readonly Audience[] | undefined;
	line: number;
	column: number;
}

const audienceNames: readonly string[] = AudienceSchema.options;
const NEGATING_ATTRIBUTES = new Set(['not', 'except', 'exclude', 'hide', 'hideFor']);

/**
 * The audiences an element is limited to, if it is an audience-conditional block. The component for
 * that is not fixed here: any element with an attribute whose value names only audiences
 * (`only="school"`, `audiences={['school', 'forces']}`, `for="adult forces"`) counts, and an
 * attribute named `not`/`except`/`exclude` means every audience but those.
 */
export function audiencesOf(
	attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
): Audience[] | undefined {
	for (const attr of attributes) {
		if (attr.type !== 'mdxJsxAttribute') continue;
		const raw = typeof attr.value === 'string' ? attr.value : attr.value?.value;
		if (typeof raw !== 'string') continue;
		const words = raw.split(/[\s,'"[\]`]+/).filter(Boolean);
		if (!words.length || !words.every((w) => audienceNames.includes(w))) continue;
		const named = AudienceSchema.options.filter((a) => words.includes(a));
		return NEGATING_ATTRIBUTES.has(attr.name)
			? AudienceSchema.options.filter((a) => !named.includes(a))
			: named;
	}
	return undefined;
}

/** Elements whose content is not prose: activities are data, citations are references. */
const NOT_PROSE = new Set(['Activity', 'Cite']);

function collect(node: Nodes, into: { text: string[]; cites: string[] }): void {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			into.text.push(node.value);
			return;
		case 'break':
			into.text.push('\n');
			return;
		case 'mdxJsxTextElement':
		case 'mdxJsxFlowElement':
			if (node.name === 'Cite') {
				const id = node.attributes.find(
					(a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id',
				)?.value;
				if (typeof id === 'string') into.cites.push(id);
			}
			if (node.name && NOT_PROSE.has(node.name)) return;
			break;
		default:
			break;
	}
	if ('children' in node) for (const child of node.children) collect(child, into);
}

function walk(node: Nodes, audiences: readonly Audience[] | undefined, out: ProseBlock[]): void {
	const start = node.position?.start ?? { line: 1, column: 1 };
	const at = { line: start.line, column: start.column, audiences };
	if (node.type === 'paragraph' || node.type === 'heading') {
		const into = { text: [], cites: [] };
		collect(node, into);
		out.push({ kind: node.type, parts: [into.text.join('')], cites: into.cites, ...at });
		return;
	}
	if (node.type === 'tableRow') {
		const parts: string[] = [];
		const cites: string[] = [];
		for (const cell of node.children) {
			const into = { text: [] as string[], cites };
			collect(cell, into);
			parts.push(into.text.join(''));
		}
		out.push({ kind: 'table-row', parts, cites, ...at });
		return;
	}
	if (node.type === 'yaml' || node.type === 'code' || node.type === 'html') return;
	let inner = audiences;
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		if (node.name && NOT_PROSE.has(node.name)) return;
		inner = audiencesOf(node.attributes) ?? audiences;
	}
	if ('children' in node) for (const child of node.children) walk(child, inner, out);
}

/** Every block of prose in a parsed lesson, in reading order, with its citations. */
export function proseBlocks(tree: Root): ProseBlock[] {
	const out: ProseBlock[] = [];
	walk(tree, undefined, out);
	return out;
}
