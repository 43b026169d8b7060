import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { cmi5Iris } from '../../exports/cmi5/course-structure.ts';
import { STANDARDS, type ScormStandard } from '../../exports/scorm/standards.ts';
import { decodeState } from '../../src/lib/engine/codec.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { createCmi5Lms } from '../support/cmi5-lms.ts';
import { answerAny } from './drive-activity.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';
import { cmi, launch, nextLaunchSeed, unpack, violations } from './lms-harness.ts';

/**
 * Learners are told what the LMS records, and a module's confidence ratings are its choice
 * (issue #14). school-ks3 keeps them in the browser (`confidence: browser`): the first screen says
 * what the school's platform records and that the ratings stay on this device; the LMS then holds no
 * trace of a rating (no interaction or statement, nothing in suspend data or the state document),
 * while the learner still sees it after a reload in the same tab. adult-self-paced reports them.
 */

type Root = Page | FrameLocator;

const readData = async (root: Root) =>
	JSON.parse((await root.locator('#package-data').textContent()) ?? '{}') as PackageData;

/** The first confidence rating and the first two other activities of the first lesson. */
function pick(data: PackageData) {
	const first = data.lessons[0]?.activities ?? [];
	const rating = data.lessons.flatMap((l) => l.activities).find((a) => a.type === 'confidence');
	const others = first.filter((a) => a.type !== 'confidence').slice(0, 2);
	const lesson = data.lessons.find((l) => l.activities.some((a) => a.id === rating?.id));
	if (!rating || !lesson || others.length < 2) throw new Error('module needs a rating and others');
	return { rating, lesson: lesson.id, others };
}

/** Answers the two others, then the rating (3 of 5, in its lesson). */
async function answerSome(root: Root, data: PackageData) {
	const { rating, lesson, others } = pick(data);
	for (const a of others) await answerAny(root.locator(`section[data-activity="${a.id}"]`));
	await root.locator(`nav.lesson-nav [data-goto="${lesson}"]`).click();
	await answerAny(root.locator(`section[data-activity="${rating.id}"]`));
	return { rating, others };
}

/** The first screen shows the words for this standard only, before the first activity. */
async function expectToldAtStart(root: Root, standard: string, heading: string) {
	const box = root.locator(`[data-recorded-for="${standard}"]`);
	await expect(box).toBeVisible();
	await expect(box.getByRole('heading', { level: 2 })).toHaveText(heading);
	await expect(root.locator('[data-recorded-for]:visible')).toHaveCount(1);
	// It opens the first lesson, before its first activity.
	const before = await root
		.locator('[data-lesson]')
		.first()
		.evaluate((lesson) => {
			const told = lesson.querySelector('[data-recorded-for]:not([hidden])');
			const activity = lesson.querySelector('section[data-activity]');
			return !!told && !!activity && !!(told.compareDocumentPosition(activity) & 4);
		});
	expect(before).toBe(true);
	return box;
}

/** Interaction ids and types the SCORM LMS holds. */
function interactions(values: Record<string, string>) {
	return Object.entries(values)
		.filter(([k]) => /^cmi\.interactions\.\d+\.(id|type)$/.test(k))
		.map(([, v]) => v);
}

/** The activity ids answered in the saved progress text the LMS holds. */
function heldIn(data: PackageData, text: string | undefined): string[] {
	return Object.keys(decodeState(data.lessons, text ?? '')?.activities ?? {});
}

