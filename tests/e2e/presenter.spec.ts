import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

const modules = ['school-ks3', 'forces-induction'];

const visibleSlide = (page: Page) => page.locator('[data-slide]:visible');

for (const id of modules) {
	test.describe(`presenter mode for ${id}`, () => {
		test('shows one slide at a time and moves by keyboard alone', async ({ page, baseURL }) => {
			const watch = watchPage(page, baseURL ?? '');
			await page.goto(`/present/${id}/`);
			await expect(visibleSlide(page)).toHaveCount(1);
			// The session's slides; the appendix after the help slide is out of the flow.
			const total = await page.locator('[data-slide][data-section="flow"]').count();
			const count = page.locator('[data-count]');
			await expect(count).toHaveText(new RegExp(`^Slide 1 of ${String(total)}: `));
			await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
			await expectNoAxeViolations(page, `${id} presenter: title`);

			await page.keyboard.press('ArrowRight');
			await expect(count).toHaveText(/^Slide 2 of \d+: Ground rules$/);
			await expect(visibleSlide(page).getByText('anyone can pass on any activity')).toBeVisible();
			await page.keyboard.press(' ');
			await expect(count).toHaveText(/^Slide 3 /);
			await page.keyboard.press('Shift+Space');
			await expect(count).toHaveText(/^Slide 2 /);
			await page.keyboard.press('End');
			await expect(count).toHaveText(new RegExp(`^Slide ${String(total)} of`));
			await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
			await page.keyboard.press('Home');
			await expect(count).toHaveText(/^Slide 1 /);

			// The buttons work from the keyboard too, and keep focus so Enter can be pressed again.
			await page.goto(`/present/${id}/`);
			await page.keyboard.press('Tab'); // the quick exit comes first
			await expect(page.locator('.quick-exit')).toBeFocused();
			await page.keyboard.press('Tab'); // "Previous" is disabled on the first slide
			await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Enter');
			await expect(count).toHaveText(/^Slide 3 /);
			await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
			// A reload stays on the same slide.
			await page.reload();
			await expect(count).toHaveText(/^Slide 3 /);
			watch.assertClean();
		});

		test('keeps answers hidden until the presenter reveals them', async ({ page }) => {
			await page.goto(`/present/${id}/`);
			const count = page.locator('[data-count]');
			// Walk to the first scored activity's answer slide.
			for (let i = 0; i < 40; i++) {
				const slide = visibleSlide(page);
				if ((await slide.locator('.reveal summary', { hasText: 'Reveal the answer' }).count()) > 0)
					break;
				await page.keyboard.press('ArrowRight');
			}
			const slide = visibleSlide(page);
			await expect(slide).toHaveClass(/slide-answer/);
			await expect(count).toHaveText(/: the answer( \(1 of \d+\))?$/);
			const answer = slide.locator('.answer-key');
			await expect(answer).toBeHidden();
			await expect(slide.locator('.answer-mark:visible, .answer-lines:visible')).toHaveCount(0);
			await page.keyboard.press('r');
			await expect(answer).toBeVisible();
			await expectNoAxeViolations(page, `${id} presenter: answer revealed`);
			await page.keyboard.press('R');
			await expect(answer).toBeHidden();
			// The summary is a real control: Enter on it reveals too.
			await slide.locator('.reveal summary').focus();
			await page.keyboard.press('Enter');
			await expect(answer).toBeVisible();
		});

		test('jumps to the support slide with H or its button, from anywhere', async ({ page }) => {
			await page.goto(`/present/${id}/`);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('h');
			const slide = visibleSlide(page);
			await expect(slide.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
			await expect(slide.locator('.tel').first()).toBeVisible();
			await expect(slide.getByRole('heading', { name: 'Help slide' })).toBeFocused();
			await expectNoAxeViolations(page, `${id} presenter: help`);
			await page.keyboard.press('Home');
			await page.getByRole('button', { name: 'Help slide' }).click();
			await expect(slide.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
		});
	});
}

/**
 * The slide shown and where its answer is: `slide-x`, `slide-x closed`, or `slide-x open: <what the
 * screen reader was told>`.
 */
const slideState = (page: Page) =>
	page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('[data-slide]:not([hidden])');
		const reveal = slide?.querySelector<HTMLDetailsElement>('[data-reveal]');
		const said = document.querySelector('[data-announce]')?.textContent ?? '';
		const id = slide?.id ?? 'none';
		return reveal ? (reveal.open ? `${id} open: ${said}` : `${id} closed`) : id;
	});

