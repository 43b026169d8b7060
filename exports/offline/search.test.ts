import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SiteContent } from '../../src/lib/search/sources.ts';
import { shippedContent } from '../../src/lib/search/test-content.test-data.ts';
import { buildSearchPayload } from '../../src/lib/search/build-index.ts';
import { createSearcher } from '../../src/lib/search/query.ts';
import type { AnySearchPayload, SearchPayload } from '../../src/lib/search/types.ts';
import type { Module } from '../../src/schemas/module.ts';
import { folderSearchIndex } from './package.ts';
import { folderAddresses, inFolder, offlinePages, type OfflinePage } from './pages.ts';
import { kitPages } from './teacher-kit.ts';

let content: SiteContent;
beforeAll(async () => {
	content = await shippedContent();
});

const moduleOf = (id: string): Module => {
	const found = content.modules.find((m) => m.id === id);
	if (!found) throw new Error(`no module ${id}`);
	return found;
};

/** What a module folder's classic script sets, run as the search page runs it. */
function folderScript(id: string, pages: readonly OfflinePage[] = offlinePages): AnySearchPayload {
	const module = moduleOf(id);
	const script = folderSearchIndex(module, content, folderAddresses(module.lessons, pages, id));
	const context: { self: { secondLookSearchIndex?: AnySearchPayload } } = { self: {} };
	runInNewContext(script, context);
	if (!context.self.secondLookSearchIndex) throw new Error('the script set no index');
	return context.self.secondLookSearchIndex;
}

/** A module's folder index as the search page ends up with it: documents indexed on load. */
function folderIndex(id: string, pages: readonly OfflinePage[] = offlinePages): SearchPayload {
	const loaded = folderScript(id, pages);
	return loaded.v === 2 ? buildSearchPayload(loaded.docs) : loaded;
}

const textOf = (payload: SearchPayload, url: string) =>
	payload.docs
		.filter((d) => d.u === url)
		.flatMap((d) => d.p.map((p) => p[0]))
		.join('\n');

