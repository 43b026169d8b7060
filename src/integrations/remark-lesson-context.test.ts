import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { addSectionSources, remarkLessonContext } from './remark-lesson-context.ts';

const parse = (mdx: string): Root => unified().use(remarkParse).use(remarkMdx).parse(mdx);

/** Each top-level block as a short label: the heading text, `SectionSources(cites)`, or its type. */
function outline(tree: Root): string[] {
	return tree.children.map((node) => {
		if (node.type === 'heading')
			return `${'#'.repeat(node.depth)} ${(node.children[0] as { value: string }).value}`;
		if (node.type === 'mdxJsxFlowElement') {
			const attr = (name: string) => {
				const value = node.attributes.find(
					(a) => a.type === 'mdxJsxAttribute' && a.name === name,
				)?.value;
				return typeof value === 'string' ? value : '';
			};
			return node.name === 'SectionSources'
				? `SectionSources(${attr('cites')})`
				: `${node.name ?? ''}(${attr('id') || attr('audiences')})`;
		}
		return node.type;
	});
}

describe('addSectionSources', () => {
	test("puts one list of a part's sources right after its last citing block, before activities", () => {
		const tree = parse(
			[
				'Intro<Cite id="s1" />.',
				'## One',
				'Text<Cite id="s2" /><Cite id="s3" />.',
				'- item<Cite id="s2" />',
				'<Activity id="a1" />',
				'## Two',
				'No sources here.',
				'<Activity id="a2" />',
			].join('\n\n'),
		);
		addSectionSources(tree);
		expect(outline(tree)).toEqual([
			'paragraph',
			'SectionSources(s1)',
			'## One',
			'paragraph',
			'list',
			'SectionSources(s2 s3 s2)',
			'Activity(a1)',
			'## Two',
			'paragraph',
			'Activity(a2)',
		]);
	});

	test('marks citations inside <ForAudience> with its audiences, so a page shows only its own', () => {
		const tree = parse(
			[
				'## Help',
				'<ForAudience audiences="forces adult">',
				'Call 101<Cite id="s9" />.',
				'</ForAudience>',
				'Everyone<Cite id="s1" />.',
			].join('\n\n'),
		);
		addSectionSources(tree);
		expect(outline(tree)).toEqual([
			'## Help',
			'ForAudience(forces adult)',
			'paragraph',
			'SectionSources(s9@forces,adult s1)',
		]);
	});

	test('a ### heading stays inside its ## part', () => {
		const tree = parse(['## A', 'x<Cite id="s1" />', '### B', 'y<Cite id="s2" />'].join('\n\n'));
		addSectionSources(tree);
		expect(outline(tree)).toEqual([
			'## A',
			'paragraph',
			'### B',
			'paragraph',
			'SectionSources(s1 s2)',
		]);
	});
});

test('the plugin gives the added list its lesson, as it does <Cite> and <Activity>', () => {
	const tree = parse('Text<Cite id="s1" />.');
	remarkLessonContext()(tree, { data: { astro: { frontmatter: { id: 'lesson-x' } } } });
	const list = tree.children.find(
		(n) => n.type === 'mdxJsxFlowElement' && n.name === 'SectionSources',
	);
	expect(list && 'attributes' in list ? list.attributes : []).toContainEqual({
		type: 'mdxJsxAttribute',
		name: 'lesson',
		value: 'lesson-x',
	});
});
