/**
 * `client:reach`, the directive every activity island uses: the island hydrates when the learner
 * reaches it, whichever way comes first: it scrolls into view, focus enters it (Tab, a screen
 * reader's cursor, a skip link) or a pointer presses on it. Its code is fetched as soon as it is
 * displayed (not run), so hydration at that moment runs at once, inside the focus event: the control
 * that took focus is the same element afterwards, and the learner's next key press already works.
 *
 * The server HTML keeps the controls enabled, so Tab reaches them before hydration; with
 * `client:visible` they were disabled until the island scrolled into view, and Tab jumped past them.
 * A click (or Space or Enter on a control) that comes before the code has loaded is held and
 * replayed once the island is live, never lost or half done (a radio checked, then unchecked by
 * hydration). Islands in a hidden part of the page (a package's other lessons) stay unhydrated until shown, as
 * with `client:visible`, so an activity is not marked shown before the learner sees it.
 *
 * `client:reach="idle"` also hydrates once the browser is idle after load, as `client:idle` would:
 * for controls that are disabled until their code runs (the progress controls), which Tab would
 * otherwise pass. One directive script on the page instead of two.
 */
import type { ClientDirective } from 'astro';
import { ISLAND_PREPARE, type IslandPrepare } from '../components/activities/island-prepare.ts';
import { RUNTIME_READY } from '../lib/events.ts';

declare module 'astro' {
	interface AstroClientDirectives {
		/**
		 * Hydrate when visible, focused or pressed; the code is fetched as the page loads. `"idle"`:
		 * also once the browser is idle.
		 */
		'client:reach'?: boolean | 'idle';
	}
}

const reach: ClientDirective = (load, options, el) => {
	let hydrate: (() => Promise<void>) | undefined;
	let started = false;
	/** A click (or Space/Enter on a control) that came before the code: replayed once it is live. */
	let held: HTMLElement | undefined;
	let code: Promise<() => Promise<void>> | undefined;
	// The island's code, then what the island asks for once its code has run (its activity type's
	// component: type-loader.ts), fetched once: a learner who tabs straight to an activity finds all
	// its code there.
	const fetchCode = () =>
		(code ??= load().then(async (h) => {
			const detail: IslandPrepare = {};
			el.dispatchEvent(new CustomEvent(ISLAND_PREPARE, { bubbles: true, detail }));
			// A type whose code failed to load: the island then stays as its server HTML (Astro logs why).
			await detail.ready?.catch(() => undefined);
			return (hydrate = h);
		}));
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
			void fetchCode()
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
	// The code is fetched as soon as the island is displayed, wherever it is on the page: at once on
	// a lesson page; in a package, a lesson's islands as that lesson is shown (a hidden part has no
	// box: its size is 0 until shown), so a launch loads only what its first lesson uses. A size
	// observer, not an intersection margin, which a cross-origin frame (an LMS) would ignore.
	const displayed = new ResizeObserver((entries) => {
		if (!entries.some((e) => e.contentRect.width > 0 || e.contentRect.height > 0)) return;
		displayed.disconnect();
		void fetchCode();
	});
	for (const child of el.children) observer.observe(child);
	const watchDisplay = () => {
		for (const child of el.children) displayed.observe(child);
	};
	// A package page shows every lesson until its runtime has started and hidden all but one.
	if (document.documentElement.hasAttribute('data-package'))
		document.addEventListener(RUNTIME_READY, watchDisplay, { once: true });
	else watchDisplay();
	el.addEventListener('focusin', start);
	el.addEventListener('pointerdown', start);
	el.addEventListener('click', hold, true);
	if (options.value === 'idle') {
		if ('requestIdleCallback' in window) requestIdleCallback(start);
		else setTimeout(start, 200);
	}
};

export default reach;