describe("an offline folder's search index", () => {
	test('ships the documents only (the zip stays small); searching them finds what the built index finds', () => {
		const loaded = folderScript('school-ks4');
		expect(loaded.v).toBe(2);
		expect('index' in loaded).toBe(false);
		const fromDocs = createSearcher(loaded);
		const built = createSearcher(folderIndex('school-ks4'));
		for (const query of ['fake profile', 'blackmail', 'childline', 'sextorsion', 'welfare'])
			expect(fromDocs.search(query).results.map((r) => r.href)).toEqual(
				built.search(query).results.map((r) => r.href),
			);
		expect(fromDocs.search('fake profile').total).toBeGreaterThan(0);
	});

	test("holds the module's lessons in order and the help page, linking into the folder: no teacher page", () => {
		const payload = folderIndex('school-ks3');
		const lessons = payload.docs.filter((d) => d.k === 'Lesson');
		expect(lessons.map((d) => d.u)).toEqual(
			moduleOf('school-ks3').lessons.map((id) => `index.html#lesson-${id}`),
		);
		expect(lessons.every((d) => d.a === 'Schools (ages 11–18)')).toBe(true);
		const files = new Set(payload.docs.map((d) => d.u.replace(/#.*$/, '')));
		// The learner's course only: the teacher pack is in the teacher's kit.
		expect([...files].sort()).toEqual(['help.html', 'index.html']);
		expect(payload.docs.filter((d) => d.u.startsWith('help.html#helpline-'))).toHaveLength(
			content.helplines.length,
		);
	});

	test("the teacher's kit's search finds the pack too, in the kit's folder", () => {
		const payload = folderIndex('school-ks3', kitPages(moduleOf('school-ks3')));
		const files = new Set(payload.docs.map((d) => d.u.replace(/#.*$/, '')));
		expect([...files].sort()).toEqual([
			'help.html',
			'index.html',
			'parents-guide.html',
			'teacher-pack.html',
		]);
		expect(payload.docs.find((d) => d.u === 'teacher-pack.html')?.t).toMatch(/^Teacher pack: /);
		// A school kit carries the parents' guide, and its search finds it at the part asked about.
		expect(payload.docs.find((d) => d.u === 'parents-guide.html')?.t).toMatch(/parents and carers/);
		const forces = folderIndex('forces-induction', kitPages(moduleOf('forces-induction')));
		expect(forces.docs.find((d) => d.u === 'trainer-pack.html')?.t).toMatch(/^Trainer pack: /);
	});

	test('leaves out what the folder does not carry: other lessons, module pages, the pack', () => {
		const payload = folderIndex('school-ks3');
		const urls = payload.docs.map((d) => d.u);
		expect(urls.some((u) => u.includes('too-good-to-be-true'))).toBe(false); // a KS4 lesson
		expect(urls.some((u) => u.startsWith('/'))).toBe(false);
		expect(urls.some((u) => u.startsWith('teacher-pack.html'))).toBe(false);
		expect(folderIndex('adult-self-paced').docs.some((d) => d.k.endsWith('pack'))).toBe(false);
	});

	test("holds only the module's audience: its version of the story and its activities", () => {
		const school = textOf(folderIndex('school-ks3'), 'index.html#lesson-helping-a-friend');
		const adult = textOf(folderIndex('adult-self-paced'), 'index.html#lesson-helping-a-friend');
		expect(school).toContain('Ethan is 14.');
		expect(school).toContain("Play Ethan's story as a chat."); // a school-only activity
		expect(school).not.toContain('Mo is 24.');
		expect(school).not.toContain('Mo, 24, notices');
		expect(adult).toContain('Mo is 24.');
		expect(adult).toContain('Mo, 24, notices');
		expect(adult).not.toContain('Ethan');
	});

	test("an anchor names one place in its file: each lesson's own heading, as the launch page names it", () => {
		const payload = folderIndex('school-ks3');
		const places = payload.docs.flatMap((d) =>
			d.p.flatMap((p) => (p[1] ? [`${d.u.replace(/#.*$/, '')}#${p[1]}`] : [])),
		);
		expect(new Set(places).size).toBe(places.length);
		expect(places).not.toContain('index.html#check-what-you-know');
		expect(places).toContain('index.html#fake-profiles-objectives');
		// Two lessons' "Check what you know", each found at its own lesson's heading.
		expect(places).toContain('index.html#fake-profiles-check-what-you-know');
		expect(places).toContain('index.html#if-it-happens-check-what-you-know');
	});

	test('a misspelling finds the right lesson, with a link into the launch page', () => {
		const searcher = createSearcher(folderIndex('school-ks3'));
		const top = searcher.search('frend request').results[0];
		expect(top?.title).toBe('Friend requests and privacy');
		expect(top?.href).toMatch(/^index\.html#[a-z0-9-]+$/);
		expect(top?.snippet.some((s) => s.mark && /friend/i.test(s.text))).toBe(true);
		const sextortion = searcher.search('sextorshun').results;
		expect(sextortion.length).toBeGreaterThan(0);
		expect(sextortion.every((r) => /^(index|help)\.html(#|$)/.test(r.href))).toBe(true);
		// A KS4 module has no friend-requests lesson: its folder cannot offer one.
		const ks4 = createSearcher(folderIndex('school-ks4')).search('frend request').results;
		expect(ks4.some((r) => r.title === 'Friend requests and privacy')).toBe(false);
	});
});

test('site addresses in the folder: pages, the lessons list, each lesson, fragments', () => {
	const addresses = folderAddresses(['fake-profiles'], offlinePages.slice(0, 2), 'm');
	expect(inFolder(addresses, '/help/')).toBe('help.html');
	expect(inFolder(addresses, '/help/#helpline-x')).toBe('help.html#helpline-x');
	expect(inFolder(addresses, '/lessons/')).toBe('index.html');
	expect(inFolder(addresses, '/lessons/fake-profiles/')).toBe('index.html#lesson-fake-profiles');
	expect(inFolder(addresses, '/lessons/fake-profiles/#summary')).toBe('index.html#summary');
	expect(inFolder(addresses, '/lessons/other/')).toBeUndefined();
	expect(inFolder(addresses, '/about/')).toBeUndefined();
});
