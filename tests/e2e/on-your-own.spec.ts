/**
 * A young adult learning alone on the website: from the home page's "On your own" to the
 * self-paced module, its lessons in order, each as the module's learners see it (their audience's
 * version only, as in the module's packages), and back. Every page here is also in the every-page
 * sweep (axe, reflow, quick exit, first screen).
 */
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { answerAny, expectLive } from './drive-activity.ts';
import { rememberByKeyboard, watchPage } from './helpers.ts';

/** The module the home page's "On your own" card names first, and its lesson pages in order. */
async function selfPacedModule(request: APIRequestContext) {
	const home = await (await request.get('/')).text();
	const card = /<h3>On your own<\/h3>[\s\S]*?<\/li>\s*<\/ul>/.exec(home)?.[0] ?? '';
	const modulePath = /href="(\/modules\/[^"]+\/)"/.exec(card)?.[1];
	if (!modulePath) throw new Error('The home page\'s "On your own" card names no module.');
	const modulePage = await (await request.get(modulePath)).text();
	const lessonPaths = [
		...new Set(
			[...modulePage.matchAll(/href="(\/modules\/[^"]+\/lessons\/[^"]+\/)"/g)].map((m) => m[1]),
		),
	] as string[];
	return { modulePath, id: modulePath.split('/')[2] ?? '', lessonPaths };
}

/** The ids of a page part's activities and audience-only prose blocks, in page order. */
function partsOf(html: string): string[] {
	return [...html.matchAll(/data-(activity|for-audience)="([^"]*)"/g)].map(
		(m) => `${m[1]}:${m[2]}`,
	);
}

/**
 * For each lesson in `root`: whether its previous/next links come before its list of sources (up
 * to 18 items), so a learner on a phone reaches them without scrolling through the list.
 */
function stepsBeforeSources(root: Locator): Promise<boolean[]> {
	return root.evaluate((el) =>
		[...el.querySelectorAll('article.lesson')].map((lesson) => {
			const steps = lesson.querySelector('nav.lesson-steps');
			const sources = [...lesson.querySelectorAll('h2')].find((h) => h.textContent === 'Sources');
			return Boolean(
				steps &&
				sources &&
				steps.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING,
			);
		}),
	);
}

test("in the module's package too, each lesson's next step comes before its sources", async ({
	page,
	request,
}) => {
	const { id, lessonPaths } = await selfPacedModule(request);
	await page.goto(`/package/${id}/`);
	await expect(page.locator('h1:visible')).toHaveCount(1);
	expect(await stepsBeforeSources(page.locator('main'))).toEqual(lessonPaths.map(() => true));
});

test('on your own: the module, its lessons in order in your own version, and back to the module', async ({
	page,
	baseURL,
	request,
}) => {
	test.setTimeout(90_000);
	const { lessonPaths } = await selfPacedModule(request);
	expect(lessonPaths.length).toBeGreaterThan(1);
	const watch = watchPage(page, baseURL ?? '');

	await page.goto('/');
	const card = page.locator('.card', { has: page.getByRole('heading', { name: 'On your own' }) });
	await card.getByRole('link').first().click();
	await expect(page.locator('main .meta').first()).toHaveText('Module to take on your own');
	await page.getByRole('link', { name: /^Start with lesson 1: / }).click();

	for (const [i, path] of lessonPaths.entries()) {
		await expect(page).toHaveURL(path);
		await expect(page.locator('.module-trail')).toContainText(
			`lesson ${String(i + 1)} of ${String(lessonPaths.length)}`,
		);
		await expect(page.locator('.lesson > .meta')).toHaveText(/for Young adults$/);
		// One version: no block labelled for another audience, as on the side-by-side lesson page.
		await expect(page.locator('.for-audience-label')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Lessons', exact: true })).toHaveAttribute(
			'aria-current',
			'page',
		);
		// Polled: the page may still be arriving (the next step parsed, the sources not yet).
		await expect
			.poll(() => stepsBeforeSources(page.locator('main')), {
				message: 'what comes next, before the sources',
			})
			.toEqual([true]);
		const next = page.getByRole('link', { name: /^Next lesson: / });
		if (i < lessonPaths.length - 1) await next.click();
		else await expect(next).toHaveCount(0);
	}
	await page
		.getByRole('link', { name: 'You have finished the lessons: back to the module' })
		.click();
	await expect(page.locator('main .meta').first()).toHaveText('Module to take on your own');
	watch.assertClean();
});

