/**
 * No source file over 300 lines without a reason written at its top (issue #16): past that size a
 * file usually holds more than one job, and a newcomer cannot tell whether it grew by accident or
 * is one job on purpose. A longer file says why in its first 15 lines, in a comment that starts
 * `Over 300 lines on purpose:` followed by the reason (see exports/scorm/runtime/connection.ts).
 * Reads the file list from git (tracked files, plus new files not yet added, never ignored ones),
 * so it runs the same on a clean clone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const FOLDERS = ['src/', 'exports/', 'scripts/', 'tests/support/'];
const SOURCE = /\.(ts|svelte|astro|css|mjs|js)$/;
const NOT_SOURCE = /\.(test|spec|test-data)\.ts$/;
const LIMIT = 300;
/** How many lines from the top the reason may start on. */
const HEAD = 15;
/**
 * The marker as a comment in any of the project's languages (`//`, `/*`, a JSDoc `*` line,
 * `<!--`), followed by a reason of a few words at least.
 */
const MARKER = /^\s*(?:\/\/|\/\*+|\*|<!--)\s*Over 300 lines on purpose:\s*(\S.{19,})$/m;

/** The lines of a text as `wc -l` counts them. */
export function lineCount(text: string): number {
	if (text === '') return 0;
	const lines = text.split('\n').length;
	return text.endsWith('\n') ? lines - 1 : lines;
}

/** Whether a text says, in its first lines, why it is over the limit. */
export function hasReason(text: string): boolean {
	return MARKER.test(text.split('\n').slice(0, HEAD).join('\n'));
}

/** The source files the rule covers, as paths from the project. */
function sourceFiles(): string[] {
	const out = execFileSync(
		'git',
		['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...FOLDERS],
		{ cwd: project, encoding: 'utf8' },
	);
	return [...new Set(out.split('\0'))]
		.filter((f) => SOURCE.test(f) && !NOT_SOURCE.test(f))
		.filter((f) => !f.startsWith('tests/fixtures/') && !f.startsWith('public/'))
		.filter((f) => existsSync(join(project, f)));
}

test('hasReason() takes the marker in each language and only with a reason', () => {
	expect(hasReason('// Over 300 lines on purpose: one closure shares one record.\n')).toBe(true);
	expect(hasReason('/* Over 300 lines on purpose: the activity styles of one page. */\n')).toBe(
		true,
	);
	expect(hasReason('<!-- Over 300 lines on purpose: one mock profile and its states. -->')).toBe(
		true,
	);
	expect(hasReason('/**\n * Over 300 lines on purpose: one table of teaching notes.\n */')).toBe(
		true,
	);
	expect(hasReason('// Over 300 lines on purpose:\n')).toBe(false);
	expect(hasReason('// Over 300 lines on purpose: todo\n')).toBe(false);
	expect(hasReason('const a = 1; // Over 300 lines on purpose: not a leading comment\n')).toBe(
		false,
	);
	const late = `${'\n'.repeat(HEAD)}// Over 300 lines on purpose: written too far down.\n`;
	expect(hasReason(late)).toBe(false);
	expect(lineCount('a\nb\n')).toBe(2);
	expect(lineCount('a\nb')).toBe(2);
});

test(`no source file is over ${LIMIT} lines without a reason at its top`, () => {
	const files = sourceFiles();
	expect(files.length).toBeGreaterThan(100);
	const unexplained = files
		.map((file) => ({ file, text: readFileSync(join(project, file), 'utf8') }))
		.map(({ file, text }) => ({ file, lines: lineCount(text), text }))
		.filter(({ lines, text }) => lines > LIMIT && !hasReason(text))
		.map(({ file, lines }) => `${file} (${lines} lines)`);
	const fix =
		`Split each file into modules of one job each, or, if it is one job on purpose, say why in ` +
		`its first ${HEAD} lines with a comment that starts "Over ${LIMIT} lines on purpose:" and ` +
		`gives the real reason (// in .ts, /* */ in .css, <!-- --> in .svelte and .astro markup).`;
	expect(unexplained, fix).toEqual([]);
});
