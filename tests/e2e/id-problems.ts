/**
 * The id checks of unique-ids.spec.ts: each id once, and each reference (aria-labelledby,
 * aria-describedby, aria-controls, label for, a same-page `#fragment`) naming an element in its own
 * lesson, or outside every lesson. Run on a file as a browser parses it, or on the live document
 * once its scripts have run (the activity cards are Svelte islands: their ids, hints and feedback
 * exist only after hydration and after a learner acts).
 */
import { expect, type Frame, type Page } from '@playwright/test';

export interface Problems {
	lessons: number;
	duplicates: string[];
	references: string[];
}

/**
 * What is wrong with the ids of one HTML file as a browser parses it (no script runs), or, given no
 * file, of the live document as its scripts have left it. Runs in the page, so it is self-contained.
 */
export function idProblems(html?: string): Problems {
	const doc = html === undefined ? document : new DOMParser().parseFromString(html, 'text/html');
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

/** Every problem with the ids of the live document in `frame`, one line each. */
export async function liveIdProblems(frame: Frame): Promise<string[]> {
	const found = await frame.evaluate(idProblems, undefined);
	return [...found.duplicates, ...found.references];
}

/**
 * The islands shown on the page that are not live yet: not hydrated (Astro drops `ssr` once it
 * has), or an activity card still waiting for its session (`data-state="loading"`), whose hint
 * appears only once it can be answered. An island in a lesson not shown has no box, and is left.
 * Runs in the page.
 */
function pendingShown(): string[] {
	const shown = (el: Element) => el.getClientRects().length > 0;
	const islands = [...document.querySelectorAll('astro-island[ssr]')].filter((island) =>
		[...island.children].some(shown),
	);
	const cards = [...document.querySelectorAll('section.activity[data-state="loading"]')].filter(
		shown,
	);
	return [...islands, ...cards].map(
		(el) =>
			el.querySelector('[data-activity]')?.getAttribute('data-activity') ??
			el.getAttribute('data-activity') ??
			el.getAttribute('component-url') ??
			el.localName,
	);
}

/**
 * Brings every island shown in `frame` to life as a learner reading down the page would: each in
 * turn is scrolled into view (`client:reach` hydrates an island once it is seen) and kept there
 * until it has hydrated (the cards above it grow as they come alive, and could push it out of
 * view again before it was seen); then waits until every card has its session.
 */
export async function hydrateShown(frame: Frame): Promise<void> {
	await frame.evaluate(async () => {
		const painted = () =>
			new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		for (const island of document.querySelectorAll('astro-island[ssr]')) {
			const box = [...island.children].find((el) => el.getClientRects().length > 0);
			const until = performance.now() + 10_000;
			while (box && island.hasAttribute('ssr') && performance.now() < until) {
				box.scrollIntoView({ block: 'center', behavior: 'instant' });
				await painted();
			}
		}
	});
	await expect.poll(() => frame.evaluate(pendingShown), { timeout: 15_000 }).toEqual([]);
}

/**
 * Brings every island of a launch page to life, lesson by lesson through its own navigation (a
 * lesson's islands stay as HTML until the lesson is shown), or of a lesson page at once. Checks
 * that no activity is left: a check that passes because nothing hydrated would prove nothing.
 */
export async function hydrateEverything(frame: Frame): Promise<void> {
	const lessons = await frame
		.locator('section.package-lesson[data-lesson]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson') ?? ''));
	if (lessons.length === 0) await hydrateShown(frame);
	for (const lesson of lessons) {
		await frame.locator(`nav.lesson-nav [data-goto="${lesson}"]`).click();
		await expect(frame.locator(`[data-lesson="${lesson}"]`)).toBeVisible();
		await hydrateShown(frame);
	}
	// Every activity card live (the server draws each `loading`). The progress controls of a launch
	// page are shown only in the offline package; elsewhere they stay as HTML, never shown.
	await expect(frame.locator('section.activity')).not.toHaveCount(0);
	await expect(frame.locator('section.activity[data-state="loading"]')).toHaveCount(0);
}

/** The course's frame in the test LMS (lms-harness.ts `launch`). */
export async function courseFrame(page: Page): Promise<Frame> {
	const frame = await page.locator('iframe[title="Course"]').elementHandle();
	const course = await frame.contentFrame();
	if (!course) throw new Error('No course frame in the test LMS.');
	return course;
}
