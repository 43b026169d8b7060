import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schoolAgeNames, schoolWordsIn } from '../support/school-words.ts';
import { expectNoAxeViolations } from './helpers.ts';

/**
 * Issue #15, "The projector": every slide of every deck fits a 16:9 screen and a 4:3 school
 * projector, before and after Reveal, with no scrolling, in type large enough to read from the back
 * of the room; the deck follows the session plan; any slide is one jump away (its
 * number, or the slide list); forces learners and trainers meet forces stories in forces words, in
 * the deck, the package, the lesson pages and the trainer pack; and the module page, the pack and
 * presenter mode give the session the same length. One page load per deck and screen size: the
 * slides are walked by key presses.
 */

interface PlanStep {
	minutes: number;
	step: string;
	activities?: string[];
}
interface ModuleFile {
	id: string;
	audience: string;
	lessonPlan?: PlanStep[];
}

const decks = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as ModuleFile)
	.filter((m) => m.lessonPlan !== undefined)
	.sort((a, b) => a.id.localeCompare(b.id));

const screens = [
	{ width: 1024, height: 768 },
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 },
];

/**
 * The smallest body type a slide may have, in CSS px: a 40th of the screen's height (19.2 px on a
 * 1024×768 projector, where the type was 16.4 px until it followed the screen's shape; every slide
 * but the help slide reaches 21.3 px there, 22.4 px at 1366×768 and 33.5 px at 1920×1080). The help
 * slide holds every line for the audience on one screen, so it keeps the floor of its own test below
 * (a 50th): the forces slide, the fullest, fits at 15.9 px at 1024×768.
 */
const floorOf = (id: string, height: number) => height / (id === 'slide-help' ? 50 : 40);
/** Nothing the room reads (a kicker, an answer's feedback, a lead line) is under this share of it. */
const SMALLEST_SHARE = 0.85;

/**
 * The slide shown now: its index and id, the size of its type and of the smallest text the room
 * reads on it (the presenter's note and counts aside), whether it has an answer to reveal (and
 * whether that is open), and what does not fit: each element outside the screen, and any
 * scrolling. One call, so walking a deck stays quick.
 */
const measure = (page: Page) =>
	page.evaluate(() => {
		const misfits: string[] = [];
		const root = document.scrollingElement ?? document.documentElement;
		if (root.scrollHeight > innerHeight + 1)
			misfits.push(`page scrolls: ${String(root.scrollHeight)}px`);
		if (root.scrollWidth > innerWidth + 1)
			misfits.push(`page scrolls sideways: ${String(root.scrollWidth)}px`);
		const slide = document.querySelector<HTMLElement>('[data-slide]:not([hidden])');
		for (const el of slide?.querySelectorAll<HTMLElement>('*') ?? []) {
			const box = el.getBoundingClientRect();
			// Folded content (an answer not yet revealed, a closed presenter's note) is not on screen.
			if (box.width === 0 || box.height === 0) continue;
			if (el.closest('details:not([open])') && !el.closest('summary')) continue;
			if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1 || box.top < 0 || box.left < 0)
				misfits.push(
					`<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 40)}" ends at ${String(Math.round(box.bottom))}px`,
				);
		}
		const fit = slide?.querySelector<HTMLElement>('[data-fit]');
		const reveal = slide?.querySelector<HTMLDetailsElement>('[data-reveal]');
		const read = [...(slide?.querySelectorAll<HTMLElement>('*') ?? [])]
			.filter((el) => el.offsetWidth > 0)
			.filter((el) => !el.closest('.visually-hidden, [data-presenter-note], .room-tally'))
			.filter((el) => !el.closest('details:not([open])') || el.closest('summary'))
			.filter((el) =>
				[...el.childNodes].some((n) => n.nodeType === 3 && Boolean(n.textContent?.trim())),
			)
			.map((el) => ({
				px: parseFloat(getComputedStyle(el).fontSize),
				what: `<${el.tagName.toLowerCase()} class="${el.className}">`,
			}))
			.sort((a, b) => a.px - b.px);
		return {
			index: Number(slide?.dataset['slide'] ?? -1),
			id: slide?.id ?? 'none',
			px: fit ? parseFloat(getComputedStyle(fit).fontSize) : 0,
			smallest: read[0] ?? { px: 0, what: 'no text' },
			reveal: reveal ? (reveal.open ? 'open' : 'closed') : 'none',
			misfits: misfits.slice(0, 3),
		};
	});

