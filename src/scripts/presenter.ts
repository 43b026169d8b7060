/**
 * Presenter mode in the browser: shows one slide at a time, moves between them by keyboard or
 * buttons, jumps to any slide from the slide list or by typing its number, and scales a slide's
 * type down when it would not fit the screen. Without this script the page is one long document.
 */

/** What a key press asks for, or undefined when presenter mode should leave the key alone. */
export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'help' | 'list';

/** Elements whose own keyboard behaviour must win over the slide keys. */
const interactive = new Set(['A', 'BUTTON', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);
/** Elements that take typing: no key is a slide key there. */
const fields = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Modifier keys and where the key was pressed. */
export interface KeyContext {
	shift?: boolean;
	ctrl?: boolean;
	alt?: boolean;
	meta?: boolean;
	targetTag?: string;
}

/**
 * Maps a key press to a command. Pure. Space and Enter activate a focused button or link, so they
 * only move slides when focus is elsewhere; modifier chords belong to the browser.
 */
export function commandFor(
	key: string,
	{ shift = false, ctrl = false, alt = false, meta = false, targetTag = 'BODY' }: KeyContext = {},
): PresenterCommand | undefined {
	if (ctrl || alt || meta) return undefined;
	// A field's keys are its own (arrows change a number, letters are typed).
	if (fields.has(targetTag)) return undefined;
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
		case 'l':
		case 'L':
		case '?':
			return 'list';
		default:
			return undefined;
	}
}

/** The slide number being typed, and the slide to go to when Enter ends it. */
export interface NumberEntry {
	typed: string;
	/** Set when Enter ends a number: the slide's number (1 is the first slide). */
	go?: number;
}

/**
 * Typing a slide's number: digits add to it, Backspace takes one off, Enter goes there, Escape
 * drops it. Pure. Undefined when the key is not part of typing a number (so it keeps its meaning);
 * Enter and Backspace only count while a number is being typed.
 */
export function typeNumber(
	typed: string,
	key: string,
	{ ctrl = false, alt = false, meta = false, targetTag = 'BODY' }: KeyContext = {},
): NumberEntry | undefined {
	if (ctrl || alt || meta || targetTag === 'INPUT' || targetTag === 'TEXTAREA') return undefined;
	if (/^[0-9]$/.test(key)) return { typed: `${typed}${key}`.slice(-3) };
	if (typed === '') return undefined;
	if (key === 'Backspace') return { typed: typed.slice(0, -1) };
	if (key === 'Escape') return { typed: '' };
	if (key === 'Enter') return { typed: '', go: Number(typed) };
	return undefined;
}

/** The smallest a slide's type may be scaled to fit (a share of its size). */
export const MIN_FIT = 0.7;

/**
 * The largest type scale, in hundredths from {@link MIN_FIT} to 1, at which `fits` says the slide's
 * content fits; {@link MIN_FIT} if none does. Text reflows as it scales (lines wrap, columns fill),
 * so a slide is measured, not worked out in proportion: shrinking by the share it overflows would
 * leave a slide in columns far smaller than it needs to be. `fits` is asked about 6 times. Pure
 * apart from what `fits` does.
 */
export function largestFit(fits: (scale: number) => boolean): number {
	if (fits(1)) return 1;
	let lo = Math.round(MIN_FIT * 100);
	let hi = 100;
	// `lo` is the floor, taken whether or not it fits; `hi` never fits.
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (fits(mid / 100)) lo = mid;
		else hi = mid;
	}
	return lo / 100;
}

/**
 * Scales a slide's type (the `--fit` custom property of its `[data-fit]` box) to the largest that
 * fits the slide's box, down to {@link MIN_FIT}. The deck splits long content when it is built; this
 * catches what a narrow or short screen still pushes over, such as the help slide on a 4:3 projector.
 */
