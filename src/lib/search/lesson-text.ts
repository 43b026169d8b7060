import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lesson } from '../../schemas/lesson.ts';
import type { SearchPart } from './types.ts';

/**
 * The id a heading gets on the page. Astro gives MDX headings GitHub-style ids (github-slugger):
 * lower case, punctuation dropped, spaces to hyphens, and "-1", "-2" … for repeats within a file.
 * tests/e2e/search.spec.ts checks that every anchor in the index exists on its page.
 */
export function headingSlugger(): (text: string) => string {
	const seen = new Map<string, number>();
	return (text) => {
		const base = text
			.toLowerCase()
			.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
			.replace(/ /g, '-');
		let slug = base;
		let count = seen.get(base) ?? 0;
		while (seen.has(slug)) slug = `${base}-${++count}`;
		seen.set(base, count);
		seen.set(slug, 0);
		return slug;
	};
}

/** Elements whose text is not prose: citation markers. */
const SKIPPED = new Set(['Cite']);

type Node = Root | RootContent;

/** The visible text of a node; `<Activity id>` becomes its prompt, `<Cite>` is left out. */
function textOf(node: Node, prompts: ReadonlyMap<string, string>): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'break':
			return ' ';
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			if (node.name && SKIPPED.has(node.name)) return '';
			if (node.name === 'Activity') {
				const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
				return typeof id?.value === 'string' ? (prompts.get(id.value) ?? '') : '';
			}
			break;
		}
		case 'yaml':
		case 'code':
		case 'html':
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return '';
		default:
			break;
	}
	if (!('children' in node)) return '';
	const block = ['paragraph', 'heading', 'listItem', 'tableCell'].includes(node.type);
	const inner = (node.children as Node[]).map((child) => textOf(child, prompts));
	const joined = block ? inner.join('') : inner.filter((t) => t !== '').join(' ');
	return joined.replace(/\s+/g, ' ').trim();
}

/**
 * The lesson's blocks in reading order, with the blocks inside `<ForAudience>` in their place (the
 * site shows every audience's block, each labelled, so its headings are the page's headings).
 */
function* flowNodes(nodes: readonly Node[]): Generator<Node> {
	for (const node of nodes) {
		if (node.type === 'mdxJsxFlowElement' && node.name === 'ForAudience')
			yield* flowNodes(node.children);
		else yield node;
	}
}

/**
 * A lesson's prose as search parts: the text before the first heading, then one part per heading
 * (linking to the heading's id). Each activity placed in a section adds its prompt to that section.
 */
export function lessonProseParts(lesson: Lesson, body: string): SearchPart[] {
	const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
	const prompts = new Map(lesson.activities.map((a) => [a.id, a.prompt]));
	const slug = headingSlugger();
	const parts: SearchPart[] = [];
	let current: { anchor: string | undefined; texts: string[] } = { anchor: undefined, texts: [] };
	const flush = () => {
		const text = current.texts.filter((t) => t !== '').join(' ');
		if (text !== '') parts.push({ text, field: 'body', anchor: current.anchor });
	};
	for (const node of flowNodes(tree.children)) {
		if (node.type === 'heading') {
			const title = textOf(node, prompts);
			flush();
			current = { anchor: slug(title), texts: [`${title}.`] };
		} else {
			current.texts.push(textOf(node, prompts));
		}
	}
	flush();
	return parts;
}
