import { expect, test, type Frame, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny, expectLive } from './drive-activity.ts';
import { builtPages } from './helpers.ts';
import {
	courseFrame,
	hydrateEverything,
	idProblems,
	liveIdProblems,
	type Problems,
} from './id-problems.ts';
import { launch, unpack } from './lms-harness.ts';
import { unzipDownload } from './offline-folder.ts';

/**
 * A package's launch page holds every lesson of its module, one `article.lesson` each. An id two
 * lessons share ("Summary", "Check what you know") names only the first lesson's element: a link
 * to it jumps there from any lesson, and a label or description naming it reads the wrong lesson's
 * heading. Every page the site builds and every HTML file of every package is read as a browser
 * parses it (no script runs): each id once, and each reference (aria-labelledby, aria-describedby,
 * aria-controls, label for, a same-page `#fragment`) names an element in its own lesson, or outside
 * every lesson (the page's navigation, a lesson's own section, the help section).
 *
 * The activity cards are Svelte islands: their ids (a prompt naming its fieldset, a hint describing
 * it, a scale's ends) are drawn again as each hydrates, and hints, feedback and chat steps come and
 * go as a learner answers. Two cards sharing an id, or a description naming a hint no longer drawn,
 * and a screen reader reads the wrong description or none. So the same checks run on the live
 * document of each kind of page with activities, once every island has hydrated, and again as a
 * learner answers one activity of each type.
 */

/** Every LMS package the build wrote (not the teacher's kits). */
const lmsZips = () =>
	readdirSync('dist/downloads').filter((f) => /-(scorm12|scorm2004|cmi5|offline)\.zip$/.test(f));

/** Every built page's HTML, then every HTML file of every LMS package, by a name for the report. */
function everyHtml(): [string, string][] {
	const pages = builtPages().map((path): [string, string] => [
		path,
		readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8'),
	]);
	const zips = readdirSync('dist/downloads').filter((f) =>
		/-(scorm12|scorm2004|cmi5|offline)\.zip$/.test(f),
	);
	const packaged = zips.flatMap((zip) =>
		[...unpack(zip)]
			.filter(([name]) => name.endsWith('.html'))
			.map(([name, bytes]): [string, string] => [
				`${zip}: ${name}`,
				Buffer.from(bytes).toString('utf8'),
			]),
	);
	return [...pages, ...packaged];
}

const problemsOf = async (page: Page, files: [string, string][]) => {
	const found: { name: string; problems: Problems }[] = [];
	for (const [name, html] of files)
		found.push({ name, problems: await page.evaluate(idProblems, html) });
	return found;
};

test('every page and package file, and each launch page of several lessons: each id once, each reference in its own lesson', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.goto('/404.html');
	const found = await problemsOf(page, everyHtml());
	const several = found.filter((f) => f.problems.lessons > 1).map((f) => f.name);
	// Not a check that passes for want of pages: each module's launch page, on the site and in
	// each of its zips.
	expect(several.sort()).toEqual(
		[
			...readdirSync('dist/package').map((id) => `/package/${id}/`),
			...lmsZips().map((zip) => `${zip}: index.html`),
		].sort(),
	);
	const wrong = found.flatMap((f) =>
		[...f.problems.duplicates, ...f.problems.references].map((p) => `${f.name}: ${p}`),
	);
	expect(wrong).toEqual([]);
});

test('a lesson on its own page keeps the anchors its address names: /lessons/<id>/#summary', async ({
	page,
}) => {
	await page.goto('/lessons/fake-profiles/#summary');
	await expect(page.locator('h2#summary')).toHaveText('Summary');
	await expect(page.locator('h2#check-what-you-know')).toHaveCount(1);
	await page.goto('/modules/adult-self-paced/lessons/fake-profiles/#summary');
	await expect(page.locator('h2#summary')).toHaveText('Summary');
});

test("in a package, each lesson's headings are its own: the second lesson's Summary is in the second lesson", async ({
	page,
}) => {
	await page.goto('/package/school-ks3/');
	const lessons = page.locator('section.package-lesson article.lesson');
	expect(await lessons.count()).toBeGreaterThan(1);
	for (const lesson of await lessons.all()) {
		const id = await lesson.locator('xpath=..').getAttribute('data-lesson');
		await expect(lesson.locator(`h2#${id ?? ''}-summary`)).toHaveText('Summary');
	}
});

/** A learner in the test LMS (SCORM 1.2), starting afresh. */
const SCORM12_LEARNER = {
	core: { entry: 'ab-initio', student_id: 'l1', student_name: 'Learner, Test' },
};

/**
 * Each kind of page with activities, opened as its learner opens it: its document, once the page
 * has started (a launch page shows one lesson once its runtime runs). One page of each kind, of
 * different modules: every page of a kind is drawn by the same components.
 */
