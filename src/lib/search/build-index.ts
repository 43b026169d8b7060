import lunr from 'lunr';
import { MIN_SOUND_KEY, soundKey } from './phonetic.ts';
import { indexTerm, wordSpans } from './text.ts';
import type {
	SearchDocument,
	SearchField,
	SearchPayload,
	SearchSource,
	StoredDocument,
} from './types.ts';

/** How much a match in each field counts; a title match outranks any number of body matches. */
export const fieldBoosts: Readonly<Record<'title' | SearchField, number>> = {
	title: 10,
	summary: 4,
	points: 2,
	body: 1,
};

/** Digits kept in the index's stored scores: plenty for ranking, and a much smaller file. */
const SCORE_DECIMALS = 3;

/** Rounds the term scores in a serialised lunr index's field vectors ([term index, score, …]). */
function roundVectors(json: { fieldVectors?: [string, number[]][] }): void {
	const scale = 10 ** SCORE_DECIMALS;
	for (const [, vector] of json.fieldVectors ?? []) {
		for (let i = 1; i < vector.length; i += 2) {
			vector[i] = Math.round((vector[i] ?? 0) * scale) / scale;
		}
	}
}

/**
 * The sound-alike table: for every word of every document, its {@link soundKey} → the index terms
 * of the words with that key. Words shorter than three letters are left to exact matching.
 */
function soundTable(docs: readonly SearchDocument[]): Record<string, string> {
	const table = new Map<string, Set<string>>();
	const seen = new Set<string>();
	for (const doc of docs) {
		for (const text of [doc.title, ...doc.parts.map((p) => p.text)]) {
			for (const { word } of wordSpans(text)) {
				const lower = word.toLowerCase();
				if (lower.length < 3 || seen.has(lower)) continue;
				seen.add(lower);
				const term = indexTerm(lower);
				const key = soundKey(lower);
				if (term === '' || key.length < MIN_SOUND_KEY) continue;
				let terms = table.get(key);
				if (!terms) table.set(key, (terms = new Set()));
				terms.add(term);
			}
		}
	}
	return Object.fromEntries(
		[...table]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, terms]) => [key, [...terms].sort().join(' ')]),
	);
}

/** What a document stores for results: its parts' text and anchors, nothing else. */
function stored(doc: SearchDocument): StoredDocument {
	return {
		u: doc.url,
		t: doc.title,
		k: doc.kind,
		a: doc.audience,
		p: doc.parts.map((p) => (p.anchor ? [p.text, p.anchor] : [p.text])),
	};
}

/**
 * Builds the search payload for some documents: a lunr index (title, summary, points and body
 * fields, English stemming and stop words), the stored text for snippets, and the sound-alike table.
 * Pure and deterministic: the same documents give the same JSON.
 */
export function buildSearchPayload(docs: readonly SearchDocument[]): SearchPayload {
	const index = lunr(function () {
		this.ref('ref');
		for (const [name, boost] of Object.entries(fieldBoosts)) this.field(name, { boost });
		this.metadataWhitelist = [];
		docs.forEach((doc, i) => {
			const text = (field: SearchField) =>
				doc.parts
					.filter((p) => p.field === field)
					.map((p) => p.text)
					.join('\n');
			this.add({
				ref: String(i),
				title: doc.title,
				summary: text('summary'),
				points: text('points'),
				body: text('body'),
			});
		});
	});
	const json = index.toJSON() as { fieldVectors?: [string, number[]][] };
	roundVectors(json);
	return { v: 1, index: json, docs: docs.map(stored), sounds: soundTable(docs) };
}

/** The documents-only payload ({@link SearchSource}): the searcher indexes them when it loads. Pure. */
export function searchSource(docs: readonly SearchDocument[]): SearchSource {
	return { v: 2, docs: [...docs] };
}

/** The classic-script form of a payload, for pages opened from `file://` (no fetch there). */
export function payloadScript(json: string): string {
	return `self.secondLookSearchIndex=${json};\n`;
}