test('with only a clicker, every answer shows before the deck moves on, and Page Up goes back', async ({
	page,
}) => {
	await page.goto('/present/school-ks4/');
	await expect(page.locator('[data-count]')).toHaveText(/^Slide 1 /);
	// What a clicker's Page Down should show, in order: each slide, and on an answer slide the answer
	// folded, then shown (a screen reader is told), then the next slide.
	const expected = await page.locator('[data-slide][data-section="flow"]').evaluateAll((slides) =>
		slides.flatMap((s) => {
			const reveal = s.querySelector<HTMLElement>('[data-reveal]');
			if (!reveal) return [s.id];
			const what = reveal.dataset['reveal'] === 'notes' ? 'Notes' : 'Answer';
			return [`${s.id} closed`, `${s.id} open: ${what} shown.`];
		}),
	);
	expect(expected.filter((s) => s.endsWith('open: Answer shown.')).length).toBeGreaterThan(20);
	const seen = [await slideState(page)];
	while (seen.length < expected.length + 5 && !seen.at(-1)?.startsWith('slide-help')) {
		await page.keyboard.press('PageDown');
		seen.push(await slideState(page));
	}
	expect(seen).toEqual(expected);

	// Back from an answer goes to the slide before, as it did; forward again, the answer is already
	// shown, so one press moves on.
	const answer = expected.findIndex((s) => s.endsWith('open: Answer shown.'));
	const id = expected[answer]?.replace(/ .*/, '') ?? '';
	await page.goto('about:blank');
	await page.goto(`/present/school-ks4/#${id}`);
	await page.keyboard.press('PageDown');
	await expect.poll(() => slideState(page)).toBe(`${id} open: Answer shown.`);
	await page.keyboard.press('PageUp');
	await expect.poll(() => slideState(page)).toBe(expected[answer - 2]);
	await page.keyboard.press('PageDown');
	await expect.poll(() => slideState(page)).toBe(`${id} open: `);
	await page.keyboard.press('PageDown');
	await expect.poll(() => slideState(page)).toBe(expected[answer + 1]);
	// R still folds and shows it.
	await page.keyboard.press('PageUp');
	await page.keyboard.press('r');
	await expect.poll(() => slideState(page)).toBe(`${id} closed`);
});

test('B blanks the projected screen, with nothing the room can read; B or a move key shows it again', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/present/school-ks3/');
	const count = page.locator('[data-count]');
	await page.keyboard.press('ArrowRight');
	await expect(count).toHaveText(/^Slide 2 of \d+: Ground rules$/);
	/** What the room sees: the text at points across the screen, and the screen's colour there. */
	const onScreen = () =>
		page.evaluate(() =>
			[0.02, 0.3, 0.5, 0.8, 0.98].flatMap((x) =>
				[0.02, 0.3, 0.5, 0.98].map((y) => {
					const el = document.elementFromPoint(x * innerWidth, y * innerHeight);
					const box = el?.closest('[data-blank]') ? el.closest<HTMLElement>('[data-blank]') : el;
					return box ? getComputedStyle(box).backgroundColor : 'none';
				}),
			),
		);
	const blank = page.locator('[data-blank]');
	const showButton = blank.getByRole('button', { name: 'Blanked: press B to show' });

	await page.getByRole('button', { name: 'Next' }).focus();
	await page.keyboard.press('b');
	await expect(blank).toBeVisible();
	expect(new Set(await onScreen())).toEqual(new Set(['rgb(0, 0, 0)']));
	// One small line for the presenter, and it says how to come back; a screen reader is on it.
	await expect(blank).toHaveText('Blanked: press B to show');
	await expect(showButton).toBeFocused();
	const px = await showButton.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(px).toBeLessThanOrEqual(14);
	await expectNoAxeViolations(page, 'school-ks3 presenter: blank screen');
	await page.keyboard.press('B');
	await expect(blank).toBeHidden();
	await expect(count).toHaveText(/^Slide 2 /);
	// Focus goes back where it was.
	await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();

	// "." blanks too; a clicker's Page Down shows the same slide again, and the next press moves on.
	await page.locator('body').click({ position: { x: 5, y: 400 } });
	await page.keyboard.press('.');
	await expect(blank).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(blank).toBeHidden();
	await expect(count).toHaveText(/^Slide 2 /);
	await page.keyboard.press('PageDown');
	await expect(count).toHaveText(/^Slide 3 /);
	// A jump shows the screen and goes there.
	await page.keyboard.press('b');
	await page.keyboard.press('Home');
	await expect(blank).toBeHidden();
	await expect(count).toHaveText(/^Slide 1 /);
	// Escape shows it again too, and focus lands on the slide's title, which a screen reader reads:
	// never dropped on the page with nothing said.
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
	});
	await page.keyboard.press('b');
	await page.keyboard.press('Escape');
	await expect(blank).toBeHidden();
	await expect(page.locator('[data-slide]:not([hidden]) h2')).toBeFocused();
	// A click on the black screen shows it again.
	await page.keyboard.press('b');
	await page.mouse.click(500, 300);
	await expect(blank).toBeHidden();
});

