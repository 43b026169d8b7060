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
 * If the code does not arrive (the connection dropped: a school's network, a phone on a train), a
 * card the learner pressed or focused says so below itself, in words, instead of staying silently
 * inert; every such card asks again on its own (after 2 s, then longer, up to 30 s) and at once on
 * the next press or focus, so it comes back with the connection. (A browser that keeps a failed
 * module import answers from memory; the notice's "reload the page" is for that.) A held click is
 * dropped, not replayed later by surprise.
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
		(code ??= load()
			.then(async (h) => {
				const detail: IslandPrepare = {};
				el.dispatchEvent(new CustomEvent(ISLAND_PREPARE, { bubbles: true, detail }));
				await detail.ready;
				return (hydrate = h);
			})
			.catch((error: unknown) => {
				// Not kept: the next reach asks again.
				code = undefined;
				throw error;
			}));
	/** What the learner reads when the code did not arrive: a note under the card. */
	let notice: HTMLElement | undefined;
	/** The next try on its own, and how long until it: longer each time, up to 30 s. */
	let again: ReturnType<typeof setTimeout> | undefined;
	let wait = 2_000;
	/**
	 * The learner pressed or focused the card since it last said its code did not arrive: whatever
	 * fetch was under way then (one begun as it scrolled into view, say) answers that press.
	 */
	let tried = false;
	/**
	 * The code did not arrive. A learner who tried to use the card reads why under it (and it stays
	 * until the code comes); a card only scrolled past, or a try on its own, says nothing new. Either
	 * way it asks again on its own, so it comes back with the connection, and at once on the next
	 * press or focus.
	 */
	const failed = () => {
		started = false;
		held = undefined;
		clearTimeout(again);
		again = setTimeout(start, wait);
		wait = Math.min(wait * 2, 30_000);
		if (!tried) return;
		tried = false;
		notice ??= document.createElement('p');
		if (!notice.isConnected) {
			notice.className = 'note';
			notice.setAttribute('role', 'status');
			el.after(notice);
		}
		// Empty first, then the words in a task of their own: a screen reader announces a live
		// region's change, not a region that arrives already full, and hears a second failure too.
		const region = notice;
		region.textContent = '';
		setTimeout(() => {
			region.textContent =
				'This activity did not load: the connection may have dropped. Try it again in a moment, or reload the page.';
		}, 50);
	};
	const hold = (event: Event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
		held = event.target as HTMLElement;
		reached();
	};
	const live = () => {
		el.removeEventListener('click', hold, true);
	};
	/** Hydrates the island, fetching its code first if need be. */
	const start = () => {
		if (started) return;
		started = true;
		observer.disconnect();
		clearTimeout(again);
		// Loaded: hydrate now, inside this event, so the next key press or click already works.
		if (hydrate) {
			void hydrate();
			live();
		} else
			void fetchCode().then(async (h) => {
				notice?.remove();
				await h();
				live();
				// After the card's first effects (its session), in a task of its own.
				setTimeout(() => held?.click());
			}, failed);
	};
	/** The learner pressed or focused the card. */
	function reached() {
		tried = true;
		start();
	}
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
		// Fetched ahead only: a failure here is met when the learner reaches the card.
		fetchCode().catch(() => undefined);
	});
	for (const child of el.children) observer.observe(child);
	const watchDisplay = () => {
		for (const child of el.children) displayed.observe(child);
	};
	// A package page shows every lesson until its runtime has started and hidden all but one.
	if (document.documentElement.hasAttribute('data-package'))
		document.addEventListener(RUNTIME_READY, watchDisplay, { once: true });
	else watchDisplay();
	el.addEventListener('focusin', reached);
	el.addEventListener('pointerdown', reached);
	el.addEventListener('click', hold, true);
	if (options.value === 'idle') {
		if ('requestIdleCallback' in window) requestIdleCallback(start);
		else setTimeout(start, 200);
	}
};

export default reach;
