import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModule } from '../../src/lib/class-report/tally.ts';
import { answerAny, expectLive } from './drive-activity.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

// The preview's lesson menu scrolls the frame; without motion, a click lands where it aims.
test.use({ reducedMotion: 'reduce' });

/** The real Moodle downloads, read from the shared folder (never copied into the project). */
const fixtures = join(process.cwd(), '../shared/fixtures/moodle');

/** Drops a file on the drop box, as a teacher dragging it from their desktop would. */
async function dropFile(page: Page, name: string, text: string) {
	await page.locator('[data-report-drop]').evaluate(
		(box, file) => {
			const data = new DataTransfer();
			data.items.add(new File([file.text], file.name, { type: 'text/csv' }));
			box.dispatchEvent(
				new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
			);
			box.dispatchEvent(
				new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
			);
		},
		{ name, text },
	);
}

test('class report: a Moodle export read on this computer, counted per activity, nothing sent, nobody named', async ({
	page,
	baseURL,
}) => {
	const origin = baseURL ?? '';
	const watch = watchPage(page, origin);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
	// As linked from the KS3 module page and teacher pack: the module is chosen already.
	await page.goto('/teach/report/#school-ks3');
	await expect(page.getByLabel('Module')).toHaveValue('school-ks3');
	await expect(page.locator('.report-private')).toContainText(
		'The file stays on this computer. This page reads it here, in your browser: nothing is uploaded, stored or sent anywhere.',
	);
	await expect(page.getByText('Works: Moodle')).toBeVisible();

	// Keyboard: the module choice and the file input are reached with Tab.
	const reached: string[] = [];
	for (let i = 0; i < 40 && !reached.includes('report-file'); i++) {
		await page.keyboard.press('Tab');
		reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
	}
	expect(reached).toContain('report-module');
	expect(reached).toContain('report-file');

	await page
		.getByLabel('Choose the report file')
		.setInputFiles(join(fixtures, 'school-ks3-scorm12-interactions.tsv'));
	const heading = page.getByRole('heading', { name: /^Your class: Second Look for ages 11 to 14/ });
	await expect(heading).toBeFocused();
	await expect(page.locator('[data-report-summary]')).toHaveText(
		/^1 learner, 2 attempts\. You chose "Second Look for ages 11 to 14: fake profiles and what to do"\.$/,
	);
	await expect(page.getByRole('status')).toHaveText(/^Report ready: 1 learner/);
	// Attempt 2's "b" is the right answer to Mia's request; attempt 2's "f" to her card is not.
	const request = page.locator('li', { hasText: /^Activity 1: Jay, 13, gets a friend request/ });
	await expect(request).toContainText('1 of 1 learner answered in the safest way (100%).');
	// Activity 8: the baseline's four questions come after the confidence check (3).
	const card = page.locator('li', { hasText: /^Activity 8: This is Mia's profile/ });
	await expect(card).toContainText('0 of 1 learner answered in the safest way (0%).');
	// Hardest first within the lesson: the card comes before the request.
	const lesson = page.locator('[data-report-lessons] section:not([data-report-checks])').first();
	// A download from before the baseline and end point existed says so, calmly.
	await expect(page.locator('[data-report-checks]')).toContainText(
		'No baseline or end-point answers here yet',
	);
	const order = await lesson.locator('li').allTextContents();
	expect(order.findIndex((t) => t.startsWith('Activity 8:'))).toBeLessThan(
		order.findIndex((t) => t.startsWith('Activity 1:')),
	);
	await expect(page.getByText('Confidence before and after')).toBeVisible();
	// Nobody named: not the learner's name, not their email.
	const body = (await page.locator('body').textContent()) ?? '';
	expect(body).not.toContain('Sam Student');
	expect(body).not.toContain('student1@example.com');

	await expectNoAxeViolations(page, '/teach/report/ with a report');
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow, 'horizontal scrolling at 320px').toBeLessThanOrEqual(0);

	// Another module's file, dropped while KS3 is chosen: a calm refusal that names its module.
	await dropFile(
		page,
		'forces.tsv',
		readFileSync(join(fixtures, 'forces-induction-scorm12-interactions.tsv'), 'utf8'),
	);
	await expect(page.locator('[data-report-problem]')).toContainText(
		'This file is from "Second Look for service personnel: sextortion and who to tell", not "Second Look for ages 11 to 14',
	);
	// "Find it from the file": the same file, counted for its own module.
	await page.getByLabel('Module').selectOption('');
	await expect(
		page.getByRole('heading', { name: /^Your class: Second Look for service personnel/ }),
	).toBeFocused();
	await expect(page.locator('[data-report-summary]')).toContainText(
		'found from the activities in it',
	);

	// Hostile and wrong files: what to download instead, never the file's text as markup.
	await page.getByLabel('Choose the report file').setInputFiles({
		name: 'evil.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'Name\tAttempt\t"Question 0"\t"Response 0"\n"=HYPERLINK(""http://evil.example"",""<b>x</b>"")"\t1\tfake-profiles-mia-request\tb\n',
		),
	});
	const problem = page.locator('[data-report-problem]');
	await expect(problem).toBeFocused();
	await expect(problem).toContainText('spreadsheet formulas');
	await expect(problem).toContainText('Interactions report');
	await expect(page.locator('[data-report-result]')).toBeHidden();
	expect(await page.locator('b', { hasText: 'x' }).count()).toBe(0);
	await page
		.getByLabel('Choose the report file')
		.setInputFiles(join(fixtures, 'school-ks3-scorm2004-interactions.tsv'));
	await expect(problem).toContainText('SCORM 2004');
	await expect(problem).toContainText('SCORM 1.2 package');
	await page.getByLabel('Choose the report file').setInputFiles({
		name: 'big.csv',
		mimeType: 'text/csv',
		buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41),
	});
	await expect(problem).toContainText('more than the 5.0 MB this page reads');
	await expectNoAxeViolations(page, '/teach/report/ with a problem');

	// Only this site's own files were fetched, and nothing was sent.
	expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
	expect(requests.filter((r) => r.includes('/teach/report/') && r.endsWith('.json'))).toEqual(
		expect.arrayContaining([
			'GET /teach/report/modules.json',
			'GET /teach/report/school-ks3.json',
			'GET /teach/report/forces-induction.json',
		]),
	);
	watch.assertClean();
});

