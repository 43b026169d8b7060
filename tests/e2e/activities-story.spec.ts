import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { ActivityOf, ChatNode } from '../../src/schemas/activity.ts';
import { scenarioEnd } from '../../src/lib/engine/answers.ts';
import { scenarioPaths } from '../../src/lib/engine/scenario-graph.ts';
import {
	activityScope,
	expectNoAxeViolations,
	liveSaid,
	recordLiveRegions,
	watchPage,
} from './helpers.ts';

type Scenario = ActivityOf<'scenario'>;
type RedFlags = ActivityOf<'red-flags'>;

/** The scenario and red-flags activities of every lesson, read from the lessons' frontmatter. */
function readLessons() {
	const scenarios: { lesson: string; activity: Scenario }[] = [];
	const redFlags: { lesson: string; activity: RedFlags }[] = [];
	for (const file of readdirSync('lessons')
		.filter((f) => f.endsWith('.mdx'))
		.sort()) {
		const source = readFileSync(`lessons/${file}`, 'utf8');
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
		const data = parse(frontmatter) as { id: string; activities?: { type: string }[] };
		for (const activity of data.activities ?? []) {
			if (activity.type === 'scenario')
				scenarios.push({ lesson: data.id, activity: activity as Scenario });
			if (activity.type === 'red-flags')
				redFlags.push({ lesson: data.id, activity: activity as RedFlags });
		}
	}
	return { scenarios, redFlags };
}

const { scenarios, redFlags } = readLessons();
const lessonUrl = (lesson: string) => `/lessons/${lesson}/`;
/** `messages` may be left out in the YAML (the schema defaults it to none). */
const messagesOf = (node: ChatNode | undefined) =>
	(node as { messages?: ChatNode['messages'] } | undefined)?.messages ?? [];

/** Opens a lesson and waits for one activity's island to hydrate (`client:reach`). */
async function openActivity(page: Page, lesson: string, id: string, firstControl: string) {
	await page.goto(lessonUrl(lesson));
	const section = page.locator(`section[data-activity="${id}"]`);
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator(firstControl).first()).toBeEnabled();
	return section;
}

/** Puts the keyboard at the activity's prompt, as a reader arriving at it would be. */
async function focusPrompt(section: Locator) {
	await section.locator('.activity-prompt').evaluate((el: HTMLElement) => {
		el.tabIndex = -1;
		el.focus();
	});
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 40) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * axe takes seconds on a lesson page, so on each page it checks one mid-story state, one safe and
 * one risky ending (the markup is the same for every path); every path still has its text, focus
 * and state checked. Those states are checked in the activity's own card (`activityScope`); the
 * whole page is checked as it loads (every-page.spec.ts) and unanswered and skipped (below).
 */
const stateKey = (id: string, path: readonly string[], at: 'mid' | 'end') =>
	`${id}|${path.join('>')}|${at}`;
const axeStates = new Set(
	[...new Set(scenarios.map((s) => s.lesson))].flatMap((lesson) => {
		const inLesson = scenarios.filter((s) => s.lesson === lesson).map((s) => s.activity);
		const endings = [true, false].flatMap((safe) => {
			for (const a of inLesson) {
				const p = scenarioPaths(a).find((path) => scenarioEnd(a, path)?.ending?.safe === safe);
				if (p) return [stateKey(a.id, p, 'end')];
			}
			return [];
		});
		const first = inLesson[0];
		const long = first && scenarioPaths(first).find((p) => p.length > 1);
		return first && long ? [...endings, stateKey(first.id, long, 'mid')] : endings;
	}),
);

test('the lessons have scenario and red-flags activities to test', () => {
	expect(scenarios.length).toBeGreaterThan(0);
	expect(redFlags.length).toBeGreaterThan(0);
});

