import { unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { pinPdf, pinPptxDates } from '../../scripts/build/reproducible.ts';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/**
 * A tagged PDF as Chromium prints one: structure elements with ids named after DOM nodes, table
 * cells naming their headers by id, one id tree leaf, and the information dates. `ids` are the
 * node numbers the browser happened to give the two headers on this print.
 */
function printedPdf(ids: [number, number], when: string): Uint8Array {
	const [a, b] = ids.map((n) => `node${String(n).padStart(8, '0')}`);
	return latin1(
		[
			'%PDF-1.4',
			`40 0 obj\n<</Type /StructElem\n/S /TH\n/ID (${a ?? ''})>>\nendobj`,
			`42 0 obj\n<</Type /StructElem\n/S /TH\n/ID (${b ?? ''})>>\nendobj`,
			`44 0 obj\n<</Type /StructElem\n/S /TD\n/A [<</O /Table\n/Headers [(${a ?? ''}) (${b ?? ''})]>>]>>\nendobj`,
			// A name tree keeps its keys sorted: the browser's numbers decide the order here.
			`215 0 obj\n<</Limits [(${[a, b].sort()[0] ?? ''}) (${[a, b].sort()[1] ?? ''})]\n/Names [${[
				[a, 40],
				[b, 42],
			]
				.sort((x, y) => String(x[0]).localeCompare(String(y[0])))
				.map(([id, object]) => `(${String(id)}) ${String(object)} 0 R`)
				.join(' ')}]>>\nendobj`,
			`9 0 obj\n<</Creator (Chromium)\n/CreationDate (D:${when}+00'00')\n/ModDate (D:${when}+00'00')>>\nendobj`,
			'%%EOF',
		].join('\n'),
	);
}

describe('pinPdf', () => {
	test('two prints of the same page, at other times and with other node numbers, are the same bytes', () => {
		const first = pinPdf(printedPdf([10520, 10524], '20261206183955'), '2026-12-01');
		const second = pinPdf(printedPdf([10611, 10533], '20261207091502'), '2026-12-01');
		expect(text(second)).toBe(text(first));
	});

	test('every byte offset holds: the file keeps its length', () => {
		const printed = printedPdf([10611, 10533], '20261207091502');
		expect(pinPdf(printed, '2026-12-01').length).toBe(printed.length);
	});

	test('the dates are the content date; the ids name their elements, still sorted in the tree', () => {
		const pinned = text(pinPdf(printedPdf([10611, 10533], '20261207091502'), '2026-12-01'));
		expect(pinned).toContain("/CreationDate (D:20261201000000+00'00')");
		expect(pinned).toContain("/ModDate (D:20261201000000+00'00')");
		expect(pinned).toContain('40 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node00000040)>>');
		expect(pinned).toContain('/Headers [(node00000040) (node00000042)]');
		expect(pinned).toContain(
			'/Limits [(node00000040) (node00000042)]\n/Names [(node00000040) 40 0 R (node00000042) 42 0 R]',
		);
		expect(pinned).not.toMatch(/node000(10611|10533)/);
	});

	test('an id the tree does not name: the ids are left as printed, never half renamed', () => {
		const printed = text(printedPdf([10520, 10524], '20261206183955')).replace(
			'/Headers [(node00010520)',
			'/Headers [(node00099999)',
		);
		const pinned = text(pinPdf(latin1(printed), '2026-12-01'));
		expect(pinned).toContain('/ID (node00010520)');
		expect(pinned).toContain("/CreationDate (D:20261201000000+00'00')");
	});
});

describe('pinPptxDates', () => {
	const core = (when: string) =>
		`<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
	const deck = (when: string, mtime: Date) =>
		zipSync(
			{
				'[Content_Types].xml': new TextEncoder().encode('<Types/>'),
				'docProps/': new Uint8Array(),
				'docProps/core.xml': new TextEncoder().encode(core(when)),
				'ppt/slides/slide1.xml': new TextEncoder().encode('<p:sld/>'),
			},
			{ mtime },
		);

	test('two builds of the same deck, at other times, are the same bytes', () => {
		const first = pinPptxDates(
			deck('2026-12-06T18:40:15Z', new Date('2026-12-06T18:40:15Z')),
			'2026-12-01',
		);
		const second = pinPptxDates(
			deck('2026-12-07T09:15:02Z', new Date('2026-12-07T09:15:02Z')),
			'2026-12-01',
		);
		expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
	});

	test('the deck says it was made on the content date, and keeps every part', () => {
		const files = unzipSync(pinPptxDates(deck('2026-12-06T18:40:15Z', new Date()), '2026-12-01'));
		expect(Object.keys(files)).toEqual([
			'[Content_Types].xml',
			'docProps/core.xml',
			'ppt/slides/slide1.xml',
		]);
		expect(new TextDecoder().decode(files['docProps/core.xml'])).toBe(core('2026-12-01T00:00:00Z'));
	});
});
