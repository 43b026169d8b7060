import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { answerAny } from './drive-activity.ts';
import { watchPage } from './helpers.ts';

test.describe('a lesson page', () => {
	test('shows support lines before and after the lesson, for its audiences', async ({ page }) => {
		await page.goto('/lessons/if-it-happens/');
		const start = page.locator('[data-support="start"]');
		const end = page.locator('[data-support="end"]');
		await expect(start).toContainText('If you are under 18');
		await expect(start).toContainText('CEOP');
		await expect(start).toContainText('Childline');
		await expect(start).toContainText('Report Remove');
		await expect(start).toContainText('Revenge Porn Helpline');
		await expect(start).toContainText('StopNCII');
		await expect(start).toContainText('Samaritans');
		await expect(end).toContainText('Samaritans');
		// Start box comes before the lesson text, end box after it.
		const order = await page.evaluate(() => {
			const all = [...document.querySelectorAll('[data-support], h2[id$="-sources"], .activity')];
			return all.map((el) => el.getAttribute('data-support') ?? el.tagName.toLowerCase());
		});
		expect(order[0]).toBe('start');
		expect(order.indexOf('end')).toBeGreaterThan(order.lastIndexOf('section'));
	});

	test('names Take It Down with its address, and its help line links there', async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto('/lessons/if-it-happens/');
		// In the lesson's own words, wherever it is named (a plain address, as the FAQ it cites): each
		// list item, table cell or paragraph of the page's text, with or without its audience shown,
		// leaving out the help boxes and the lists of sources and citations, which name the publisher.
		const named = await page.locator('main').evaluate((main) =>
			[...main.querySelectorAll('li, td, p')]
				.filter((el) => !el.closest('[data-support]') && !el.id.startsWith('source-'))
				.filter((el) => !el.querySelector('li, p'))
				.map((el) => {
					const copy = el.cloneNode(true) as Element;
					for (const cite of copy.querySelectorAll('sup.cite, a[href^="#source-"]')) cite.remove();
					return copy.textContent.replace(/\s+/g, ' ').trim();
				})
				.filter((text) => text.includes('Take It Down')),
		);
		// The key message, the steps table, under-18s at school and in the forces, adults, the summary.
		expect(named.length).toBeGreaterThanOrEqual(6);
		for (const text of named) expect(text).toContain('takeitdown.ncmec.org');
		// ... and in the help box after the lesson, a plain link: nothing is fetched from its site.
		const line = page.locator('[data-support="end"] [data-helpline="take-it-down"]');
		await expect(line.locator('a[href="https://takeitdown.ncmec.org/"]')).toHaveText(
			'takeitdown.ncmec.org',
		);
		await expect(line).toContainText('taken when you were under 18');
		// The FAQ is in the lesson's sources.
		await expect(
			page.locator('li a[href="https://takeitdown.ncmec.org/faq/"]').first(),
		).toBeVisible();
		watch.assertClean();
	});

	test('every citation links to a listed source', async ({ page }) => {
		await page.goto('/lessons/fake-profiles/');
		const cites = page.locator('sup.cite a');
		expect(await cites.count()).toBeGreaterThan(3);
		for (const href of await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			await expect(page.locator(href ?? '#missing')).toHaveCount(1);
		}
	});

	test('phone numbers are tap-to-call links', async ({ page }) => {
		await page.goto('/help/');
		await expect(page.locator('a[href="tel:08001111"]').first()).toHaveText('0800 1111');
		await expect(page.locator('a[href="tel:116123"]').first()).toHaveText('116 123');
	});
});

test('the help page splits helplines for under-18s, adults and the armed forces', async ({
	page,
}) => {
	await page.goto('/help/');
	for (const name of [
		'If you are under 18',
		'If you are 18 or over',
		'If you serve in the armed forces',
		'Everyone',
	]) {
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
	}
});

