import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ActivityOf, ChatNode } from '../../src/schemas/activity.ts';
import { scenarioEnd } from '../../src/lib/engine/answers.ts';
import { scenarioPaths } from '../../src/lib/engine/scenario-graph.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

/**
 * The learner's screens (issue #15): the red-flags profile looks like a social profile and the chat
 * like a messaging app, both labelled fictional, built from the lesson's data, usable by keyboard,
 * read with speaker names, and reflowing at 320 px. Screenshots at 390 px go to test-results for a
 * person to look at (not compared pixel by pixel).
 */

const LESSON = 'fake-profiles';
const SHOTS = 'test-results/learner-screens';

/**
 * Saves a screenshot of `target` for a person to look at, without the fixed quick-exit bar, which
 * would cover its top (hidden through the CSSOM: the page's CSP refuses an injected style sheet).
 */
async function shoot(page: Page, target: Locator, name: string) {
	const bar = page.locator('.top-bar');
	await bar.evaluate((el: HTMLElement) => (el.style.visibility = 'hidden'));
	await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
	await bar.evaluate((el: HTMLElement) => (el.style.visibility = ''));
}

/** One activity of a lesson, as its frontmatter says (the input the screens are built from). */
function activityOf<T extends 'red-flags' | 'scenario'>(lesson: string, id: string) {
	const source = readFileSync(`lessons/${lesson}.mdx`, 'utf8');
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const data = parse(frontmatter) as { activities: { id: string }[] };
	const found = data.activities.find((a) => a.id === id);
	if (!found) throw new Error(`No activity ${id} in ${lesson}`);
	return found as ActivityOf<T>;
}

const profile = activityOf<'red-flags'>(LESSON, 'fake-profiles-mia-card');
const chat = activityOf<'scenario'>(LESSON, 'fake-profiles-mia-chat');

async function openCard(page: Page, id: string) {
	await page.goto(`/lessons/${LESSON}/`);
	const section = page.locator(`section[data-activity="${id}"]`);
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator('.flag-part, .chat-choice').first()).toBeEnabled();
	return section;
}

async function focusPrompt(section: Locator) {
	await section.locator('.activity-prompt').evaluate((el: HTMLElement) => {
		el.tabIndex = -1;
		el.focus();
	});
}

