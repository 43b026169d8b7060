/**
 * An author's mistakes in `npm run dev`: the browser's error overlay shows the project's named error
 * (name, file:line, what is wrong, how to fix), the same as `npm run build` prints, at start and after
 * each edit, and the page comes back when the lesson is fixed. Runs `astro dev` on a copy of the
 * good fixture inside the project (`.build-tmp/`, as fixture builds stage there). Bad frontmatter
 * present when dev starts no longer stops it: it starts and shows the same error.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { withBuildLock } from '../support/build-site.ts';

const project = resolve(import.meta.dirname, '../..');
const fixtures = join(project, 'tests/fixtures');
/** Beside the spec's static server (PW_PORT), never on it. */
const port = Number(process.env['PW_PORT'] ?? 4330) + 1000;
const lesson = (fixture: string) => join(fixtures, fixture, 'lessons/sample-lesson.mdx');

/** Starts `astro dev` on `content` and resolves once it answers. */
async function startDev(
	content: string,
	port: number,
): Promise<{ server: ChildProcess; log: () => string }> {
	let output = '';
	const server = spawn(
		process.execPath,
		[
			join(project, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--port',
			String(port),
			'--host',
			'127.0.0.1',
		],
		{
			cwd: project,
			env: { ...process.env, SECOND_LOOK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout.on('data', (d: Buffer) => (output += d.toString()));
	server.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const deadline = Date.now() + 30_000;
	for (;;) {
		const up = await fetch(`http://127.0.0.1:${String(port)}/`).then(
			() => true,
			() => false,
		);
		if (up) return { server, log: () => output };
		if (server.exitCode !== null || Date.now() > deadline)
			throw new Error(`astro dev did not start:\n${output}`);
		await new Promise((wake) => setTimeout(wake, 250));
	}
}

/** The overlay's text (Astro's `vite-error-overlay`; Playwright reads into its shadow root). */
async function expectOverlay(page: Page, name: string, place: string, fix: string) {
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay.locator('#name')).toHaveText(name, { timeout: 15_000 });
	await expect(overlay.locator('#title')).toContainText(place);
	await expect(overlay.locator('#hint-content')).toContainText(fix);
}

test('npm run dev shows the named content error in the overlay, at start and after each edit', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const content = join(project, '.build-tmp', `dev-errors-${String(process.pid)}`);
	const file = join(content, 'lessons/sample-lesson.mdx');
	await withBuildLock(async () => {
		await rm(content, { recursive: true, force: true });
		await mkdir(content, { recursive: true });
		await cp(join(fixtures, 'bad/image-missing-alt'), content, { recursive: true });
		const { server, log } = await startDev(content, port);
		try {
			const url = `http://127.0.0.1:${String(port)}/lessons/sample-lesson/`;
			// At start: an image without alt text (Astro itself says nothing about it).
			await page.goto(url);
			await expectOverlay(
				page,
				'ImageMissingAlt',
				'lessons/sample-lesson.mdx:39',
				'between the brackets',
			);
			expect(log()).toContain('ImageMissingAlt at lessons/sample-lesson.mdx:39');

			// Fixed: the page comes back by itself.
			await writeFile(file, await readFile(lesson('good'), 'utf8'));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sample lesson', {
				timeout: 15_000,
			});
			await expect(page.locator('vite-error-overlay')).toHaveCount(0);

			// Bad YAML after an edit: the named error, not js-yaml's YAMLException.
			await writeFile(file, await readFile(lesson('bad/yaml-syntax'), 'utf8'));
			await expectOverlay(page, 'YamlSyntaxError', 'lessons/sample-lesson.mdx:6', 'indentation');
			// The dev server may be reloading the page itself after the edit (Vite's full reload),
			// which aborts a reload started at the same moment: the learner's reload is tried again.
			await expect(async () => {
				await page.reload();
			}).toPass({ timeout: 15_000 });
			await expectOverlay(page, 'YamlSyntaxError', 'lessons/sample-lesson.mdx:6', 'indentation');

			// An unknown component: not Astro's "you likely forgot to import" inside its own code.
			await writeFile(file, await readFile(lesson('bad/unknown-component'), 'utf8'));
			await expectOverlay(
				page,
				'UnknownComponent',
				'lessons/sample-lesson.mdx:39',
				'Use one of <Activity>',
			);

			// A <Cite> of a source the lesson does not list: not an error inside Cite.astro.
			await writeFile(file, await readFile(lesson('bad/unknown-cite'), 'utf8'));
			await expectOverlay(
				page,
				'UnknownSourceRef',
				'lessons/sample-lesson.mdx:35',
				'under "sources:"',
			);
			await expect(page.locator('vite-error-overlay')).not.toContainText('Cite.astro');
		} finally {
			server.kill();
			await rm(content, { recursive: true, force: true });
		}
	});
});

test('npm run dev starts with bad frontmatter and shows its named errors on every page until fixed', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const content = join(project, '.build-tmp', `dev-start-errors-${String(process.pid)}`);
	const moduleFile = join(content, 'modules/sample-module.yaml');
	const goodModule = await readFile(join(fixtures, 'good/modules/sample-module.yaml'), 'utf8');
	await withBuildLock(async () => {
		await rm(content, { recursive: true, force: true });
		await mkdir(content, { recursive: true });
		// Bad YAML in the lesson and a value the module's schema refuses, both there at start.
		await cp(join(fixtures, 'bad/yaml-syntax'), content, { recursive: true });
		await writeFile(
			moduleFile,
			goodModule.replace('reporting: completion', 'reporting: sometimes'),
		);
		const { server, log } = await startDev(content, port + 1);
		try {
			const site = `http://127.0.0.1:${String(port + 1)}`;
			for (const path of ['/', '/lessons/sample-lesson/']) {
				await page.goto(site + path);
				await expectOverlay(
					page,
					'YamlSyntaxError',
					'lessons/sample-lesson.mdx:6:10',
					'indentation',
				);
				await expect(page.locator('vite-error-overlay #message-content')).toContainText(
					'SchemaViolation at modules/sample-module.yaml:7:12',
				);
			}
			// The terminal says the same as `npm run build`, and Astro's own errors never show.
			expect(log()).toContain('YamlSyntaxError at lessons/sample-lesson.mdx:6:10');
			expect(log()).toContain('SchemaViolation at modules/sample-module.yaml:7:12');
			expect(log()).not.toMatch(/YAMLException|InvalidContentEntryDataError/);

			// The lesson fixed: the module's mistake is the one shown now.
			await writeFile(
				join(content, 'lessons/sample-lesson.mdx'),
				await readFile(lesson('good'), 'utf8'),
			);
			await expectOverlay(
				page,
				'SchemaViolation',
				'modules/sample-module.yaml:7:12',
				'Use one of: "completion", "pass-mark"',
			);

			// Both fixed: the page comes back by itself, no restart.
			await writeFile(moduleFile, goodModule);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sample lesson', {
				timeout: 15_000,
			});
			await expect(page.locator('vite-error-overlay')).toHaveCount(0);
			expect(server.exitCode).toBeNull();
		} finally {
			server.kill();
			await rm(content, { recursive: true, force: true });
		}
	});
});