const withActivities: Record<string, (page: Page) => Promise<Frame>> = {
	'a lesson page, /lessons/fake-profiles/': async (page) => {
		await page.goto('/lessons/fake-profiles/');
		return page.mainFrame();
	},
	"a module's launch page on the site, /package/forces-induction/": async (page) => {
		await page.goto('/package/forces-induction/');
		await expect(page.locator('h1:visible')).toHaveCount(1);
		return page.mainFrame();
	},
	'adult-self-paced-scorm12.zip in a test LMS': async (page) => {
		await launch(page, 'adult-self-paced-scorm12.zip', 'scorm12', SCORM12_LEARNER);
		return courseFrame(page);
	},
	'school-ks4-offline.zip opened from its folder': async (page) => {
		const folder = unzipDownload('school-ks4-offline.zip');
		await page.goto(pathToFileURL(join(folder, 'index.html')).href);
		await expect(page.locator('h1:visible')).toHaveCount(1);
		return page.mainFrame();
	},
};

for (const [kind, open] of Object.entries(withActivities))
	test(`${kind}, every activity hydrated: each id once, each reference in its own lesson`, async ({
		page,
	}) => {
		const frame = await open(page);
		await hydrateEverything(frame);
		expect(await liveIdProblems(frame)).toEqual([]);
	});

/** The first activity of each type in a module, with its lesson, in page order. */
function firstOfEachType(data: PackageData): Map<string, { lesson: string; activity: string }> {
	const firsts = new Map<string, { lesson: string; activity: string }>();
	for (const lesson of data.lessons)
		for (const activity of lesson.activities)
			if (!firsts.has(activity.type))
				firsts.set(activity.type, { lesson: lesson.id, activity: activity.id });
	return firsts;
}

test('as a learner answers one activity of each type, tries again and skips one: each id once, each reference in its own lesson', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.goto('/package/school-ks3/');
	await expect(page.locator('h1:visible')).toHaveCount(1);
	const data = JSON.parse(
		(await page.locator('#package-data').textContent()) ?? '{}',
	) as PackageData;
	const firsts = firstOfEachType(data);
	// Not a check that passes for want of types: every type the site draws itself is here.
	expect([...firsts.keys()].sort()).toEqual([
		'confidence',
		'matching',
		'multiple-response',
		'ordering',
		'red-flags',
		'scenario',
		'single-choice',
		'true-false',
	]);
	// Each problem once, with the state it first appeared in (it stays until the page changes it).
	const seen = new Map<string, string>();
	const checkIds = async (state: string) => {
		for (const problem of await liveIdProblems(page.mainFrame()))
			if (!seen.has(problem)) seen.set(problem, state);
	};
	for (const [type, { lesson, activity }] of firsts) {
		await page.locator(`nav.lesson-nav [data-goto="${lesson}"]`).click();
		const card = page.locator(`section[data-activity="${activity}"]`);
		await card.scrollIntoViewIfNeeded();
		await expectLive(card);
		await checkIds(`${type}, open`);
		// Half-way: a choice picked (its hint goes), a story one step on (the next replies).
		if (type === 'single-choice') await card.locator('.choice').first().click();
		if (type === 'scenario') {
			const reply = card.locator('.chat-choice').first();
			const said = ((await reply.textContent()) ?? '').replace('Reply:', '').trim();
			await reply.click();
			await expect(card.locator('.chat-thread')).toContainText(said);
		}
		await checkIds(`${type}, half answered`);
		await answerAny(card);
		await checkIds(`${type}, answered`);
		await card.getByRole('button', { name: /^(Try again|Change my answer)$/ }).click();
		await expect(card).toHaveAttribute('data-state', 'open');
		await checkIds(`${type}, trying again`);
	}
	const other = data.lessons
		.flatMap((l) => l.activities.map((a) => ({ lesson: l.id, activity: a.id })))
		.find(({ activity }) => ![...firsts.values()].some((f) => f.activity === activity));
	await page.locator(`nav.lesson-nav [data-goto="${other?.lesson ?? ''}"]`).click();
	const skipped = page.locator(`section[data-activity="${other?.activity ?? ''}"]`);
	await skipped.scrollIntoViewIfNeeded();
	await expectLive(skipped);
	await skipped.getByRole('button', { name: 'Skip this one' }).click();
	await expect(skipped).toHaveAttribute('data-state', 'skipped');
	await checkIds('skipped');
	await skipped.getByRole('button', { name: 'Answer it now' }).click();
	await checkIds('answering after a skip');
	expect([...seen].map(([problem, state]) => `${state}: ${problem}`)).toEqual([]);
});