test("the presenter's notes open in a window of their own (N), follow the slides, and take the clicker's keys", async ({
	page,
	baseURL,
}) => {
	const watch = watchPage(page, baseURL ?? '');
	await page.goto('/present/school-ks3/#slide-step-1');
	const count = page.locator('[data-count]');
	await expect(count).toHaveText(/^Slide 2 of \d+: Ground rules$/);
	// Until the notes window is open, a note's summary says it shows on the projected screen.
	const note = visibleSlide(page).locator('[data-presenter-note]');
	await expect(note.locator('summary')).toHaveText(
		"Presenter's note: what you do (shows on screen: N for a notes window)",
	);
	const opened = page.waitForEvent('popup');
	await page.keyboard.press('n');
	const notes = await opened;
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Presenter’s notes');
	const notesSlide = notes.locator('[data-notes-slide]');
	await expect(notesSlide).toHaveText(/^Slide 2 of \d+: Ground rules$/);
	// The ground rules' note: what to do, the question box, teaching it safely, and the disclosure
	// steps, in order; no longer on the projected slide.
	const body = notes.getByRole('region', { name: 'This slide’s note' });
	await expect(body).toContainText('The anonymous question box, introduced now:');
	await expect(body).toContainText('stop them gently and offer to talk straight after');
	await expect(body).toContainText('If a pupil tells you something has happened, in order:');
	await expect(body).toContainText('"You did the right thing telling me."');
	await expect(note).toBeHidden();
	await expectNoAxeViolations(notes, 'school-ks3 presenter notes window');

	// The slides move: the notes follow, and say what the next press does.
	await page.keyboard.press('ArrowRight');
	await expect(count).toHaveText(/^Slide 3 /);
	await expect(notesSlide).toHaveText(/^Slide 3 /);
	await expect(body).not.toContainText('The anonymous question box');
	await expect(body).toContainText(
		(await visibleSlide(page).locator('[data-presenter-note] > p').textContent()) ?? '',
	);
	// A clicker's keys while the notes window has focus move the slides, and blank them.
	await notes.keyboard.press('PageDown');
	await expect(count).toHaveText(/^Slide 4 /);
	await expect(notesSlide).toHaveText(/^Slide 4 /);
	await notes.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await expect(notes.getByText('The projected screen is blank: press B to show it.')).toBeVisible();
	await notes.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeHidden();
	// An answer slide: the next press shows the answer, and the notes window says so first.
	await page.keyboard.type(String(await answerNumber(page)));
	await page.keyboard.press('Enter');
	await expect(notes.getByText('Next press: shows the answer.')).toBeVisible();
	await expect(notes.getByText('No note for this slide.')).toBeVisible();
	await notes.keyboard.press('PageDown');
	await expect(visibleSlide(page).locator('.answer-key')).toBeVisible();
	await expect(notes.locator('.notes-next')).toHaveText(/^Next slide: /);

	// Closed, the notes show on the slides again.
	await notes.close();
	await page.keyboard.press('Home');
	await expect(visibleSlide(page).locator('[data-presenter-note] summary')).toBeVisible();
	watch.assertClean();
});

/** The number of the deck's first answer slide with a scored answer. */
const answerNumber = (page: Page) =>
	page
		.locator('[data-slide]:has([data-reveal="answer"])')
		.first()
		.evaluate((el) => Number((el as HTMLElement).dataset['number']));

test('works offline once loaded, and respects reduced motion', async ({ page, context }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/present/school-ks4/');
	await context.setOffline(true);
	const failed: string[] = [];
	// Chromium asks for the favicon again when the address changes; nothing on the page needs it.
	page.on('requestfailed', (r) => {
		if (!r.url().endsWith('/favicon.svg')) failed.push(r.url());
	});
	// Seven presses: one of them shows slide 5's notes for the check before moving on.
	for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-count]')).toHaveText(/^Slide 7 /);
	await page.keyboard.press('h');
	await expect(
		visibleSlide(page).getByRole('heading', { name: 'Where to get help' }),
	).toBeVisible();
	expect(failed).toEqual([]);
	const animation = await visibleSlide(page).evaluate((el) => getComputedStyle(el).animationName);
	expect(animation).toBe('none');
	await context.setOffline(false);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every slide reads as one page', async ({ page }) => {
		await page.goto('/present/school-ks3/');
		const total = await page.locator('[data-slide]').count();
		await expect(page.locator('[data-slide]:visible')).toHaveCount(total);
		await expect(page.locator('[data-controls]')).toBeHidden();
	});
});