for (const deck of decks)
	for (const screen of screens)
		test(`${deck.id} at ${String(screen.width)}×${String(screen.height)}: every slide fits, before and after Reveal`, async ({
			page,
		}) => {
			await page.setViewportSize(screen);
			await page.goto(`/present/${deck.id}/`);
			const total = await page.locator('[data-slide]').count();
			const flow = await page.locator('[data-slide][data-section="flow"]').count();
			const problems: string[] = [];
			const check = (now: Awaited<ReturnType<typeof measure>>, when: string) => {
				for (const m of now.misfits) problems.push(`${now.id} (${when}): ${m}`);
				// Type stays readable from the back of the room, a shrunk slide too.
				if (now.px < floorOf(now.id, screen.height))
					problems.push(`${now.id} (${when}): type ${now.px.toFixed(1)}px`);
				const { px, what } = now.smallest;
				if (px < now.px * SMALLEST_SHARE - 0.05)
					problems.push(`${now.id} (${when}): ${what} at ${px.toFixed(1)}px`);
			};
			// Keys act at once (the slide changes in the key's own handler): no waiting between them.
			const visit = async (index: number) => {
				const now = await measure(page);
				expect(now.index, `slide ${String(index + 1)}`).toBe(index);
				check(now, 'shown');
				if (now.reveal === 'closed') {
					// Next shows a folded answer first, on the same slide; the next press moves on.
					await page.keyboard.press('ArrowRight');
					const revealed = await measure(page);
					expect(revealed.index, `${now.id} stays to show its answer`).toBe(index);
					expect(revealed.reveal, `${now.id} reveals`).toBe('open');
					check(revealed, 'revealed');
				}
			};
			for (let i = 0; i < flow; i++) {
				await visit(i);
				await page.keyboard.press('ArrowRight');
			}
			// The session ends on the help slide: Next stops there, the appendix is out of the flow.
			await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
			expect((await measure(page)).id).toBe('slide-help');
			if (total > flow) {
				// Typing a number and Enter jumps to it.
				await page.keyboard.type(String(flow + 1));
				await page.keyboard.press('Enter');
				for (let i = flow; i < total; i++) {
					await visit(i);
					await page.keyboard.press('ArrowRight');
				}
			}
			expect(problems).toEqual([]);
		});

/**
 * The smallest type on the slide shown now: every element with text of its own, in CSS px. The
 * measure above reads the slide's base size; this reads what the room actually sees, so a slide
 * that shrinks part of itself (the help slide's lines) cannot hide behind a large base.
 */
const smallestType = (page: Page) =>
	page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('[data-slide]:not([hidden])');
		const sizes = [...(slide?.querySelectorAll<HTMLElement>('*') ?? [])]
			.filter((el) => el.offsetWidth > 0 && !el.closest('.visually-hidden'))
			.filter((el) =>
				[...el.childNodes].some((n) => n.nodeType === 3 && Boolean(n.textContent?.trim())),
			)
			.map((el) => parseFloat(getComputedStyle(el).fontSize));
		return sizes.length ? Math.min(...sizes) : 0;
	});

for (const screen of [
	{ width: 1024, height: 768 },
	{ width: 1366, height: 768 },
])
	test(`every deck's help slide is readable from the back of the room at ${String(screen.width)}×${String(screen.height)}`, async ({
		page,
	}) => {
		await page.setViewportSize(screen);
		const problems: string[] = [];
		for (const deck of decks) {
			await page.goto(`/present/${deck.id}/`);
			await expect(page.locator('[data-count]')).toHaveText(/^Slide 1 /);
			await page.getByRole('button', { name: 'Help slide' }).click();
			await expect(page.locator('[data-slide]:not([hidden])')).toHaveId('slide-help');
			const now = await measure(page);
			for (const m of now.misfits) problems.push(`${deck.id}: ${m}`);
			// The same floor as every slide's base type: a 50th of the screen's height.
			const px = await smallestType(page);
			if (px < screen.height / 50)
				problems.push(`${deck.id}: help slide text at ${px.toFixed(1)}px`);
		}
		expect(problems).toEqual([]);
	});

test('the deck follows the session plan, with real titles and help on the first slide', async ({
	page,
}) => {
	const deck = decks.find((d) => d.id === 'school-ks3');
	if (!deck?.lessonPlan) throw new Error('school-ks3 has a plan');
	await page.goto(`/present/${deck.id}/`);
	const first = page.locator('[data-slide]').first();
	await expect(first.locator('.tel').first()).toBeVisible();
	await expect(first).toContainText('R reveal');
	// First slides of each activity, in the order the flow shows them.
	const order = await page
		.locator('[data-slide][data-section="flow"].slide-question')
		.evaluateAll((els) =>
			els.map((e) => e.id.replace(/^slide-activity-/, '')).filter((id) => !id.includes('-part-')),
		);
	expect(order).toEqual(deck.lessonPlan.flatMap((s) => s.activities ?? []));
	const titles = await page.locator('[data-slide] h2').allTextContents();
	expect(titles.filter((t) => /^Activity \d+/.test(t.trim()))).toEqual([]);
	expect(new Set(titles.map((t) => t.trim())).size).toBeGreaterThan(titles.length * 0.9);
});

