import { describe, expect, test } from 'vitest';
import { checkHref, checkIdentifier, manifestIdentifiers, toIdentifier } from './hrefs.ts';

describe('checkHref', () => {
	test.each([
		'index.html',
		'_astro/quiz.c3f1a9.js',
		'fonts/atkinson-hyperlegible-regular.woff2',
		'a/b/c/d.e.f',
		'lessons/fake-profiles/index.html',
		'.well-known',
		'h5p/q1/package/H5P.TrueFalse-1.6/library.json',
	])('accepts %s', (path) => {
		expect(checkHref(path)).toBeUndefined();
	});

	test.each([
		['', 'is empty; every package path names a file'],
		[
			'/index.html',
			'starts with "/"; package paths are relative to the package root (no leading slash)',
		],
		['assets\\app.js', 'contains "\\"; package paths use forward slashes only'],
		['assets/', 'ends with "/"; a package path names a file, not a folder'],
		['../index.html', 'has a ".." segment; package paths must stay inside the package'],
		['assets/../../x.js', 'has a ".." segment; package paths must stay inside the package'],
		['./index.html', 'has a "." segment; write the path without "./"'],
		['assets//app.js', 'has an empty segment ("//")'],
		['Index.html', 'contains "I"; package paths use only lower-case letters, digits and "._/-"'],
		['my page.html', 'contains " "; package paths use only lower-case letters, digits and "._/-"'],
		['H5P/x.js', 'contains "H", "P"; package paths use only lower-case letters, digits and "._/-"'],
		[
			'h5p/q1/package/My File.js',
			'contains " "; package paths use only lower-case letters, digits and "._/-"',
		],
		['a%20b.html', 'contains "%"; package paths use only lower-case letters, digits and "._/-"'],
		['q&a.html', 'contains "&"; package paths use only lower-case letters, digits and "._/-"'],
		['page.html#top', 'contains "#"; package paths use only lower-case letters, digits and "._/-"'],
		['https://cdn.example/app.js', 'has an empty segment ("//")'],
		['café.html', 'contains "é"; package paths use only lower-case letters, digits and "._/-"'],
		['ÄÖ.html', 'contains "Ä", "Ö"; package paths use only lower-case letters, digits and "._/-"'],
	])('rejects %j: %s', (path, problem) => {
		expect(checkHref(path)).toBe(problem);
	});
});

describe('checkIdentifier', () => {
	test.each(['ORG-1', 'second-look.school-ks3', 'sco_1', 'a'])('accepts %s', (id) => {
		expect(checkIdentifier(id)).toBeUndefined();
	});

	test.each([
		['', 'is empty'],
		['1-org', 'must start with a letter (xs:ID)'],
		['-org', 'must start with a letter (xs:ID)'],
		['org 1', 'may contain only letters, digits, ".", "_" and "-" (xs:ID: no spaces or colons)'],
		[
			'adlcp:org',
			'may contain only letters, digits, ".", "_" and "-" (xs:ID: no spaces or colons)',
		],
		['orgé', 'may contain only letters, digits, ".", "_" and "-" (xs:ID: no spaces or colons)'],
	])('rejects %j: %s', (id, problem) => {
		expect(checkIdentifier(id)).toBe(problem);
	});
});

describe('toIdentifier', () => {
	test.each([
		['school-ks3', 'school-ks3'],
		['3d-module', 'id-3d-module'],
		['with space:colon', 'with-space-colon'],
		['', 'id-'],
	])('%j becomes %j, a valid identifier', (text, identifier) => {
		expect(toIdentifier(text)).toBe(identifier);
		expect(checkIdentifier(identifier)).toBeUndefined();
	});

	test('manifest identifiers are valid, distinct and derived from the module id', () => {
		const ids = manifestIdentifiers('forces-induction');
		expect(ids).toEqual({
			manifest: 'second-look.forces-induction',
			organization: 'org-forces-induction',
			item: 'item-forces-induction',
			sco: 'sco-forces-induction',
			assets: 'assets-forces-induction',
		});
		const values = [ids.manifest, ids.organization, ids.item, ids.sco, ids.assets];
		expect(new Set(values).size).toBe(values.length);
		for (const id of values) expect(checkIdentifier(id)).toBeUndefined();
	});
});
