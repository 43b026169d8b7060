/**
 * A learner resumes a SCORM package after it was updated on the LMS: the saved state was written by
 * the older version. The answers to activities that did not change come back; the changed ones are
 * open again; the learner is told calmly. A state whose old format cannot be mapped is said so.
 */
import { expect, test, type FrameLocator } from '@playwright/test';
import { encodeState } from '../../src/lib/engine/codec.ts';
import { emptyState, recordAnswer, recordVisit } from '../../src/lib/engine/state.ts';
import type { Activity } from '../../src/schemas/activity.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { launch } from './lms-harness.ts';

const zip = 'school-ks3-scorm12.zip';

async function packageData(course: FrameLocator): Promise<PackageData> {
	return JSON.parse((await course.locator('#package-data').textContent()) ?? '{}') as PackageData;
}

test('an updated package keeps the answers to unchanged activities and says so calmly', async ({
	page,
}) => {
	await launch(page, zip, 'scorm12', { core: { entry: 'ab-initio' } });
	const data = await packageData(page.frameLocator('iframe[title="Course"]'));
	await page.unroute('**');
	const choices = data.lessons
		.flatMap((l) => l.activities)
		.filter((a): a is Extract<Activity, { type: 'single-choice' }> => a.type === 'single-choice');
	const [kept, changed, remarked] = choices;
	if (!kept || !changed || !remarked)
		throw new Error('module needs three single-choice activities');
	// The version the learner used before: `changed` had one option fewer, and `remarked` had the
	// same options with another one right (advice that changed, as when Action Fraud became Report
	// Fraud): its old answer must not come back marked against the new key.
	const before = data.lessons.map((l) => ({
		id: l.id,
		activities: l.activities.map((a) =>
			a.id === changed.id
				? { ...changed, options: changed.options.slice(0, -1) }
				: a.id === remarked.id
					? { ...remarked, options: remarked.options.map((o) => ({ ...o, correct: !o.correct })) }
					: a,
		),
	}));
	const lessonOf = (a: Activity) =>
		data.lessons.find((l) => l.activities.some((x) => x.id === a.id))?.id ?? '';
	let state = recordVisit(emptyState(), lessonOf(kept));
	state = recordAnswer(state, kept, { type: 'single-choice', value: kept.options[1]?.id ?? '' });
	state = recordAnswer(state, changed, {
		type: 'single-choice',
		value: changed.options[0]?.id ?? '',
	});
	state = recordAnswer(state, remarked, {
		type: 'single-choice',
		value: remarked.options[0]?.id ?? '',
	});
	await launch(page, zip, 'scorm12', {
		core: { entry: 'resume', lesson_location: lessonOf(kept) },
		suspend_data: encodeState(before, state),
	});
	const course = page.frameLocator('iframe[title="Course"]');
	await expect(course.locator('[data-notice]')).toContainText(
		'This course was updated since you were last here. Your answers to the parts that did not change are kept',
	);
	for (const [activity, expected] of [
		[kept, 'answered'],
		[changed, 'open'],
		[remarked, 'open'],
	] as const) {
		await course.locator(`nav.lesson-nav [data-goto="${lessonOf(activity)}"]`).click();
		const card = course.locator(`section[data-activity="${activity.id}"]`);
		await card.scrollIntoViewIfNeeded();
		await expect(
			card.getByRole('button', { name: expected === 'open' ? 'Skip this one' : 'Try again' }),
		).toBeEnabled();
		await expect(card, activity.id).toHaveAttribute('data-state', expected);
	}
});

test('a state from before keyed entries, of other content, is not silently dropped: the learner is told', async ({
	page,
}) => {
	await launch(page, zip, 'scorm12', {
		core: { entry: 'resume' },
		suspend_data: '1|zzzzzz|0|1|0,,,s',
	});
	const course = page.frameLocator('iframe[title="Course"]');
	await expect(course.locator('[data-notice]')).toContainText(
		'your earlier answers could not be carried over to the new version',
	);
});
