import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { unzipSync } from 'fflate';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cmi5Iris } from '../../exports/cmi5/course-structure.ts';
import { STANDARDS } from '../../exports/scorm/standards.ts';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { createCmi5Lms } from '../support/cmi5-lms.ts';
import { HOSTILE_ACTIVITY, HOSTILE_ATTEMPTS, makeH5pContentRoot } from '../support/h5p-content.ts';
import { answerAny } from './drive-activity.ts';
import { WCAG_TAGS, watchPage } from './helpers.ts';
import { cmi, launch, unpack, violations } from './lms-harness.ts';

/**
 * H5P end to end: a content root with one H5P activity (the real fixture, a True/False question)
 * and a hostile one (built by tests/support/h5p-content.ts: its library code tries to reach what
 * H5P content must not) is built once, like an author's site; the lesson is played on the site and
 * inside its SCORM packages in the test LMS. Serial: one build for every test here.
 */
test.describe.configure({ mode: 'serial' });

/** The fixture site's own server: next to the suite's port, so checkouts side by side differ. */
const port = Number(process.env['PW_PORT'] ?? 4330) + 1000;
const origin = `http://127.0.0.1:${port}`;
const ACTIVITY = 'h5p-practice-tf';
const NATIVE = 'h5p-practice-native';

let work = '';
let out = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	work = await mkdtemp(join(tmpdir(), 'second-look-h5p-e2e-'));
	const content = await makeH5pContentRoot();
	out = join(work, 'dist');
	await buildSiteOrThrow(content, out);
	await rm(content, { recursive: true, force: true });
	server = spawn(process.execPath, ['tests/support/static-server.ts', out, String(port)], {
		stdio: 'ignore',
	});
	for (let i = 0; i < 50; i++) {
		const up = await fetch(`${origin}/`).then(
			(r) => r.ok,
			() => false,
		);
		if (up) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the fixture site did not start');
});

test.afterAll(async () => {
	server?.kill();
	if (work) await rm(work, { recursive: true, force: true });
});

/** Collects CSP violations in the page and every frame in it. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => {
			seen.push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return async () => {
		const all: string[] = [];
		for (const frame of page.frames())
			all.push(
				...(await frame.evaluate(
					() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
				)),
			);
		return all;
	};
}

/**
 * Axe over the page and its frames. Axe reads each stylesheet's rules; in the sandboxed H5P frame
 * (an opaque origin) it cannot, and would fetch them again with XHR, which CORS refuses (console
 * errors from axe, not from the page): its preload (for one rule, CSS orientation lock) is off.
 */
async function expectNoAxeViolations(page: Page, label: string) {
	// `options` first: set after `withTags`, it would replace the tag selection.
	const results = await new AxeBuilder({ page })
		.options({ preload: false })
		.withTags(WCAG_TAGS)
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** What Chromium logs when the sandbox refuses the hostile code: the only console errors allowed. */
const REFUSALS = [
	/^Blocked opening 'https:\/\/hostile\.invalid\/popup' in a new window because the request was made in a sandboxed frame/,
	/^Unsafe attempt to initiate navigation .* The frame attempting navigation (of the top-level window )?is sandboxed/,
];

/**
 * Watches a page on which the hostile content runs: no request to another origin (its navigations
 * go to hostile.invalid), no window opened, no uncaught error, and no console error but the
 * sandbox's refusals.
 */
function watchHostile(
	page: Page,
	origin: string,
	/** A failed response the launch expects (cmi5: no state document yet), judged by its response. */
	expectedFailure?: (url: URL, status: number) => boolean,
) {
	const problems: string[] = [];
	if (expectedFailure)
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (response.status() >= 400 && !expectedFailure(url, response.status()))
				problems.push(`${response.status()} ${url.pathname}`);
		});
	page.on('request', (request) => {
		if (!request.url().startsWith(origin)) problems.push(`request ${request.url()}`);
	});
	// Popups of the page or its frames (axe opens a page of its own in the context: not counted).
	page.on('popup', (opened) => problems.push(`window opened ${opened.url()}`));
	page.on('console', (message) => {
		const text = message.text();
		const judgedByResponse = expectedFailure && text.startsWith('Failed to load resource');
		if (message.type() === 'error' && !judgedByResponse && !REFUSALS.some((r) => r.test(text)))
			problems.push(text);
	});
	page.on('pageerror', (error) => problems.push(error.message));
	return {
		assertClean() {
			expect(problems).toEqual([]);
		},
	};
}

