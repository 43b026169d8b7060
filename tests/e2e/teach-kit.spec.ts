/**
 * What surrounds the lesson in the teacher and trainer pack (issue #17, item 3): the check before it
 * with the DSL (forces: unit welfare), the anonymous question box, the subject knowledge (also on a
 * page of its own), adapting it (differentiation, SEND, EAL), and the close. Each is one click from
 * the pack's contents, sourced, and in the audience's words; presenter mode carries the question box
 * on the ground-rules step and the close on the last step. One visit per page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schoolAgeNames, schoolWordsIn } from '../support/school-words.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

const packModules = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as { id: string; audience: string })
	.filter((m) => m.audience !== 'adult')
	.sort((a, b) => a.id.localeCompare(b.id));

/**
 * Every in-page link under `root` lands on exactly one element of the page: the links that do not,
 * and how many links there are (read in the page at once, as there are hundreds).
 */
async function expectLinksLand(page: Page, root: string): Promise<number> {
	const { count, broken } = await page.evaluate((r) => {
		const hrefs = [...document.querySelectorAll(`${r} a[href^="#"]`)].map(
			(a) => a.getAttribute('href') ?? '',
		);
		const lands = (href: string) =>
			href.length > 1 && document.querySelectorAll(`#${CSS.escape(href.slice(1))}`).length === 1;
		return { count: hrefs.length, broken: hrefs.filter((h) => !lands(h)) };
	}, root);
	expect(broken, `in-page links under ${root} that land nowhere`).toEqual([]);
	return count;
}

/** The text of the five parts, without the numbered source links (the words a reader meets). */
const partsText = (page: Page, selectors: string[]) =>
	page.evaluate(
		(sels) =>
			sels
				.flatMap((s) => [...document.querySelectorAll(s)])
				.map((el) => {
					const copy = el.cloneNode(true) as HTMLElement;
					for (const cite of copy.querySelectorAll('.cite, ol.sources')) cite.remove();
					return copy.textContent;
				})
				.join('\n'),
		selectors,
	);

