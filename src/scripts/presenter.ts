/**
 * Presenter mode in the browser: shows one slide at a time and moves between them by keyboard or
 * buttons. Without this script the page is one long, readable document.
 */

/** What a key press asks for, or undefined when presenter mode should leave the key alone. */
export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'help';

/** Elements whose own keyboard behaviour must win over the slide keys. */
const interactive = new Set(['A', 'BUTTON', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Maps a key press to a command. Pure. Space and Enter activate a focused button or link, so they
 * only move slides when focus is elsewhere; modifier chords belong to the browser.
 */
export function commandFor(
	key: string,
	{ shift = false, ctrl = false, alt = false, meta = false, targetTag = 'BODY' } = {},
): PresenterCommand | undefined {
	if (ctrl || alt || meta) return undefined;
	const onControl = interactive.has(targetTag);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case ' ':
			return onControl ? undefined : shift ? 'previous' : 'next';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'r':
		case 'R':
			return 'reveal';
		case 'h':
		case 'H':
			return 'help';
		default:
			return undefined;
	}
}

/** The slide index a location hash names (`#slide-<id>`), or 0. */
function indexFromHash(slides: readonly HTMLElement[], hash: string): number {
	const found = slides.findIndex((s) => `#${s.id}` === hash);
	return found >= 0 ? found : 0;
}

/** Starts presenter mode on a page built by `src/pages/present/[id].astro`. */
export function startPresenter(doc: Document, win: Window): void {
	const slides = [...doc.querySelectorAll<HTMLElement>('[data-slide]')];
	const controls = doc.querySelector<HTMLElement>('[data-controls]');
	const count = doc.querySelector<HTMLElement>('[data-count]');
	const prev = doc.querySelector<HTMLButtonElement>('[data-prev]');
	const next = doc.querySelector<HTMLButtonElement>('[data-next]');
	const help = doc.querySelector<HTMLButtonElement>('[data-help]');
	if (slides.length === 0 || !controls || !count || !prev || !next || !help) return;
	const helpIndex = Number(help.dataset['help']);
	doc.documentElement.classList.add('presenting');
	controls.hidden = false;
	const keys = doc.querySelector<HTMLElement>('[data-keys]');
	if (keys) keys.hidden = false;

	let current = -1;
	const show = (index: number) => {
		const target = Math.min(Math.max(index, 0), slides.length - 1);
		if (target === current) return;
		const first = current === -1;
		const leaving = slides[current];
		const focusWasInside = leaving?.contains(doc.activeElement) ?? false;
		current = target;
		slides.forEach((s, i) => {
			s.hidden = i !== current;
		});
		const slide = slides[current];
		if (!slide) return;
		const heading = slide.querySelector<HTMLElement>('h2');
		count.textContent = `Slide ${String(current + 1)} of ${String(slides.length)}: ${(heading?.textContent ?? '').trim()}`;
		prev.disabled = current === 0;
		next.disabled = current === slides.length - 1;
		// The address names the slide, so a reload stays on it. Not on the first show: rewriting the
		// address then would move the browser's Tab starting point past the quick exit.
		if (!first) win.history.replaceState(null, '', `#${slide.id}`);
		win.scrollTo(0, 0);
		// Focus stays on the buttons while they are used; it only follows when its slide is hidden.
		if (focusWasInside) heading?.focus();
	};

	const run = (command: PresenterCommand) => {
		if (command === 'next') show(current + 1);
		else if (command === 'previous') show(current - 1);
		else if (command === 'first') show(0);
		else if (command === 'last') show(slides.length - 1);
		else if (command === 'help') {
			show(helpIndex);
			slides[helpIndex]?.querySelector<HTMLElement>('h2')?.focus();
		} else {
			const reveal = slides[current]?.querySelector<HTMLDetailsElement>('[data-reveal]');
			if (reveal) reveal.open = !reveal.open;
		}
	};

	prev.addEventListener('click', () => {
		run('previous');
	});
	next.addEventListener('click', () => {
		run('next');
	});
	help.addEventListener('click', () => {
		run('help');
	});
	doc.addEventListener('keydown', (event) => {
		const target = event.target instanceof HTMLElement ? event.target.tagName : 'BODY';
		const command = commandFor(event.key, {
			shift: event.shiftKey,
			ctrl: event.ctrlKey,
			alt: event.altKey,
			meta: event.metaKey,
			targetTag: target,
		});
		if (!command || event.defaultPrevented) return;
		event.preventDefault();
		run(command);
	});
	show(indexFromHash(slides, win.location.hash));
}
