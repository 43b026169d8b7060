import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { builtPages } from './helpers.ts';
import { unpack } from './lms-harness.ts';

/**
 * A package's launch page holds every lesson of its module, one `article.lesson` each. An id two
 * lessons share ("Summary", "Check what you know") names only the first lesson's element: a link
 * to it jumps there from any lesson, and a label or description naming it reads the wrong lesson's
 * heading. Every page the site builds and every HTML file of every package is read as a browser
 * parses it (no script runs): each id once, and each reference (aria-labelledby, aria-describedby,
 * aria-controls, label for, a same-page `#fragment`) names an element in its own lesson, or outside
 * every lesson (the page's navigation, a lesson's own section, the help section).
 */

interface Problems {
	lessons: number;
	duplicates: string[];
	references: string[];
}

/** What is wrong with the ids of one HTML file, as a browser parses it. Runs in the page. */
function idProblems(html: string): Problems {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const counts = new Map<string, number>();
	for (const el of doc.querySelectorAll('[id]')) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
	const duplicates = [...counts].filter(([, n]) => n > 1).map(([id, n]) => `id="${id}" ×${n}`);
	const lessonOf = (el: Element) => el.closest('article.lesson');
	const describe = (el: Element) =>
		`<${el.localName}${el.id ? ` id="${el.id}"` : ''}> in ${lessonOf(el)?.querySelector('h1')?.textContent ?? 'no lesson'}`;
	const references: string[] = [];
	const check = (from: Element, attribute: string, id: string) => {
		const target = doc.getElementById(id);
		if (!target) references.push(`${describe(from)} ${attribute}="${id}" names no element`);
		else if (lessonOf(target) && lessonOf(target) !== lessonOf(from))
			references.push(`${describe(from)} ${attribute}="${id}" names ${describe(target)}`);
	};
	for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'])
		for (const el of doc.querySelectorAll(`[${attribute}]`))
			for (const id of (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean))
				check(el, attribute, id);
	for (const link of doc.querySelectorAll('a[href^="#"]')) {
		const fragment = link.getAttribute('href')?.slice(1) ?? '';
		if (fragment !== '') check(link, 'href', decodeURIComponent(`#${fragment}`).slice(1));
	}
	return { lessons: doc.querySelectorAll('article.lesson').length, duplicates, references };
}

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
