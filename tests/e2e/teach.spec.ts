import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

interface ModuleFile {
	id: string;
	audience: string;
	lessons: string[];
	reporting: 'completion' | 'pass-mark';
	passMark: number;
	confidence: 'reported' | 'browser';
}

const moduleFiles = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as ModuleFile);

/** The shipped modules that have a teacher or trainer pack (school and forces), read from modules/. */
const packModules = moduleFiles
	.filter((m) => m.audience !== 'adult')
	.map((m) => m.id)
	.sort();

/** A lesson's key messages, read from its front matter (so the test follows the content). */
function keyMessages(lesson: string): string[] {
	const front = readFileSync(join('lessons', `${lesson}.mdx`), 'utf8').split(/^---$/m)[1] ?? '';
	return (parse(front) as { keyMessages: string[] }).keyMessages;
}

test('the module page and the pack say what the LMS is told, from the module file, and never "failed"', async ({
	page,
}) => {
	for (const m of moduleFiles) {
		const name =
			m.reporting === 'completion'
				? 'What your LMS is told: Completion only'
				: `What your LMS is told: Completion, and a pass mark of ${m.passMark}%`;
		const pages = [`/modules/${m.id}/`, ...(packModules.includes(m.id) ? [`/teach/${m.id}/`] : [])];
		for (const path of pages) {
			await page.goto(path);
			const rule = page.locator(`[data-reporting="${m.reporting}"]`);
			await expect(rule.getByRole('heading', { name })).toBeVisible();
			await expect(rule).toContainText('Skipping is always allowed');
			await expect(rule).toContainText('Moodle completion settings');
			await expect(rule).toContainText('None of them ever records "failed"');
			// Where confidence ratings go, and the words learners read at the start (issue #14).
			await expect(rule).toContainText(
				m.confidence === 'browser'
					? "Kept in the learner's browser only"
					: 'Sent to the LMS like every other answer',
			);
			await expect(rule.locator('[data-recorded-words]')).toContainText(
				m.audience === 'forces'
					? "What your unit's learning platform records"
					: m.audience === 'school'
						? "What your school's learning platform records"
						: 'What the learning platform that gave you this course records',
			);
		}
	}
});

test('every school and forces module has a pack; the self-paced module has none', async ({
	page,
}) => {
	expect(packModules.length).toBeGreaterThanOrEqual(3);
	const missing = await page.goto('/teach/adult-self-paced/');
	expect(missing?.status()).toBe(404);
});

