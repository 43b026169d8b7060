import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { STANDARDS, type ScormStandard } from '../../exports/scorm/standards.ts';
import { decodeState, encodeState } from '../../src/lib/engine/codec.ts';
import { emptyState, recordAnswer, recordSkip, recordVisit } from '../../src/lib/engine/state.ts';
import type { LearnerState } from '../../src/lib/engine/state.ts';
import type { Activity } from '../../src/schemas/activity.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny, expectLive } from './drive-activity.ts';
import {
	callCount,
	cmi,
	interactionIds,
	launch,
	nextLaunchSeed,
	unpack,
	violations,
	type Faults,
} from './lms-harness.ts';

/**
 * The fault matrix (issue #13), SCORM side: the real package in Chromium, in a test LMS page
 * around scorm-again whose calls fail on purpose. Each case counts the answers the learner gave
 * against those the LMS holds at the end (interactions and suspend data) and after a relaunch
 * (the cards show them): none may be lost, and whenever something could not be saved the learner
 * was told. Windows are a few calls or seconds: the package's first retries come after 1 and 3 s.
 */

const module = 'adult-self-paced';
const zipOf = (standard: ScormStandard) => `${module}-${standard}.zip`;

/** The module as its package carries it (read from the zip, before any launch). */
function packageData(standard: ScormStandard): PackageData {
	const html = new TextDecoder().decode(unpack(zipOf(standard)).get('index.html'));
	const json = /<script[^>]*id="package-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
	return JSON.parse(json ?? '{}') as PackageData;
}
const data = packageData('scorm12');
const lessons = data.lessons;
const activities = lessons.flatMap((l) => l.activities);
const [firstLesson] = lessons;
if (!firstLesson) throw new Error('the module needs lessons');

/** A plausible answer of any type (the first option), to build stored states. */
function someAnswer(activity: Activity, state: LearnerState): LearnerState {
	switch (activity.type) {
		case 'single-choice':
			return recordAnswer(state, activity, {
				type: activity.type,
				value: activity.options[0]?.id ?? '',
			});
		case 'true-false':
			return recordAnswer(state, activity, { type: activity.type, value: true });
		default:
			return recordSkip(state, activity.id);
	}
}

/** Stored progress: the first lesson visited and its first `n` activities answered (or skipped). */
function storedState(n: number): LearnerState {
	let state = recordVisit(emptyState(), firstLesson?.id ?? '');
	for (const activity of firstLesson?.activities.slice(0, n) ?? [])
		state = someAnswer(activity, state);
	return state;
}

const seedFor = (standard: ScormStandard, fields: Record<string, unknown>) =>
	standard === 'scorm12'
		? {
				core: Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'suspend_data')),
				...(fields['suspend_data'] === undefined ? {} : { suspend_data: fields['suspend_data'] }),
			}
		: fields;

/** Launches and returns the course frame. */
async function start(
	page: Page,
	standard: ScormStandard,
	seed: unknown,
	faults: Faults = {},
): Promise<FrameLocator> {
	await launch(page, zipOf(standard), standard, seed, faults);
	return page.frameLocator('iframe[title="Course"]');
}

/** Answers the first lesson's activities `from`..`to` (exclusive); returns their ids. */
/**
 * Brings the first lesson's cards `from`..`to` live (each type's code loads as its card is reached),
 * so the answers that follow come at a learner's pace, not each after its code's download.
 */
