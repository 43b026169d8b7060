import { describe, expect, test } from 'vitest';
import { chunkImports } from './site-files.ts';

describe('chunkImports', () => {
	test('follows static imports and dynamic ones in quotes or backticks', () => {
		const js =
			'import{a}from"./id.x1.js";import"../b.y2.js";const m=await import(`./connection.z3.js`);import(\'./c.js\')';
		expect(chunkImports(js, '_astro/page.js').sort()).toEqual(
			['_astro/id.x1.js', 'b.y2.js', '_astro/connection.z3.js', '_astro/c.js'].sort(),
		);
	});
});