for (const { id, audience } of packModules) {
	const forces = audience === 'forces';
	test.describe(`${id} pack`, () => {
		test('shows the five parts around the lesson, each one click from the contents, each sourced', async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			// Jumps land at once, without the smooth scroll that motion allows.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`/teach/${id}/`);
			const contents = page.getByRole('navigation', { name: 'In this pack' });
			const parts = [
				{
					link: forces
						? 'Check with your unit’s welfare staff first'
						: 'Check with your designated safeguarding lead (DSL) first',
					hash: '#pre-lesson',
					level: 3,
				},
				{ link: 'The anonymous question box', hash: '#question-box', level: 3 },
				{ link: 'Know the subject', hash: '#knowledge', level: 2 },
				{
					link: forces
						? 'Adapting the session: learning needs and language'
						: 'Adapting the session: differentiation, SEND and EAL',
					hash: '#adapting',
					level: 2,
				},
				{
					link: 'Closing the session: step out of the stories',
					hash: '#closing',
					level: 2,
				},
			];
			for (const part of parts) {
				await contents.getByRole('link', { name: part.link, exact: true }).click();
				await expect(page).toHaveURL(new RegExp(`${part.hash}$`));
				const heading = page.getByRole('heading', { level: part.level, name: part.link });
				await expect(heading).toBeInViewport();
				// The part's heading is the target, or the section's own.
				expect(
					await page.locator(part.hash).evaluate((el, h) => el.textContent.includes(h), part.link),
				).toBe(true);
			}

			// The check, the box and the close are numbered steps or points, each with its sources.
			const lists = {
				'#pre-lesson + p + .guidance': 5,
				'#question-box + p + .guidance': 5,
				'#closing .guidance': 5,
			};
			for (const [list, count] of Object.entries(lists)) {
				const cites = await page
					.locator(`${list} > li`)
					.evaluateAll((lis) => lis.map((li) => li.querySelectorAll('.cite a').length));
				expect(cites.length, list).toBeGreaterThanOrEqual(count);
				expect(
					cites.filter((n) => n === 0),
					`${list}: points without a source`,
				).toEqual([]);
			}
			// The subject knowledge: what it is, how it unfolds, who, shame, the law, the steps, myths, figures.
			const knowledge = page.locator('#knowledge');
			for (const name of [
				'What sextortion is',
				'How it usually unfolds',
				forces ? 'Who is targeted, and why service personnel' : 'Who is targeted',
				forces ? 'Why shame and secrecy keep them silent' : 'Why shame keeps them silent',
				forces ? 'The law and your duty, in plain words' : 'The law, in plain words',
				'Don’t pay, don’t delete, report: and why',
				'Myths and facts',
				'The figures, with who counted them and when',
			])
				await expect(knowledge.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
			const myths = await knowledge
				.locator('.myths > li')
				.evaluateAll((lis) =>
					lis.map((li) =>
						['.myth', '.fact'].map((part) =>
							(li.querySelector(part)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
						),
					),
				);
			expect(myths.length).toBeGreaterThanOrEqual(5);
			for (const [myth, fact] of myths) {
				expect(myth).toMatch(/^Myth: “.+”$/);
				expect(fact).toMatch(/^Fact: .+\[\d+\]/);
			}
			await expect(page.locator('#adapting')).toContainText('Pre-teach the key words');
			await expect(page.locator('#adapting')).toContainText('screenshot, block, report');
			// Every source link of the five parts lands on the pack's source list.
			for (const root of ['#before', '#knowledge', '#adapting', '#closing'])
				expect(await expectLinksLand(page, root)).toBeGreaterThan(3);

			// In the audience's words: a trainer meets no school word or school-age character.
			const text = await partsText(page, [
				'#pre-lesson',
				'#pre-lesson + p',
				'#pre-lesson + p + .guidance',
				'#question-box + p + .guidance',
				'#knowledge',
				'#adapting',
				'#closing',
			]);
			if (forces) {
				expect(schoolWordsIn(text, schoolAgeNames())).toEqual([]);
				expect(text).toContain('welfare officer');
			} else expect(text).toContain('DSL');
			watch.assertClean();
		});

		test('the subject knowledge on its own page: sourced, reflows at 320 px, axe in print', async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.goto(`/teach/${id}/`);
			await page.locator('#knowledge').getByRole('link', { name: 'a page of its own' }).click();
			await expect(page).toHaveURL(new RegExp(`/teach/${id}/knowledge/$`));
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Know the subject:');
			await expect(page.getByRole('heading', { level: 2, name: 'Myths and facts' })).toBeVisible();
			// Help at the start and the end, as on every page.
			await expect(page.locator('[data-support="start"]')).toBeVisible();
			await expect(page.locator('[data-support="end"]')).toBeVisible();
			// Every source it cites is listed, and it lists no source it does not cite.
			expect(await expectLinksLand(page, 'main')).toBeGreaterThan(20);
			const cited = new Set(
				await page
					.locator('.cite a')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href')?.slice(1))),
			);
			const listed = await page
				.locator('ol.sources > li')
				.evaluateAll((lis) => lis.map((li) => li.id));
			expect(new Set(listed)).toEqual(cited);
			if (forces)
				expect(schoolWordsIn(await partsText(page, ['main']), schoolAgeNames())).toEqual([]);
			// axe on screen: every-page.spec.ts sweeps this page as it loads, light, and dark at 320 px.
			await page.setViewportSize({ width: 320, height: 640 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, 'horizontal scrolling at 320px').toBeLessThanOrEqual(0);

			await page.setViewportSize({ width: 1280, height: 720 });
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.site-header')).toBeHidden();
			await expect(page.getByRole('heading', { level: 2, name: 'Myths and facts' })).toBeVisible();
			await expectNoAxeViolations(page, `${id} knowledge (print)`);
			watch.assertClean();
		});
	});
}

test('presenter mode: the question box on the ground-rules step, the close on the last step, the safe-teaching and disclosure steps on the title and the ground rules', async ({
	page,
}) => {
	for (const { id, audience } of packModules) {
		await page.goto(`/present/${id}/`);
		const steps = page.locator('section.slide-step');
		const rules = steps.filter({ has: page.locator('ol.slide-list') }).first();
		const last = steps.last();
		const title = page.locator('section.slide-title');
		const kitNote = (slide: typeof rules, heading: RegExp) =>
			slide.locator('[data-presenter-note] [data-kit-note]').filter({
				has: page.locator('p.answer-lead').filter({ hasText: heading }),
			});
		const box = kitNote(rules, /^The anonymous question box/);
		const close = kitNote(last, /^Closing/);
		await expect(box).toHaveCount(1);
		await expect(close).toHaveCount(1);
		// A teacher mid-lesson has the safe-teaching and disclosure steps without leaving the slides:
		// on the title slide and on the ground rules, in the audience's words.
		const learner = audience === 'forces' ? 'trainee' : 'pupil';
		const safe = [title, rules].map((s) => kitNote(s, /^Teaching it safely:$/));
		const disclosure = [title, rules].map((s) =>
			kitNote(s, new RegExp(`^If a ${learner} tells you something has happened, in order:$`)),
		);
		for (const note of [...safe, ...disclosure]) await expect(note).toHaveCount(1);
		for (const note of safe) await expect(note).toContainText('stop them gently');
		for (const note of disclosure)
			await expect(note).toContainText('You did the right thing telling me');
		await expect(page.locator('[data-kit-note]')).toHaveCount(6);
		await expect(box).toContainText('Give everyone a slip');
		await expect(close).toContainText('What would you tell');
		await expect(close).toContainText(
			audience === 'forces' ? 'name the welfare officer and the padre' : 'name the DSL',
		);
		// Each point gives its sources' numbers, and the note lists that many sources.
		for (const note of [box, close, ...safe, ...disclosure]) {
			const numbers = await note
				.locator('ol:not(.sources) .cite')
				.evaluateAll((cites) =>
					cites.flatMap((c) => [...c.textContent.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))),
				);
			expect(Math.max(...numbers)).toBe(await note.locator('ol.sources > li').count());
		}
	}
	// Folded with the step's note, away from the class, and readable when opened.
	await page.goto('/present/school-ks3/#slide-step-1');
	const slide = page.locator('section.slide:not([hidden])');
	const note = slide.locator('[data-presenter-note]');
	await expect(note.locator('[data-kit-note]')).toHaveCount(3);
	for (const kit of await note.locator('[data-kit-note]').all()) await expect(kit).toBeHidden();
	await note.getByText("Presenter's note: what you do").click();
	for (const kit of await note.locator('[data-kit-note]').all()) await expect(kit).toBeVisible();
	await expectNoAxeViolations(page, 'school-ks3 presenter: question box note');
});