/** How far the page scrolls sideways (0 when everything reflows). */
const sideScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the profile is a profile screen, labelled fictional, and marked by keyboard alone', async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.setViewportSize({ width: 390, height: 844 });
	const section = await openCard(page, profile.id);
	const card = section.locator('.profile-card');
	const partsIn = (area: string) => profile.parts.filter((p) => p.area === area);

	// Labelled fictional; no picture of anyone (the avatar is a letter, the photos are words).
	await expect(card.getByText('Fictional example', { exact: true })).toBeVisible();
	await expect(card.locator('img, picture, image, video, [style*="url("]')).toHaveCount(0);
	await expect(card.locator('.pm-avatar').first()).toHaveAttribute('aria-hidden', 'true');

	// The header: the display name as a heading (the name part when there is one), then the handle.
	const name = partsIn('name')[0]?.text ?? profile.profile.name;
	await expect(card.getByRole('heading', { level: 4 })).toHaveAccessibleName(name);
	await expect(card.locator('.pm-handle')).toHaveText(profile.profile.handle);

	// The counts: each number on its own, side by side in one row, over its words.
	const stats = partsIn('stats')[0];
	if (!stats) throw new Error('the profile has no counts');
	const numbers = stats.text.match(/\d[\d,.]*/g) ?? [];
	const counts = card.locator('.pm-stat > span').filter({ hasText: /^\s*\d[\d,.]*\s*$/ });
	await expect(counts).toHaveText(numbers);
	const countBoxes = await Promise.all((await counts.all()).map((c) => c.boundingBox()));
	const tops = countBoxes.map((b) => Math.round(b?.y ?? -1));
	expect(new Set(tops).size, 'the counts sit in one row').toBe(1);
	const lefts = countBoxes.map((b) => b?.x ?? 0);
	expect(lefts, 'in the written order').toEqual([...lefts].sort((a, b) => a - b));

	// The grid: a "Posts" heading, one tile per post and photo, two to a row on a phone.
	const posts = partsIn('post');
	const photos = (profile.profile as { photos?: string[] }).photos ?? [];
	await expect(card.getByRole('heading', { name: 'Posts', level: 5 })).toBeVisible();
	const tiles = card.locator('.pm-grid > li');
	await expect(tiles).toHaveCount(posts.length + photos.length);
	const [first, second] = await Promise.all([
		tiles.nth(0).boundingBox(),
		tiles.nth(1).boundingBox(),
	]);
	expect(Math.round(second?.y ?? 0), 'two tiles to a row at 390 px').toBe(
		Math.round(first?.y ?? 1),
	);
	expect(second?.x ?? 0).toBeGreaterThan((first?.x ?? 0) + (first?.width ?? 0) - 1);
	for (const tile of await tiles.all()) {
		const art = tile.locator('.pm-art');
		await expect(art).toHaveAttribute('aria-hidden', 'true');
		expect(
			(await art.boundingBox())?.height ?? 0,
			'each tile has its abstract picture',
		).toBeGreaterThan(20);
	}
	for (const photo of photos) await expect(tiles).toContainText([`Photo: ${photo}`]);

	// Every part is still a toggle button named by its text; details are a list.
	for (const part of profile.parts)
		await expect(card.getByRole('button', { name: part.text, exact: true })).toHaveAttribute(
			'aria-pressed',
			'false',
		);
	await expect(card.getByRole('list', { name: 'About' }).getByRole('listitem')).toHaveCount(
		partsIn('detail').length,
	);
	await shoot(page, card, 'profile-390');

	// Keyboard alone: Tab from the prompt visits every part in screen order; Space marks each sign.
	await focusPrompt(section);
	const buttons = card.locator('button[aria-pressed]');
	await expect(buttons).toHaveCount(profile.parts.length);
	for (const [i, button] of (await buttons.all()).entries()) {
		await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		const label = (await button.getAttribute('aria-label')) ?? (await button.innerText());
		const part = profile.parts.find((p) => label.replace(/\s+/g, ' ').includes(p.text));
		if (!part) throw new Error(`Button ${String(i)} is no part: ${label}`);
		if (part.flag) {
			await page.keyboard.press(i % 2 === 0 ? 'Space' : 'Enter');
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			await expect(button).toContainText('Marked as a warning sign');
		}
	}
	await shoot(page, card, 'profile-390-marked');
	await expectNoAxeViolations(page, 'profile, signs marked');
	const checkButton = section.getByRole('button', { name: 'Check my answer' });
	for (let presses = 0; presses < 4; presses++) {
		if (await checkButton.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(checkButton).toBeFocused();
	await page.keyboard.press('Enter');
	const flags = profile.parts.filter((p) => p.flag).length;
	await expect(section.locator('.feedback-verdict')).toHaveText(
		`You found ${String(flags)} of ${String(flags)} warning signs.`,
	);

	// 320 px: no sideways scrolling, and the whole screen inside the page.
	await page.setViewportSize({ width: 320, height: 640 });
	expect(await sideScroll(page)).toBeLessThanOrEqual(0);
	const cardBox = await card.boundingBox();
	expect((cardBox?.x ?? -1) + (cardBox?.width ?? 999)).toBeLessThanOrEqual(320);
	watch.assertClean();
});

