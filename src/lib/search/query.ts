import lunr from 'lunr';
import { MIN_SOUND_KEY, soundKey } from './phonetic.ts';
import { distinctMatches, snippet, type Segment, type TermSpan } from './snippet.ts';
import { indexTerm, wordSpans } from './text.ts';
import { buildSearchPayload } from './build-index.ts';
import type { AnySearchPayload, StoredDocument } from './types.ts';

/** One result, ready to show. */
export interface SearchResult {
	/** Where the result links: the page, and the place on it when the snippet has one. */
	href: string;
	title: string;
	/** The title with its matching words marked. */
	titleMarks: Segment[];
	kind: string;
	audience: string;
	/** A short extract with the matching words marked. */
	snippet: Segment[];
	score: number;
}

/** What a search found: how many documents matched, and the best of them with snippets. */
export interface SearchOutcome {
	total: number;
	results: SearchResult[];
}

/** A loaded index that answers queries. */
export interface Searcher {
	search(query: string, options?: { limit?: number; typing?: boolean }): SearchOutcome;
}

/**
 * How far a word may be misspelt and still match: none for short words, one letter for most,
 * two for long words ("sextorsion", "blackmailed").
 */
export function editDistanceFor(term: string): number {
	if (term.length < 4) return 0;
	return term.length < 8 ? 1 : 2;
}

/** Query boosts: a word as typed beats a sound-alike, which beats a near spelling or a prefix. */
const BOOST = { exact: 10, sound: 4, fuzzy: 1, prefix: 2 } as const;

/** Most words of a query that are used (a pasted paragraph stays fast). */
const MAX_WORDS = 8;

/**
 * Loads a payload (from `/search-index.json` or the classic script; documents only are indexed here) into a searcher. Queries are
 * tolerant: every word also matches its stem (plurals), near spellings (edit distance by length),
 * words that sound the same ({@link soundKey}) and, while typing, words it begins.
 */
export function createSearcher(loaded: AnySearchPayload): Searcher {
	const version: unknown = loaded.v;
	if (version !== 1 && version !== 2)
		throw new Error(`Unknown search index version ${String(version)}.`);
	// Documents only (the offline folder): index them now, the same way the build does.
	const payload = loaded.v === 2 ? buildSearchPayload(loaded.docs) : loaded;
	const index = lunr.Index.load(payload.index);
	const termCache = new Map<string, string>();
	const termOf = (word: string): string => {
		let term = termCache.get(word);
		if (term === undefined) {
			term = indexTerm(word);
			termCache.set(word, term);
		}
		return term;
	};

	// Each part's words and terms, worked out the first time a result needs them.
	const spanCache = new Map<string, TermSpan[]>();
	const spansOf = (docRef: string, partIndex: number | 'title', text: string): TermSpan[] => {
		const key = `${docRef}/${partIndex}`;
		let spans = spanCache.get(key);
		if (!spans) {
			spans = wordSpans(text).map((w) => ({
				term: termOf(w.word.toLowerCase()),
				start: w.start,
				end: w.end,
			}));
			spanCache.set(key, spans);
		}
		return spans;
	};

	function run(words: readonly string[], typing: boolean): lunr.Index.Result[] {
		// lunr matches every document when a query has no clause (only stop words): nothing instead.
		if (words.every((word) => termOf(word.toLowerCase()) === '')) return [];
		return index.query((q) => {
			words.forEach((word, i) => {
				const lower = word.toLowerCase();
				const term = termOf(lower);
				if (term === '') return;
				q.term(term, { usePipeline: false, boost: BOOST.exact });
				const distance = editDistanceFor(term);
				if (distance > 0)
					q.term(term, { usePipeline: false, editDistance: distance, boost: BOOST.fuzzy });
				const key = soundKey(lower);
				const alikes = key.length >= MIN_SOUND_KEY ? (payload.sounds[key] ?? '') : '';
				for (const alike of alikes.split(' ')) {
					if (alike !== '' && alike !== term)
						q.term(alike, { usePipeline: false, boost: BOOST.sound });
				}
				if (typing && i === words.length - 1 && lower.length >= 3) {
					q.term(lower, {
						usePipeline: false,
						wildcard: lunr.Query.wildcard.TRAILING,
						boost: BOOST.prefix,
					});
				}
			});
		});
	}

	function toResult(doc: StoredDocument, result: lunr.Index.Result): SearchResult {
		const matched = new Set(Object.keys(result.matchData.metadata));
		// The part matching the most different words; earlier parts (the summary) win ties.
		let best = { index: 0, rank: 0 };
		doc.p.forEach((part, index) => {
			const rank = distinctMatches(spansOf(result.ref, index, part[0]), matched);
			if (rank > best.rank) best = { index, rank };
		});
		const [text, anchor] = doc.p[best.index] ?? [''];
		return {
			// A part's anchor replaces the document's own (a lesson in a package: `index.html#lesson-x`).
			href: anchor ? `${doc.u.replace(/#.*$/, '')}#${anchor}` : doc.u,
			title: doc.t,
			titleMarks: snippet(doc.t, spansOf(result.ref, 'title', doc.t), matched, { whole: true }),
			kind: doc.k,
			audience: doc.a,
			snippet: snippet(text, spansOf(result.ref, best.index, text), matched),
			score: result.score,
		};
	}

	return {
		search(query, { limit = 20, typing = false } = {}) {
			const words = wordSpans(query)
				.map((s) => s.word)
				.slice(0, MAX_WORDS);
			if (words.length === 0) return { total: 0, results: [] };
			const found = run(words, typing);
			const results: SearchResult[] = [];
			for (const result of found.slice(0, limit)) {
				const doc = payload.docs[Number(result.ref)];
				if (doc) results.push(toResult(doc, result));
			}
			return { total: found.length, results };
		},
	};
}
