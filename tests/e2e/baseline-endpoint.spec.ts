import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';
import { cmi, launch, violations } from './lms-harness.ts';
import { expectLive } from './drive-activity.ts';

/**
 * Issue #17, item 3: the module opens with a baseline and closes with the same questions as an end
 * point. At the baseline a learner sees no right or wrong and no score; at the end point the
 * feedback and what they said at the start. LMSs record both, with the phase in the interaction id
 * and the learning objective; the class report compares the two ends per objective.
 */

const PAY = 'Pay, so that they go away.';
const DONT_PAY = "Don't pay. Stop replying, and get help from someone Robin trusts.";
const REPLY = 'Reply, and ask them nicely to delete it.';

/**
 * Picks an option and saves it (a baseline question) or checks it (any other) with the keyboard
 * only: Tab, Space, Enter.
 */
async function answerByKeyboard(
	page: Page,
	section: Locator,
	option: string,
	button: 'Save my answer' | 'Check my answer' = 'Check my answer',
) {
	await section.scrollIntoViewIfNeeded();
	// The first radio takes focus as Tab would land on it (client:reach hydrates on focus).
	await section.locator('input[type="radio"]').first().focus();
	await expectLive(section);
	const radios = section.locator('input[type="radio"]');
	const labels = await section.locator('.choice').allTextContents();
	const index = labels.findIndex((t) => t.trim() === option);
	expect(index, option).toBeGreaterThanOrEqual(0);
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Space');
	await expect(radios.nth(index)).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(section.getByRole('button', { name: button, exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(section).toHaveAttribute('data-state', 'answered');
}

test('on the site: the baseline shows no right or wrong and no score; the end point gives feedback and what the learner said at the start', async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.goto('/lessons/fake-profiles/');
	await expect(
		page.getByRole('heading', { name: 'Before we start: what do you know?' }),
	).toBeVisible();
	const pay = page.locator('section[data-activity="baseline-dont-pay"]');
	await expect(pay.locator('.activity-label')).toHaveText('Before we start');
	// The learner first asks nicely, then changes their mind: the end point must quote the answer
	// they left at the start, not the one they replaced.
	await answerByKeyboard(page, pay, REPLY, 'Save my answer');
	await pay.getByRole('button', { name: 'Change my answer' }).click();
	await answerByKeyboard(page, pay, PAY, 'Save my answer');
	// Nothing marks the answer: no verdict, no feedback, no "safest choice", no score. The thanks is
	// the line focus moves to (so no live region says it again).
	await expect(pay.locator('.activity-status')).toHaveText(
		'Thank you for your answer. There is no right or wrong here: we will come back to this at the end.',
	);
	await expect(pay.locator('.feedback')).toHaveCount(0);
	await expect(pay).not.toContainText(/Not quite|safest choice|right\b.*\bof\b|score/i);
	await expect(pay.getByRole('button', { name: 'Change my answer' })).toBeVisible();
	// Passing a question is fine, by keyboard too.
	const evidence = page.locator('section[data-activity="baseline-evidence"]');
	await evidence.scrollIntoViewIfNeeded();
	await evidence.getByRole('button', { name: 'Skip this one' }).focus();
	await expectLive(evidence);
	await page.keyboard.press('Enter');
	await expect(evidence).toHaveAttribute('data-state', 'skipped');
	await expectNoAxeViolations(page, '/lessons/fake-profiles/ after the baseline');

	await page.goto('/lessons/if-it-happens/');
	await expect(
		page.getByRole('heading', { name: 'Looking back: what do you know now?' }),
	).toBeVisible();
	const payEnd = page.locator('section[data-activity="endpoint-dont-pay"]');
	await expect(payEnd.locator('.activity-label')).toHaveText('Looking back');
	await answerByKeyboard(page, payEnd, DONT_PAY);
	await expect(payEnd.locator('.feedback-verdict')).toHaveText('Yes, that is the safest choice.');
	await expect(payEnd.getByRole('status')).toHaveText(
		`Answer checked. At the start you chose “${PAY}” Compare it with your answer now: that is something you have learnt today.`,
	);
	const evidenceEnd = page.locator('section[data-activity="endpoint-evidence"]');
	await answerByKeyboard(
		page,
		evidenceEnd,
		'Take screenshots of the messages, the username and any payment details.',
	);
	await expect(evidenceEnd.getByRole('status')).toHaveText(
		'Answer checked. At the start you passed this one, and that was fine.',
	);
	await expectNoAxeViolations(page, '/lessons/if-it-happens/ after the end point');
	watch.assertClean();
});

test('in a SCORM 1.2 package (scorm-again): each answer is an interaction named by phase and question with its objective, and the class report compares the two ends', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const watch = watchPage(page, baseURL ?? '');
	await launch(page, 'school-ks3-scorm12.zip', 'scorm12', {
		core: { entry: 'ab-initio', student_id: 'l1', student_name: 'Learner, Test' },
	});
	const course = page.frameLocator('iframe[title="Course"]');
	const answer = async (id: string, option: string, button: RegExp) => {
		const section = course.locator(`section[data-activity="${id}"]`);
		await section.scrollIntoViewIfNeeded();
		await expectLive(section);
		await section.locator('.choice', { hasText: option }).click();
		await section.getByRole('button', { name: button }).click();
		await expect(section).toHaveAttribute('data-state', 'answered');
	};
	const signs = 'The account is new, and they soon ask to chat on a private app.';
	await answer('baseline-dont-pay', PAY, /^Save my answer$/);
	await answer('baseline-fake-signs', signs, /^Save my answer$/);
	await expect(course.locator('section[data-activity="baseline-dont-pay"] .feedback')).toHaveCount(
		0,
	);
	await course.locator('nav.lesson-nav [data-goto="if-it-happens"]').click();
	await answer('endpoint-dont-pay', DONT_PAY, /^Check my answer$/);
	await answer('endpoint-fake-signs', signs, /^Check my answer$/);

	/** Interactions as the LMS holds them: id → { objective, response, result }. */
	const held = async () => {
		const data = await cmi(page);
		const out: Record<
			string,
			{ objective: string | undefined; response: string | undefined; result: string | undefined }
		> = {};
		for (const [key, id] of Object.entries(data)) {
			const n = /^cmi\.interactions\.(\d+)\.id$/.exec(key)?.[1];
			if (n === undefined) continue;
			out[id] = {
				objective: data[`cmi.interactions.${n}.objectives.0.id`],
				response: data[`cmi.interactions.${n}.student_response`],
				result: data[`cmi.interactions.${n}.result`],
			};
		}
		return out;
	};
	await expect.poll(async () => Object.keys(await held()).length).toBe(4);
	expect(await held()).toEqual({
		'baseline-dont-pay': { objective: 'if-it-happens-1', response: 'a', result: 'wrong' },
		'baseline-fake-signs': { objective: 'fake-profiles-1', response: 'b', result: 'correct' },
		'endpoint-dont-pay': { objective: 'if-it-happens-1', response: 'b', result: 'correct' },
		'endpoint-fake-signs': { objective: 'fake-profiles-1', response: 'b', result: 'correct' },
	});
	// Right or wrong reaches the LMS for the teacher to compare; the score (sent once the module is
	// complete) leaves the baseline out: src/lib/knowledge-check.test.ts, "scoring".
	expect(await violations(page, false)).toEqual([]);

	// The teacher's Moodle download, made from what the LMS holds: one learner, one attempt.
	const stored = Object.entries(await held());
	const head = ['Name', '"Email address"', 'Attempt', 'Score'];
	const cells = ['"Test Learner"', 'learner@school.example', '1', '100'];
	stored.forEach(([id, i], n) => {
		head.push(`"Question ${String(n)}"`, `"Response ${String(n)}"`);
		cells.push(id, i.response ?? '');
	});
	await page.goto('/teach/report/#school-ks3');
	await page.getByLabel('Choose the report file').setInputFiles({
		name: 'moodle.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`${head.join('\t')}\n${cells.join('\t')}\n`),
	});
	const checks = page.locator('[data-report-checks]');
	await expect(
		checks.getByRole('heading', { name: 'What they know: baseline and end point' }),
	).toBeVisible();
	const row = (text: RegExp) =>
		checks.locator('tbody tr', { has: page.locator('th', { hasText: text }) });
	await expect(row(/^List the steps/).locator('td')).toHaveText([
		'0 of 1 answer in the safest way (0%)',
		'1 of 1 answer in the safest way (100%)',
	]);
	await expect(row(/^Name five signs/).locator('td')).toHaveText([
		'1 of 1 answer in the safest way (100%)',
		'1 of 1 answer in the safest way (100%)',
	]);
	await expect(row(/^Know where to report/).locator('td')).toHaveText([
		'No answers yet.',
		'No answers yet.',
	]);
	expect(await page.locator('body').textContent()).not.toContain('Test Learner');
	await expectNoAxeViolations(page, '/teach/report/ with baseline and end point');
	await page.setViewportSize({ width: 320, height: 640 });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		),
	).toBeLessThanOrEqual(0);
	watch.assertClean();
});

