import { describe, expect, test } from 'vitest';
import {
	dataBlockJson,
	frameFilesOf,
	H5pFrameFileError,
	inlinedResponse,
	isFetchedFile,
} from './frame-files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('frameFilesOf', () => {
	test('keeps exactly the files the player fetches, parsed', () => {
		const files = new Map([
			['h5p.json', bytes('{"mainLibrary":"H5P.TrueFalse"}')],
			['content/content.json', bytes('\uFEFF{"question":"Is this false?"}')],
			['H5P.TrueFalse-1.6/library.json', bytes('{"machineName":"H5P.TrueFalse"}')],
			['H5P.TrueFalse-1.6/semantics.json', bytes('[]')],
			['H5P.TrueFalse-1.6/scripts/true-false.js', bytes('var x;')],
			['content/images/a.png', bytes('png')],
		]);
		expect(frameFilesOf('lessons/h5p/a.h5p', files)).toEqual({
			'H5P.TrueFalse-1.6/library.json': { machineName: 'H5P.TrueFalse' },
			'content/content.json': { question: 'Is this false?' },
			'h5p.json': { mainLibrary: 'H5P.TrueFalse' },
		});
	});

	test('a fetched file that is not JSON is a named error', () => {
		const broken = new Map([['content/content.json', bytes('{oops')]]);
		expect(() => frameFilesOf('lessons/h5p/a.h5p', broken)).toThrow(H5pFrameFileError);
		expect(() => frameFilesOf('lessons/h5p/a.h5p', broken)).toThrow(
			/^lessons\/h5p\/a\.h5p: content\/content\.json in it is not valid JSON/,
		);
	});

	test('only top-level library folders count', () => {
		expect(isFetchedFile('A-1.0/library.json')).toBe(true);
		expect(isFetchedFile('A-1.0/sub/library.json')).toBe(false);
		expect(isFetchedFile('content/other.json')).toBe(false);
	});
});

describe('dataBlockJson', () => {
	test('nothing in the text can end the block or open a comment, and it reads back the same', () => {
		const value = { text: '</script><!-- & \u2028\u2029 <b>' };
		const json = dataBlockJson(value);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('inlinedResponse', () => {
	const files = { 'h5p.json': { a: 1 }, 'H5P.X-1.0/library.json': { b: 2 } };
	const frame = 'https://lms.example/course/h5p/q1/index.html';

	test('answers the package files, by absolute or relative URL', () => {
		expect(
			inlinedResponse(files, frame, 'https://lms.example/course/h5p/q1/package/h5p.json'),
		).toBe('{"a":1}');
		expect(inlinedResponse(files, frame, './package/H5P.X-1.0/library.json')).toBe('{"b":2}');
	});

	test('a package file it does not carry is not found; other URLs are left to the browser', () => {
		expect(inlinedResponse(files, frame, './package/H5P.X/library.json')).toBeNull();
		expect(inlinedResponse(files, frame, './package/constructor')).toBeNull();
		expect(inlinedResponse(files, frame, '../q2/package/h5p.json')).toBeUndefined();
		expect(
			inlinedResponse(files, frame, 'https://other.example/course/h5p/q1/package/h5p.json'),
		).toBeUndefined();
	});
});
