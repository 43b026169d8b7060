import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSearchPayload, payloadScript } from './build-index.ts';
import { lessonProseParts, headingSlugger } from './lesson-text.ts';
import { soundKey } from './phonetic.ts';
import { createSearcher, editDistanceFor, type SearchResult, type Searcher } from './query.ts';
import { snippet } from './snippet.ts';
import { searchDocuments, searchSources, type SearchSource, type SiteContent } from './sources.ts';
import { shippedContent } from './test-content.test-data.ts';
import { wordSpans, indexTerm } from './text.ts';
import type { SearchDocument, SearchPayload } from './types.ts';

let content: SiteContent;
let payload: SearchPayload;
let searcher: Searcher;

beforeAll(async () => {
	content = await shippedContent();
	// Through JSON and back, as the browser gets it.
	payload = JSON.parse(
		JSON.stringify(buildSearchPayload(searchDocuments(content))),
	) as SearchPayload;
	searcher = createSearcher(payload);
});

/** The text of a snippet with its marks shown as [brackets]. */
const show = (r: SearchResult | undefined) =>
	(r?.snippet ?? []).map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

const first = (query: string) => searcher.search(query).results[0];

describe('the index builder', () => {
	test('covers every lesson, helpline and module, with url, title, kind and audience', () => {
		const urls = payload.docs.map((d) => d.u);
		for (const { data } of content.lessons) expect(urls).toContain(`/lessons/${data.id}/`);
		for (const h of content.helplines) expect(urls).toContain(`/help/#helpline-${h.id}`);
		for (const m of content.modules) expect(urls).toContain(`/modules/${m.id}/`);
		const lesson = payload.docs.find((d) => d.u === '/lessons/fake-profiles/');
		expect(lesson).toMatchObject({
			t: 'Spotting fake profiles',
			k: 'Lesson',
			a: 'Schools (ages 11–18), Armed forces, Young adults',
		});
	});

	test("indexes a lesson's summary, objectives, key messages, prose and activity prompts", () => {
		const lesson = payload.docs.find((d) => d.u === '/lessons/fake-profiles/');
		const text = lesson?.p.map((p) => p[0]).join('\n') ?? '';
		const data = content.lessons.find((l) => l.data.id === 'fake-profiles')?.data;
		expect(data).toBeDefined();
		expect(text).toContain(data?.summary);
		for (const o of data?.objectives ?? []) expect(text).toContain(o);
		for (const m of data?.keyMessages ?? []) expect(text).toContain(m);
		// A prompt placed with <Activity>, and prose; no MDX tags or citation markers.
		expect(text).toContain("Jay, 13, gets a friend request from 'Mia, 14'.");
		expect(text).toContain('Search the web using their profile photo instead of words.');
		expect(text).not.toMatch(/<Activity|<Cite|\*\*/);
	});

	test('prose parts link to the heading ids Astro gives MDX headings', () => {
		const data = content.lessons.find((l) => l.data.id === 'fake-profiles');
		const parts = data ? lessonProseParts(data.data, data.body) : [];
		expect(parts.map((p) => p.anchor)).toContain('two-checks-you-can-do');
		expect(parts.map((p) => p.anchor)).toContain('another-story-kyle-and-ellie');
		// A heading of a block for another audience still takes its id: the forces "If you are under
		// 18" follows the school one, as Astro numbers them, even where only the forces one shows.
		const happens = content.lessons.find((l) => l.data.id === 'if-it-happens');
		const forces = happens && {
			...happens.data,
			audiences: ['forces' as const],
			activities: happens.data.activities.filter(
				(a) => !a.audiences?.length || a.audiences.includes('forces'),
			),
		};
		const anchors = forces ? lessonProseParts(forces, happens.body).map((p) => p.anchor) : [];
		expect(anchors).toContain('if-you-are-under-18-1');
		expect(anchors).not.toContain('if-you-are-under-18');
		const slug = headingSlugger();
		expect([slug('Summary'), slug('Summary'), slug("What's next?")]).toEqual([
			'summary',
			'summary-1',
			'whats-next',
		]);
	});

	test('the sound-alike table maps a key to the index terms of the words that have it', () => {
		expect(payload.sounds[soundKey('sextortion')]?.split(' ')).toContain(indexTerm('sextortion'));
		expect(payload.sounds[soundKey('friends')]?.split(' ')).toContain('friend');
	});

	test('is deterministic, rounds scores, and wraps as a classic script', () => {
		const again = buildSearchPayload(searchDocuments(content));
		expect(JSON.stringify(again)).toBe(JSON.stringify(payload));
		const vectors = (payload.index as { fieldVectors: [string, number[]][] }).fieldVectors;
		for (const [, v] of vectors)
			for (let i = 1; i < v.length; i += 2)
				expect(v[i]).toBe(Math.round((v[i] ?? 0) * 1000) / 1000);
		const script = payloadScript('{"v":1}');
		const context: { self?: unknown; secondLookSearchIndex?: unknown } = {};
		context.self = context;
		runInNewContext(script, context);
		expect(context.secondLookSearchIndex).toEqual({ v: 1 });
	});

	test('a new kind of page is one more source in the list', () => {
		const notes: SearchSource = {
			name: 'teacher pack',
			documents: () => [
				{
					url: '/teach/fake-profiles/',
					title: 'Teaching notes: Spotting fake profiles',
					kind: 'Teacher notes',
					audience: 'Teachers and trainers',
					parts: [{ text: 'Ask the class what Jay could have checked first.', field: 'summary' }],
				},
			],
		};
		const docs = searchDocuments(content, [...searchSources, notes]);
		const withNotes = createSearcher(buildSearchPayload(docs));
		expect(withNotes.search('what could jay have checked').results[0]?.href).toBe(
			'/teach/fake-profiles/',
		);
	});
});

