import { describe, expect, test } from 'vitest';
import { chunkImports, h5pFrames, relativiseFrame } from './site-files.ts';

describe('H5P frames in a package', () => {
	test('finds each embedded H5P activity once', () => {
		const html =
			'<div class="h5p-embed" data-h5p-frame="q-one"></div><p data-h5p-frame="q-two"></p>' +
			'<div data-h5p-frame="q-one"></div>';
		expect(h5pFrames(html)).toEqual(['q-one', 'q-two']);
		expect(h5pFrames('<section data-activity="q"></section>')).toEqual([]);
	});

	test('makes a frame document’s root-relative script URLs relative to h5p/<id>/', () => {
		expect(
			relativiseFrame(
				'<script type="module" src="/_astro/id.k7njj3pw.js"></script><script src="../player/main.bundle.js"></script>',
			),
		).toBe(
			'<script type="module" src="../../_astro/id.k7njj3pw.js"></script><script src="../player/main.bundle.js"></script>',
		);
	});
});

describe('chunkImports', () => {
	test('follows static imports and dynamic ones in quotes or backticks', () => {
		const js =
			'import{a}from"./id.x1.js";import"../b.y2.js";const m=await import(`./connection.z3.js`);import(\'./c.js\')';
		expect(chunkImports(js, '_astro/page.js').sort()).toEqual(
			['_astro/id.x1.js', 'b.y2.js', '_astro/connection.z3.js', '_astro/c.js'].sort(),
		);
	});
});
