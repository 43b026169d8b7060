import { expect, test, type FrameLocator } from '@playwright/test';
import type { PackageData } from '../../src/scripts/package-runtime.ts';
import { axeViolations, watchPage } from './helpers.ts';
import { cmi, launch, violations } from './lms-harness.ts';

/**
 * Issue #14: a chat story with several safe endings is reported "correct" with the learner's own
 * ending among the correct responses, with the same ending code in SCORM 1.2 and 2004, and the
 * teacher pack's key turns that code back into the words of the reply the learner clicked.
 *
 * The learner walks to a safe ending that is NOT the story's first one; the path and the words
 * come from the package's own data, walked here (not from the code under test).
 */
const moduleId = 'school-ks3';

// The chat shows its messages at once with reduced motion: the test waits on nothing.
test.use({ reducedMotion: 'reduce' });
const storyId = 'fake-profiles-mia-chat';

type Scenario = Extract<PackageData['lessons'][number]['activities'][number], { type: 'scenario' }>;

/** The replies clicked, in order, and the ending they reach. */
interface Route {
	replies: string[];
	ending: string;
}

/** A route to a safe ending other than the first safe one (node order). */
function routeToLaterSafeEnding(story: Scenario): Route {
	const byId = new Map(story.nodes.map((n) => [n.id, n]));
	const firstSafe = story.nodes.find((n) => n.ending?.safe)?.id;
	const walk = (id: string, replies: string[], seen: Set<string>): Route | undefined => {
		const node = byId.get(id);
		if (!node || seen.has(id)) return undefined;
		if (node.ending)
			return node.ending.safe && id !== firstSafe ? { replies, ending: id } : undefined;
		for (const c of node.choices ?? []) {
			const found = walk(c.next, [...replies, c.text], new Set([...seen, id]));
			if (found) return found;
		}
		return undefined;
	};
	const route = walk(story.start, [], new Set());
	if (!route) throw new Error(`${story.id} has no second safe ending`);
	return route;
}

async function playStory(course: FrameLocator): Promise<Route> {
	const data = JSON.parse(
		(await course.locator('#package-data').textContent()) ?? '{}',
	) as PackageData;
	const lesson = data.lessons.find((l) => l.activities.some((a) => a.id === storyId));
	const story = lesson?.activities.find((a) => a.id === storyId) as Scenario | undefined;
	if (!lesson || !story) throw new Error(`${moduleId} has no ${storyId}`);
	const route = routeToLaterSafeEnding(story);
	await course.locator(`nav.lesson-nav [data-goto="${lesson.id}"]`).click();
	const card = course.locator(`section[data-activity="${storyId}"]`);
	await card.scrollIntoViewIfNeeded();
	for (const reply of route.replies)
		await card.getByRole('button', { name: `Reply: ${reply}`, exact: true }).click();
	await expect(card).toHaveAttribute('data-state', 'answered');
	return route;
}

/** The interaction the LMS holds for an id: its response, result and every correct pattern. */
function held(values: Record<string, string>, id: string, response: string) {
	const n = Object.keys(values)
		.map((k) => /^cmi\.interactions\.(\d+)\.id$/.exec(k)?.[1])
		.find((i) => i !== undefined && values[`cmi.interactions.${i}.id`] === id);
	if (n === undefined) return undefined;
	const patterns: string[] = [];
	for (let k = 0; values[`cmi.interactions.${n}.correct_responses.${String(k)}.pattern`]; k++)
		patterns.push(values[`cmi.interactions.${n}.correct_responses.${String(k)}.pattern`] ?? '');
	return {
		response: values[`cmi.interactions.${n}.${response}`],
		result: values[`cmi.interactions.${n}.result`],
		description: values[`cmi.interactions.${n}.description`],
		patterns,
	};
}

test('a later safe ending of a chat story: correct in SCORM 1.2 and 2004, the same code, and the pack’s key gives back the reply clicked', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const watch = watchPage(page, baseURL ?? '');
	const stored: Record<string, { code: string; replies: string[] }> = {};
	let confidenceIds: string[] = [];
	for (const standard of ['scorm12', 'scorm2004'] as const) {
		const seed =
			standard === 'scorm12'
				? { core: { entry: 'ab-initio', student_id: 'l1', student_name: 'Learner, Test' } }
				: { entry: 'ab-initio', learner_id: 'l1', learner_name: 'Learner, Test' };
		await launch(page, `${moduleId}-${standard}.zip`, standard, seed);
		const course = page.frameLocator('iframe[title="Course"]');
		const route = await playStory(course);
		const data = JSON.parse(
			(await course.locator('#package-data').textContent()) ?? '{}',
		) as PackageData;
		confidenceIds = data.lessons
			.flatMap((l) => l.activities)
			.filter((a) => a.type === 'confidence')
			.map((a) => a.id);
		const id = standard === 'scorm12' ? storyId : `urn:second-look:activity:${storyId}`;
		const response = standard === 'scorm12' ? 'student_response' : 'learner_response';
		await expect.poll(async () => held(await cmi(page), id, response)?.result).toBeDefined();
		const got = held(await cmi(page), id, response);
		expect(got?.result).toBe('correct');
		expect(got?.response).toBeTruthy();
		expect(got?.patterns).toContain(got?.response);
		// Every safe ending is a correct pattern: more than one, so not only the first.
		expect(got?.patterns.length).toBeGreaterThan(1);
		if (standard === 'scorm2004') expect(got?.description).toContain('Jay');
		expect(await violations(page, false)).toEqual([]);
		stored[standard] = { code: got?.response ?? '', replies: route.replies };
	}
	// The same ending has the same code in both standards.
	expect(stored['scorm12']?.code).toBe(stored['scorm2004']?.code);

	await page.goto(`/teach/${moduleId}/`);
	const key = page.locator('#lms-codes');
	await expect(key.getByRole('heading', { name: 'Reading your LMS report' })).toBeVisible();
	const story = key.locator(`tbody[data-key-activity="${storyId}"]`);
	await expect(story).toBeVisible();
	for (const [column, standard] of [
		[0, 'scorm12'],
		[1, 'scorm2004'],
	] as const) {
		const { code, replies } = stored[standard] ?? { code: '', replies: [] };
		const row = story.locator('tr').filter({
			has: page.locator(`td:nth-child(${String(column + 1)}) code`, {
				hasText: new RegExp(`^${code}$`),
			}),
		});
		await expect(row).toHaveCount(1);
		await expect(row.locator('td').nth(2)).toContainText(replies.at(-1) ?? '—');
		await expect(row.locator('td').nth(3)).toHaveText('Safe ending');
	}
	// school-ks3 keeps confidence ratings on the learner's device: the LMS never holds them, so
	// the key lists none and says why (the package data names the module's confidence checks).
	expect(confidenceIds.length).toBeGreaterThan(0);
	for (const id of confidenceIds)
		await expect(key.locator(`tbody[data-key-activity="${id}"]`)).toHaveCount(0);
	await expect(key.locator('[data-key-kept-on-device]')).toContainText('never receives them');
	// The whole pack is checked by every-page.spec.ts; here, the key alone (quicker).
	const found = await axeViolations(page, { include: ['#lms-codes'] });
	expect(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[],
	);
	watch.assertClean();
});
