/**
 * The search page (/search/). Nothing is downloaded until the learner starts searching (focuses or
 * types in a search box, submits one, or arrives with a query from the header box, or an older
 * link's `#q=` or `?q=`): then the index and lunr load once, and every search runs in the browser.
 * Results are built from text nodes only, never as HTML. The words stay in the browser and out of
 * its history: the header box hands them over in the tab's sessionStorage (header-search.ts), an
 * older link's are taken out of the address at once, and the page never writes one into it.
 *
 * The index comes from `window.secondLookSearchIndex` if a classic script has set it, else from the
 * classic script `data-index-script` when the page is opened from `file://` (where fetch of a local
 * file is refused) or names no `data-index` (an offline package's copy), else by fetching
 * `data-index` (JSON). What an empty or failed search says comes from the page's templates
 * (`data-search-none`, `data-search-failed`), whose links a package's copy points at its own files.
 */
import type { SearchOutcome, Searcher } from '../lib/search/query.ts';
import type { Segment } from '../lib/search/snippet.ts';
import type { AnySearchPayload } from '../lib/search/types.ts';
import { takeHandedQuery } from './handed-query.ts';

declare global {
	interface Window {
		secondLookSearchIndex?: AnySearchPayload;
	}
}

/** How long typing must pause before the results update, in milliseconds. */
const TYPING_PAUSE_MS = 250;
/**
 * How long typing must pause before the count is said (the status is a live region): a count per
 * keystroke talks over a screen reader's own echo of the typing ("No results for “f”").
 */
const SAY_PAUSE_MS = 1000;
/** Most results shown at once. */
const SHOWN = 20;

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) start(app);

function start(app: HTMLElement): void {
	const form = app.querySelector<HTMLFormElement>('form');
	const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
	const status = app.querySelector<HTMLElement>('[data-search-status]');
	const results = app.querySelector<HTMLElement>('[data-search-results]');
	if (!form || !input || !status || !results) return;
	app.querySelector('[data-search-nojs]')?.remove();
	const indexUrl = app.dataset['index'];
	const scriptUrl = app.dataset['indexScript'] ?? '/search-index.js';

	let searcher: Promise<Searcher> | undefined;
	const load = (): Promise<Searcher> => {
		searcher ??= Promise.all([
			import('../lib/search/query.ts'),
			loadPayload(indexUrl, scriptUrl),
		]).then(([{ createSearcher }, payload]) => createSearcher(payload));
		return searcher;
	};

	let latest = 0;
	let saying: ReturnType<typeof setTimeout> | undefined;
	/** Says the count: after a pause while typing; at once on a search, said again if unchanged. */
	const say = (text: string, typing: boolean) => {
		clearTimeout(saying);
		if (typing) {
			saying = setTimeout(() => (status.textContent = text), SAY_PAUSE_MS - TYPING_PAUSE_MS);
			return;
		}
		status.textContent = '';
		saying = setTimeout(() => (status.textContent = text), 50);
	};
	const run = async (query: string, typing: boolean): Promise<void> => {
		const ticket = ++latest;
		const trimmed = query.trim();
		if (!trimmed) {
			clearTimeout(saying);
			status.textContent = '';
			results.replaceChildren();
			return;
		}
		let outcome: SearchOutcome;
		try {
			outcome = (await load()).search(trimmed, { limit: SHOWN, typing });
		} catch {
			searcher = undefined;
			if (ticket !== latest) return;
			say('Search could not load.', false);
			results.replaceChildren(el('div', 'search-empty', ...fromTemplate(app, 'failed')));
			return;
		}
		if (ticket !== latest) return;
		say(summary(outcome, trimmed), typing);
		results.replaceChildren(outcome.total ? resultList(outcome) : noResults(app, trimmed));
	};

	// The learner has started searching: fetch in the background so results are ready sooner.
	const warm = () => void load().catch(() => (searcher = undefined));
	for (const box of document.querySelectorAll<HTMLInputElement>('input[type="search"]')) {
		box.addEventListener('focus', warm, { once: true });
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		clearTimeout(saying);
		timer = setTimeout(() => void run(input.value, true), TYPING_PAUSE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run(input.value, false);
	});

	// A query the header box handed over (header-search.ts), or one an older link put in the
	// address: searched, then taken out of it (see the file comment).
	const arrived = () => {
		const words = takeHandedQuery(() => window.sessionStorage) || queryIn(window.location);
		if (window.location.search || window.location.hash)
			window.history.replaceState(null, '', window.location.pathname);
		if (!words.trim()) return;
		input.value = words;
		void run(words, false);
	};
	arrived();
	// The header box on this page itself changes only the fragment.
	window.addEventListener('hashchange', arrived);
}

