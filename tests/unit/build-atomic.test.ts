import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const project = resolve(import.meta.dirname, '../..');
const fixtures = join(project, 'tests/fixtures');

/** Runs `npm run build` as an author would, on other content, into `out`. */
const build = (content: string, out: string) => buildSite(content, out);

describe('npm run build', () => {
	let dir = '';
	let out = '';
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'second-look-build-'));
		out = join(dir, 'dist');
		await mkdir(out);
		await writeFile(join(out, 'index.html'), 'the previous good build');
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('a content mistake fails the build, names file:line, and leaves the previous output', async () => {
		const result = await build(join(fixtures, 'bad/no-correct-option'), out);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('left as it was');
		expect(result.stderr).toContain('NoCorrectOption at lessons/sample-lesson.mdx:22:5');
		// The project's message comes first: the check runs before Astro starts, so no Astro log or
		// stack trace comes before it (or at all).
		expect(result.stderr.trimStart()).toMatch(
			/^The build failed; .* was left as it was\.\n\nSecond Look found 1 problem/,
		);
		expect(result.stdout).not.toMatch(/\[(build|vite|ERROR)\]/);
		expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('the previous good build');
		expect(await readdir(dir)).toEqual(['dist']);
	}, 60_000);

	test('a good build replaces the previous output as a whole', async () => {
		const result = await build(join(fixtures, 'good'), out);
		expect(result.stderr).not.toContain('build failed');
		expect(result.code).toBe(0);
		expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('<html lang="en-GB">');
		expect(await readdir(join(out, 'lessons'))).toContain('sample-lesson');
		expect(result.stdout).toContain(
			'Support lines checked at the start and end of every lesson on 2 pages.',
		);
		expect(await readdir(dir)).toEqual(['dist']);
		// The module is taught to groups, so its pack and handout come as PDFs too.
		expect(await readdir(join(out, 'downloads'))).toEqual(
			expect.arrayContaining(['sample-module-teacher-pack.pdf', 'sample-module-handout.pdf']),
		);
		// A good build prints no warning (Rolldown's MODULE_LEVEL_DIRECTIVE, one per lesson, is filtered
		// in astro.config.mjs for Astro's own "use astro:head-inject" marker only).
		const warnings = `${result.stdout}\n${result.stderr}`
			.split('\n')
			.filter((l) => /warn/i.test(l));
		expect(warnings).toEqual([]);
	}, 120_000);

	test('without Chromium to print the PDFs, the build says how to get it and leaves the output', async () => {
		const result = await buildSite(join(fixtures, 'good'), out, {
			CHROMIUM_PATH: join(dir, 'no-chromium-here'),
		});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('left as it was');
		expect(result.stderr).toContain('printed to PDF with Chromium, which is not at');
		expect(result.stderr).toContain('apt-get install -y chromium');
		// Said before Astro starts, not after a whole build: no page was checked, no package made.
		expect(result.stdout).not.toContain('Support lines checked');
		expect(result.stdout).not.toContain('.zip');
		expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('the previous good build');
		expect(await readdir(dir)).toEqual(['dist']);
	}, 120_000);
});
