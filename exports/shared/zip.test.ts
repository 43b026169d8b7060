import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip.ts';

const page = `<!DOCTYPE html><p>${'Help is there. It is not your fault. '.repeat(400)}</p>`;

describe('zipFiles', () => {
	it('writes a zip any unzip reads back exactly, in name order', () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 251]);
		const zip = zipFiles([
			{ path: 'index.html', bytes: page },
			{ path: '_astro/a.js', bytes: 'x' },
			{ path: 'img/ü.bin', bytes },
		]);
		const entries = unzipSync(zip);
		expect(Object.keys(entries)).toEqual(['_astro/a.js', 'img/ü.bin', 'index.html']);
		expect(new TextDecoder().decode(entries['index.html'])).toBe(page);
		expect(entries['img/ü.bin']).toEqual(bytes);
	});

	it('gives the same bytes for the same files (reproducible)', () => {
		const files = [{ path: 'index.html', bytes: page }];
		expect(zipFiles(files)).toEqual(zipFiles([...files]));
	});

	it('deflates at the maximum: no bigger than fflate at level 9', () => {
		const ours = zipFiles([{ path: 'index.html', bytes: page }]);
		const fflate = zipSync({ 'index.html': [new TextEncoder().encode(page), { level: 9 }] });
		expect(ours.length).toBeLessThanOrEqual(fflate.length);
		expect(ours.length).toBeLessThan(page.length / 10);
	});

	it('stores a file that deflate would make bigger', () => {
		const zip = zipFiles([{ path: 'a.js', bytes: 'x' }]);
		// Local header: compression method at offset 8, compressed size at 18.
		const view = new DataView(zip.buffer);
		expect(view.getUint16(8, true)).toBe(0);
		expect(view.getUint32(18, true)).toBe(1);
	});
});
