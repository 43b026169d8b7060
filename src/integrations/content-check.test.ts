import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readContent } from '../content/read.ts';
import { contentCheck, overlayPayload } from './content-check.ts';

const fixtures = join(import.meta.dirname, '../../tests/fixtures');

type SetupHook = NonNullable<ReturnType<typeof contentCheck>['hooks']['astro:config:setup']>;

/** Runs the integration's setup hook as `astro <command>` would; returns what it logged. */
async function setUp(contentRoot: string, command: 'dev' | 'build'): Promise<string[]> {
	const logged: string[] = [];
	const hook = contentCheck({ contentRoot }).hooks['astro:config:setup'] as SetupHook;
	await hook({
		command,
		config: { integrations: [] },
		updateConfig: () => ({}),
		logger: { error: (message: string) => logged.push(message) },
	} as unknown as Parameters<SetupHook>[0]);
	return logged;
}

describe('the content check in astro dev and astro build', () => {
	let dir = '';
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'second-look-check-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('a lesson over the size limit stops `astro dev` at once with the named error', async () => {
		await cp(join(fixtures, 'good'), dir, { recursive: true });
		const lesson = join(dir, 'lessons', 'sample-lesson.mdx');
		await writeFile(lesson, (await readFile(lesson, 'utf8')) + 'Tell someone.\n\n'.repeat(700_000));
		const started = performance.now();
		await expect(setUp(dir, 'dev')).rejects.toThrow(
			/FileTooLarge at lessons\/sample-lesson\.mdx:\d+\n.*over the 256 KB a lesson file may be/,
		);
		expect(performance.now() - started).toBeLessThan(2000);
	});

	test('a lesson the parser would take minutes over stops `astro dev` at once too', async () => {
		await cp(join(fixtures, 'bad', 'nesting-too-deep'), dir, { recursive: true });
		await expect(setUp(dir, 'dev')).rejects.toThrow(
			/NestingTooDeep at lessons\/sample-lesson\.mdx:39:1\n/,
		);
	});

	test('code in lesson prose is reported in `astro dev` like any mistake', async () => {
		await cp(join(fixtures, 'bad', 'html-not-allowed'), dir, { recursive: true });
		const logged = await setUp(dir, 'dev');
		expect(logged.join('\n')).toContain('HtmlNotAllowed at lessons/sample-lesson.mdx:39:1');
	});

	test('another mistake is reported in `astro dev`, which carries on', async () => {
		await cp(join(fixtures, 'bad', 'no-correct-option'), dir, { recursive: true });
		const logged = await setUp(dir, 'dev');
		expect(logged.join('\n')).toContain('NoCorrectOption at lessons/sample-lesson.mdx:22:5');
	});

	test('any mistake stops `astro build`', async () => {
		await cp(join(fixtures, 'bad', 'no-correct-option'), dir, { recursive: true });
		await expect(setUp(dir, 'build')).rejects.toThrow('NoCorrectOption');
	});

	test('bad YAML or a field the schema refuses does not stop `astro dev`: it starts and names them', async () => {
		await cp(join(fixtures, 'bad', 'yaml-syntax'), dir, { recursive: true });
		const module = join(dir, 'modules', 'sample-module.yaml');
		await writeFile(
			module,
			(await readFile(module, 'utf8')).replace('reporting: completion', 'reporting: sometimes'),
		);
		const logged = (await setUp(dir, 'dev')).join('\n');
		expect(logged).toContain('YamlSyntaxError at lessons/sample-lesson.mdx:6:10');
		expect(logged).toContain('SchemaViolation at modules/sample-module.yaml:7:12');
		// The same mistakes still stop a build.
		await expect(setUp(dir, 'build')).rejects.toThrow(/YamlSyntaxError at lessons\/sample-lesson/);
	});
});

describe('the overlay in the browser (astro dev)', () => {
	test('shows the first error by name, file:line and fix, then every other one, as safe HTML', async () => {
		const root = join(fixtures, 'bad', 'h5p-refused');
		const { errors } = await readContent(root);
		const [first] = errors;
		if (!first || errors.length !== 2) throw new Error('the fixture has two errors');
		const { err, type } = overlayPayload(root, [
			...errors,
			{ ...first, message: 'A <script> in "quotes" & more' },
		]);
		expect(type).toBe('error');
		expect(err.name).toBe('H5pFileRefused');
		expect(err.title).toBe('H5pFileRefused at lessons/sample-lesson.mdx:35:11');
		expect(err.loc).toEqual({
			file: join(root, 'lessons/sample-lesson.mdx'),
			line: 35,
			column: 11,
		});
		expect(err.hint).toMatch(/^How to fix: /);
		expect(err.message).toContain('2 more problems');
		expect(err.message).toContain('A &#60;script&#62; in &#34;quotes&#34; &#38; more');
		expect(err.message).not.toContain('<script>');
		// "Copy" in the overlay copies what `npm run build` prints.
		expect(err.stack).toMatch(/^Second Look found 3 problems in the lessons or modules:/);
	});
});