/** The query an address carries: `#q=` (the header box's), else `?q=` (an older link's). Pure. */
export function queryIn(location: Pick<Location, 'hash' | 'search'>): string {
	return (
		new URLSearchParams(location.hash.replace(/^#/, '')).get('q') ??
		new URLSearchParams(location.search).get('q') ??
		''
	);
}

/** The index payload, from wherever this page can get it (see the file comment). */
async function loadPayload(
	indexUrl: string | undefined,
	scriptUrl: string,
): Promise<AnySearchPayload> {
	if (
		!window.secondLookSearchIndex &&
		(window.location.protocol === 'file:' || indexUrl === undefined)
	) {
		await new Promise<void>((resolve, reject) => {
			const script = document.createElement('script');
			script.src = scriptUrl;
			script.onload = () => {
				resolve();
			};
			script.onerror = () => {
				reject(new Error(`could not load ${scriptUrl}`));
			};
			document.head.append(script);
		});
	}
	if (window.secondLookSearchIndex) return window.secondLookSearchIndex;
	if (indexUrl === undefined) throw new Error(`${scriptUrl} set no index`);
	const response = await fetch(indexUrl);
	if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
	return (await response.json()) as AnySearchPayload;
}

/** "3 results for “fake profile”", said politely by the live region. */
function summary({ total, results }: SearchOutcome, query: string): string {
	if (total === 0) return `No results for “${query}”.`;
	const count = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”.`;
	return total > results.length ? `${count} Showing the best ${results.length}.` : count;
}

/** An element with some text (or children). */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string | undefined,
	...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (className) element.className = className;
	element.append(...children);
	return element;
}

/** A link. */
function link(href: string, ...content: (string | Node)[]): HTMLAnchorElement {
	const a = el('a', undefined, ...content);
	a.href = href;
	return a;
}

/** Text with its matching words in `<mark>` elements (text nodes only: content is never HTML). */
function marked(segments: readonly Segment[]): (string | Node)[] {
	return segments.map((s) => (s.mark ? el('mark', undefined, s.text) : s.text));
}

/** The list of results: title link, what and who it is for, and a snippet with the matches marked. */
function resultList({ results }: SearchOutcome): HTMLOListElement {
	return el(
		'ol',
		'search-results',
		...results.map((r) =>
			el(
				'li',
				'search-result',
				el('h2', undefined, link(r.href, ...marked(r.titleMarks))),
				el('p', 'meta', `${r.kind} · for ${r.audience}`),
				el('p', 'search-snippet', ...marked(r.snippet)),
			),
		),
	);
}

/** The contents of one of the page's message templates (`data-search-none`, `data-search-failed`). */
function fromTemplate(app: HTMLElement, name: 'none' | 'failed'): Node[] {
	const template = app.querySelector<HTMLTemplateElement>(`template[data-search-${name}]`);
	return template ? [template.content.cloneNode(true)] : [];
}

/** What an empty result says: kindly, with somewhere to go (the page's template). */
function noResults(app: HTMLElement, query: string): HTMLElement {
	return el(
		'div',
		'search-empty',
		el('p', undefined, `Nothing matched “${query}”. Try fewer words, or a different word.`),
		...fromTemplate(app, 'none'),
	);
}