describe('the query function', () => {
	test('finds sextortion content from "sextorshun", with the word marked', () => {
		const { results } = searcher.search('sextorshun');
		expect(results.length).toBeGreaterThan(0);
		const marks = results.flatMap((r) => [...r.snippet, ...r.titleMarks].filter((s) => s.mark));
		expect(marks.map((s) => s.text.toLowerCase())).toContain('sextortion');
		expect(results.map((r) => r.href)).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/lessons\/fake-profiles\//)]),
		);
	});

	test('a result names the whole title, from its first word, with the match marked inside it', () => {
		// "Second Look for ages 14 to 18: fake profiles, blackmail and getting help": the match is
		// past the snippet's lead, and the link must still name the page it opens.
		const { results } = searcher.search('blackmale');
		expect(results.length).toBeGreaterThan(0);
		for (const r of results) {
			expect(r.titleMarks.map((s) => s.text).join('')).toBe(r.title);
		}
		const module = results.find((r) => r.href === '/modules/school-ks4/');
		expect(module?.titleMarks.some((s) => s.mark && /^blackmail$/i.test(s.text))).toBe(true);
	});

	test('"frend request" finds the friend requests lesson first', () => {
		const top = first('frend request');
		expect(top?.title).toBe('Friend requests and privacy');
		expect(top?.href).toMatch(/^\/lessons\/friend-requests\//);
		expect(show(top)).toMatch(/\[friend\] \[requests?\]/i);
	});

	test('plurals and singulars find each other', () => {
		expect(first('friend requests')?.title).toBe('Friend requests and privacy');
		expect(show(first('photo'))).toMatch(/\[photos?\]/i);
		expect(show(first('threats'))).toMatch(/\[threat/i);
	});

	test('ranks the right lesson first', () => {
		expect(first('reverse image search')?.title).toBe('Spotting fake profiles');
		expect(first('what to do if someone threatens to share images')?.title).toBe('If it happens');
		// Both lessons on friend requests teach that mutual friends prove nothing.
		expect(
			searcher
				.search('mutual friends')
				.results.slice(0, 2)
				.map((r) => r.href.split('#')[0]),
		).toEqual(expect.arrayContaining(['/lessons/fake-profiles/', '/lessons/friend-requests/']));
		expect(first('childline phone number')?.href).toBe('/help/#helpline-childline');
		expect(first('safeguarding lead')?.href).toMatch(/^\/modules\/.+\/#teaching-heading$/);
	});

	test('teachers find the packs: ground rules and discussion prompts are indexed', () => {
		expect(first('ground rules')?.href).toMatch(/^\/teach\/[a-z0-9-]+\/#(before|plan)$/);
		expect(
			searcher
				.search('withdrawal from sex education')
				.results.some((r) => r.href.startsWith('/teach/')),
		).toBe(true);
	});

	test('parents and carers find their guide, at the part they asked about', () => {
		const hits = (query: string) => searcher.search(query).results.map((r) => r.href);
		expect(hits('glad you told me')).toContain('/parents/#say');
		expect(hits('signs to look out for')).toContain('/parents/#signs');
		expect(first('parents carers guide')?.href).toMatch(/^\/parents\//);
	});

	test('teachers find what surrounds the lesson in the pack: the question box, adapting it, the subject', () => {
		const hits = (query: string) => searcher.search(query).results.map((r) => r.href);
		expect(hits('anonymous question box')).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/teach\/[a-z0-9-]+\/#question-box$/)]),
		);
		expect(hits('EAL')).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/teach\/[a-z0-9-]+\/#adapting$/)]),
		);
		expect(hits('myths')).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/teach\/[a-z0-9-]+\/#knowledge$/)]),
		);
	});

	test('misspellings within the edit distance for their length still match', () => {
		expect(editDistanceFor('app')).toBe(0);
		expect(editDistanceFor('frend')).toBe(1);
		expect(editDistanceFor('blackmale')).toBe(2);
		expect(first('blakmale')?.snippet.some((s) => s.mark && /blackmail/i.test(s.text))).toBe(true);
		expect(first('reveres imige serch')?.title).toBe('Spotting fake profiles');
	});

	test('while typing, the last word also matches words it begins', () => {
		expect(searcher.search('blackm').total).toBe(0);
		expect(show(searcher.search('blackm', { typing: true }).results[0])).toMatch(/\[blackmail/i);
	});

	test('nonsense, stop words and empty queries find nothing, without throwing', () => {
		expect(searcher.search('xqzwv').total).toBe(0);
		expect(searcher.search('zzzqqq').total).toBe(0);
		expect(searcher.search('the and of').total).toBe(0);
		expect(searcher.search('   ').results).toEqual([]);
		expect(searcher.search('"*~^:+-').results).toEqual([]);
	});

	test('limits the results but counts them all', () => {
		const all = searcher.search('help');
		const two = searcher.search('help', { limit: 2 });
		expect(two.results).toHaveLength(2);
		expect(two.total).toBe(all.total);
		expect(all.total).toBeGreaterThan(2);
	});

	test('refuses a payload of another version', () => {
		expect(() => createSearcher({ ...payload, v: 3 } as unknown as SearchPayload)).toThrow(
			/version 3/,
		);
	});
});

describe('snippets', () => {
	const doc: SearchDocument = {
		url: '/x/',
		title: 'A title',
		kind: 'Lesson',
		audience: 'Everyone',
		parts: [{ text: 'x', field: 'summary' }],
	};
	const spans = (text: string) => wordSpans(text).map((w) => ({ ...w, term: indexTerm(w.word) }));

	test('mark each matching word and cut long text with an ellipsis around the first match', () => {
		const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
		words[30] = 'blackmail';
		const text = `${words.join(' ')}.`;
		const segments = snippet(text, spans(text), new Set([indexTerm('blackmail')]));
		const shown = segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
		expect(shown.startsWith('… word22 ')).toBe(true);
		expect(shown).toContain('[blackmail]');
		expect(shown.endsWith(' …')).toBe(true);
		expect(segments.filter((s) => s.mark)).toEqual([{ text: 'blackmail', mark: true }]);
	});

	test('keep the text as it is written (case, punctuation) and show the opening with no match', () => {
		const text = 'Mutual Friends prove nothing.';
		const segments = snippet(text, spans(text), new Set(['friend']));
		expect(segments).toEqual([
			{ text: 'Mutual ', mark: false },
			{ text: 'Friends', mark: true },
			{ text: ' prove nothing.', mark: false },
		]);
		expect(snippet(text, spans(text), new Set())).toEqual([{ text, mark: false }]);
		expect(doc.parts).toHaveLength(1);
	});
});