test('the chat is a messaging screen: speakers named for screen readers, the learner on the right, by keyboard', async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.setViewportSize({ width: 390, height: 844 });
	const byId = new Map(chat.nodes.map((n) => [n.id, n]));
	// A path of two replies or more that ends safely: the thread has both sides in it.
	const path = scenarioPaths(chat).find(
		(p) => p.length >= 2 && scenarioEnd(chat, p)?.ending?.safe === true,
	);
	if (!path) throw new Error('no two-step safe path');
	const section = await openCard(page, chat.id);
	const screen = section.locator('.chat');

	// The header: the contact as a heading, their note, and the fictional label.
	await expect(screen.getByRole('heading', { level: 4, name: chat.contact.name })).toBeVisible();
	if (chat.contact.note) await expect(screen).toContainText(chat.contact.note);
	await expect(screen.getByText('Fictional example', { exact: true })).toBeVisible();
	await expect(screen.locator('img')).toHaveCount(0);
	const thread = screen.getByRole('list', { name: `Chat with ${chat.contact.name}` });

	/** What a screen reader reads for each message: its speaker, a colon, the text. */
	const heard = async () =>
		(await thread.ariaSnapshot())
			.split('\n')
			.filter((l) => l.trim().startsWith('- listitem'))
			.map((l) =>
				l
					.replace(/^\s*- listitem:\s*/, '')
					.replace(/^(["'])(.*)\1$/, '$2')
					.replace(/''/g, "'")
					.replace(/\\"/g, '"'),
			);
	const speaker = { them: chat.contact.name, you: 'You', narrator: 'Story' } as const;
	const said = (node: ChatNode | undefined) =>
		(node?.messages ?? []).map((m) => `${speaker[m.from]}: ${m.text}`);

	// Keyboard alone: the replies are at the foot of the screen, as buttons.
	await focusPrompt(section);
	let node = byId.get(chat.start);
	const expected = said(node);
	expect(await heard()).toEqual(expected);
	for (const [step, choiceId] of path.entries()) {
		const choice = node?.choices?.find((c) => c.id === choiceId);
		if (!choice) throw new Error(`no choice ${choiceId}`);
		const reply = section.getByRole('button', { name: `Reply: ${choice.text}`, exact: true });
		for (let presses = 0; presses < 12; presses++) {
			if (await reply.evaluate((el) => el === document.activeElement)) break;
			await page.keyboard.press('Tab');
		}
		await expect(reply).toBeFocused();
		await page.keyboard.press(step === 0 ? 'Enter' : 'Space');
		node = byId.get(choice.next);
		expected.push(`You: ${choice.text}`, ...said(node));
		if (node?.ending) break;

		// Every message is read with its speaker, in order.
		await expect.poll(heard).toEqual(expected);
		// The learner's reply is on the right, the contact's messages on the left.
		const box = await thread.boundingBox();
		const mine = await thread.locator('.from-you .cv-bubble').last().boundingBox();
		if (!box || !mine) throw new Error('no thread');
		expect(mine.x + mine.width, 'the reply ends at the right edge').toBeGreaterThan(
			box.x + box.width - 24,
		);
		expect(mine.x, 'and starts right of the middle').toBeGreaterThan(box.x + box.width * 0.1);
		const theirs = thread.locator('.from-them .cv-bubble');
		if ((await theirs.count()) > 0) {
			const left = await theirs.last().boundingBox();
			expect(left?.x ?? 999, 'their message starts at the left').toBeLessThan(box.x + 64);
			expect((left?.x ?? 0) + (left?.width ?? 0)).toBeLessThan(box.x + box.width - 24);
		}
		// Their new messages pop in (motion allowed) …
		const popped = thread.locator('.pop-1');
		if ((await popped.count()) > 0) {
			await expect(popped).not.toHaveCSS('animation-name', 'none');
			// … and not when the learner asks for reduced motion; no typing dots either.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await expect(popped).toHaveCSS('animation-name', 'none');
			await expect(screen.locator('.cv-typing')).toBeHidden();
			await page.emulateMedia({ reducedMotion: 'no-preference' });
		}
		await shoot(page, screen, `chat-390-step-${String(step + 1)}`);
	}

	await expect(section).toHaveAttribute('data-state', 'answered');
	await expect.poll(heard).toEqual(expected);
	await expect(thread.locator('.from-you')).toHaveCount(path.length);
	await expect(section.locator('.chat-choice')).toHaveCount(0);
	await shoot(page, screen, 'chat-390-ending');
	await expectNoAxeViolations(page, 'chat, answered');

	await page.setViewportSize({ width: 320, height: 640 });
	expect(await sideScroll(page)).toBeLessThanOrEqual(0);
	watch.assertClean();
});