for (const { lesson, activity } of scenarios) {
	const byId = new Map(activity.nodes.map((n) => [n.id, n]));
	const paths = scenarioPaths(activity);

	test.describe(`scenario ${activity.id}`, () => {
		test('without JavaScript: the first messages are readable, and the card says it needs it', async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(lessonUrl(lesson));
			const section = page.locator(`section[data-activity="${activity.id}"]`);
			const thread = section.getByRole('list', { name: `Chat with ${activity.contact.name}` });
			for (const m of messagesOf(byId.get(activity.start)))
				await expect(thread).toContainText(m.text);
			await expect(section).toContainText('Fictional example');
			const replies = section.locator('.chat-choice');
			await expect(replies).toHaveCount(byId.get(activity.start)?.choices?.length ?? 0);
			// Enabled in the server HTML, so Tab reaches them before hydration (client:reach); with
			// JavaScript off, a note says the activity needs it.
			for (const reply of await replies.all()) await expect(reply).toBeEnabled();
			await expect(
				page.locator('noscript > p', {
					hasText: 'This activity needs JavaScript. You can read on without it.',
				}),
			).toHaveCount(await page.locator('section[data-activity]').count());
			await context.close();
		});

		// Every path in one page load, as a learner exploring the story would: each ends with Try
		// again, which puts focus back on the first reply for the next path (a load per path took
		// a fifth of this spec's time).
		test(`by keyboard, every path (${paths.length})`, async ({ page, baseURL }) => {
			test.setTimeout(30_000 + paths.length * 15_000);
			await page.addInitScript(recordLiveRegions);
			const watch = watchPage(page, baseURL ?? '');
			const section = await openActivity(page, lesson, activity.id, '.chat-choice');
			/** What live regions said since the learner's last key press. */
			let heardBefore = 0;
			const saidSincePress = async () => (await liveSaid(page)).slice(heardBefore);
			await focusPrompt(section);
			for (const path of paths)
				await test.step(path.join(' → '), async () => {
					let node = byId.get(activity.start);
					for (const [step, choiceId] of path.entries()) {
						const choice = node?.choices?.find((c) => c.id === choiceId);
						if (!choice) throw new Error(`No choice ${choiceId}`);
						const button = section.getByRole('button', {
							name: `Reply: ${choice.text}`,
							exact: true,
						});
						await tabTo(page, button);
						heardBefore = (await liveSaid(page)).length;
						await page.keyboard.press(step % 2 === 0 ? 'Enter' : 'Space');
						node = byId.get(choice.next);
						if (node?.ending) break;
						// The reply and the next messages are in the thread, and focus is on the first new
						// one, which is read as it lands; the rest follow it. No live region reads them again.
						await expect(section.locator('.chat-msg.from-you').last()).toContainText(choice.text);
						const said = messagesOf(node);
						const first = said[0];
						if (first) {
							await expect(section.locator(`li[data-step="${step + 1}"]`)).toBeFocused();
							await expect(section.locator(`li[data-step="${step + 1}"]`)).toContainText(
								first.text,
							);
						} else {
							await expect(section.locator('.chat-choice').first()).toBeFocused();
						}
						expect(await saidSincePress(), 'said by a live region as well').toEqual([]);
						await expect(section).toHaveAttribute('data-state', 'open');
						if (step === 0 && axeStates.has(stateKey(activity.id, path, 'mid')))
							await expectNoAxeViolations(
								page,
								`${activity.id} mid-scenario`,
								activityScope(activity.id),
							);
					}

					const ending = node?.ending;
					if (!ending) throw new Error(`Path ${path.join(',')} does not end`);
					await expect(section).toHaveAttribute('data-state', 'answered');
					await expect(section.locator('.feedback').first()).toBeFocused();
					const feedback = section.locator('.feedback');
					await expect(feedback).toContainText(ending.feedback);
					await expect(feedback.locator('.safe-move')).toContainText(ending.safeMove);
					await expect(feedback.locator('.feedback-verdict')).toHaveText(
						ending.safe ? /is a safe one/ : /carries a risk/,
					);
					// The focused feedback reads what happened first, then the verdict on it.
					const happened = messagesOf(node)
						.map((m) =>
							m.from === 'narrator'
								? m.text
								: `${m.from === 'them' ? activity.contact.name : 'You'}: ${m.text}`,
						)
						.join(' ');
					await expect(feedback.locator(':scope > p').first()).toHaveText(
						happened ? `What happened: ${happened}` : /is a safe one|carries a risk/,
					);
					// Only the card's status is said by a live region: not the story, not the verdict.
					expect((await saidSincePress()).map((said) => said.text)).toEqual([
						expect.stringMatching(/^Answer checked( again)?\.$/),
					]);
					await expect(feedback.locator('a[href^="#source-"]')).toHaveCount(
						activity.sources.length,
					);
					// The whole path stays readable: every reply taken, then the ending's messages.
					await expect(section.locator('.chat-msg.from-you')).toHaveCount(path.length);
					for (const m of messagesOf(node))
						await expect(section.locator('.chat-thread')).toContainText(m.text);
					await expect(section.locator('.chat-choice')).toHaveCount(0);
					if (axeStates.has(stateKey(activity.id, path, 'end')))
						await expectNoAxeViolations(
							page,
							`${activity.id} ending ${path.join('>')}`,
							activityScope(activity.id),
						);

					// Try again, by keyboard: back to the start, with focus on the first reply.
					// From the feedback, Tab passes its source links (one per source) and reaches Try again.
					const tryAgain = section.getByRole('button', { name: 'Try again' });
					for (let presses = 0; presses < activity.sources.length + 4; presses++) {
						if (await tryAgain.evaluate((el) => el === document.activeElement)) break;
						await page.keyboard.press('Tab');
					}
					await expect(tryAgain).toBeFocused();
					await page.keyboard.press('Enter');
					await expect(section).toHaveAttribute('data-state', 'open');
					await expect(section.locator('.chat-choice').first()).toBeFocused();
					await expect(section.locator('.chat-msg.from-you')).toHaveCount(0);
					await expect(section.locator('.feedback')).toHaveCount(0);
				});
			watch.assertClean();
		});
	});
}

