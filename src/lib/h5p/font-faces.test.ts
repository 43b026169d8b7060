import { describe, expect, test } from 'vitest';
import { inlineFontFaces, resolveCssPath, withInlinedFonts } from './font-faces.ts';

const font = new Uint8Array([1, 2, 3]);

describe('inlineFontFaces', () => {
	const css = `.a{color:red}@font-face{font-family:'Icons';src:url('f.eot?v=1');src:url('f.eot?#iefix') format('embedded-opentype'),url('f.woff2?v=1') format('woff2'),url("f.woff") format('woff');font-weight:normal}.b{}`;

	test('the best format becomes a data: URL and every other source goes', () => {
		const out = inlineFontFaces(css, (url) =>
			url === 'f.woff2' || url === 'f.woff' ? font : undefined,
		);
		expect(out).toBe(
			`.a{color:red}@font-face{font-family:'Icons';font-weight:normal;src:url(data:font/woff2;base64,AQID) format('woff2')}.b{}`,
		);
	});

	test('falls back to the next format that exists', () => {
		const out = inlineFontFaces(css, (url) => (url === 'f.woff' ? font : undefined));
		expect(out).toContain("src:url(data:font/woff;base64,AQID) format('woff')");
		expect(out).not.toContain('f.eot');
	});

	test('drops a rule whose fonts are missing or too big, and the text fonts, so nothing is fetched', () => {
		expect(inlineFontFaces(css, () => undefined)).toBe('.a{color:red}.b{}');
		expect(inlineFontFaces(css, () => new Uint8Array(10), 5)).toBe('.a{color:red}.b{}');
		expect(
			inlineFontFaces(
				`@font-face{font-family: 'Open Sans';src:url(a.woff2) format('woff2')}`,
				() => font,
			),
		).toBe('');
	});

	test('leaves a rule with no URL alone', () => {
		const local = `@font-face{font-family:x;src:local('Arial')}`;
		expect(inlineFontFaces(local, () => font)).toBe(local);
	});
});

describe('resolveCssPath', () => {
	test('joins relative URLs and refuses ones that leave the root', () => {
		expect(resolveCssPath('A-1.0/styles/a.css', '../fonts/x.woff')).toBe('A-1.0/fonts/x.woff');
		expect(resolveCssPath('A-1.0/a.css', './x.woff')).toBe('A-1.0/x.woff');
		expect(resolveCssPath('a.css', '../x.woff')).toBeUndefined();
	});
});

describe('withInlinedFonts', () => {
	test('rewrites the CSS files that declare fonts, from the package files', () => {
		const files = new Map([
			[
				'A-1.0/styles/a.css',
				new TextEncoder().encode(
					`@font-face{font-family:i;src:url(../fonts/i.woff) format('woff')}`,
				),
			],
			['A-1.0/fonts/i.woff', font],
			['A-1.0/b.css', new TextEncoder().encode('.b{}')],
		]);
		const out = withInlinedFonts(files);
		expect(new TextDecoder().decode(out.get('A-1.0/styles/a.css'))).toBe(
			`@font-face{font-family:i;src:url(data:font/woff;base64,AQID) format('woff')}`,
		);
		expect(out.get('A-1.0/b.css')).toBe(files.get('A-1.0/b.css'));
		// The font file itself is not shipped: the frame could not load it by URL.
		expect([...out.keys()]).toEqual(['A-1.0/styles/a.css', 'A-1.0/b.css']);
	});
});
