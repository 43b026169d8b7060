/**
 * `client:reach`, the directive every activity island uses: the island hydrates when the learner
 * reaches it, whichever way comes first: it scrolls into view, focus enters it (Tab, a screen
 * reader's cursor, a skip link) or a pointer presses on it. Its code is fetched as the page loads
 * (not run), so hydration at that moment runs at once, inside the focus event: the control that took
 * focus is the same element afterwards, and the learner's next key press already works.
 *
 * The server HTML keeps the controls enabled, so Tab reaches them before hydration; with
 * `client:visible` they were disabled until the island scrolled into view, and Tab jumped past them.
 * A click (or Space or Enter on a control) that comes before the code has loaded is held and
 * replayed once the island is live, never lost or half done (a radio checked, then unchecked by
 * hydration). Islands in a hidden part of the page (a package's other lessons) stay unhydrated until shown, as
 * with `client:visible`, so an activity is not marked shown before the learner sees it.
 */
import type { ClientDirective } from 'astro';

declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrate when visible, focused or pressed; the code is fetched as the page loads. */
		'client:reach'?: boolean;
	}
}

const reach: ClientDirective = (load, _options, el) => {
	let hydrate: (() => Promise<void>) | undefined;
	let started = false;
	/** A click (or Space/Enter on a control) that came before the code: replayed once it is live. */
	let held: HTMLElement | undefined;
	// Fetched at once (the chunk every activity shares, as it would be once one is seen): a learner
	// who tabs straight to an activity finds its code there.
	const code = load().then((h) => (hydrate = h));
	const hold = (event: Event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
		held = event.target as HTMLElement;
		start();
	};
	const live = () => {
		el.removeEventListener('click', hold, true);
	};
	const start = () => {
		if (started) return;
		started = true;
		observer.disconnect();
		// Loaded: hydrate now, inside this event, so the next key press or click already works.
		if (hydrate) {
			void hydrate();
			live();
		} else
			void code
				.then((h) => h())
				.then(() => {
					live();
					// After the card's first effects (its session), in a task of its own.
					setTimeout(() => held?.click());
				});
	};
	const observer = new IntersectionObserver((entries) => {
		if (entries.some((e) => e.isIntersecting)) start();
	});
	for (const child of el.children) observer.observe(child);
	el.addEventListener('focusin', start);
	el.addEventListener('pointerdown', start);
	el.addEventListener('click', hold, true);
};

export default reach;