export function fitToScreen(slide: HTMLElement): void {
	const box = slide.querySelector<HTMLElement>('[data-fit]');
	if (!box || slide.hidden) return;
	const scale = largestFit((s) => {
		box.style.setProperty('--fit', String(s));
		return box.scrollHeight <= slide.clientHeight;
	});
	box.style.setProperty('--fit', String(scale));
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
	const listButton = doc.querySelector<HTMLButtonElement>('[data-list]');
	const list = doc.querySelector<HTMLDialogElement>('[data-slide-list]');
	const gotoStatus = doc.querySelector<HTMLElement>('[data-goto-status]');
	if (slides.length === 0 || !controls || !count || !prev || !next || !help) return;
	const helpIndex = Number(help.dataset['help']);
	// The session ends on the help slide; the appendix after it is reached by list or number.
	const flowEnd = slides.filter((s) => s.dataset['section'] !== 'appendix').length - 1;
	doc.documentElement.classList.add('presenting');
	controls.hidden = false;

	let current = -1;
	let typed = '';
	const headingOf = (index: number) => slides[index]?.querySelector<HTMLElement>('h2');
	const show = (index: number, { focus = false } = {}) => {
		const target = Math.min(Math.max(index, 0), slides.length - 1);
		if (target === current) {
			if (focus) headingOf(current)?.focus();
			return;
		}
		const first = current === -1;
		const leaving = slides[current];
		const focusWasInside = leaving?.contains(doc.activeElement) ?? false;
		current = target;
		slides.forEach((s, i) => {
			s.hidden = i !== current;
		});
		const slide = slides[current];
		if (!slide) return;
		const inAppendix = current > flowEnd;
		const title = (headingOf(current)?.textContent ?? '').trim();
		count.textContent = inAppendix
			? `Appendix, slide ${String(current + 1)}: ${title}`
			: `Slide ${String(current + 1)} of ${String(flowEnd + 1)}: ${title}`;
		prev.disabled = current === 0;
		next.disabled = current === flowEnd || current === slides.length - 1;
		// The address names the slide, so a reload stays on it. Not on the first show: rewriting the
		// address then would move the browser's Tab starting point past the quick exit.
		if (!first) win.history.replaceState(null, '', `#${slide.id}`);
		win.scrollTo(0, 0);
		fitToScreen(slide);
		// Focus stays on the buttons while they are used; it only follows when its slide is hidden.
		if (focus || focusWasInside) headingOf(current)?.focus();
	};
	const step = (by: number) => {
		// Moving never crosses from the session into the appendix, or back.
		const limit = current > flowEnd ? slides.length - 1 : flowEnd;
		const floor = current > flowEnd ? flowEnd + 1 : 0;
		show(Math.min(Math.max(current + by, floor), limit));
	};
	const openList = () => {
		if (!list || list.open) return;
		list.showModal();
		const link = list.querySelector<HTMLElement>(`[data-goto="${String(current)}"]`);
		link?.focus();
		link?.scrollIntoView({ block: 'nearest' });
	};
	const setTyped = (value: string) => {
		typed = value;
		if (gotoStatus) gotoStatus.textContent = typed ? `Go to slide ${typed}: press Enter` : '';
	};

	const run = (command: PresenterCommand) => {
		if (command === 'next') step(1);
		else if (command === 'previous') step(-1);
		else if (command === 'first') show(0);
		else if (command === 'last') show(flowEnd);
		else if (command === 'help') show(helpIndex, { focus: true });
		else if (command === 'list') openList();
		else {
			const slide = slides[current];
			const reveal = slide?.querySelector<HTMLDetailsElement>('[data-reveal]');
			const answerAt = slide?.dataset['answerAt'];
			if (reveal) reveal.open = !reveal.open;
			else if (answerAt !== undefined) {
				// R on a question goes to its answer and reveals it.
				show(Number(answerAt));
				const answer = slides[current]?.querySelector<HTMLDetailsElement>('[data-reveal]');
				if (answer) answer.open = true;
			}
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
	listButton?.addEventListener('click', () => {
		run('list');
	});
	list?.querySelector('[data-close-list]')?.addEventListener('click', () => {
		list.close();
	});
	list?.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('[data-goto]') : null;
		if (!(link instanceof HTMLElement)) return;
		event.preventDefault();
		list.close();
		show(Number(link.dataset['goto']), { focus: true });
	});
	// A revealed answer or an opened note changes the slide's height: fit it again.
	doc.addEventListener(
		'toggle',
		(event) => {
			const slide = slides[current];
			if (slide && event.target instanceof Node && slide.contains(event.target)) fitToScreen(slide);
		},
		true,
	);
	win.addEventListener('resize', () => {
		const slide = slides[current];
		if (slide) fitToScreen(slide);
	});
	doc.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || list?.open) return;
		const target = event.target instanceof HTMLElement ? event.target.tagName : 'BODY';
		const context = {
			shift: event.shiftKey,
			ctrl: event.ctrlKey,
			alt: event.altKey,
			meta: event.metaKey,
			targetTag: target,
		};
		const entry = typeNumber(typed, event.key, context);
		if (entry) {
			// An Escape that clears a typed number is used here: the quick exit does not count it.
			event.preventDefault();
			setTyped(entry.typed);
			if (entry.go !== undefined) show(entry.go - 1, { focus: true });
			return;
		}
		const command = commandFor(event.key, context);
		if (!command) return;
		event.preventDefault();
		run(command);
	});
	show(indexFromHash(slides, win.location.hash));
}
