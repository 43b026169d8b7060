/**
 * Hostile text cannot break a page or a package (issue #13, item 10). `tests/fixtures/hostile/` is a
 * module and a lesson whose every text field (titles, summary, objectives, key messages, prompts,
 * options, feedback, chat lines, source titles, lesson plan, prose) holds `</script><script>…`,
 * `<!--`, `]]>`, `&amp;`, U+2028 and U+2029. It is built once with the real build into a temporary
 * folder; the site is served from there, the packages are the zips it wrote. Every page loads with
 * no error, runs none of the text, shows it as text, and its activities can be answered; every
 * manifest is well-formed, valid against the official schemas, and holds the title exactly.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { lintCourseStructure } from '../../exports/cmi5/lint.ts';
import { lintManifest } from '../../exports/scorm/manifest-lint.ts';
import { validateCmi5Xsd, validateXsd } from '../../exports/shared/xsd.ts';
import { buildSiteOrThrow } from '../support/build-site.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny } from './drive-activity.ts';
import { LMS, launch, unpack } from './lms-harness.ts';

/** What every field of the fixture holds after its own words (see the fixture's YAML). */
const HOSTILE = '</script><script>window.__pwned=1</script> <!-- ]]> &amp; \u2028 \u2029';
/** The script the text tries to run, and its CSP hash (a page must never allow it). */
const INJECTED = 'window.__pwned=1';
const INJECTED_HASH = createHash('sha256').update(INJECTED).digest('base64');
const MODULE = 'hostile-module';
const LESSON = 'hostile-lesson';
const MODULE_TITLE = `Module ${HOSTILE}`;
const LESSON_TITLE = `Title ${HOSTILE}`;

// One build, one server: every test of this file runs in order in one worker.
test.describe.configure({ mode: 'default' });

let dir = '';
let dist = '';
let origin = '';
let server: ChildProcess | undefined;

/** A port nothing listens on. */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.on('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => {
				done(typeof address === 'object' && address ? address.port : 0);
			});
		});
	});
}

/** Serves `root` with the tests' static server; resolves once it listens. */
async function serve(root: string): Promise<{ process: ChildProcess; origin: string }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['tests/support/static-server.ts', root, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise<void>((done, fail) => {
		child.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Serving')) done();
		});
		child.on('exit', (code) => {
			fail(new Error(`the static server exited (${String(code)})`));
		});
	});
	return { process: child, origin: `http://127.0.0.1:${String(port)}` };
}

test.beforeAll(async () => {
	// The whole build of the fixture: site, packages, PDFs, slides and kits (about 30 s alone; more
	// while other browser tests share the machine).
	test.setTimeout(240_000);
	dir = mkdtempSync(join(tmpdir(), 'second-look-hostile-'));
	dist = join(dir, 'dist');
	await buildSiteOrThrow(resolve('tests/fixtures/hostile'), dist);
	const served = await serve(dist);
	server = served.process;
	origin = served.origin;
});

test.afterAll(() => {
	server?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Records what must never happen on a page: an error, a console error, a request elsewhere. */
function watch(page: Page, allowed: (url: string) => boolean) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!allowed(url) && !url.startsWith('data:')) problems.push(`request: ${url}`);
	});
	return problems;
}

/** No script of the text ran, and the text is on the page as text. */
async function expectInert(where: Page | Frame, shown: string): Promise<void> {
	expect(await where.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
	const text = await where.evaluate(() => document.body.textContent);
	expect(text, 'the hostile text, shown as text').toContain(shown);
	// Nothing the text says became an element.
	expect(
		await where
			.locator('script:not([src]):not([type])')
			.evaluateAll((els) => els.filter((el) => el.textContent.includes('__pwned')).length),
	).toBe(0);
}

/** The `script-src` hashes a page's CSP allows. */
function scriptHashes(html: string): string[] {
	const policy = /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
	return [...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1] ?? '');
}

/** The package data block of a launch page, read as the runtime reads it. */
function packageDataOf(html: string): PackageData {
	const block = /<script type="application\/json" id="package-data">([\s\S]*?)<\/script>/.exec(
		html,
	)?.[1];
	return JSON.parse(block ?? 'null') as PackageData;
}

test.describe('hostile text on the site', () => {
	const pages = [
		{ path: `/lessons/${LESSON}/`, shown: LESSON_TITLE },
		{ path: `/modules/${MODULE}/`, shown: MODULE_TITLE },
		{ path: `/package/${MODULE}/`, shown: LESSON_TITLE },
		{ path: `/teach/${MODULE}/`, shown: `Choice prompt ${HOSTILE}` },
		{ path: `/teach/${MODULE}/handout/`, shown: `Key message ${HOSTILE}` },
		{ path: `/present/${MODULE}/`, shown: `Module ${HOSTILE}` },
	];
	for (const { path, shown } of pages)
		test(`${path} loads with no error, runs none of the text and shows it as text`, async ({
			page,
		}) => {
			const problems = watch(page, (url) => url.startsWith(origin));
			await page.goto(origin + path);
			await expectInert(page, shown);
			expect(problems).toEqual([]);
		});

	test('the lesson page: the prose, the sources and an answer, all as text', async ({ page }) => {
		const problems = watch(page, (url) => url.startsWith(origin));
		await page.goto(`${origin}/lessons/${LESSON}/`);
		// Markdown's smart punctuation makes the prose's "--" a dash, as in any lesson.
		await expectInert(page, `Prose ${HOSTILE.replace('<!--', '<!\u2014')} end.`);
		await expectInert(page, `Source title ${HOSTILE}`);
		const card = page.locator('section[data-activity="hostile-choice"]');
		await answerAny(card);
		await expectInert(page, `Wrong feedback ${HOSTILE}`);
		expect(problems).toEqual([]);
	});

	test('the package page: its data block reads back exactly and every activity can be answered', async ({
		page,
	}) => {
		const problems = watch(page, (url) => url.startsWith(origin));
		await page.goto(`${origin}/package/${MODULE}/`);
		await expect(page.locator('[data-notice]')).toContainText(
			'not connected to a learning platform',
		);
		const data = JSON.parse(
			(await page.locator('#package-data').textContent()) ?? 'null',
		) as PackageData;
		expect(data.lessons[0]?.title).toBe(LESSON_TITLE);
		for (const card of await page.locator(`[data-lesson="${LESSON}"] section[data-activity]`).all())
			await answerAny(card);
		await expectInert(page, `Safe ending feedback ${HOSTILE}`);
		expect(problems).toEqual([]);
	});

	test('search finds the lesson and shows its text as text', async ({ page, request }) => {
		// The index as a classic script (for file:// pages) holds nothing that could end a script.
		const script = await (await request.get(`${origin}/search-index.js`)).text();
		expect(script).toContain('window.__pwned=1');
		expect(script).not.toMatch(/[<>&\u2028\u2029]/);
		const problems = watch(page, (url) => url.startsWith(origin));
		await page.goto(`${origin}/search/?q=prompt`);
		await expect(page.locator('.search-result').first()).toBeVisible();
		await expectInert(page, 'window.__pwned=1</script>');
		expect(problems).toEqual([]);
	});
});