test('the presenter sees the suicide-safe note on that activity, folded away from the class', async ({
	page,
}) => {
	await page.goto('/present/school-ks3/#slide-activity-helping-a-friend-worried');
	const slide = visibleSlide(page);
	await expect(slide).toHaveAttribute('id', 'slide-activity-helping-a-friend-worried');
	const note = slide.locator('[data-presenter-note]');
	const points = note.getByRole('listitem');
	// Folded: the class sees the question, not the note.
	await expect(points.first()).toBeHidden();
	await note.getByText("Presenter's note: read before this activity").click();
	await expect(points.filter({ hasText: 'Never describe or discuss methods' })).toBeVisible();
	await expect(points.filter({ hasText: 'Be ready for a disclosure' })).toBeVisible();
	await expect(points.filter({ hasText: 'anyone may skip it or step out' })).toBeVisible();
	// R still reveals the answer, not the note.
	await page.keyboard.press('r');
	await expect(slide.locator('.answer-key')).toBeVisible();
	await expectNoAxeViolations(page, 'school-ks3 presenter: teacher note');
});

test('the appendix is offered for another, planned session, never for spare minutes at the end', async ({
	page,
}) => {
	// KS4's appendix holds the friend who does not want to live: its notes ask for the DSL to be
	// told before it is taught, and a session ends calmly on the help slide.
	await page.goto('/present/school-ks4/');
	await expect(page.locator('[data-count]')).toHaveText(/^Slide 1 /);
	const flow = await page.locator('[data-slide][data-section="flow"]').count();
	await page.keyboard.type(String(flow + 1));
	await page.keyboard.press('Enter');
	const appendix = page.locator('[data-slide]:not([hidden])');
	await expect(appendix).toHaveId('slide-appendix');
	await expect(appendix).toContainText(
		'some need your safeguarding lead told before you teach them',
	);
	await expect(appendix).toContainText('Not for spare minutes at the end: end on the help slide.');
	await expect(appendix).not.toContainText('if there is time');
});

/**
 * Escape in presenter mode is PowerPoint's: it closes what is open, then ends the show (back to the
 * pack). A teacher pressing it twice out of habit must never be thrown off the site in front of
 * the class; the quick exit stays one click on its link.
 */