test('class report of answers given in the built-in LMS preview: each verdict is the one the package sent', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const watch = watchPage(page, baseURL ?? '');
	const module = JSON.parse(
		readFileSync('dist/teach/report/school-ks3.json', 'utf8'),
	) as ReportModule;
	const numbers = new Map(module.lessons.flatMap((l) => l.activities).map((a, i) => [a.id, i + 1]));
	const [lesson] = module.lessons;
	if (!lesson) throw new Error('no lesson');

	// A learner works through the first lesson in the preview (scorm-again as the LMS).
	await page.goto('/preview/school-ks3/');
	const course = page.frameLocator('iframe[title="The module, launched by the test LMS"]');
	// Each single choice answered rightly (by its text), everything else as a hurried learner.
	for (const activity of lesson.activities) {
		const section = course.locator(`section[data-activity="${activity.id}"]`);
		if (activity.type !== 'single-choice') {
			await answerAny(section);
			continue;
		}
		const right = activity.options.find((o) => o.correct)?.text ?? '';
		await section.scrollIntoViewIfNeeded();
		await expectLive(section);
		await section.locator('.choice', { hasText: right }).click();
		// A baseline question is saved, not checked: it shows no right or wrong.
		const baseline = 'check' in activity && activity.check?.phase === 'baseline';
		await section
			.getByRole('button', { name: baseline ? 'Save my answer' : 'Check my answer', exact: true })
			.click();
		await expect(section).toHaveAttribute('data-state', 'answered');
	}
	const rows = page.locator('.preview-interactions tbody tr');
	await expect(rows.first()).not.toContainText('None yet.');
	const stored = await rows.evaluateAll((trs): string[][] =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
	);
	expect(stored.length).toBeGreaterThan(3);
	// Some right and some not, so both verdicts are checked.
	expect(new Set(stored.map((r) => r[4]))).toEqual(new Set(['correct', 'wrong']));

	// The test builds Moodle's download from what the LMS stored: one row, like Moodle's report.
	const head = ['Name', '"Email address"', 'Attempt', '"Started on"', 'Score'];
	const cells = ['"Test Learner"', 'learner@school.example', '1', '"today"', '50'];
	stored.forEach(([n = '', id = '', , response = ''], i) => {
		head.push(`"Question ${n}"`, `"Response ${n}"`);
		cells.push(id, response);
		expect(n).toBe(String(i));
	});
	await page.goto('/teach/report/');
	await page.getByLabel('Choose the report file').setInputFiles({
		name: 'preview.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`${head.join('\t')}\n${cells.join('\t')}\n`),
	});
	// Only the first lesson answered: it is in more than one module, so the teacher chooses.
	await expect(page.locator('[data-report-problem]')).toContainText(
		'The activities answered in this file are in more than one module',
	);
	await page.getByLabel('Module').selectOption('school-ks3');
	await expect(page.locator('[data-report-summary]')).toContainText('1 learner, 1 attempt.');
	for (const [, id = '', , , result = ''] of stored) {
		// Baseline questions are counted per learning objective, in their own table.
		if (id.startsWith('baseline-')) continue;
		const n = numbers.get(id) ?? 0;
		const right = result === 'correct' ? 1 : 0;
		await expect(
			page.locator('li', { hasText: new RegExp(`^Activity ${String(n)}: `) }),
		).toContainText(
			`${String(right)} of 1 learner answered in the safest way (${String(right * 100)}%).`,
		);
	}
	// The baseline, answered rightly in the first lesson: 100% at the start, nothing yet at the end.
	const baseline = stored.filter(([, id = '']) => id.startsWith('baseline-'));
	expect(baseline.length).toBeGreaterThanOrEqual(3);
	const checks = page.locator('[data-report-checks] tbody tr');
	await expect(checks.first().locator('td')).toHaveText([
		/ in the safest way \(100%\)$/,
		'No answers yet.',
	]);
	expect(await page.locator('body').textContent()).not.toContain('Test Learner');
	watch.assertClean();
});