test("on a 1024 × 768 school projector the bar's controls sit side by side, none over another", async ({
	page,
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/present/school-ks3/');
	await expect(page.locator('[data-count]')).toHaveText(/^Slide 1 /);
	const boxes = await page
		.locator('.presenter-top .quick-exit, .presenter-controls > :is(button, a)')
		.evaluateAll((els) =>
			els.map((el) => {
				const b = el.getBoundingClientRect();
				return {
					name: el.textContent.trim().slice(0, 20),
					left: b.left,
					right: b.right,
					top: b.top,
					bottom: b.bottom,
				};
			}),
		);
	expect(boxes.length).toBeGreaterThanOrEqual(7);
	// Between them, the bar still says which slide this is, and some of its title.
	const count = await page.locator('[data-count]').evaluate((el) => el.clientWidth);
	expect(count).toBeGreaterThanOrEqual(160);
	const problems: string[] = [];
	for (const [i, a] of boxes.entries()) {
		if (a.left < 0 || a.right > 1024) problems.push(`${a.name} is off the screen`);
		for (const b of boxes.slice(i + 1))
			if (a.left < b.right - 1 && b.left < a.right - 1)
				problems.push(`${a.name} overlaps ${b.name}`);
	}
	expect(problems).toEqual([]);
});

test('the presenter jumps by the slide list and by number, and R on a question shows its answer', async ({
	page,
}) => {
	await page.goto('/present/forces-induction/');
	const count = page.locator('[data-count]');
	await page.keyboard.press('l');
	const list = page.getByRole('dialog', { name: 'Slides' });
	await expect(list).toBeVisible();
	await expect(list.getByText('a number, then Enter')).toBeVisible();
	await expectNoAxeViolations(page, 'forces presenter: slide list');
	// The chat is played stage by stage, stopping at each choice: its first stage opens it.
	await list.getByRole('link', { name: /^A chat with Jade \(1 of [2-9]\)$/ }).click();
	await expect(list).toBeHidden();
	await expect(count).toHaveText(/^Slide \d+ of \d+: A chat with Jade \(1 of/);
	await expect(page.locator('[data-slide]:not([hidden]) h2')).toBeFocused();
	await expectNoAxeViolations(page, 'forces presenter: a chat story');
	await page.keyboard.press('r');
	await expect(count).toHaveText(/: A chat with Jade: the answer/);
	await expect(page.locator('[data-slide]:not([hidden]) .answer-key')).toBeVisible();
	await page.keyboard.type('3');
	await expect(page.locator('[data-goto-status]')).toHaveText('Go to slide 3: press Enter');
	await page.keyboard.press('Enter');
	await expect(count).toHaveText(/^Slide 3 of /);
	// The list button works from the keyboard; Escape closes the list.
	await page.getByRole('button', { name: 'Slides (L)' }).focus();
	await page.keyboard.press('Enter');
	await expect(list).toBeVisible();
	await expect(list.locator('a:focus')).toHaveText(/./);
	await page.keyboard.press('Escape');
	await expect(list).toBeHidden();
	// That Escape was the list's: the slide stays, as does one that clears a half-typed slide number;
	// with nothing open, Escape ends the show (presenter.spec.ts), never the quick exit.
	await page.keyboard.type('4');
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-goto-status]')).toHaveText('');
	await expect(page).toHaveURL(/\/present\/forces-induction\//);
	await expect(count).toHaveText(/^Slide 3 of /);
});

/**
 * Every lesson written for forces learners (the forces module's and any other), and the ids of
 * their activities written for other audiences only.
 */
const forcesLessons = readdirSync('lessons')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const source = readFileSync(join('lessons', f), 'utf8');
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
		return parse(frontmatter) as {
			id: string;
			audiences: string[];
			activities: { id: string; audiences?: string[] }[];
		};
	})
	.filter((l) => l.audiences.includes('forces'));
const notForForces = forcesLessons.flatMap((l) =>
	l.activities.filter((a) => a.audiences && !a.audiences.includes('forces')).map((a) => a.id),
);

/**
 * All the text of `root` on the page, hidden slides, folded answers and unopened lessons included,
 * and the package's activity data (every prompt, option, feedback and chat line), without `drop`.
 * Script and style are code, not text.
 */
