/**
 * What pages carry and load (issue #16): each activity written once into every package page, and a
 * lesson page downloading only the activity code it uses. Reads the built files; one page visit.
 */
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', '#39': "'", lt: '<', gt: '>' };
const decode = (value: string) =>
	value.replace(/&(quot|amp|#39|lt|gt);/g, (_all, name: string) => ENTITIES[name] ?? '');

interface Data {
	lessons: { id: string; activities: { id: string; prompt: string }[] }[];
}

/** Every launch page: the site's `/package/<id>/` and each zip's `index.html`. */
function launchPages(): [string, string][] {
	const site = readdirSync('dist/package').map((id): [string, string] => [
		`/package/${id}/`,
		readFileSync(join('dist/package', id, 'index.html'), 'utf8'),
	]);
	const zips = readdirSync('dist/downloads')
		.filter((f) => f.endsWith('.zip'))
		.map((f): [string, string] => {
			const entry = unzipSync(new Uint8Array(readFileSync(join('dist/downloads', f))))[
				'index.html'
			];
			return [f, new TextDecoder().decode(entry)];
		});
	return [...site, ...zips];
}

test('every package launch page (site and each zip) writes each activity once: in #package-data, not again in its island; and its support boxes once', () => {
	const pages = launchPages();
	expect(pages.length).toBeGreaterThanOrEqual(20);
	for (const [name, html] of pages) {
		const block = /<script[^>]*id="package-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
		expect(block, name).toBeDefined();
		const data = JSON.parse(block ?? '{}') as Data;
		const ids = data.lessons.flatMap((l) => l.activities.map((a) => a.id));
		// Every activity object has one prompt: the page holds exactly one per activity.
		expect(decode(html).split('"prompt":').length - 1, name).toBe(ids.length);
		const islands = [...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/g)].map((m) =>
			decode(m[1] ?? ''),
		);
		const named: string[] = [];
		for (const props of islands) {
			expect(props, name).not.toContain('"activity"');
			expect(props, name).not.toContain('"sourceNumbers"');
			const id = /"activityId":\[0,"([^"]+)"\]/.exec(props)?.[1];
			if (id) named.push(id);
		}
		// Each activity in the data block has its island, and no island names one twice.
		expect(named.sort(), name).toEqual([...ids].sort());
		// An LMS zip's page links one stylesheet (exports/shared/site-files.ts `withOneStylesheet`): a
		// zip compresses each file alone, so six stylesheets cost about 2 KiB more than one. (The
		// offline course and the teacher's kit are folders of pages that share their stylesheets.)
		if (/-(scorm12|scorm2004|cmi5)\.zip$/.test(name))
			expect(html.match(/<link rel="stylesheet"/g), name).toHaveLength(1);
		// The support boxes are written once, and each lesson marks their two places (the runtime
		// moves them into the lesson shown): a copy per lesson cost about 1 KiB of every zip.
		for (const position of ['start', 'end']) {
			expect(html.split(`data-support="${position}"`).length - 1, name).toBe(1);
			expect(html.split(`data-support-slot="${position}"`).length - 1, name).toBe(
				data.lessons.length,
			);
		}
	}
});

/** The activity types the site draws, each in its own chunk named after it. */
const DRAWN = [
	'single-choice',
	'multiple-response',
	'true-false',
	'ordering',
	'matching',
	'confidence',
	'scenario',
	'red-flags',
];

/** Records the activity-type chunks a page requests. */
function typeRequests(page: Page): string[] {
	const types: string[] = [];
	page.on('request', (request) => {
		const name = /\/_astro\/([a-z0-9-]+)\.[a-z0-9]+\.js$/.exec(request.url())?.[1];
		if (name && DRAWN.includes(name)) types.push(name);
	});
	return types;
}

test('a page with no activity loads only the quick exit: no engine, Svelte or activity code', async ({
	page,
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.endsWith('.js'))
			scripts.push(path.replace(/^.*\//, '').replace(/\.[a-z0-9]+\.js$/, ''));
	});
	await page.goto('/help/', { waitUntil: 'networkidle' });
	// The quick exit's own file and the small events chunk it shares (its tab-progress key too).
	expect(scripts.sort()).toEqual(['events', 'quick-exit']);
});

test("a lesson page downloads the code of the activity types it has, and never another type's", async ({
	page,
}) => {
	const lesson = 'too-good-to-be-true';
	const html = readFileSync(join('dist/lessons', lesson, 'index.html'), 'utf8');
	const types = new Set([...html.matchAll(/data-type="([^"]+)"/g)].map((m) => m[1] ?? ''));
	expect(types.has('ordering')).toBe(false);
	const requested = typeRequests(page);
	await page.goto(`/lessons/${lesson}/`);
	const cards = page.locator('section.activity');
	for (const card of await cards.all()) {
		await card.scrollIntoViewIfNeeded();
		await expect(card).not.toHaveAttribute('data-state', 'loading');
	}
	expect(requested.sort()).toEqual(DRAWN.filter((t) => types.has(t)).sort());
});

test("a package launch loads the code of its first lesson's activity types; another lesson's, and the support boxes, as it is opened", async ({
	page,
}) => {
	const requested = typeRequests(page);
	await page.goto('/package/school-ks3/');
	const first = page.locator('[data-lesson="fake-profiles"]');
	await expect(first).toBeVisible();
	const card = first.locator('section.activity').first();
	await card.scrollIntoViewIfNeeded();
	await expect(card).not.toHaveAttribute('data-state', 'loading');
	const typesIn = async (lesson: string) =>
		new Set(
			await page
				.locator(`[data-lesson="${lesson}"] section.activity`)
				.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-type') ?? '')),
		);
	const firstTypes = await typesIn('fake-profiles');
	expect(firstTypes.has('ordering')).toBe(false);
	expect([...new Set(requested)].sort()).toEqual(DRAWN.filter((t) => firstTypes.has(t)).sort());
	// Opening a lesson with an ordering activity loads that code, and its card comes alive.
	await page.locator('a[data-goto="helping-a-friend"]').first().click();
	const ordering = page.locator('[data-lesson="helping-a-friend"] section[data-type="ordering"]');
	await ordering.scrollIntoViewIfNeeded();
	await expect(ordering).not.toHaveAttribute('data-state', 'loading');
	expect(requested).toContain('ordering');
	// The page's one pair of support boxes came with it: after the summary, after the key messages.
	const shown = page.locator('[data-lesson="helping-a-friend"]');
	const start = shown.locator('[data-support="start"]');
	await expect(start).toBeVisible();
	await expect(start.getByRole('link', { name: '999' })).toBeVisible();
	await expect(shown.locator('[data-support="end"]')).toBeVisible();
	expect(
		await shown.evaluate((lesson) =>
			[
				...lesson.querySelectorAll(
					'.lead, [data-support], .key-messages, [aria-labelledby$="-objectives"]',
				),
			].map((el) => el.getAttribute('data-support') ?? (el.className || 'objectives')),
		),
	).toEqual(['lead', 'start', 'objectives', 'key-messages', 'end']);
	await expect(first.locator('[data-support]')).toHaveCount(0);
});