test.describe('Escape ends the show, as in PowerPoint, never the quick exit', () => {
	/** Stands in for the quick exit's neutral site; `left()` says whether the browser went there. */
	async function watchQuickExit(page: Page) {
		let went = false;
		await page.route('https://www.bbc.co.uk/**', (route) => {
			went = true;
			return route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' });
		});
		return () => went;
	}

	/**
	 * Holds the teach page back, as a slow school network does, so a second Escape comes while the
	 * presenter's page is still the one on screen; `release()` lets it through.
	 */
	async function holdTeachPage(page: Page) {
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		await page.route('**/teach/school-ks3/', async (route) => {
			await held;
			await route.continue();
		});
		return release;
	}

	for (const pace of ['as a teacher would', 'quickly, within a second'] as const)
		test(`Escape twice, ${pace}, ends on the teach page, and Back returns to the slide`, async ({
			page,
		}) => {
			const left = await watchQuickExit(page);
			const release = await holdTeachPage(page);
			await page.goto('/present/school-ks3/');
			const count = page.locator('[data-count]');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect(count).toHaveText(/^Slide 3 of /);
			await page.keyboard.press('Escape');
			// A teacher's second press comes a moment later, well within the quick exit's second.
			if (pace === 'as a teacher would') await page.waitForTimeout(400);
			await page.keyboard.press('Escape');
			release();
			await expect(page).toHaveURL(/\/teach\/school-ks3\/#show-ended$/);
			await expect(page.getByRole('link', { name: 'Open presenter mode' })).toBeVisible();
			await page.waitForLoadState('load');
			await expect(page).toHaveURL(/\/teach\/school-ks3\/#show-ended$/);
			expect(left()).toBe(false);
			// The show can go on where it stopped.
			await page.goBack();
			await expect(page).toHaveURL(/\/present\/school-ks3\/#slide-/);
			await expect(count).toHaveText(/^Slide 3 of /);
		});

	test('Escape three and four times, as a teacher leaving a slideshow does: the pack, never the quick exit; later, Escape twice there leaves', async ({
		page,
	}) => {
		const left = await watchQuickExit(page);
		await page.goto('/present/school-ks3/');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-count]')).toHaveText(/^Slide 2 of /);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('link', { name: 'Open presenter mode' })).toBeVisible();
		// The presses that follow land on the pack, 350 ms apart: not a pair there.
		for (let i = 0; i < 3; i++) {
			await page.waitForTimeout(350);
			await page.keyboard.press('Escape');
		}
		await expect(page).toHaveURL(/\/teach\/school-ks3\/#show-ended$/);
		expect(left()).toBe(false);
		// A moment later, the pack's quick exit is whole again.
		await page.waitForTimeout(3000);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect.poll(left).toBe(true);
	});

	test('Escape closes the list, a note, the blank screen, a typed number and the help slide first', async ({
		page,
	}) => {
		const left = await watchQuickExit(page);
		await page.goto('/present/school-ks3/#slide-step-1');
		const count = page.locator('[data-count]');
		await expect(count).toHaveText(/^Slide 2 of \d+: Ground rules$/);
		const inPresenter = async () => {
			await expect(page).toHaveURL(/\/present\/school-ks3\//);
			await expect(count).toHaveText(/^Slide 2 of \d+: Ground rules$/);
		};
		// Each part, then Escape: it closes, and a second Escape within the second closes the next.
		await page.keyboard.press('l');
		const list = page.getByRole('dialog', { name: 'Slides' });
		await expect(list).toBeVisible();
		// The list's keys say what Escape does here.
		await expect(list.locator('dt', { hasText: /^Escape$/ }).locator('+ dd')).toContainText(
			'then ends the show: back to the pack',
		);
		await page.keyboard.press('Escape');
		await expect(list).toBeHidden();
		await inPresenter();

		await page.keyboard.press('h');
		await expect(
			visibleSlide(page).getByRole('heading', { name: 'Where to get help' }),
		).toBeVisible();
		await page.keyboard.press('Escape');
		await inPresenter();
		await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toBeFocused();

		await page.keyboard.press('b');
		await expect(page.locator('[data-blank]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-blank]')).toBeHidden();
		await inPresenter();

		const note = visibleSlide(page).locator('[data-presenter-note]');
		await note.locator('summary').click();
		await expect(note).toHaveAttribute('open');
		await page.keyboard.press('Escape');
		await expect(note).not.toHaveAttribute('open');
		await expect(note.locator('summary')).toBeFocused();
		await inPresenter();

		await page.keyboard.type('4');
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-goto-status]')).toHaveText('');
		await inPresenter();

		// Nothing open: the show ends.
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/teach\/school-ks3\/#show-ended$/);
		expect(left()).toBe(false);
	});

	test('the help slide reached by walking to it is the end: Escape there ends the show', async ({
		page,
	}) => {
		await page.goto('/present/school-ks3/');
		await page.keyboard.press('End');
		await expect(
			visibleSlide(page).getByRole('heading', { name: 'Where to get help' }),
		).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/teach\/school-ks3\/#show-ended$/);
	});

	test('the quick exit link still leaves at once, and promises no Escape it does not keep', async ({
		page,
	}) => {
		const left = await watchQuickExit(page);
		await page.goto('/teach/school-ks3/');
		await page.goto('/present/school-ks3/#slide-step-1');
		await expect(page.locator('html')).toHaveClass(/presenting/);
		const exit = page.getByRole('link', { name: /Leave this site/ });
		// The bar's hint "(or press Esc twice)" is not shown or read here; the title slide's keys say Esc.
		await expect(exit).toHaveAccessibleName('Leave this site');
		await expect(exit.locator('.quick-exit-hint')).toBeHidden();
		await exit.click();
		await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
		expect(left()).toBe(true);
		// Replaced, as from any page: Back does not return to the slides.
		await page.goBack();
		await expect(page).toHaveURL(/\/teach\/school-ks3\/$/);
	});

	test('with the full quick exit missing (its file failed), Escape twice still ends the show', async ({
		page,
	}) => {
		const left = await watchQuickExit(page);
		const release = await holdTeachPage(page);
		// Only the early quick exit listens: it too must leave presenter mode's Escapes alone.
		await page.route('**/_astro/quick-exit.*.js', (route) => route.abort());
		await page.goto('/present/school-ks3/');
		await expect(page.locator('html')).toHaveClass(/presenting/);
		await expect(page.locator('[data-quick-exit]')).not.toHaveAttribute('data-ready');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		release();
		await expect(page).toHaveURL(/\/teach\/school-ks3\/#show-ended$/);
		await page.waitForLoadState('load');
		expect(left()).toBe(false);
	});
});