/**
 * Runs the hostile content's attempts (its "Try everything" button) and checks its own log, read
 * from its frame's document: every attempt ran and was refused; the forged message was sent (the
 * page's checks are what refuse it, asserted by the caller).
 */
async function runHostile(card: Locator) {
	await card.scrollIntoViewIfNeeded();
	const frame = card.frameLocator('iframe');
	await frame.getByRole('button', { name: 'Try everything' }).click();
	const log = frame.locator('[data-hostile-log][data-done]');
	await expect(log).toBeAttached();
	const lines = ((await log.textContent()) ?? '').split('\n');
	expect(lines.map((l) => l.slice(0, l.lastIndexOf(': ')))).toEqual([...HOSTILE_ATTEMPTS]);
	for (const line of lines)
		if (line.startsWith('forge an answer')) expect(line).toMatch(/: sent$/);
		else expect(line, 'each attempt is refused').toMatch(/: refused \(.+\)$/);
}

/** Answers the H5P True/False question inside its frame: False (the right answer), then Check. */
async function answerH5p(frame: FrameLocator) {
	await frame.getByRole('radio', { name: 'False' }).click();
	await frame.getByRole('button', { name: 'Check' }).click();
}

test('the H5P activity plays sandboxed on the site from our own origin, within CSP, and records its answer', async ({
	page,
}) => {
	const watch = watchPage(page, origin);
	const csp = await watchCsp(page);
	await page.goto(`${origin}/lessons/h5p-practice/`);
	const card = page.locator(`section[data-activity="${ACTIVITY}"]`);
	await card.scrollIntoViewIfNeeded();
	const iframe = card.locator('iframe');
	await expect(iframe).toHaveAttribute('title', 'Practice question (H5P): is this false?');
	await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
	const frame = card.frameLocator('iframe');
	await expect(frame.getByRole('radio', { name: 'False' })).toBeVisible();
	await expectNoAxeViolations(page, 'H5P lesson before answering');
	// H5P's icons draw with its icon fonts, which the sandboxed frame gets inlined (it cannot fetch them).
	const h5pDoc = page.frames().find((f) => f.url().includes(`/h5p/${ACTIVITY}/`));
	await expect
		.poll(() =>
			h5pDoc?.evaluate(() =>
				[...document.fonts]
					.filter((f) => f.status === 'loaded')
					.map((f) => f.family.replace(/["']/g, '')),
			),
		)
		.toEqual(expect.arrayContaining(['H5PFontIcons', 'H5PFontAwesome4']));

	await answerH5p(frame);
	await expect(card).toHaveAttribute('data-state', 'answered');
	await expect(card.locator('[role="status"]')).toHaveText('Answer checked.');
	await expect(card.locator('.feedback')).toContainText('Your answer is recorded: 100% right.');
	// The frame grew to fit its content (height messages), and the answer is in the site's record.
	expect((await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(150);
	const saved = await page.evaluate(() => sessionStorage.getItem('second-look:progress:v1'));
	const progress = JSON.parse(saved ?? '{}') as { activities: Record<string, unknown> };
	expect(progress.activities[ACTIVITY]).toMatchObject({
		status: 'answered',
		first: { type: 'h5p', value: { response: 'false', success: true, score: 1 } },
		result: { scored: true, correct: true, score: 1 },
	});
	await expectNoAxeViolations(page, 'H5P lesson after answering');

	// Try again reloads the content; Escape twice inside the frame still leaves by the quick exit.
	await card.getByRole('button', { name: 'Try again' }).click();
	await expect(card).toHaveAttribute('data-state', 'open');
	await expect(frame.getByRole('radio', { name: 'False' })).toBeVisible();
	expect(await csp()).toEqual([]);
	watch.assertClean();
	await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ body: 'left' }));
	await frame.getByRole('radio', { name: 'True' }).press('Escape');
	await frame.getByRole('radio', { name: 'True' }).press('Escape');
	await expect(page).toHaveURL(/bbc\.co\.uk/);
});

test('a message from another window or about another activity is ignored', async ({ page }) => {
	await page.goto(`${origin}/lessons/h5p-practice/`);
	const card = page.locator(`section[data-activity="${ACTIVITY}"]`);
	await card.scrollIntoViewIfNeeded();
	await expect(card.frameLocator('iframe').getByRole('radio', { name: 'False' })).toBeVisible();
	const message = {
		channel: 'second-look:h5p',
		v: 1,
		activity: ACTIVITY,
		kind: 'answered',
		result: { response: 'true', success: true, score: 1 },
	};
	// From the page itself (not its frame), and from the frame about another activity.
	await page.evaluate((m) => {
		window.postMessage(m, window.location.origin);
	}, message);
	const h5pFrame = page.frames().find((f) => f.url().includes(`/h5p/${ACTIVITY}/`));
	await h5pFrame?.evaluate(
		(m) => {
			window.parent.postMessage(m, window.location.origin);
		},
		{ ...message, activity: 'other' },
	);
	// The same message from the frame is accepted: the checks above were what refused the others.
	await page.waitForTimeout(300);
	await expect(card).toHaveAttribute('data-state', 'open');
	await h5pFrame?.evaluate((m) => {
		window.parent.postMessage(m, window.location.origin);
	}, message);
	await expect(card).toHaveAttribute('data-state', 'answered');
});

test('H5P code cannot read stored progress, touch the page, navigate it, or answer for another activity', async ({
	page,
}) => {
	const watch = watchHostile(page, origin);
	await page.goto(`${origin}/lessons/h5p-practice/`);
	// The learner has answered something: their progress is stored on the device.
	await answerAny(page.locator(`section[data-activity="${NATIVE}"]`));
	const progress = () => page.evaluate(() => sessionStorage.getItem('second-look:progress:v1'));
	const stored = await progress();
	expect(stored).toContain(NATIVE);
	const title = await page.title();
	const hostile = page.locator(`section[data-activity="${HOSTILE_ACTIVITY}"]`);
	await expect(hostile.locator('iframe')).toHaveAttribute('sandbox', 'allow-scripts');

	await runHostile(hostile);
	await page.waitForTimeout(300);
	// The page is untouched and still here; the forged answer for the other H5P activity was refused.
	expect(page.url()).toBe(`${origin}/lessons/h5p-practice/`);
	expect(await page.title()).toBe(title);
	await expect(page.locator('body')).not.toHaveAttribute('data-hacked');
	const card = page.locator(`section[data-activity="${ACTIVITY}"]`);
	await expect(card).toHaveAttribute('data-state', 'open');
	expect(await progress()).toBe(stored);

	// The legitimate H5P content beside it still reports its answer.
	await card.scrollIntoViewIfNeeded();
	await answerH5p(card.frameLocator('iframe'));
	await expect(card).toHaveAttribute('data-state', 'answered');
	const after = JSON.parse((await progress()) ?? '{}') as { activities: Record<string, unknown> };
	expect(after.activities[ACTIVITY]).toMatchObject({ first: { value: { success: true } } });
	expect(after.activities[HOSTILE_ACTIVITY]).toBeUndefined();
	watch.assertClean();
});

for (const standard of ['scorm12', 'scorm2004'] as const) {
	test(`inside the ${standard} package in the test LMS, H5P code cannot reach the LMS API and the H5P answer becomes an interaction`, async ({
		page,
		baseURL,
	}) => {
		const zip = `h5p-practice-module-${standard}.zip`;
		const downloads = join(out, 'downloads');
		const files = [...unpack(zip, downloads).keys()];
		expect(files).toContain(`h5p/${ACTIVITY}/index.html`);
		expect(files).toContain(`h5p/${ACTIVITY}/package/H5P.TrueFalse-1.6/library.json`);
		expect(files).toContain('h5p/player/main.bundle.js');
		const watch = watchHostile(page, baseURL ?? '');
		const seed = standard === 'scorm12' ? { core: { entry: 'ab-initio' } } : { entry: 'ab-initio' };
		await launch(page, zip, standard, seed, {}, downloads);
		const course = page.frameLocator('iframe[title="Course"]');
		// The learner answers a question; then the hostile H5P content tries to reach the LMS API
		// (and everything else) from its frame in the package: the LMS's data does not change.
		await answerAny(course.locator(`section[data-activity="${NATIVE}"]`));
		const before = await cmi(page);
		expect(Object.values(before).some((v: unknown) => String(v).endsWith(NATIVE))).toBe(true);
		const lmsTitle = await page.title();
		await runHostile(course.locator(`section[data-activity="${HOSTILE_ACTIVITY}"]`));
		await page.waitForTimeout(300);
		expect(await cmi(page)).toEqual(before);
		expect(await page.title()).toBe(lmsTitle);
		await expect(page.frameLocator('iframe[title="Course"]').locator('body')).not.toHaveAttribute(
			'data-hacked',
		);
		const card = course.locator(`section[data-activity="${ACTIVITY}"]`);
		await expect(card).toHaveAttribute('data-state', 'open');

		await card.scrollIntoViewIfNeeded();
		await expect(card.locator('iframe')).toHaveAttribute('title', /is this false/);
		await answerH5p(card.frameLocator('iframe'));
		await expect(card).toHaveAttribute('data-state', 'answered');
		await expectNoAxeViolations(page, `${zip} with the H5P activity answered`);
		expect(await violations(page, false)).toEqual([]);

		const f = STANDARDS[standard];
		const values = await cmi(page);
		const at = Object.entries(values).find(
			([k, v]) => /^cmi\.interactions\.\d+\.id$/.test(k) && v.endsWith(ACTIVITY),
		)?.[0];
		expect(at, 'an interaction for the H5P activity').toBeDefined();
		const field = (name: string) => values[(at ?? '').replace(/id$/, name)];
		expect(field('type')).toBe('true-false');
		expect(field(standard === 'scorm12' ? 'student_response' : 'learner_response')).toBe(
			f.responses.falseValue,
		);
		expect(field('result')).toBe(f.vocabulary.resultCorrect);
		watch.assertClean();
	});
}

test('inside the cmi5 package, H5P code cannot read the launch token or the AU page, and the H5P answer reaches the LRS', async ({
	page,
}) => {
	const zip = 'h5p-practice-module-cmi5.zip';
	const lms = createCmi5Lms({
		files: unpack(zip, join(out, 'downloads')),
		auId: cmi5Iris('h5p-practice-module').au,
	});
	const lmsOrigin = await lms.listen();
	try {
		const watch = watchHostile(
			page,
			lmsOrigin,
			(url, status) => status === 404 && url.pathname.endsWith('/activities/state'),
		);
		const launch = lms.launch({});
		await page.goto(lmsOrigin + launch.url);
		await expect(page.locator('h1:visible')).toHaveCount(1);
		const answered = () => lms.verbs(launch.sessionId).filter((v) => v === 'answered').length;
		await answerAny(page.locator(`section[data-activity="${NATIVE}"]`));
		await expect.poll(answered).toBe(1);
		// What the AU page keeps in this tab: the launch token among it.
		const storage = () => page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
		const before = await storage();
		expect(before).toContain(launch.token);

		await runHostile(page.locator(`section[data-activity="${HOSTILE_ACTIVITY}"]`));
		await page.waitForTimeout(300);
		expect(await storage()).toBe(before);
		await expect(page.locator('body')).not.toHaveAttribute('data-hacked');
		expect(answered()).toBe(1);
		const card = page.locator(`section[data-activity="${ACTIVITY}"]`);
		await expect(card).toHaveAttribute('data-state', 'open');

		await card.scrollIntoViewIfNeeded();
		await answerH5p(card.frameLocator('iframe'));
		await expect(card).toHaveAttribute('data-state', 'answered');
		await expect.poll(answered).toBe(2);
		watch.assertClean();
	} finally {
		await lms.close();
	}
});

test('from the offline zip (file://) the H5P cards say they cannot play here, and the learner can skip them', async ({
	page,
}) => {
	const dir = join(work, 'offline');
	const entries = unzipSync(
		new Uint8Array(await readFile(join(out, 'downloads', 'h5p-practice-module-offline.zip'))),
	);
	for (const [path, bytes] of Object.entries(entries)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), bytes);
	}
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(pathToFileURL(join(dir, 'index.html')).href);
	for (const id of [ACTIVITY, HOSTILE_ACTIVITY]) {
		const card = page.locator(`section[data-activity="${id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expect(card.getByRole('note')).toContainText(
			'This interactive part cannot play from a file on this device.',
		);
		await expect(card.locator('iframe')).toHaveCount(0);
		await card.getByRole('button', { name: 'Skip this one' }).click();
		await expect(card).not.toHaveAttribute('data-state', 'open');
	}
	expect(errors).toEqual([]);
});

test('the built-in LMS preview shows the H5P answer as an interaction, like a native one', async ({
	page,
}) => {
	const watch = watchPage(page, origin);
	await page.goto(`${origin}/preview/h5p-practice-module/`);
	const course = page.frameLocator('iframe[title="The module, launched by the test LMS"]');
	const card = course.locator(`section[data-activity="${ACTIVITY}"]`);
	await card.scrollIntoViewIfNeeded();
	await answerH5p(card.frameLocator('iframe'));
	await expect(card).toHaveAttribute('data-state', 'answered');
	const row = page.locator('.preview-interactions tbody tr', { hasText: ACTIVITY });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('true-false');
	await expect(row).toContainText('correct');
	await expectNoAxeViolations(page, 'preview with the H5P activity answered');
	watch.assertClean();
});