test.describe('hostile text in every package', () => {
	test('every launch page carries the module data intact, in a CSP that allows none of the text', () => {
		for (const format of ['scorm12', 'scorm2004', 'cmi5', 'offline']) {
			const files = unpack(`${MODULE}-${format}.zip`, join(dist, 'downloads'));
			const html = new TextDecoder().decode(files.get('index.html'));
			expect(packageDataOf(html).lessons[0]?.title, format).toBe(LESSON_TITLE);
			for (const [path, bytes] of files)
				if (path.endsWith('.html'))
					expect(scriptHashes(new TextDecoder().decode(bytes)), `${format} ${path}`).not.toContain(
						INJECTED_HASH,
					);
		}
	});

	for (const standard of ['scorm12', 'scorm2004'] as const)
		test(`${standard}: the manifest is valid and holds the title exactly; the course runs in an LMS`, async ({
			page,
			baseURL,
		}) => {
			const zip = `${MODULE}-${standard}.zip`;
			const files = unpack(zip, join(dist, 'downloads'));
			const manifest = new TextDecoder().decode(files.get('imsmanifest.xml'));
			expect(await validateXsd(manifest, standard)).toEqual({ ok: true, errors: '' });
			expect(lintManifest(manifest, standard, [...files.keys()])).toEqual([]);
			const titles = new DOMParser()
				.parseFromString(manifest, 'text/xml')
				.getElementsByTagName('title');
			expect(Array.from(titles).map((t) => t.textContent)).toEqual([MODULE_TITLE, MODULE_TITLE]);

			const problems = watch(page, (url) => url.startsWith(`${baseURL ?? ''}${LMS}`));
			await launch(
				page,
				zip,
				standard,
				standard === 'scorm12' ? { core: { entry: 'ab-initio' } } : { entry: 'ab-initio' },
				{},
				join(dist, 'downloads'),
			);
			const course = page.frames().find((f) => f.url().includes(`${LMS}course/`));
			if (!course) throw new Error('no course frame');
			await expectInert(course, LESSON_TITLE);
			await answerAny(course.locator('section[data-activity="hostile-choice"]'));
			expect(problems).toEqual([]);
		});

	test('cmi5: cmi5.xml is valid and holds the title and description exactly', async () => {
		const files = unpack(`${MODULE}-cmi5.zip`, join(dist, 'downloads'));
		const xml = new TextDecoder().decode(files.get('cmi5.xml'));
		expect(await validateCmi5Xsd(xml)).toEqual({ ok: true, errors: '' });
		expect(lintCourseStructure(xml, [...files.keys()])).toEqual([]);
		const strings = new DOMParser()
			.parseFromString(xml, 'text/xml')
			.getElementsByTagName('langstring');
		expect(Array.from(strings).map((s) => s.textContent)).toEqual([
			MODULE_TITLE,
			`Description of a module for the tests. ${HOSTILE}`,
			MODULE_TITLE,
			`Description of a module for the tests. ${HOSTILE}`,
		]);
	});

	test('offline, from file://: the launch page and the search run none of the text', async ({
		page,
	}) => {
		const folder = join(dir, 'offline');
		for (const [path, bytes] of unpack(`${MODULE}-offline.zip`, join(dist, 'downloads'))) {
			mkdirSync(dirname(join(folder, path)), { recursive: true });
			writeFileSync(join(folder, path), bytes);
		}
		const problems = watch(page, (url) => url.startsWith('file://'));
		await page.goto(pathToFileURL(join(folder, 'index.html')).href);
		await expectInert(page, LESSON_TITLE);
		await answerAny(page.locator('section[data-activity="hostile-choice"]'));
		await expectInert(page, `Wrong feedback ${HOSTILE}`);

		// The search page reads the folder's search-index.js, a classic script built from the text.
		const index = readFileSync(join(folder, 'search-index.js'), 'utf8');
		expect(index).not.toMatch(/[<>&\u2028\u2029]/);
		await page.goto(`${pathToFileURL(join(folder, 'search.html')).href}?q=prompt`);
		await expect(page.locator('.search-result').first()).toBeVisible();
		await expectInert(page, 'window.__pwned=1</script>');
		expect(problems).toEqual([]);
	});
});
