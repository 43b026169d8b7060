import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { imageProblem, isCommentOnly, linkProblem } from './prose-safety.ts';
import { parseLesson } from './read.ts';
import { validateContent } from './validate.ts';

const good = readFileSync(
	join(import.meta.dirname, '../../tests/fixtures/good/lessons/sample-lesson.mdx'),
	'utf8',
);

/** `Name line:column` of every error the check finds in the good lesson followed by `prose`. */
function errorsFor(prose: string): string[] {
	const { lesson, errors } = parseLesson('lessons/sample-lesson.mdx', `${good}\n${prose}\n`);
	const all = lesson ? validateContent([lesson], [], { checkModuleLessons: false }) : errors;
	return all
		.filter((e) => !['NoSources', 'ReadingAgeTooHigh'].includes(e.name))
		.map((e) => `${e.name} ${String(e.line)}:${String(e.column)}`);
}

describe('what lesson prose may contain', () => {
	test.each([
		['<script>alert(1)</script>', 'HtmlNotAllowed 39:1'],
		['<iframe src="https://example.org/" />', 'HtmlNotAllowed 39:1'],
		[
			'Text <object data="x.swf" /> and <embed src="x" />',
			'HtmlNotAllowed 39:6',
			'HtmlNotAllowed 39:34',
		],
		['<style>{"body{display:none}"}</style>', 'HtmlNotAllowed 39:1', 'ExpressionNotAllowed 39:8'],
		['<link rel="stylesheet" href="https://example.org/x.css" />', 'HtmlNotAllowed 39:1'],
		['<meta httpEquiv="refresh" content="0;url=https://example.org/" />', 'HtmlNotAllowed 39:1'],
		['<base href="https://example.org/" />', 'HtmlNotAllowed 39:1'],
		[
			'<form action="https://example.org/"><input name="pin" /></form>',
			'HtmlNotAllowed 39:1',
			'HtmlNotAllowed 39:37',
		],
		['<svg onload="alert(1)" />', 'HtmlNotAllowed 39:1'],
		['<strong onMouseOver="alert(1)">Hi</strong>', 'AttributeNotAllowed 39:1'],
		['<span style="display:none">Hidden</span>', 'AttributeNotAllowed 39:1'],
		['<b {...props}>Hi</b>', 'AttributeNotAllowed 39:1'],
		['<Note onClick="alert(1)">Hi</Note>', 'AttributeNotAllowed 39:1'],
		['A cite <Cite id={"s3"} />.', 'AttributeNotAllowed 39:8'],
		['<a href="javascript:alert(1)">Help</a>', 'UnsafeUrl 39:1'],
		['<a href="java&#x09;script&#58;alert(1)">Help</a>', 'UnsafeUrl 39:1'],
		['[Help](JAVASCRIPT:alert(1))', 'UnsafeUrl 39:1'],
		['[Help][x]\n\n[x]: data:text/html,<script>alert(1)</script>', 'UnsafeUrl 41:1'],
		['[Help](vbscript:msgbox)', 'UnsafeUrl 39:1'],
		['![A card](https://tracker.example/pixel.png)', 'UnsafeUrl 39:1'],
		['<img src="//tracker.example/pixel.png" alt="A card" />', 'UnsafeUrl 39:1'],
		['You are {age} years old.', 'ExpressionNotAllowed 39:9'],
		['{globalThis.process.exit(1)}', 'ExpressionNotAllowed 39:1'],
		['import { readFileSync } from "node:fs"', 'ImportExportNotAllowed 39:1'],
		['export const title = "x"', 'ImportExportNotAllowed 39:1'],
	])('refuses %s', (prose, ...expected) => {
		expect(errorsFor(prose)).toEqual(expected);
	});

	test('allows Markdown, the components, harmless HTML, safe links and comments', () => {
		const prose = [
			'**Bold**, _italic_, `code`, ~~struck~~ and a [web page](https://www.childline.org.uk/).',
			'',
			'[Email us](mailto:help@example.org), [call](tel:08001111), [a lesson](/lessons/fake-profiles/), [up](#top).',
			'',
			'<strong>Strong</strong> <em>em</em> <abbr title="Child Exploitation and Online Protection">CEOP</abbr><br />',
			'<span lang="cy">Helo</span> <a href="https://www.ceop.police.uk/">CEOP</a> <sup>1</sup> <kbd>Esc</kbd>',
			'',
			'![A profile card with no photo](/images/profile-card.svg) <img src="images/card.svg" alt="A card" />',
			'',
			'{/* A note for other authors: check this with the safeguarding lead. */}',
			'',
			'<Note>It is never your fault.<Cite id="s3" /></Note>',
			'',
			'A brace written as text: \\{ and \\}.',
		].join('\n');
		expect(errorsFor(prose)).toEqual([]);
	});
});

describe('addresses and comments', () => {
	test.each([
		['https://example.org/', undefined],
		['http://example.org/', undefined],
		['mailto:a@b.org', undefined],
		['tel:999', undefined],
		['/lessons/x/', undefined],
		['#part', undefined],
		['javascript:alert(1)', 'javascript'],
		[' \tjava\nscript:alert(1)', 'javascript'],
		['data:text/html,x', 'data'],
		['file:///etc/passwd', 'file'],
	])('link %j', (url, scheme) => {
		const problem = linkProblem(url);
		if (scheme === undefined) expect(problem).toBeUndefined();
		else expect(problem).toContain(`"${scheme}:"`);
	});

	test.each([
		['/images/card.svg', true],
		['images/card.svg', true],
		['https://example.org/a.png', false],
		['//example.org/a.png', false],
		['data:image/png;base64,AAAA', false],
	])('image %j is allowed: %s', (url, allowed) => {
		expect(imageProblem(url) === undefined).toBe(allowed);
	});

	test('only an expression that is all comments renders nothing', () => {
		expect(isCommentOnly('/* a */')).toBe(true);
		expect(isCommentOnly(' /* a */ /* b */ ')).toBe(true);
		expect(isCommentOnly('/* a */ alert(1) /* b */')).toBe(false);
		expect(isCommentOnly('// a')).toBe(false);
	});
});
