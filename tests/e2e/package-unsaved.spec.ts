import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { STANDARDS, type ScormStandard } from '../../exports/scorm/standards.ts';
import { decodeState } from '../../src/lib/engine/codec.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { answerAny, expectLive } from './drive-activity.ts';
import { acceptedCmi, cmi, interactionIds, launch, nextLaunchSeed, unpack } from './lms-harness.ts';

/**
 * The LMS goes down (every Commit after the launch's, and Terminate, return "false") and the
 * learner closes the window: the real package in Chromium keeps what the LMS never accepted in
 * this browser, for this learner, and their next launch with a healthy LMS sends it and says so.
 * Another learner on the same computer gets nothing. The LMS's record is what it accepted (its
 * data at the last Commit that went through), not what a failing LMS only held in memory.
 */

const module = 'adult-self-paced';
const zipOf = (standard: ScormStandard) => `${module}-${standard}.zip`;

const html = new TextDecoder().decode(unpack(zipOf('scorm12')).get('index.html'));
const json = /<script[^>]*id="package-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
const data = JSON.parse(json ?? '{}') as PackageData;
const lessons = data.lessons;
const firstActivities = lessons[0]?.activities.slice(0, 2).map((a) => a.id) ?? [];

/** The learner's id in the LMS's data, as each standard names it. */
const learnerField = (standard: ScormStandard, id: string) =>
	standard === 'scorm12' ? { student_id: id } : { learner_id: id };

/** Activity ids the LMS holds as interactions. */
const interactionsIn = (standard: ScormStandard, values: Record<string, string>) =>
	interactionIds(values).map((id) =>
		id.slice(STANDARDS[standard].responses.interactionIdPrefix.length),
	);

/** Activity ids answered in the suspend data among `values`. */
const answersIn = (standard: ScormStandard, values: Record<string, string>) =>
	Object.entries(
		decodeState(lessons, values[STANDARDS[standard].cmi.suspendData] ?? '')?.activities ?? {},
	)
		.filter(([, r]) => r.status === 'answered')
		.map(([id]) => id);

/** A visit of learner-7 to an LMS that goes down after the launch; the window is then closed. */
async function visitWhileDown(
	page: Page,
	standard: ScormStandard,
	folder?: string,
	/** Stays until saving is failing, not only slow (about 12 s more). */
	untilFailing = false,
): Promise<Record<string, string>> {
	const m = STANDARDS[standard].api.methods;
	const seed =
		standard === 'scorm12'
			? { core: { entry: 'ab-initio', ...learnerField(standard, 'learner-7') } }
			: { entry: 'ab-initio', ...learnerField(standard, 'learner-7') };
	await launch(page, zipOf(standard), standard, seed, {
		faults: [
			{ method: m.commit, effect: 'false', after: 1 },
			{ method: m.terminate, effect: 'false' },
		],
		...(folder ? { folder } : {}),
	});
	const course = page.frameLocator('iframe[title="Course"]');
	for (const id of firstActivities) {
		const card = course.locator(`section[data-activity="${id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expectLive(card);
		await answerAny(card);
	}
	await expect(course.locator('[data-notice]')).toContainText('Please keep this page open');
	// Once saving fails, not only slow: told the answers are kept here meanwhile (never a guess).
	if (untilFailing)
		await expect(course.locator('[data-notice]')).toContainText(
			'Your answers are kept in this browser',
			{ timeout: 20_000 },
		);
	await page.evaluate(() => {
		document.querySelector('iframe')?.remove(); // the learner closes the course (pagehide)
	});
	const accepted = await acceptedCmi(page);
	// What the QA review saw: the LMS accepted none of the two answers.
	expect(interactionsIn(standard, accepted)).toEqual([]);
	expect(answersIn(standard, accepted)).toEqual([]);
	await page.unroute('**');
	return accepted;
}

/** Relaunches with a healthy LMS, from what it accepted, as `learner`. */
async function relaunch(
	page: Page,
	standard: ScormStandard,
	accepted: Record<string, string>,
	learner: string,
	folder?: string,
): Promise<FrameLocator> {
	const seed = nextLaunchSeed(standard, accepted, learnerField(standard, learner));
	await launch(page, zipOf(standard), standard, seed, folder ? { folder } : {});
	return page.frameLocator('iframe[title="Course"]');
}

for (const standard of ['scorm12', 'scorm2004'] as const) {
	test.describe(`LMS down, window closed (${STANDARDS[standard].label})`, () => {
		test('the next launch of the same learner brings the answers back, sends them to the LMS and says so', async ({
			page,
		}) => {
			test.setTimeout(90_000);
			const accepted = await visitWhileDown(page, standard, undefined, true);
			const course = await relaunch(page, standard, accepted, 'learner-7');
			await expect(course.locator('[data-notice]')).toContainText(
				'Some answers from last time had not reached your learning platform. They were kept on this device, and they are saved now.',
			);
			for (const id of firstActivities) {
				const card = course.locator(`section[data-activity="${id}"]`);
				await card.scrollIntoViewIfNeeded();
				await expect(card).toHaveAttribute('data-state', 'answered');
			}
			const held = await acceptedCmi(page);
			expect(interactionsIn(standard, held)).toEqual(firstActivities);
			expect(answersIn(standard, held).sort()).toEqual([...firstActivities].sort());
			const kept = await page
				.frames()
				.find((f) => f.url().includes('/lms/course/'))
				?.evaluate(() =>
					Object.keys(localStorage).filter((k) => k.startsWith('second-look.scorm')),
				);
			expect(kept).toEqual([]); // accepted: nothing left in the browser
		});

		test('after the package is updated in Moodle (a new revision in its path), the next launch still brings them back', async ({
			page,
		}) => {
			test.setTimeout(90_000);
			const moodle = (revision: number) => `pluginfile.php/57/mod_scorm/content/${revision}/`;
			const accepted = await visitWhileDown(page, standard, moodle(3));
			const course = await relaunch(page, standard, accepted, 'learner-7', moodle(4));
			await expect(course.locator('[data-notice]')).toContainText('they are saved now');
			const held = await acceptedCmi(page);
			expect(interactionsIn(standard, held)).toEqual(firstActivities);
		});

		test('another learner on the same computer gets none of them', async ({ page }) => {
			test.setTimeout(90_000);
			const accepted = await visitWhileDown(page, standard);
			const course = await relaunch(page, standard, accepted, 'learner-8');
			for (const id of firstActivities) {
				const card = course.locator(`section[data-activity="${id}"]`);
				await card.scrollIntoViewIfNeeded();
				await expectLive(card);
				await expect(card).not.toHaveAttribute('data-state', 'answered');
			}
			await expect(course.locator('[data-notice]')).not.toContainText('from last time');
			const held = await cmi(page);
			expect(interactionsIn(standard, held)).toEqual([]);
			expect(answersIn(standard, held)).toEqual([]);
		});
	});
}
