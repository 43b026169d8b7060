import { describe, expect, test } from 'vitest';
import { emptySizes, emptySizesMessage, fillDownloadSizes, formatSize } from './download-sizes.ts';

describe('fillDownloadSizes', () => {
	const sizes = new Map([
		['a-scorm12.zip', 110 * 1024],
		['a-slides.pptx', 3 * 1024 * 1024],
	]);

	test('fills each placeholder with its file size, as a teacher reads it', () => {
		expect(
			fillDownloadSizes(
				'(zip, <span data-size-of="a-scorm12.zip"></span>) (PowerPoint, <span data-size-of="a-slides.pptx"></span>)',
				sizes,
			),
		).toBe(
			'(zip, <span data-size-of="a-scorm12.zip">110 KB</span>) (PowerPoint, <span data-size-of="a-slides.pptx">3.0 MB</span>)',
		);
	});

	test('a placeholder with other attributes (a scoped style adds one) is filled and keeps them', () => {
		expect(
			fillDownloadSizes('<span data-size-of="a-scorm12.zip" data-astro-cid-x1></span>', sizes),
		).toBe('<span data-size-of="a-scorm12.zip" data-astro-cid-x1>110 KB</span>');
	});

	test('a file that was not built is left empty, not guessed, and the build can name it', () => {
		const html =
			'<span data-size-of="b-scorm12.zip"></span><span data-size-of="a-scorm12.zip" data-x></span>';
		const filled = fillDownloadSizes(html, sizes);
		expect(filled).toBe(
			'<span data-size-of="b-scorm12.zip"></span><span data-size-of="a-scorm12.zip" data-x>110 KB</span>',
		);
		expect(emptySizes(html)).toEqual(['b-scorm12.zip', 'a-scorm12.zip']);
		expect(emptySizes(filled)).toEqual(['b-scorm12.zip']);
	});
});

test('formatSize: KB below a megabyte, never 0 KB', () => {
	expect(formatSize(10)).toBe('1 KB');
	expect(formatSize(118 * 1024)).toBe('118 KB');
	expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
});

test('the build names each page and file whose size is still empty, and says nothing when all are filled', () => {
	expect(
		emptySizesMessage([
			{ path: 'modules/a/index.html', html: '<span data-size-of="a-scorm12.zip">110 KB</span>' },
			{
				path: 'modules/b/index.html',
				html: '<span data-size-of="b-scorm12.zip"></span> <span data-size-of="b-slides.pptx" data-x></span>',
			},
		]),
	).toBe(
		'Download sizes left empty:\nmodules/b/index.html: no size for b-scorm12.zip, b-slides.pptx',
	);
	expect(
		emptySizesMessage([
			{ path: 'modules/a/index.html', html: '<span data-size-of="a.zip">1 KB</span>' },
		]),
	).toBeUndefined();
});