for (const standard of ['scorm12', 'scorm2004'] as const satisfies readonly ScormStandard[]) {
	const f = STANDARDS[standard];
	const seed =
		standard === 'scorm12'
			? { core: { entry: 'ab-initio', student_id: 'p1', student_name: 'Pupil, Test' } }
			: { entry: 'ab-initio', learner_id: 'p1', learner_name: 'Pupil, Test' };

	test(`${f.label}, school-ks3 (confidence: browser): told at the start; no trace of the rating in the LMS; still shown after a reload in the tab`, async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(90_000);
		const watch = watchPage(page, baseURL ?? '');
		const zip = `school-ks3-${standard}.zip`;
		await launch(page, zip, standard, seed);
		let course = page.frameLocator('iframe[title="Course"]');
		const data = await readData(course);
		expect(data.confidence).toBe('browser');
		const box = await expectToldAtStart(
			course,
			standard,
			"What your school's learning platform records",
		);
		await expect(box).toContainText('Your teachers can see it');
		await expect(box).toContainText('The choices you make in the chat stories');
		await expect(box.locator('ul').last()).toContainText(
			'How sure you feel, in the questions that go from 1 to 5. Those answers stay in this browser',
		);
		if (standard === 'scorm12') await expectNoAxeViolations(page, `${zip} on launch`);

		const { rating, others } = await answerSome(course, data);
		const ratingCard = () => course.locator(`section[data-activity="${rating.id}"]`);
		await expect(ratingCard()).toContainText('You chose 3 of 5');
		// The learner closes the course (pagehide ends the session, exit suspend).
		await page.evaluate(() => document.querySelector('iframe')?.remove());
		expect(await violations(page, true)).toEqual([]);
		const held = await cmi(page);
		const ids = interactions(held);
		expect(ids).toEqual(
			expect.arrayContaining(others.map((a) => `${f.responses.interactionIdPrefix}${a.id}`)),
		);
		expect(ids.filter((v) => v.includes('confidence') || v === 'likert')).toEqual([]);
		expect(heldIn(data, held[f.cmi.suspendData]).sort()).toEqual(others.map((a) => a.id).sort());
		// The rating is not needed for completion: nothing else is missing from the LMS's view.
		expect(held[f.cmi.completionStatus]).not.toBe('failed');

		// Reopened in the same tab (the LMS resumes the attempt): the rating is still shown.
		await page.unroute('**');
		await launch(page, zip, standard, nextLaunchSeed(standard, held));
		course = page.frameLocator('iframe[title="Course"]');
		await course.locator(`nav.lesson-nav [data-goto="${data.lessons[0]?.id ?? ''}"]`).click();
		await ratingCard().scrollIntoViewIfNeeded();
		await expect(ratingCard()).toHaveAttribute('data-state', 'answered');
		await expect(ratingCard()).toContainText('You chose 3 of 5');
		for (const a of others) {
			const card = course.locator(`section[data-activity="${a.id}"]`);
			await card.scrollIntoViewIfNeeded();
			await expect(card).toHaveAttribute('data-state', 'answered');
		}
		// Saving again after the reload still leaves the rating out.
		await course.locator(`nav.lesson-nav [data-goto="${data.lessons[1]?.id ?? ''}"]`).click();
		await page.evaluate(() => document.querySelector('iframe')?.remove());
		const after = await cmi(page);
		expect(interactions(after).filter((v) => v.includes('confidence') || v === 'likert')).toEqual(
			[],
		);
		expect(heldIn(data, after[f.cmi.suspendData])).not.toContain(rating.id);

		// Another tab is another place: the rating is not there (it never left the first tab).
		if (standard === 'scorm12') {
			const other = await page.context().newPage();
			await launch(other, zip, standard, nextLaunchSeed(standard, after));
			const there = other.frameLocator('iframe[title="Course"]');
			await there.locator(`nav.lesson-nav [data-goto="${data.lessons[0]?.id ?? ''}"]`).click();
			const answered = there.locator(`section[data-activity="${others[0]?.id ?? ''}"]`);
			await answered.scrollIntoViewIfNeeded();
			await expect(answered).toHaveAttribute('data-state', 'answered');
			const notHere = there.locator(`section[data-activity="${rating.id}"]`);
			await notHere.scrollIntoViewIfNeeded();
			// Hydrated (its button is ready) and open: no rating in this tab.
			await expect(notHere.getByRole('button', { name: 'Save my answer' })).toBeVisible();
			await expect(notHere).toHaveAttribute('data-state', 'open');
			await other.close();
		}
		watch.assertClean();
	});
}

test('cmi5, school-ks3 (confidence: browser): told at the start; no statement and nothing in the state document for the rating', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const zip = 'school-ks3-cmi5.zip';
	const lms = createCmi5Lms({ files: unpack(zip), auId: cmi5Iris('school-ks3').au });
	const origin = await lms.listen();
	try {
		const launched = lms.launch({});
		await page.goto(origin + launched.url);
		await expect(page.locator('h1:visible')).toHaveCount(1, { timeout: 10_000 });
		const data = await readData(page);
		await expectToldAtStart(page, 'cmi5', "What your school's learning platform records");
		const { rating, others } = await answerSome(page, data);
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		// Finish points back to the words, for a learner who resumed at a later lesson.
		await page.getByRole('link', { name: 'the start of the first lesson' }).click();
		await expect(page.locator('[data-recorded-for="cmi5"]')).toBeInViewport();
		await page.locator('nav.lesson-nav [data-goto="finish"]').click();
		await page.getByRole('button', { name: 'Finish and save' }).click();
		await page.waitForURL(`${origin}/lms/return?session=${launched.sessionId}`);
		expect(lms.problems).toEqual([]);
		const answered = lms.statements
			.filter((r) => r.verb === 'answered')
			.map((r) => r.statement.object?.id ?? '');
		expect(answered.sort()).toEqual(others.map((a) => `urn:second-look:activity:${a.id}`).sort());
		const documents = [...lms.states.values()];
		expect(documents.some((d) => d.includes('"suspend"'))).toBe(true);
		for (const d of documents) {
			const suspend = (JSON.parse(d) as { suspend?: unknown }).suspend;
			if (typeof suspend === 'string') expect(heldIn(data, suspend)).not.toContain(rating.id);
		}
	} finally {
		await lms.close();
	}
});

test('SCORM 1.2, adult-self-paced (confidence: reported): told the ratings are recorded, and the LMS has them', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const zip = 'adult-self-paced-scorm12.zip';
	await launch(page, zip, 'scorm12', { core: { entry: 'ab-initio' } });
	const course = page.frameLocator('iframe[title="Course"]');
	const data = await readData(course);
	expect(data.confidence).toBe('reported');
	const box = await expectToldAtStart(
		course,
		'scorm12',
		'What the learning platform that gave you this course records',
	);
	await expect(box.locator('ul').first()).toContainText('How sure you said you feel');
	await expect(box.locator('ul').last()).not.toContainText('How sure');
	const { rating } = await answerSome(course, data);
	await page.evaluate(() => document.querySelector('iframe')?.remove());
	const held = await cmi(page);
	const f = STANDARDS.scorm12;
	expect(interactions(held)).toContain(`${f.responses.interactionIdPrefix}${rating.id}`);
	expect(heldIn(data, held[f.cmi.suspendData])).toContain(rating.id);
	expect(await violations(page, true)).toEqual([]);
});