for (const { lesson, activity } of redFlags) {
	const flags = activity.parts.filter((p) => p.flag);
	const others = activity.parts.filter((p) => !p.flag);
	const part = (section: Locator, text: string) =>
		section.getByRole('button', { name: text, exact: true });

	test.describe(`red flags ${activity.id}`, () => {
		test('by keyboard: mark every flag, then check', async ({ page, baseURL }) => {
			const watch = watchPage(page, baseURL ?? '');
			const section = await openActivity(page, lesson, activity.id, '.flag-part');
			await expect(section.locator('.profile-card')).toContainText('Fictional example');
			await expect(section.locator('.profile-card img')).toHaveCount(0);
			await focusPrompt(section);

			// Mark the first non-flag and unmark it again, then mark each flag (Space and Enter).
			const decoy = others[0];
			if (decoy) {
				await tabTo(page, part(section, decoy.text));
				await page.keyboard.press('Space');
				await expect(part(section, decoy.text)).toHaveAttribute('aria-pressed', 'true');
				await expect(part(section, decoy.text)).toContainText('Marked as a warning sign');
				await page.keyboard.press('Enter');
				await expect(part(section, decoy.text)).toHaveAttribute('aria-pressed', 'false');
			}
			// Tab only goes forward: visit the flags in the order the card shows them (grouped by area),
			// which need not be the order they are written in.
			const shownOrder = await section
				.locator('.flag-part')
				.evaluateAll((els) => els.map((el) => el.textContent));
			const at = (text: string) => shownOrder.findIndex((t) => t.includes(text));
			const flagsShown = [...flags].sort((x, y) => at(x.text) - at(y.text));
			await focusPrompt(section);
			for (const [i, flag] of flagsShown.entries()) {
				await tabTo(page, part(section, flag.text));
				await page.keyboard.press(i % 2 === 0 ? 'Space' : 'Enter');
				await expect(part(section, flag.text)).toHaveAttribute('aria-pressed', 'true');
			}
			await expectNoAxeViolations(page, `${activity.id} marked`, activityScope(activity.id));
			await tabTo(page, section.getByRole('button', { name: 'Check my answer' }));
			await page.keyboard.press('Enter');

			await expect(section).toHaveAttribute('data-state', 'answered');
			await expect(section.locator('.feedback').first()).toBeFocused();
			const feedback = section.locator('.feedback');
			await expect(feedback.locator('.feedback-verdict')).toHaveText(
				`You found ${flags.length} of ${flags.length} warning signs.`,
			);
			for (const flag of flags) await expect(feedback).toContainText(flag.feedback);
			await expect(feedback).not.toContainText('Warning signs you missed');
			for (const p of activity.parts) await expect(part(section, p.text)).toBeDisabled();
			watch.assertClean();
		});

		test('by mouse: a partial answer names what was missed; Try again works', async ({
			page,
			baseURL,
		}) => {
			const watch = watchPage(page, baseURL ?? '');
			const section = await openActivity(page, lesson, activity.id, '.flag-part');
			const picked = flags.slice(0, Math.max(1, flags.length - 2));
			const missed = flags.slice(picked.length);
			const wrong = others.slice(0, 1);
			for (const p of [...picked, ...wrong]) {
				await part(section, p.text).click();
				await expect(part(section, p.text)).toHaveAttribute('aria-pressed', 'true');
			}
			await section.getByRole('button', { name: 'Check my answer' }).click();
			await expect(section).toHaveAttribute('data-state', 'answered');
			const feedback = section.locator('.feedback');
			await expect(feedback.locator('.feedback-verdict')).toContainText(
				`You found ${picked.length} of ${flags.length} warning signs.`,
			);
			await expect(feedback).toContainText('Warning signs you missed');
			const missedList = feedback.locator('h4:has-text("you missed") + ul');
			for (const p of missed) {
				await expect(missedList).toContainText(p.text);
				await expect(missedList).toContainText(p.feedback);
			}
			const extraList = feedback.locator('h4:has-text("not a warning sign") + ul');
			for (const p of wrong) await expect(extraList).toContainText(p.feedback);
			await expectNoAxeViolations(page, `${activity.id} partial`, activityScope(activity.id));

			await section.getByRole('button', { name: 'Try again' }).click();
			await expect(section).toHaveAttribute('data-state', 'open');
			await expect(section.locator('.feedback')).toHaveCount(0);
			for (const p of wrong) await part(section, p.text).click();
			for (const p of missed) await part(section, p.text).click();
			await section.getByRole('button', { name: 'Check my answer' }).click();
			await expect(feedback.locator('.feedback-verdict')).toHaveText(
				`You found ${flags.length} of ${flags.length} warning signs.`,
			);
			await expect(section.locator('.activity-status')).toContainText('Answer checked again.');
			watch.assertClean();
		});

		test('checking with nothing marked', async ({ page, baseURL }) => {
			const watch = watchPage(page, baseURL ?? '');
			const section = await openActivity(page, lesson, activity.id, '.flag-part');
			await section.getByRole('button', { name: 'Check my answer' }).click();
			await expect(section.locator('.feedback-verdict')).toHaveText(
				`You found 0 of ${flags.length} warning signs.`,
			);
			await expect(section.locator('.feedback')).toContainText('Warning signs you missed');
			await expect(section.locator('.feedback')).not.toContainText('Warning signs you found');
			watch.assertClean();
		});
	});
}