async function live(course: FrameLocator, from: number, to: number): Promise<void> {
	for (const activity of firstLesson?.activities.slice(from, to) ?? []) {
		const card = course.locator(`section[data-activity="${activity.id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expectLive(card);
	}
}

async function answer(course: FrameLocator, from: number, to: number): Promise<string[]> {
	const ids = firstLesson?.activities.slice(from, to).map((a) => a.id) ?? [];
	for (const id of ids) await answerAny(course.locator(`section[data-activity="${id}"]`));
	return ids;
}

/** Activity ids the LMS holds as interactions. */
function interactionsHeld(standard: ScormStandard, values: Record<string, string>): string[] {
	const prefix = STANDARDS[standard].responses.interactionIdPrefix;
	return interactionIds(values).map((id) => id.slice(prefix.length));
}

/** Activity ids answered in the suspend data the LMS holds. */
function answersHeld(standard: ScormStandard, values: Record<string, string>): string[] {
	const state = decodeState(lessons, values[STANDARDS[standard].cmi.suspendData] ?? '');
	return Object.entries(state?.activities ?? {})
		.filter(([, r]) => r.status === 'answered')
		.map(([id]) => id);
}

/** The learner closes the course (pagehide ends the session). */
async function close(page: Page): Promise<void> {
	await page.evaluate(() => {
		document.querySelector('iframe')?.remove();
	});
}

/** Violations other than the "false" returns the faults injected on purpose. */
async function realViolations(page: Page, atEnd: boolean): Promise<string[]> {
	return (await violations(page, atEnd)).filter((v) => !/returned (false)?$/.test(v));
}

/**
 * Counts: every answer given is held by the LMS (as an interaction and in the suspend data), and a
 * relaunch of the same attempt shows every one of them answered.
 */
async function expectNoneLost(
	page: Page,
	standard: ScormStandard,
	given: string[],
	stored: string[] = [],
): Promise<void> {
	const held = await cmi(page);
	expect(given.filter((id) => !interactionsHeld(standard, held).includes(id))).toEqual([]);
	expect([...stored, ...given].filter((id) => !answersHeld(standard, held).includes(id))).toEqual(
		[],
	);
	await page.unroute('**');
	const course = await start(page, standard, nextLaunchSeed(standard, held));
	for (const id of [...stored, ...given]) {
		const card = course.locator(`section[data-activity="${id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expect(card).toHaveAttribute('data-state', 'answered');
	}
}

/**
 * Cases where the two standards behave alike run in one of them only (the launch page and the
 * connection are the same code; Node tests run both); resume, review and no-downgrade run in both.
 */
const onlyIn = (standard: ScormStandard, wanted: ScormStandard) => {
	test.skip(standard !== wanted, `same behaviour in both standards: run in ${wanted} only`);
};

const getValue = (standard: ScormStandard) => STANDARDS[standard].api.methods.getValue;
const setValue = (standard: ScormStandard) => STANDARDS[standard].api.methods.setValue;
const commit = (standard: ScormStandard) => STANDARDS[standard].api.methods.commit;

for (const standard of ['scorm12', 'scorm2004'] as const) {
	test.describe(`fault matrix, ${STANDARDS[standard].label}`, () => {
		test('suspend_data reads "" once at resume: resumed, nothing overwritten, none lost', async ({
			page,
		}) => {
			const stored = storedState(2);
			const seed = seedFor(standard, {
				entry: 'resume',
				suspend_data: encodeState(lessons, stored),
			});
			const course = await start(page, standard, seed, {
				faults: [
					{ method: getValue(standard), path: '^cmi\\.suspend_data$', effect: 'empty', times: 1 },
				],
			});
			const given = await answer(course, 2, 3);
			await close(page);
			expect(await realViolations(page, true)).toEqual([]);
			await expectNoneLost(page, standard, given, Object.keys(stored.activities));
		});

		test('entry "" with suspend data: resumed, none lost', async ({ page }) => {
			onlyIn(standard, 'scorm12');
			const stored = storedState(2);
			const seed = seedFor(standard, { entry: '', suspend_data: encodeState(lessons, stored) });
			const course = await start(page, standard, seed);
			const given = await answer(course, 2, 3);
			await close(page);
			await expectNoneLost(page, standard, given, Object.keys(stored.activities));
		});

		test('_count cannot be read at first: no write to a non-number index, none lost', async ({
			page,
		}) => {
			onlyIn(standard, 'scorm2004');
			const course = await start(page, standard, seedFor(standard, { entry: 'ab-initio' }), {
				faults: [
					{ method: getValue(standard), path: '_count$', effect: 'empty', code: '101', times: 4 },
				],
			});
			const given = await answer(course, 0, 2);
			await expect.poll(async () => interactionsHeld(standard, await cmi(page)).length).toBe(2);
			expect(Object.keys(await cmi(page)).filter((k) => /interactions\.[^\d_]/.test(k))).toEqual(
				[],
			);
			await close(page);
			await expectNoneLost(page, standard, given);
		});

		for (const effect of ['false', 'throw'] as const) {
			test(`interaction SetValue ${effect === 'false' ? 'returns "false"' : 'throws'} for a window: kept, retried, none lost`, async ({
				page,
			}) => {
				onlyIn(standard, effect === 'false' ? 'scorm2004' : 'scorm12');
				const course = await start(page, standard, seedFor(standard, { entry: 'ab-initio' }), {
					faults: [
						{ method: setValue(standard), path: '^cmi\\.interactions\\.', effect, times: 3 },
					],
				});
				const notice = course.locator('[data-notice]');
				const given = await answer(course, 0, 1);
				await expect(notice).toContainText(/taking a moment|could not be saved|has not reached/);
				given.push(...(await answer(course, 1, 3)));
				await expect(notice).toContainText('saved again', { timeout: 15_000 });
				await close(page);
				expect(await realViolations(page, true)).toEqual([]);
				await expectNoneLost(page, standard, given);
			});
		}

		test('interactions refused for good: at Finish the learner is told plainly, never "saved"', async ({
			page,
		}) => {
			onlyIn(standard, 'scorm12');
			const course = await start(page, standard, seedFor(standard, { entry: 'ab-initio' }), {
				faults: [{ method: setValue(standard), path: '^cmi\\.interactions\\.', effect: 'false' }],
			});
			await answer(course, 0, 1);
			await course.locator('nav.lesson-nav [data-goto="finish"]').click();
			await course.getByRole('button', { name: 'Finish and save' }).click();
			const finished = course.locator('[data-finished]');
			await expect(finished).toContainText('have not reached your learning platform');
			await expect(finished).toContainText(/tell whoever set this course/i);
			await expect(finished).not.toContainText('Your progress is saved');
			await expect(finished).toBeFocused();
			// Heard once: the focused paragraph says it, the live region does not say it again.
			await expect(course.locator('[data-notice]')).not.toContainText('have not reached');
		});

		test('Commit returns "false" for a window: one retry chain (a few commits), the learner is told, none lost', async ({
			page,
		}) => {
			onlyIn(standard, 'scorm2004');
			const course = await start(page, standard, seedFor(standard, { entry: 'ab-initio' }), {
				// The launch's commit goes through; the next three fail (the window lasts through the
				// retries after 1, 3 and 10 s, so every answer below is given while it fails).
				faults: [{ method: commit(standard), effect: 'false', after: 1, times: 3 }],
			});
			const notice = course.locator('[data-notice]');
			await live(course, 0, 4);
			const given = await answer(course, 0, 1);
			await expect(notice).toContainText(/taking a moment|could not be saved|has not reached/);
			given.push(...(await answer(course, 1, 4)));
			await expect(notice).toContainText('saved again', { timeout: 30_000 });
			// Launch, the failing commit, then retries after 1, 3 and 10 s (answers meanwhile wait for
			// the pending retry): never a chain per failed commit, never a commit per answer while failing.
			expect(await callCount(page, commit(standard))).toBeLessThanOrEqual(5);
			await close(page);
			await expectNoneLost(page, standard, given);
		});

		test('a slow LMS (every write and commit blocks 150 ms): none lost', async ({ page }) => {
			onlyIn(standard, 'scorm12');
			const course = await start(page, standard, seedFor(standard, { entry: 'ab-initio' }), {
				faults: [
					{ method: setValue(standard), effect: 'delay', delayMs: 150 },
					{ method: commit(standard), effect: 'delay', delayMs: 150 },
				],
			});
			const given = await answer(course, 0, 2);
			await close(page);
			expect(await realViolations(page, true)).toEqual([]);
			await expectNoneLost(page, standard, given);
		});

		test('a finished attempt reopened in review mode (Moodle): answers shown, nothing in the record changes', async ({
			page,
		}) => {
			const stored = storedState(3);
			const f = STANDARDS[standard];
			const seed =
				standard === 'scorm12'
					? {
							core: {
								entry: '',
								lesson_mode: 'review',
								credit: 'no-credit',
								lesson_status: 'passed',
								lesson_location: firstLesson.id,
								score: { raw: '90', min: '0', max: '100' },
							},
							suspend_data: encodeState(lessons, stored),
						}
					: {
							entry: '',
							mode: 'review',
							credit: 'no-credit',
							completion_status: 'completed',
							success_status: 'passed',
							location: firstLesson.id,
							score: { raw: '90', min: '0', max: '100', scaled: '0.9' },
							suspend_data: encodeState(lessons, stored),
						};
			const course = await start(page, standard, seed);
			const before = await cmi(page);
			await expect(course.locator('[data-notice]')).toContainText(
				'You are looking back at your answers.',
			);
			for (const id of Object.keys(stored.activities)) {
				const card = course.locator(`section[data-activity="${id}"]`);
				await card.scrollIntoViewIfNeeded();
				await expect(card).toHaveAttribute('data-state', /answered|skipped/);
			}
			await answer(course, 3, 4);
			await close(page);
			const after = await cmi(page);
			const changed = Object.keys({ ...before, ...after }).filter(
				(k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && !/total_time/.test(k),
			);
			expect(changed).toEqual([]);
			expect(await callCount(page, f.api.methods.setValue)).toBe(0);
			expect(await realViolations(page, false)).toEqual([]);
		});

		test('passed, full score with unreadable progress at launch: a worse finish never lowers it', async ({
			page,
		}) => {
			// Stored: everything done but the first activity, all skipped (a score of 0 if finished).
			let state = emptyState();
			for (const lesson of lessons) state = recordVisit(state, lesson.id);
			for (const activity of activities.slice(1)) state = recordSkip(state, activity.id);
			state = recordVisit(state, firstLesson.id);
			const f = STANDARDS[standard];
			const seed =
				standard === 'scorm12'
					? {
							core: {
								entry: 'resume',
								lesson_status: 'passed',
								score: { raw: '100', min: '0', max: '100' },
							},
							suspend_data: encodeState(lessons, state),
						}
					: {
							entry: 'resume',
							completion_status: 'completed',
							success_status: 'passed',
							score: { raw: '100', min: '0', max: '100', scaled: '1' },
							suspend_data: encodeState(lessons, state),
						};
			const course = await start(page, standard, seed, {
				faults: [
					{
						method: getValue(standard),
						path: '^cmi\\.suspend_data$',
						effect: 'empty',
						code: '101',
						times: 3,
					},
				],
			});
			const notice = course.locator('[data-notice]');
			// Told at launch that they could not be loaded; a second later they are, and it says so.
			await expect(notice).toContainText('loaded now', { timeout: 10_000 });
			const given = await answer(course, 0, 1);
			await course.locator('nav.lesson-nav [data-goto="finish"]').click();
			// The late progress was merged: the module is complete, with a worse result than recorded.
			await expect(course.locator('[data-summary]')).toContainText(
				`${activities.length} of ${activities.length} activities done`,
			);
			await course.getByRole('button', { name: 'Finish and save' }).click();
			await expect(course.locator('[data-finished]')).toBeVisible();
			const held = await cmi(page);
			expect(held[f.cmi.scoreRaw]).toBe('100');
			expect(held[f.cmi.successStatus]).toBe('passed');
			expect(held[f.cmi.completionStatus]).toBe(standard === 'scorm12' ? 'passed' : 'completed');
			expect(interactionsHeld(standard, held)).toEqual(given);
			expect(await realViolations(page, true)).toEqual([]);
		});
	});
}