test('a module page tells a teacher who it is for, how long it takes and what it covers', async ({
	page,
}) => {
	await page.goto('/modules/school-ks3/');
	await expect(page.locator('.module-facts')).toContainText('ages 11 to 14');
	// The length is the session plan's, the same as the pack's and the presenter's.
	await expect(page.locator('.module-facts')).toContainText(/One \d+-minute session/);
	await expect(page.getByRole('heading', { name: 'Lessons, in order' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Spotting fake profiles' })).toBeVisible();
});

test('a learner can go from the home page to a lesson in two clicks', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'All lessons' }).click();
	await page.getByRole('link', { name: 'If it happens' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('If it happens');
});

/** Every `<ForAudience>` block written in the lessons, with the audiences it is for, in file order. */
function audienceBlocks(): Map<string, string[][]> {
	const blocks = new Map<string, string[][]>();
	for (const file of readdirSync('lessons').filter((f) => f.endsWith('.mdx'))) {
		const source = readFileSync(`lessons/${file}`, 'utf8');
		const id = /^id:\s*(\S+)/m.exec(source)?.[1] ?? file.replace(/\.mdx$/, '');
		const found = [...source.matchAll(/<ForAudience audiences="([^"]*)">/g)].map((m) =>
			(m[1] ?? '').split(/[\s,]+/).filter(Boolean),
		);
		blocks.set(id, found);
	}
	return blocks;
}

const labels: Record<string, string> = {
	school: 'Schools',
	forces: 'Armed forces',
	adult: 'Young adults',
};

test.describe('audience-specific prose', () => {
	const blocks = audienceBlocks();
	test('the lessons have blocks for each audience to test', () => {
		const all = [...blocks.values()].flat(2);
		for (const audience of Object.keys(labels)) expect(all).toContain(audience);
	});

	test('a lesson page shows every block, each labelled with who it is for', async ({ page }) => {
		for (const [lesson, found] of blocks) {
			if (found.length === 0) continue;
			await page.goto(`/lessons/${lesson}/`);
			const shown = page.locator('[data-for-audience]');
			await expect(shown).toHaveCount(found.length);
			for (const [i, audiences] of found.entries()) {
				const block = shown.nth(i);
				await expect(block).toHaveAttribute('data-for-audience', audiences.join(' '));
				await expect(block).toBeVisible();
				const label = block.locator('.for-audience-label');
				for (const a of audiences) await expect(label).toContainText(labels[a] ?? a);
			}
		}
	});

	test('a package shows only the blocks and activities for its audience, unlabelled', async ({
		page,
	}) => {
		for (const file of readdirSync('modules').filter((f) => /\.ya?ml$/.test(f))) {
			const module = parse(readFileSync(`modules/${file}`, 'utf8')) as {
				id: string;
				audience: string;
				lessons: string[];
			};
			const expected = module.lessons.flatMap((l) =>
				(blocks.get(l) ?? []).filter((a) => a.includes(module.audience)),
			);
			await page.goto(`/package/${module.id}/`);
			const shown = page.locator('[data-for-audience]');
			await expect(shown).toHaveCount(expected.length);
			for (const audiences of await shown.evaluateAll((els) =>
				els.map((el) => (el.getAttribute('data-for-audience') ?? '').split(' ')),
			))
				expect(audiences).toContain(module.audience);
			await expect(page.locator('.for-audience-label')).toHaveCount(0);
			await expect(page.locator('.activity-audience')).toHaveCount(0);
			// Activities written for other audiences are not in the package at all.
			const data = JSON.parse((await page.locator('#package-data').textContent()) ?? '{}') as {
				lessons: { activities: { id: string }[] }[];
			};
			const ids = data.lessons.flatMap((l) => l.activities.map((a) => a.id)).sort();
			const cards = await page
				.locator('section[data-activity]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-activity') ?? ''));
			expect(cards.sort()).toEqual(ids);
		}
	});
});

test('an activity written for some audiences says so in words, with a space before the note', async ({
	page,
}) => {
	await page.goto('/lessons/fake-profiles/');
	const label = page
		.locator('.activity-label', { has: page.locator('.activity-audience') })
		.first();
	// Read as the screen shows it (the label is in capitals): "TRY IT · FOR …", never "TRY IT· FOR".
	await expect(label).toHaveText(/^(Try it|Check in|Before we start) · For /);
});