for (const lesson of [...new Set([...scenarios, ...redFlags].map((a) => a.lesson))]) {
	test(`${lesson}: unanswered and skipped, with no axe violations`, async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL ?? '');
		await page.goto(lessonUrl(lesson));
		const sections = page.locator('section[data-type="scenario"], section[data-type="red-flags"]');
		expect(await sections.count()).toBeGreaterThan(0);
		for (const section of await sections.all()) {
			await section.scrollIntoViewIfNeeded();
			await expect(section.getByRole('button', { name: 'Skip this one' })).toBeEnabled();
		}
		await expectNoAxeViolations(page, `${lesson} unanswered`);
		for (const section of await sections.all()) {
			await section.getByRole('button', { name: 'Skip this one' }).click();
			await expect(section).toHaveAttribute('data-state', 'skipped');
			await expect(section.locator('.activity-status')).toContainText('Skipped');
			await expect(section.locator('.activity-status')).toBeFocused();
		}
		await expectNoAxeViolations(page, `${lesson} skipped`);
		const first = sections.first();
		await first.getByRole('button', { name: 'Answer it now' }).click();
		await expect(first).toHaveAttribute('data-state', 'open');
		await expect(first.locator('.chat-choice, .flag-part').first()).toBeFocused();
		watch.assertClean();
	});
}

