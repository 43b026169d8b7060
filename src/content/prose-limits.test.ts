import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_LIMITS, parseLesson } from './read.ts';
import { checkProseLimits, PROSE_LIMITS } from './prose-limits.ts';

const good = readFileSync(
	join(import.meta.dirname, '../../tests/fixtures/good/lessons/sample-lesson.mdx'),
	'utf8',
);

/** The good lesson followed by copies of `chunk`, up to the 256 KB a lesson may be. */
function fill(chunk: string): string {
	const room = CONTENT_LIMITS.lessonBytes - Buffer.byteLength(good) - 1;
	return `${good}\n${chunk.repeat(Math.max(1, Math.floor(room / chunk.length)))}`;
}

describe('lesson shapes the parser takes minutes over fail fast, before parsing', () => {
	// Before the limits, on this machine: 52 s, 9 s, 85 s, 79 s, over 40 s, 49 s, and a stack overflow.
	test.each([
		['60,000 nested ">" on a line', fill(`${'>'.repeat(60_000)} a\n`), 'NestingTooDeep'],
		['4,000 nested "- " on one line', fill(`${'- '.repeat(4000)}a\n`), 'NestingTooDeep'],
		['a paragraph of 60,000 "*a"', fill('*a'.repeat(500) + '\n'), 'FormattingTooDense'],
		['a paragraph of 60,000 "~a"', fill('~a'.repeat(500) + '\n'), 'FormattingTooDense'],
		['40,000 two-level list items', fill('- - a\n'), 'TooManyListItems'],
		[
			'a list nested 120 deep by indentation',
			fill(Array.from({ length: 120 }, (_, i) => `${' '.repeat(2 * i)}- a\n`).join('')),
			'NestingTooDeep',
		],
		[
			'elements nested 5,000 deep',
			fill(`${'<b>'.repeat(5000)}a${'</b>'.repeat(5000)}\n`),
			'NestingTooDeep',
		],
		['braces nested deep', fill(`${'{'.repeat(500)}${'}'.repeat(500)}\n`), 'NestingTooDeep'],
		['one line of 120,000 characters', fill(`${'word '.repeat(24_000)}\n`), 'LineTooLong'],
	])('%s: a named error in under 2 s', (_what, text, name) => {
		expect(Buffer.byteLength(text)).toBeLessThanOrEqual(CONTENT_LIMITS.lessonBytes);
		const started = performance.now();
		const { lesson, errors } = parseLesson('lessons/sample-lesson.mdx', text);
		expect((performance.now() - started) / 1000).toBeLessThan(2);
		expect(lesson).toBeUndefined();
		expect(errors.map((e) => e.name)).toContain(name);
		expect(errors.find((e) => e.name === name)?.line).toBeGreaterThanOrEqual(38);
	});

	test('the shipped shapes pass: two-level lists, a long paragraph, bold and links, a comment', () => {
		const prose = [
			'- **Stop** replying.\n  - Keep the _evidence_.\n    1. Screenshot it.\n',
			`${'Tell someone you trust, [a friend](https://example.org/) or a teacher. '.repeat(25)}\n`,
			'> A quote, with a list:\n> - one\n> - two\n',
			'<Note>\n\n<strong>It is never your fault.</strong>\n\n</Note>\n',
		].join('\n');
		expect(checkProseLimits('lessons/x.mdx', `${good}\n${prose}`, 1)).toEqual([]);
	});

	test('the frontmatter is indented as deep as YAML needs; only its line length is limited', () => {
		const yaml = `---\n${'  '.repeat(12)}a: 1\n---\n`;
		expect(checkProseLimits('lessons/x.mdx', yaml, 4)).toEqual([]);
		const long = `---\ntitle: ${'x'.repeat(PROSE_LIMITS.lineChars)}\n---\n`;
		expect(
			checkProseLimits('lessons/x.mdx', long, 4).map((e) => `${e.name} ${String(e.line)}`),
		).toEqual(['LineTooLong 2']);
	});
});
