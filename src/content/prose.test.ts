import { describe, expect, test } from 'vitest';
import { scanMdx } from './mdx-scan.ts';

const blocks = (mdx: string) => scanMdx(mdx).blocks;

describe('proseBlocks', () => {
	test('paragraphs, headings, list items and notes become blocks with their citations', () => {
		expect(
			blocks(`## Who is behind it?

People **often** pretend<Cite id="s23" />. Some hack [accounts](https://example.org)<Cite id="s16" /><Cite id="s1" />.

- Block them<Cite id="s12" />.
- Tell someone.

<Note>

It is never your fault<Cite id="s11" />.

</Note>

<Activity id="x" />
`),
		).toEqual([
			{
				kind: 'heading',
				parts: ['Who is behind it?'],
				cites: [],
				audiences: undefined,
				line: 1,
				column: 1,
			},
			{
				kind: 'paragraph',
				parts: ['People often pretend. Some hack accounts.'],
				cites: ['s23', 's16', 's1'],
				audiences: undefined,
				line: 3,
				column: 1,
			},
			{
				kind: 'paragraph',
				parts: ['Block them.'],
				cites: ['s12'],
				audiences: undefined,
				line: 5,
				column: 3,
			},
			{
				kind: 'paragraph',
				parts: ['Tell someone.'],
				cites: [],
				audiences: undefined,
				line: 6,
				column: 3,
			},
			{
				kind: 'paragraph',
				parts: ['It is never your fault.'],
				cites: ['s11'],
				audiences: undefined,
				line: 10,
				column: 1,
			},
		]);
	});

	test('a table row is one block, a part per cell', () => {
		expect(
			blocks('| Step | Why |\n| --- | --- |\n| 1. Don\'t pay | No guarantee<Cite id="s3" />. |\n'),
		).toMatchObject([
			{ kind: 'table-row', parts: ['Step', 'Why'], cites: [], line: 1 },
			{ kind: 'table-row', parts: ["1. Don't pay", 'No guarantee.'], cites: ['s3'], line: 3 },
		]);
	});

	test('an element whose attribute names only audiences limits its blocks to them', () => {
		const found = blocks(`<Only audiences="school forces">

For pupils.

</Only>

<Audience for={['adult']}>

For adults.

</Audience>

<Audience not="school">

Not for pupils.

</Audience>

<Box title="school trip">

Everyone.

</Box>
`);
		expect(found.map((b) => [b.parts[0], b.audiences])).toEqual([
			['For pupils.', ['school', 'forces']],
			['For adults.', ['adult']],
			['Not for pupils.', ['forces', 'adult']],
			['Everyone.', undefined],
		]);
	});
});
