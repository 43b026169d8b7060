/**
 * Presenter mode's notes window (N, or the Notes button): a second window, opened blank, that the
 * presenter's page fills with the shown slide's presenter's note and keeps in step with the slides,
 * so a note need not open on the projected screen. Nothing runs in it: this script writes its
 * content (the page's own stylesheets, copies of the note) and listens to its keys, so a clicker's
 * presses still move the slides while the notes window has focus. Same origin, nothing sent.
 */

/** What the notes window shows for the slide on the screen. */
export interface NotesView {
	/** The slide, as the bar says it: "Slide 5 of 40: Ground rules". */
	slide: string;
	/** What the next press of next does. */
	next: string;
	/** Whether the projected screen is blank (B). */
	blanked: boolean;
	/** The slide's presenter's note, if it has one. */
	note: HTMLElement | null;
}

/** The notes window, as presenter mode uses it. */
export interface NotesWindow {
	/** Opens it (or brings it forward) showing `view`; false when the browser blocked it. */
	open(view: NotesView): boolean;
	/** Shows `view` in it, if it is open. */
	update(view: NotesView): void;
	isOpen(): boolean;
}

/** The window's name: pressing N again, or after a reload, finds the same window. */
const NAME = 'second-look-notes';

/** Where the notes window's words go, once it is set up. */
interface Parts {
	slide: HTMLElement;
	next: HTMLElement;
	blank: HTMLElement;
	body: HTMLElement;
}

/**
 * Sets up the notes window of presenter mode on `doc`. `onKey` gets the notes window's key presses
 * (as the page's own); `onChange` is called when it opens or closes.
 */
export function notesWindow(
	doc: Document,
	win: Window,
	onKey: (event: KeyboardEvent) => void,
	onChange: () => void,
): NotesWindow {
	let child: Window | null = null;
	let parts: Parts | undefined;
	const isOpen = () => child !== null && !child.closed && parts !== undefined;

	/** Writes the window's fixed parts: its title, the page's stylesheets and the places for notes. */
	const setUp = (w: Window): Parts => {
		const d = w.document;
		const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
			const node = d.createElement(tag);
			if (className) node.className = className;
			if (text) node.textContent = text;
			return node;
		};
		d.documentElement.lang = doc.documentElement.lang;
		const scheme = el('meta');
		scheme.name = 'color-scheme';
		scheme.content = 'light dark';
		const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => {
			const link = el('link');
			link.rel = 'stylesheet';
			link.href = l.href;
			return link;
		});
		d.head.replaceChildren(scheme, ...links);
		d.title = doc.title.replace(/^Presenter:/, 'Presenter’s notes:');
		const main = el('main', 'notes-window');
		const heading = el('h1', '', 'Presenter’s notes');
		const slide = el('p', 'notes-slide');
		slide.setAttribute('aria-live', 'polite');
		slide.dataset['notesSlide'] = '';
		const next = el('p', 'notes-next');
		const blank = el('p', 'notes-blank', 'The projected screen is blank: press B to show it.');
		const body = el('section', 'notes-body');
		body.setAttribute('aria-label', 'This slide’s note');
		const tip = el(
			'p',
			'notes-tip',
			'Keep this window on your own screen. While the projector shows the same as your computer (mirrored), the class sees this window too: extend the display (on Windows, Windows key + P, then Extend; on a Mac, Displays, then turn off mirroring) and drag this window to your screen. Your clicker’s keys work here too.',
		);
		main.append(heading, slide, next, blank, body, tip);
		d.body.replaceChildren(main);
		d.addEventListener('keydown', onKey);
		// Closed by the presenter: the notes show on the slides again.
		w.addEventListener('pagehide', () => {
			parts = undefined;
			onChange();
		});
		return { slide, next, blank, body };
	};

	const render = (view: NotesView) => {
		if (!child || !parts) return;
		const d = child.document;
		parts.slide.textContent = view.slide;
		parts.next.textContent = view.next;
		parts.blank.hidden = !view.blanked;
		const copy = [...(view.note?.children ?? [])]
			.filter((n) => n.tagName !== 'SUMMARY')
			.map((n) => d.importNode(n, true));
		// A source opens in a tab of its own: the notes window stays on the notes.
		for (const node of copy)
			for (const a of node.querySelectorAll('a[href]')) {
				a.setAttribute('target', '_blank');
				a.setAttribute('rel', 'noreferrer noopener');
			}
		if (copy.length > 0) parts.body.replaceChildren(...copy);
		else
			parts.body.replaceChildren(
				Object.assign(d.createElement('p'), { textContent: 'No note for this slide.' }),
			);
	};

	// The presenter's page goes (closed, reloaded): the notes window says so, and how to follow again.
	win.addEventListener('pagehide', () => {
		if (!isOpen() || !parts) return;
		parts.slide.textContent = 'Presenter mode was closed or reloaded.';
		parts.next.textContent = 'Press N there to follow the slides here again.';
		parts.body.replaceChildren();
	});
	// Back from closing the notes window: the notes show on the slides again.
	win.addEventListener('focus', () => {
		if (parts && child?.closed) {
			parts = undefined;
			onChange();
		}
	});

	return {
		open(view) {
			try {
				const opened = win.open('', NAME, 'popup,width=720,height=720');
				if (!opened) return false;
				if (opened !== child || !parts) {
					child = opened;
					parts = setUp(opened);
				}
				render(view);
				opened.focus();
			} catch {
				// A notes window left on another site's page cannot be written to.
				return false;
			}
			onChange();
			return true;
		},
		update(view) {
			if (!isOpen()) return;
			try {
				render(view);
			} catch {
				// Left on another site's page: the notes show on the slides again.
				parts = undefined;
				onChange();
			}
		},
		isOpen,
	};
}