test('true/false feedback gives its verdict once, then the reason', async ({ page }) => {
	for (const file of readdirSync('lessons').filter((f) => f.endsWith('.mdx'))) {
		const lesson = file.replace(/\.mdx$/, '');
		const frontmatter = readFileSync(`lessons/${file}`, 'utf8').split('\n---')[0] ?? '';
		const { activities = [] } = parse(frontmatter.replace(/^---\n/, '')) as {
			activities?: { id: string; type: string; audiences?: string[] }[];
		};
		const ids = activities.filter((a) => a.type === 'true-false').map((a) => a.id);
		if (ids.length === 0) continue;
		await page.goto(`/lessons/${lesson}/`);
		for (const id of ids) {
			const card = page.locator(`section[data-activity="${id}"]`);
			if (!(await card.isVisible())) continue;
			await answerAny(card);
			const text = (await card.locator('.feedback').innerText()).replace(/\s+/g, ' ');
			expect(text, id).toMatch(/^(Yes\.|Not quite\.) The statement is (true|false)\. /);
			// "Yes. The statement is false. This is false." said the same thing twice.
			expect(text.match(/\b(is|was) (true|false)\b/g), id).toHaveLength(1);
		}
	}
});

test('adults and recruits read the help for adults first; an adult module shows no under-18 route', async ({
	page,
}) => {
	const headings = async (id: string) => {
		await page.goto(`/package/${id}/`);
		const lesson = page.locator('[data-lesson="if-it-happens"]');
		// A package holds only its own audience's blocks: what is in the page is what is read.
		return lesson.locator('h3').allTextContents();
	};
	const adult = await headings('adult-self-paced');
	expect(adult).toContain('If you are 18 or over');
	expect(adult).not.toContain('If you are under 18');
	const forces = await headings('forces-induction');
	expect(forces.indexOf('If you are 18 or over')).toBeGreaterThanOrEqual(0);
	expect(forces.indexOf('If you are under 18')).toBeGreaterThan(
		forces.indexOf('If you are 18 or over'),
	);
	// A young adult learning alone: the footer's lines are for adults, not Childline first.
	await page.goto('/modules/adult-self-paced/lessons/fake-profiles/');
	await expect(page.locator('.footer-help .helpline-name')).toHaveText([/Samaritans/, /Police/]);
	const school = await headings('school-ks3');
	expect(school.indexOf('If you are under 18')).toBeLessThan(
		school.indexOf('If you are 18 or over'),
	);
});

test("an 18-year-old in the sixth form finds the adults' lines in KS4; KS3's children only their own", async ({
	page,
}) => {
	/** The support boxes' group headings and helpline names on `path`, in page order. */
	const support = async (path: string) => {
		await page.goto(path);
		const boxes = page.locator('[data-support]:visible');
		return {
			groups: await boxes.locator('h3').allTextContents(),
			names: (await boxes.allTextContents()).join(' '),
		};
	};
	for (const path of ['/modules/school-ks4/', '/package/school-ks4/', '/teach/school-ks4/']) {
		const { groups, names } = await support(path);
		expect(groups, path).toContain('If you are 18 or over');
		expect(groups.indexOf('If you are under 18'), path).toBeLessThan(
			groups.indexOf('If you are 18 or over'),
		);
		for (const line of ['Revenge Porn Helpline', 'StopNCII', 'CEOP', 'Childline'])
			expect(names, `${path}: ${line}`).toContain(line);
	}
	await page.goto('/teach/school-ks4/handout/');
	await expect(page.getByRole('main')).toContainText('Revenge Porn Helpline');
	for (const path of ['/modules/school-ks3/', '/package/school-ks3/', '/teach/school-ks3/']) {
		const { groups, names } = await support(path);
		expect(groups, path).not.toContain('If you are 18 or over');
		expect(names, path).not.toContain('StopNCII');
	}
});