for (const id of packModules) {
	test.describe(`pack for ${id}`, () => {
		test('is reachable from the module page and holds what a teacher needs', async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.goto(`/modules/${id}/`);
			await page.getByRole('link', { name: /^(teacher|trainer) pack$/i }).click();
			await expect(page).toHaveURL(new RegExp(`/teach/${id}/$`));
			for (const name of [
				'Before the session',
				/Session plan \((5\d|60) minutes\)/,
				'Answers and discussion prompts',
				/^Curriculum/,
				'Where to get help',
				'Sources',
			])
				await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
			await expect(
				page.getByRole('heading', { name: 'Ground rules to agree first' }),
			).toBeVisible();
			await expect(
				page.getByRole('heading', { name: /tells you something has happened/ }),
			).toBeVisible();
			await expect(page.getByText('You did the right thing telling me')).toBeVisible();
			await expect(
				page.getByText(/Never view, copy, save, share or ask for an image/),
			).toBeVisible();

			// Every activity of the module has an answer entry; every plan link lands on one.
			const entries = page.locator('.pack-activity');
			expect(await entries.count()).toBeGreaterThan(5);
			for (const entry of await entries.all()) {
				await expect(entry.locator('.answer-key')).not.toBeEmpty();
			}
			const planLinks = page.locator('.plan a[href^="#answer-"]');
			expect(await planLinks.count()).toBeGreaterThan(3);
			for (const href of await planLinks.evaluateAll((as) =>
				as.map((a) => a.getAttribute('href')),
			)) {
				await expect(page.locator(href ?? '#none')).toHaveCount(1);
			}
			// Each piece of guidance links to a listed source.
			for (const href of await page
				.locator('.guidance a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
				await expect(page.locator(href ?? '#none')).toHaveCount(1);
			}
			// axe: this test only reads the pack as it loads, the state every-page.spec.ts sweeps
			// (light, and dark at 320 px); a second sweep of this long page would find the same.
			watch.assertClean();
		});

		test('prints without the site chrome, and axe passes in print media', async ({ page }) => {
			await page.goto(`/teach/${id}/`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.site-header')).toBeHidden();
			await expect(page.locator('.pack-actions')).toBeHidden();
			await expect(
				page.getByRole('heading', { name: 'Answers and discussion prompts' }),
			).toBeVisible();
			await expectNoAxeViolations(page, `${id} pack (print)`);
		});

		test('the learner handout prints on exactly one A4 page', async ({ page }) => {
			await page.goto(`/teach/${id}/handout/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Second Look: spot it, stop it, get help',
			);
			await expect(page.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
			// On screen, the handout as it loads is swept by every-page.spec.ts; in print, here.
			await page.emulateMedia({ media: 'print' });
			await expectNoAxeViolations(page, `${id} handout (print)`);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
			expect(pages.length, 'pages in the printed handout').toBe(1);
			// Nothing is cut to fit: every key message of every lesson, and every phone line's hours.
			const module = moduleFiles.find((m) => m.id === id);
			for (const lesson of module?.lessons ?? []) {
				const shown = page.locator('.handout-messages li');
				for (const message of keyMessages(lesson))
					await expect(shown.filter({ hasText: message })).toHaveCount(1);
			}
			await expect(page.locator('.handout-help .hours').first()).toBeVisible();
			if (module?.audience === 'forces')
				await expect(
					page.locator('.handout-help li').filter({ hasText: 'Revenge Porn Helpline' }),
				).toContainText('Monday to Friday');
			// A4 is 595 × 842 points.
			expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45][.\d]* 84[12][.\d]*\]/);
		});
	});
}

test.describe('notes for the teacher', () => {
	for (const id of ['school-ks3', 'school-ks4'])
		test(`the ${id} pack shows the suicide-safe teaching note next to that activity`, async ({
			page,
		}) => {
			await page.goto(`/teach/${id}/`);
			const entry = page.locator('#answer-helping-a-friend-worried');
			await expect(entry).toContainText("I don't want to be here any more");
			const note = entry.getByRole('complementary', {
				name: 'Before this activity (for you, not for the class):',
			});
			await expect(note).toBeVisible();
			for (const point of [
				/Prepare before the lesson/,
				/designated safeguarding lead \(DSL\)/,
				/anyone may skip it or step out/,
				/Never describe or discuss methods/,
				/Childline \(free, 24 hours\)/,
				/Be ready for a disclosure/,
			])
				await expect(note.getByRole('listitem').filter({ hasText: point })).toHaveCount(1);
			// Each point names its sources, as links to them.
			for (const item of await note.getByRole('listitem').all())
				expect(await item.getByRole('link').count()).toBeGreaterThan(0);
			// The right answer pupils are marked against sends them to an adult and Childline now.
			await expect(entry.locator('.is-right')).toContainText('tell a trusted adult now');
			await expect(entry.locator('.is-right')).toContainText('Childline');
			// The note is part of the pack as it loads: every-page.spec.ts sweeps it with axe.
		});

	test('learners never see the teacher note on the lesson page', async ({ page }) => {
		await page.goto('/lessons/helping-a-friend/');
		await expect(page.getByText("I don't want to be here any more").first()).toBeVisible();
		await expect(page.getByText('for you, not for the class')).toHaveCount(0);
		await expect(page.getByText('Prepare before the lesson')).toHaveCount(0);
		// Not even in the page's source: island props and a package's data block leave notes out.
		const sources = [
			await page.content(),
			readFileSync('dist/package/school-ks4/index.html', 'utf8'),
		];
		for (const html of sources) expect(html).not.toContain('Prepare before the lesson');
	});

	test('the KS3 pack has a note for Year 7 teachers; the KS4 pack does not', async ({ page }) => {
		await page.goto('/teach/school-ks3/');
		const heading = page.getByRole('heading', { name: 'For this age group (ages 11 to 14)' });
		await expect(heading).toBeVisible();
		const notes = page.locator('#age-notes + .guidance');
		await expect(notes).toContainText('Year 7');
		await expect(notes).toContainText('more adult support in the room');
		await expect(notes).toContainText('simpler words');
		await page.goto('/teach/school-ks4/');
		await expect(page.getByRole('heading', { name: /For this age group/ })).toHaveCount(0);
	});

	test('the trainer pack says what a trainer must pass on, and the under-18 route', async ({
		page,
	}) => {
		await page.goto('/teach/forces-induction/');
		const disclosure = page.locator('h3:has-text("tells you something has happened") + ol');
		await expect(disclosure).toContainText('Never promise to keep it secret');
		await expect(disclosure).toContainText('Safeguarding is a duty of the chain of command');
		await expect(disclosure).toContainText('JSP 834');
		await expect(disclosure).toContainText('Naval Service');
		await expect(disclosure).toContainText('RAF');
		await expect(disclosure).not.toContainText('Anyone can ask Samaritans what they keep private');
	});
});
