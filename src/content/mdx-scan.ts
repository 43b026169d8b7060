import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { proseBlocks, type ProseBlock } from './prose.ts';

/** What the content check needs to know about one lesson's prose. */
export interface MdxScan {
	/** Every JSX element, with its string attributes and where it starts. */
	elements: {
		name: string;
		attributes: Record<string, string | true>;
		/** Attributes written as code (`id={…}`, and `{...spread}` as `{…}`): left out of `attributes`. */
		codeAttributes: string[];
		/** The `audiences` of the nearest `<ForAudience>` around it, as written; none outside one. */
		within?: string;
		line: number;
		column: number;
	}[];
	/** Every Markdown image, with its alt text. */
	images: { alt: string; url: string; line: number; column: number }[];
	/** Every Markdown link and link definition (`[x](url)`, `[x]: url`), with its address. */
	links: { url: string; line: number; column: number }[];
	/** Every `{…}` expression in the prose, with its code. */
	expressions: { code: string; line: number; column: number }[];
	/** Every `import` or `export` statement. */
	statements: { code: string; line: number; column: number }[];
	/** The prose as plain-text blocks (paragraphs, headings, table rows), for the content lint. */
	blocks: ProseBlock[];
}

/** Thrown when the prose is not valid MDX; carries the position the MDX parser reported. */
export class MdxParseError extends Error {
	readonly line: number | undefined;
	readonly column: number | undefined;
	constructor(message: string, line: number | undefined, column: number | undefined) {
		super(message);
		this.line = line;
		this.column = column;
	}
}

// GFM as Astro's MDX renders it (tables, autolinks), so the lint sees a table as rows and cells.
const parser = () =>
	unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

function readAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): {
	attributes: Record<string, string | true>;
	codeAttributes: string[];
} {
	const attributes: Record<string, string | true> = {};
	const codeAttributes: string[] = [];
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute') codeAttributes.push('{…}');
		else if (attr.value === null || attr.value === undefined) attributes[attr.name] = true;
		else if (typeof attr.value === 'string') attributes[attr.name] = attr.value;
		else codeAttributes.push(attr.name);
	}
	return { attributes, codeAttributes };
}

/** Parses MDX (frontmatter included, so positions are the file's own) and lists its elements and images. */
export function scanMdx(text: string): MdxScan {
	let tree: Root;
	try {
		tree = parser().parse(text);
	} catch (err) {
		// micromark throws a VFileMessage; its position is in `place` (a point or a range).
		const e = err as {
			reason?: string;
			message: string;
			place?: { line?: number; column?: number; start?: { line: number; column: number } };
		};
		const reason = e.reason ?? e.message;
		const at = e.place?.start ?? e.place;
		// Some messages (an unclosed tag) carry no place, only "(37:1-37:26)" in the text.
		const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
		const line = at?.line ?? (inText ? Number(inText[1]) : undefined);
		const column = at?.column ?? (inText ? Number(inText[2]) : undefined);
		throw new MdxParseError(reason.replace(/\s*\(\d+:\d+-\d+:\d+\)$/, ''), line, column);
	}
	const scan: MdxScan = {
		elements: [],
		images: [],
		links: [],
		expressions: [],
		statements: [],
		blocks: proseBlocks(tree),
	};
	// Visited parents first, so an element's ancestors are known when it is reached.
	const parents = new Map<object, object>();
	const within = (node: object): string | undefined => {
		for (let up = parents.get(node); up; up = parents.get(up)) {
			const el = up as { type?: string; name?: string | null };
			if (el.type === 'mdxJsxFlowElement' && el.name === 'ForAudience') {
				const audiences = readAttributes(up as MdxJsxFlowElement).attributes['audiences'];
				return typeof audiences === 'string' ? audiences : '';
			}
		}
		return undefined;
	};
	visit(tree, (node, _index, parent) => {
		if (parent) parents.set(node, parent);
		const start = node.position?.start ?? { line: 1, column: 1 };
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const el = node;
			if (el.name === null) return; // a fragment <>…</>
			const around = within(el);
			scan.elements.push({
				name: el.name,
				...readAttributes(el),
				...(around === undefined ? {} : { within: around }),
				...start,
			});
		} else if (node.type === 'image') {
			scan.images.push({ alt: node.alt ?? '', url: node.url, ...start });
		} else if (node.type === 'link' || node.type === 'definition') {
			scan.links.push({ url: node.url, ...start });
		} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			scan.expressions.push({ code: node.value, ...start });
		} else if (node.type === 'mdxjsEsm') {
			scan.statements.push({ code: node.value, ...start });
		}
	});
	return scan;
}