test('on paper: the baseline and end-point sheet has the same questions on one A4 page, with no answers on it', async ({
	page,
}) => {
	await page.goto('/teach/school-ks3/handout/');
	await page.getByRole('link', { name: 'Baseline and end point sheet' }).click();
	await expect(page).toHaveURL(/\/teach\/school-ks3\/check-sheet\/$/);
	// The address changes before the new page has loaded: wait for its questions, then read them.
	await expect(page.locator('.check-table caption').first()).toBeVisible();
	const captions = await page.locator('.check-table caption').allTextContents();
	expect(captions.map((c) => c.replace(/^Question \d+\. /, ''))).toEqual([
		'Robin gets a friend request from someone Robin has never met. Which of these is a warning sign that the profile may be fake?',
		`Someone says they will share a private image of Robin unless Robin pays. What is the safest thing for Robin to do?`,
		'Robin wants to block the account that sent the threats. What should Robin do before blocking it?',
		'Sam is 14. Who can Sam tell about the threats?',
	]);
	await expect(page.locator('.check-table').first().locator('thead th')).toHaveText([
		'Answer',
		'At the start',
		'At the end',
	]);
	// No feedback and no marks on the learner's sheet.
	await expect(page.locator('[data-check-sheet]')).not.toContainText(
		/Yes\.|Not quite|likely ask for more|help the police/,
	);
	await expectNoAxeViolations(page, '/teach/school-ks3/check-sheet/');
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages).toHaveLength(1);
});
