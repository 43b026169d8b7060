import type { Page } from '@playwright/test';

/**
 * Layout checks for phones and first screens (issue #15), shared by every-page.spec.ts (each built
 * page, once, in its dark phone load) and phones.spec.ts (package help, the offline folder). Each
 * check is one evaluate, so a page is checked at several widths without loading it again.
 */

/** The smallest phone screen checked (an iPhone SE). */
export const SMALL = { width: 320, height: 568 };
/** The phone widths every page must reflow at. */
export const PHONES = [SMALL, { width: 390, height: 844 }];
/** The screens on which getting help must be visible without scrolling. */
export const FIRST_SCREENS = [SMALL, { width: 1366, height: 768 }];

/** What is wrong with the page's layout at the current width, as readable lines (empty: fine). */
export async function reflowProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const width = window.innerWidth;
		const name = (el: Element) => {
			const classes = typeof el.className === 'string' ? el.className.trim() : '';
			const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
			return `<${el.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}> "${text}"`;
		};
		const scrollWidth = document.documentElement.scrollWidth;
		if (scrollWidth > width) problems.push(`the page scrolls sideways: ${scrollWidth} px wide`);
		const shown = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 1 && box.height > 1 && !el.closest('.visually-hidden');
		};
		// Nothing scrolls or is clipped sideways inside the page either (a table in a scroll box).
		for (const el of document.body.querySelectorAll('*')) {
			if (el.scrollWidth <= el.clientWidth + 1 || !shown(el)) continue;
			if (getComputedStyle(el).overflowX !== 'visible')
				problems.push(`${name(el)} is cut: ${el.scrollWidth} px of content in ${el.clientWidth}`);
		}
		// Every control and every number is wholly on the screen ("0800 068 4" was cut).
		for (const el of document.body.querySelectorAll(
			'a[href], button, input, select, textarea, summary, [tabindex="0"]',
		)) {
			if (!shown(el) || el.closest('.skip-link')) continue;
			const box = el.getBoundingClientRect();
			if (box.left < -1 || box.right > width + 1)
				problems.push(
					`${name(el)} is off the screen: ${Math.round(box.left)} to ${Math.round(box.right)} px`,
				);
		}
		return problems;
	});
}

/**
 * The text spacing WCAG 2.2 asks a page to survive (1.4.12): line height 1.5, paragraphs 2 em apart,
 * letters 0.12 em and words 0.16 em, as a reader's own style sheet sets them.
 */
const TEXT_SPACING =
	'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * {@link reflowProblems} with a reader's text spacing applied (a constructed style sheet, as a user
 * style or an extension adds it: the page's CSP does not govern it), then taken off again.
 */
export async function textSpacingProblems(page: Page): Promise<string[]> {
	await page.evaluate((css) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	}, TEXT_SPACING);
	try {
		return await reflowProblems(page);
	} finally {
		await page.evaluate(() => {
			document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
		});
	}
}

/** Whether the page's help control, and on the home page a phone number, are on the first screen. */
export async function firstScreenProblems(page: Page, needsNumber: boolean): Promise<string[]> {
	return page.evaluate((needsNumber) => {
		const onScreen = (el: Element) => {
			const box = el.getBoundingClientRect();
			return (
				box.width > 0 &&
				box.top >= 0 &&
				box.left >= 0 &&
				box.bottom <= window.innerHeight &&
				box.right <= window.innerWidth &&
				getComputedStyle(el).visibility === 'visible'
			);
		};
		const problems: string[] = [];
		window.scrollTo(0, 0);
		// The site's and a package's "Get help now"; presenter mode's "Help slide".
		const help = [...document.querySelectorAll('[data-get-help], [data-help]')];
		if (!help.some(onScreen)) problems.push('no help control on the first screen');
		const tel = [...document.querySelectorAll('a[href^="tel:"]')];
		if (needsNumber && !tel.some(onScreen)) problems.push('no phone number on the first screen');
		return problems;
	}, needsNumber);
}