test("an answer given in your own version is kept, and shows on the lesson's all-versions page", async ({
	page,
	request,
}) => {
	test.setTimeout(90_000);
	const { lessonPaths } = await selfPacedModule(request);
	const first = lessonPaths[0] ?? '';
	const lessonId = first.split('/')[4] ?? '';
	await page.goto(first);
	const card = page.locator('section[data-activity]').first();
	const id = (await card.getAttribute('data-activity')) ?? '';
	await answerAny(card);
	await rememberByKeyboard(page);

	await page.reload();
	const again = page.locator(`section[data-activity="${id}"]`);
	await again.scrollIntoViewIfNeeded();
	await expect(again).toHaveAttribute('data-state', 'answered');

	await page.goto(`/lessons/${lessonId}/`);
	const there = page.locator(`section[data-activity="${id}"]`);
	await there.scrollIntoViewIfNeeded();
	await expect(there).toHaveAttribute('data-state', 'answered');
});

test("each lesson shows what the module's own package shows of it, in the same order, and no other version", async ({
	request,
}) => {
	const { id, lessonPaths } = await selfPacedModule(request);
	const launch = await (await request.get(`/package/${id}/`)).text();
	// The package page: one section per lesson, `data-lesson="<id>"`, up to the next one.
	const sections = launch.split(/<section id="lesson-[^"]+" data-lesson="/).slice(1);
	const packaged = new Map(sections.map((s) => [s.slice(0, s.indexOf('"')), partsOf(s)]));
	expect(lessonPaths.map((p) => p.split('/')[4])).toEqual(
		[...packaged.keys()].filter((k) => k !== 'finish' && k !== 'get-help'),
	);
	for (const path of lessonPaths) {
		const lessonId = path.split('/')[4] ?? '';
		const html = await (await request.get(path)).text();
		const article = html.slice(html.indexOf('<article class="lesson">'));
		const parts = partsOf(article);
		expect(
			parts.some((p) => p.startsWith('activity:')),
			path,
		).toBe(true);
		expect(parts, path).toEqual(packaged.get(lessonId));
	}
});

test('a lesson page offers a learner on their own their version only when their module has the lesson', async ({
	request,
}) => {
	const { lessonPaths } = await selfPacedModule(request);
	const index = await (await request.get('/lessons/')).text();
	const lessons = [
		...new Set([...index.matchAll(/href="\/lessons\/([^"/]+)\/"/g)].map((m) => m[1])),
	];
	expect(lessons.length).toBeGreaterThan(lessonPaths.length - 1);
	for (const lessonId of lessons) {
		const html = await (await request.get(`/lessons/${lessonId}/`)).text();
		const offer =
			/Learning on your own\? <a href="([^"]+)">Read the version for young adults<\/a>/.exec(html);
		const own = lessonPaths.find((p) => p.split('/')[4] === lessonId);
		expect(offer?.[1], `/lessons/${lessonId}/`).toBe(own);
	}
});

test('coming back to the module: each lesson says how much is done, and the start link carries on where you left off', async ({
	page,
	baseURL,
	request,
}) => {
	test.setTimeout(90_000);
	const { modulePath, lessonPaths } = await selfPacedModule(request);
	const watch = watchPage(page, baseURL ?? '');
	const resume = page.locator('[data-resume]');
	const statusOf = (n: number) =>
		page.locator('[data-lesson]').nth(n).locator('[data-lesson-status]');
	const titleOf = async (n: number) =>
		((await page.locator('[data-lesson] h3').nth(n).textContent()) ?? '').trim();

	await page.goto(modulePath);
	await expect(resume).toHaveText(`Start with lesson 1: ${await titleOf(0)}`);
	await expect(page.locator('[data-lesson-status]:visible')).toHaveCount(0);

	// Lesson 2 first, every activity skipped; then one answer in lesson 1.
	await page.goto(lessonPaths[1] ?? '');
	const cards = page.locator('section[data-activity]');
	const count = await cards.count();
	for (let i = 0; i < count; i++) {
		const card = cards.nth(i);
		await card.scrollIntoViewIfNeeded();
		await expectLive(card);
		await card.getByRole('button', { name: 'Skip this one' }).click();
		await expect(card).toHaveAttribute('data-state', 'skipped');
	}
	await page.goto(lessonPaths[0] ?? '');
	const firstCards = await page.locator('section[data-activity]').count();
	await answerAny(page.locator('section[data-activity]').first());

	await page.goto(modulePath);
	await expect(statusOf(0)).toHaveText(
		`Started: 1 of ${String(firstCards)} activities answered or skipped.`,
	);
	await expect(statusOf(1)).toHaveText('Done: every activity answered or skipped.');
	await expect(statusOf(2)).toBeHidden();
	// The first lesson not finished: lesson 1, though lesson 2 is done.
	await expect(resume).toHaveText(`Continue with lesson 1: ${await titleOf(0)}`);
	await resume.click();
	await expect(page).toHaveURL(lessonPaths[0] ?? '');
	watch.assertClean();
});