test.describe('dark mode, a narrow screen, and a reload', () => {
	const story = scenarios[0];
	const card = redFlags[0];

	test('dark mode at 320px: no axe violations and nothing wider than the screen', async ({
		page,
		baseURL,
	}) => {
		test.skip(!story || !card || story.lesson !== card.lesson, 'needs both on one page');
		if (!story || !card) return;
		const watch = watchPage(page, baseURL ?? '');
		await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 320, height: 640 });
		const chat = await openActivity(page, story.lesson, story.activity.id, '.chat-choice');
		const flagsCard = page.locator(`section[data-activity="${card.activity.id}"]`);
		await flagsCard.scrollIntoViewIfNeeded();
		await flagsCard.locator('.flag-part').first().click();
		// A risky ending if there is one, so both verdicts' styles are checked somewhere.
		const paths = scenarioPaths(story.activity);
		const byId = new Map(story.activity.nodes.map((n) => [n.id, n]));
		const endOf = (path: string[]) => {
			let node = byId.get(story.activity.start);
			for (const id of path) node = byId.get(node?.choices?.find((c) => c.id === id)?.next ?? '');
			return node;
		};
		const path = paths.find((p) => endOf(p)?.ending?.safe === false) ?? paths[0] ?? [];
		let node = byId.get(story.activity.start);
		for (const id of path.slice(0, -1)) {
			const choice = node?.choices?.find((c) => c.id === id);
			await chat.getByRole('button', { name: `Reply: ${choice?.text ?? ''}` }).click();
			node = byId.get(choice?.next ?? '');
		}
		const last = node?.choices?.find((c) => c.id === path.at(-1));
		await chat.getByRole('button', { name: `Reply: ${last?.text ?? ''}` }).click();
		await expect(chat).toHaveAttribute('data-state', 'answered');
		// One axe run covers the answered chat and the red-flags card with a part marked (enabled).
		await expectNoAxeViolations(page, 'dark mode, 320px');
		await flagsCard.getByRole('button', { name: 'Check my answer' }).click();
		await expect(flagsCard).toHaveAttribute('data-state', 'answered');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		for (const target of await page.locator('.chat-choice, .flag-part, .activity .button').all()) {
			const box = await target.boundingBox();
			if (box) expect(box.height).toBeGreaterThanOrEqual(44);
		}
		watch.assertClean();
	});

	test('an answered scenario shows its whole path again after a reload', async ({ page }) => {
		if (!story) return;
		const section = await openActivity(page, story.lesson, story.activity.id, '.chat-choice');
		const path = scenarioPaths(story.activity).reduce((a, b) => (b.length > a.length ? b : a));
		const byId = new Map(story.activity.nodes.map((n) => [n.id, n]));
		let node = byId.get(story.activity.start);
		for (const id of path) {
			const choice = node?.choices?.find((c) => c.id === id);
			await section.getByRole('button', { name: `Reply: ${choice?.text ?? ''}` }).click();
			node = byId.get(choice?.next ?? '');
		}
		await expect(section).toHaveAttribute('data-state', 'answered');
		await page.reload();
		await section.scrollIntoViewIfNeeded();
		await expect(section).toHaveAttribute('data-state', 'answered');
		await expect(section.locator('.chat-msg.from-you')).toHaveCount(path.length);
		await expect(section.locator('.safe-move')).toContainText(node?.ending?.safeMove ?? '');
	});
});