const textOf = (page: Page, root: string, drop: string[]) =>
	page.evaluate(
		([root, drop]) => {
			const data = document.querySelector('#package-data')?.textContent ?? '';
			const copy = document.querySelector(root)?.cloneNode(true) as HTMLElement | undefined;
			if (!copy) throw new Error(`no ${root}`);
			for (const el of copy.querySelectorAll(['script', 'style', ...drop].join(', '))) el.remove();
			return `${copy.textContent}\n${data}`;
		},
		[root, drop] as const,
	);

/**
 * Left out of the check: markup shown without JavaScript (`noscript`, read as text); source lists,
 * at a lesson's end and under each part or feedback (the real titles of cited documents, such as
 * "Online safety: parents and carers", stay as published); labels naming the audiences a lesson or
 * block is for ("For Schools (ages 11–18) and Armed forces") and the kind of page ("Module for
 * teachers and trainers", on every module page); and the guided help's step for under-18s, one
 * path for every learner, which names "a parent, carer or teacher" (src/data/guided-help.ts).
 */
const NOT_CHECKED = [
	'noscript',
	'ol.sources, .section-sources',
	'main > p.meta:first-child, article.lesson > p.meta:first-child',
	'.for-audience-label, .activity-audience',
	'[data-step="report-under18"]',
];

test('forces learners and trainers meet forces stories and forces words: package, lessons, pack and deck', async ({
	page,
}) => {
	const names = schoolAgeNames();
	const found: string[] = [];
	const check = async (path: string, root: string, drop: string[] = []) => {
		await page.goto(path);
		for (const hit of schoolWordsIn(await textOf(page, root, [...NOT_CHECKED, ...drop]), names))
			found.push(`${path} ${hit}`);
	};
	// The deck, every slide; the module page; the launch page every package zip carries (its lessons
	// as recruits see them, and the activity data); the trainer pack (every activity recruits meet).
	await check('/present/forces-induction/', 'body');
	await check('/modules/forces-induction/', 'main');
	await check('/package/forces-induction/', 'body');
	await check('/teach/forces-induction/', 'main');
	// Each lesson page shows every audience's version, labelled: what is left for forces is clean.
	const otherAudiences = [
		'section.for-audience:not([data-for-audience~="forces"])',
		...notForForces.map(
			(id) => `astro-island:has([data-activity="${id}"]), [data-activity="${id}"]`,
		),
	];
	for (const { id } of forcesLessons) await check(`/lessons/${id}/`, 'main', otherAudiences);
	expect(found).toEqual([]);
	await page.goto('/modules/forces-induction/');
	await expect(page.getByText(/welfare officer/).first()).toBeVisible();
});

test('the module page, the pack and presenter mode give the same session length', async ({
	page,
}) => {
	for (const deck of decks) {
		const minutes = (deck.lessonPlan ?? []).reduce((sum, s) => sum + s.minutes, 0);
		await page.goto(`/modules/${deck.id}/`);
		const facts = await page.locator('.module-facts').innerText();
		expect([...facts.matchAll(/(\d+)[ -]minute/g)].map((m) => Number(m[1]))).toEqual([minutes]);
		await page.goto(`/teach/${deck.id}/`);
		await expect(
			page.getByRole('heading', { name: `Session plan (${String(minutes)} minutes)` }),
		).toBeVisible();
		await page.goto(`/present/${deck.id}/`);
		await expect(page.locator('[data-slide]').first()).toContainText(
			`A ${String(minutes)}-minute session`,
		);
	}
});

test('the safety net: a slide whose content would overflow scales its type down to fit, and back up', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/present/forces-induction/');
	const fit = () =>
		page
			.locator('[data-slide]:not([hidden]) [data-fit]')
			.evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--fit') || 1));
	expect(await fit()).toBe(1);
	// More than the slide holds (as a long answer an author writes later would be), then a resize,
	// on which the presenter re-measures.
	await page.locator('[data-slide]:not([hidden]) [data-fit]').evaluate((el) => {
		const extra = document.createElement('div');
		extra.id = 'extra';
		for (let i = 0; i < 6; i++)
			extra.append(
				Object.assign(document.createElement('p'), { textContent: `Line ${String(i)}` }),
			);
		el.append(extra);
		window.dispatchEvent(new Event('resize'));
	});
	await expect.poll(fit).toBeLessThan(1);
	expect((await measure(page)).misfits).toEqual([]);
	await page.evaluate(() => {
		document.getElementById('extra')?.remove();
		window.dispatchEvent(new Event('resize'));
	});
	await expect.poll(fit).toBe(1);
});
