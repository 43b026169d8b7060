/**
 * Where "Continue" under an activity takes the learner: the next thing in the lesson a reader meets
 * after the card. Its island (`astro-island`, which has no box of its own) holds only the card, so
 * the walk starts at the island: past what a reader never meets there (a `<noscript>` note, a
 * template, scripts, a hidden part or another audience's card in a package), and out of a wrapper
 * (a part for one audience) at its end. The last activity of a lesson is followed by its summary,
 * or its "Remember" box. Focus goes to that thing's first piece of content (a heading, a paragraph,
 * the next card's label), not to a whole box a screen reader would read out at once.
 */

/** Never read where they stand: a no-JavaScript note, and what the page only uses. */
const NOT_CONTENT = 'noscript, template, script, style';
/** Boxes around content: focus goes to the first thing inside them. */
const WRAPPER = 'div, section, article, aside, astro-island, astro-slot';
/** Take focus already, with no `tabindex` needed. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Whether the learner can see `el` (or, for a box-less element such as an island, its content). */
function shown(el: Element): boolean {
	if (el.matches(NOT_CONTENT) || (el instanceof HTMLElement && el.hidden)) return false;
	const style = el.ownerDocument.defaultView?.getComputedStyle(el);
	if (style?.display === 'contents') return [...el.children].some(shown);
	return el.getClientRects().length > 0 && style?.visibility !== 'hidden';
}

/** The next element shown after `from`, climbing out of the boxes it ends. */
function nextShown(from: Element): Element | undefined {
	for (let at: Element | null = from; at && at !== at.ownerDocument.body; at = at.parentElement) {
		for (let next = at.nextElementSibling; next; next = next.nextElementSibling)
			if (shown(next)) return next;
	}
	return undefined;
}

/** Text written straight in `el`, not in an element inside it. */
const hasOwnText = (el: Element) =>
	[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());

/**
 * The first piece of content in `el`, and the box to scroll to (the outermost with a box: an island
 * has none, its card has).
 */
function firstContent(el: Element): { target: HTMLElement; box: Element } {
	let at = el;
	let box: Element | undefined;
	for (;;) {
		const boxless = at.ownerDocument.defaultView?.getComputedStyle(at).display === 'contents';
		if (!boxless) box ??= at;
		const inside = [...at.children].find(shown);
		// A box that takes focus itself (a scrolling table's) is where focus goes.
		if (!at.matches(WRAPPER) || at.matches(FOCUSABLE) || hasOwnText(at) || !inside) break;
		at = inside;
	}
	// A `<details>` is reached, and opened, by its summary.
	const summary = at.matches('details') ? at.querySelector(':scope > summary') : null;
	const target = (summary ?? at) as HTMLElement;
	return { target, box: box ?? target };
}

/**
 * Moves focus to what follows `card` in the lesson, and scrolls it to the top of the screen (the
 * page's `scroll-padding-top` keeps it clear of the sticky bar; the page's `scroll-behavior` is
 * smooth only for a learner who has not asked for less motion). Nothing follows: focus stays.
 */
export function continueFrom(card: HTMLElement): void {
	const next = nextShown(card.closest('astro-island') ?? card);
	if (!next) return;
	const { target, box } = firstContent(next);
	if (!target.matches(FOCUSABLE)) {
		// Focusable by script only, and only until focus leaves it: a click on the text later
		// does not put a ring around it.
		target.tabIndex = -1;
		target.addEventListener(
			'blur',
			() => {
				target.removeAttribute('tabindex');
			},
			{ once: true },
		);
	}
	target.focus({ preventScroll: true });
	box.scrollIntoView({ block: 'start' });
}
