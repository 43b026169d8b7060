/**
 * The shapes of the search index: what the build feeds in (`SearchDocument`) and the JSON it writes
 * (`SearchPayload`), which the browser loads when a learner starts searching.
 */

/** Which lunr field a part of a document is indexed in; titles are their own field. */
export type SearchField = 'summary' | 'points' | 'body';

/** A piece of a document's text, which a result's snippet may show and link to. */
export interface SearchPart {
	/** Plain text (no markup). */
	text: string;
	/** Where it is indexed: `summary` and `points` rank above `body`. */
	field: SearchField;
	/** An element id on the document's page where this text is, so a result can link straight to it. */
	anchor?: string | undefined;
}

/** One searchable page (or place on a page), as a source of documents produces it. */
export interface SearchDocument {
	/**
	 * The site path of the page (`/lessons/fake-profiles/`), or in a package the file and place
	 * (`index.html#lesson-fake-profiles`); a part's anchor replaces the place.
	 */
	url: string;
	/** The result's heading. */
	title: string;
	/** What kind of page it is, shown above the title ("Lesson", "Get help now"). */
	kind: string;
	/** Who it is for, in words ("Schools (ages 11–18), Armed forces"). */
	audience: string;
	/** The text to index and to take snippets from, in page order. */
	parts: SearchPart[];
}

/** One document as stored in the payload: short keys, because the JSON is downloaded. */
export interface StoredDocument {
	/** url */
	u: string;
	/** title */
	t: string;
	/** kind */
	k: string;
	/** audience */
	a: string;
	/** parts: [text] or [text, anchor] */
	p: ([string] | [string, string])[];
}

/** The JSON file the build writes (`/search-index.json`) and the classic script wraps. */
export interface SearchPayload {
	/** Bumped when the shape changes, so an old cached file is not misread. */
	v: 1;
	/** A serialised lunr index; each document's ref is its position in `docs`. */
	index: object;
	docs: StoredDocument[];
	/** Sound-alike key ({@link soundKey}) → the index terms of the words with that key, space-separated. */
	sounds: Record<string, string>;
}

/**
 * A payload of documents only (the offline folder's `search-index.js`): the searcher builds the lunr
 * index and the sound-alike table when the search page opens. A module's few documents index in a
 * few milliseconds, and the zip is about 16 KB smaller than with the serialised index.
 */
export interface SearchSource {
	v: 2;
	docs: SearchDocument[];
}

/** Either form a page may load. */
export type AnySearchPayload = SearchPayload | SearchSource;
