import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { proseAnchor } from '../anchors.ts';
import { isShownTo, parseAudienceList } from '../audience-view.ts';
import type { Audience } from '../../schemas/audience.ts';
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

/** What the page shows: its activities' prompts by id, and whom it shows the lesson to. */
interface Shown {
	prompts: ReadonlyMap<string, string>;
	audiences: readonly Audience[];
}

/** The value of a JSX element's string attribute. */
function attributeOf(
	node: Extract<Node, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
	name: string,
): string | undefined {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * The visible text of a node; `<Activity id>` becomes its prompt (if the page shows that activity),
 * `<ForAudience>` keeps its text only where the page shows it (as the component decides), `<Cite>`
 * is left out.
 */
function textOf(node: Node, shown: Shown): string {
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
				const id = attributeOf(node, 'id');
				return id === undefined ? '' : (shown.prompts.get(id) ?? '');
			}
			if (node.name === 'ForAudience') {
				const { audiences } = parseAudienceList(attributeOf(node, 'audiences') ?? '');
				if (!isShownTo(audiences, shown.audiences)) return '';
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
	const inner = (node.children as Node[]).map((child) => textOf(child, shown));
	const joined = block ? inner.join('') : inner.filter((t) => t !== '').join(' ');
	return joined.replace(/\s+/g, ' ').trim();
}

/**
 * The lesson's blocks in reading order, with the blocks inside a shown `<ForAudience>` in their
 * place (its headings are the page's headings) and those of a block the page leaves out dropped.
 */
function* flowNodes(nodes: readonly Node[], shown: Shown): Generator<Node> {
	for (const node of nodes) {
		if (node.type === 'mdxJsxFlowElement' && node.name === 'ForAudience') {
			const { audiences } = parseAudienceList(attributeOf(node, 'audiences') ?? '');
			if (isShownTo(audiences, shown.audiences)) yield* flowNodes(node.children, shown);
		} else yield node;
	}
}

/**
 * A lesson's prose as search parts: the text before the first heading, then one part per heading
 * (linking to the heading's id). Each activity placed in a section adds its prompt to that section.
 * The prose is as a page for `lesson.audiences` shows it: a package narrows the lesson to its one
 * audience (`<ForAudience>` blocks and activities for others are left out). On a page holding
 * several lessons (`sharedPage`: a package's launch page) the heading ids carry the lesson id, as
 * that page gives them (`proseAnchor`).
 */
export function lessonProseParts(lesson: Lesson, body: string, sharedPage = false): SearchPart[] {
	const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
	const shown: Shown = {
		prompts: new Map(
			lesson.activities
				.filter((a) => isShownTo(a.audiences, lesson.audiences))
				.map((a) => [a.id, a.prompt]),
		),
		audiences: lesson.audiences,
	};
	// Astro gives every heading of the file its id in order, a heading of a <ForAudience> block the
	// page leaves out too: in a forces package the forces "If you are under 18" is
	// `if-you-are-under-18-1`, as the school one before it took the plain id.
	const slug = headingSlugger();
	const ids = new Map<Node, string>();
	visit(tree, 'heading', (heading) => {
		ids.set(heading, slug(textOf(heading, shown)));
	});
	const parts: SearchPart[] = [];
	let current: { anchor: string | undefined; texts: string[] } = { anchor: undefined, texts: [] };
	const flush = () => {
		const text = current.texts.filter((t) => t !== '').join(' ');
		if (text !== '') parts.push({ text, field: 'body', anchor: current.anchor });
	};
	for (const node of flowNodes(tree.children, shown)) {
		if (node.type === 'heading') {
			const title = textOf(node, shown);
			flush();
			const id = ids.get(node);
			current = {
				anchor: id === undefined ? undefined : proseAnchor(lesson.id, id, sharedPage),
				texts: [`${title}.`],
			};
		} else {
			current.texts.push(textOf(node, shown));
		}
	}
	flush();
	return parts;
}
