/**
 * The teacher's kit, as a teacher uses it with no internet: the real zip from `dist/downloads`,
 * unzipped into a folder, its start page opened from `file://` in Chromium (no server), and each
 * thing it lists followed: the pack, presenter mode, the class report with a Moodle export, the
 * letter home and the parents' guide. Nothing is fetched from anywhere but the folder.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSize } from '../../exports/shared/download-sizes.ts';
import { parse } from 'yaml';
import type { Module } from '../../src/schemas/module.ts';
import { kitFiles, kitStartPage, teacherKitFileName } from '../../src/lib/teach/kit-files.ts';
import { schoolWordsIn } from '../support/school-words.ts';
import {
	expectNoAxeViolationsFromFile,
	unzipDownload,
	watchOffline,
	zipEntries,
} from './offline-folder.ts';

/** The taught modules as the build reads them (their id, audience and session plan are enough). */
const taught = ['school-ks3', 'school-ks4', 'forces-induction'].map(
	(id) => parse(readFileSync(join('modules', `${id}.yaml`), 'utf8')) as Module,
);
/** The real Moodle downloads the class report specs read (never copied into the project). */
const moodle = join(process.cwd(), '../shared/fixtures/moodle');

for (const module of taught) {
	test(`${module.id}: the kit holds every file its start page lists, the PDFs and slides as built`, () => {
		const fileName = teacherKitFileName(module);
		if (!fileName) throw new Error(`${module.id} has no kit`);
		const entries = zipEntries(fileName);
		const names = Object.keys(entries);
		expect(names).toContain(kitStartPage(module).file);
		for (const f of kitFiles(module)) {
			expect(names, f.label).toContain(f.file);
			// A download is the very file the module page offers.
			if (f.sitePath.startsWith('/downloads/'))
				expect(
					Buffer.compare(
						Buffer.from(entries[f.file] ?? []),
						readFileSync(join('dist', f.sitePath)),
					),
					f.file,
				).toBe(0);
		}
		const decode = (name: string) => new TextDecoder().decode(entries[name]);
		// A trainer's kit speaks of a briefing and a group, in forces words, never a school's.
		if (module.audience === 'forces')
			expect(schoolWordsIn(decode(kitStartPage(module).file).replace(/<[^>]*>/g, ' '), [])).toEqual(
				[],
			);
		for (const name of names.filter((n) => n.endsWith('.html'))) {
			expect(decode(name), name).not.toMatch(/type="module"/);
			expect(decode(name), name).not.toMatch(/(?:src|href|action)="\/(?!\/)/); // nothing root-relative
		}
	});
}

test('school-ks3 kit from file://: the start page lists everything, and each thing works offline', async ({
	page,
}) => {
	test.setTimeout(60_000);
	const module = taught[0];
	const fileName = module && teacherKitFileName(module);
	if (!module || !fileName) throw new Error('no school-ks3 kit');
	const dir = unzipDownload(fileName);
	try {
		const watch = watchOffline(page);
		const start = pathToFileURL(join(dir, kitStartPage(module).file)).href;
		await page.goto(start);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`Teacher's kit: ${module.title}`,
		);
		// Like every page: the quick exit first for the keyboard, and where to get help.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: /Leave this site/ })).toBeFocused();
		await expect(page.getByRole('heading', { name: 'If this is happening to you' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
		// Every file listed, by the words a teacher reads, linked to a file in the folder.
		const links = page.locator('[data-kit-file] a');
		await expect(links).toHaveText(kitFiles(module).map((f) => f.label));
		for (const href of await links.evaluateAll((as) =>
			as.map((a) => (a as HTMLAnchorElement).href),
		))
			expect(existsSync(fileURLToPath(href.replace(/#.*$/, ''))), href).toBe(true);
		// The PDFs and slides say how big they are.
		const downloads = kitFiles(module).filter((f) => f.sitePath.startsWith('/downloads/'));
		await expect(page.locator('[data-size-of]')).toHaveText(downloads.map(() => /^\d+ KB$/));
		await expectNoAxeViolationsFromFile(page, 'start-here.html');

		await page.getByRole('link', { name: 'Teacher pack', exact: true }).click();
		await expect(
			page.getByRole('heading', { name: 'Answers and discussion prompts' }),
		).toBeVisible();
		await expectNoAxeViolationsFromFile(page, 'teacher-pack.html');

		await page.goto(start);
		await page.getByRole('link', { name: 'Presenter mode' }).click();
		await expect(page.locator('[data-slide]:visible')).toHaveCount(1);
		await expect(page.locator('[data-count]')).toHaveText(/^Slide 1 of /);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-count]')).toHaveText(/^Slide 2 of /);
		await expectNoAxeViolationsFromFile(page, 'presenter.html');

		// The class report reads a Moodle download here: the module's data is in the folder.
		await page.goto(start);
		await page.getByRole('link', { name: 'Class report' }).click();
		await expect(page).toHaveURL(/\/class-report\.html#school-ks3$/);
		await expect(page.getByLabel('Module')).toHaveValue('school-ks3');
		await page
			.getByLabel('Choose the report file')
			.setInputFiles(join(moodle, 'school-ks3-scorm12-interactions.tsv'));
		await expect(
			page.getByRole('heading', { name: /^Your class: Second Look for ages 11 to 14/ }),
		).toBeFocused();
		await expect(page.locator('[data-report-summary]')).toHaveText(/^1 learner, 2 attempts\./);
		await expectNoAxeViolationsFromFile(page, 'class-report.html with a report');

		await page.goto(start);
		await page.getByRole('link', { name: 'Letter home', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`Letter home: ${module.title}`,
		);
		await expectNoAxeViolationsFromFile(page, 'letter-home.html');

		await page.goto(start);
		await page.getByRole('link', { name: 'Guide for parents and carers' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Online blackmail (sextortion): a guide for parents and carers',
		);
		await expectNoAxeViolationsFromFile(page, 'parents-guide.html');
		watch.assertClean();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the module page offers the kit beside the slides and PDFs, with its size', async ({
	page,
}) => {
	const module = taught[2];
	const fileName = module && teacherKitFileName(module);
	if (!module || !fileName) throw new Error('no forces kit');
	await page.goto(`/modules/${module.id}/`);
	const item = page.locator('.pack-links [data-teacher-kit]');
	const link = item.getByRole('link', { name: "Trainer's kit for offline use" });
	await expect(link).toHaveAttribute('href', `/downloads/${fileName}`);
	const bytes = readFileSync(join('dist/downloads', fileName)).byteLength;
	await expect(item).toContainText(`(zip, ${formatSize(bytes)})`);
	await expect(item).toContainText('open start-here.html');
	const response = await page.request.get(`/downloads/${fileName}`);
	expect(response.ok()).toBe(true);
	expect((await response.body()).byteLength).toBe(bytes);
});
