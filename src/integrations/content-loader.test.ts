import type { LoaderContext } from 'astro/loaders';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readContent } from '../content/read.ts';
import { CONTENT_FEED_HOOK, type ContentFeedSource } from './content-feed.ts';
import { contentCheck } from './content-check.ts';
import { checkedContentLoader } from './content-loader.ts';

const fixtures = join(import.meta.dirname, '../../tests/fixtures');

/** A loader context as Astro's content layer gives one, with a store that is a plain map. */
function loaderContext(projectRoot: string, integrations: unknown[]) {
	const entries = new Map<string, { data: unknown; body?: string; filePath?: string }>();
	const context = {
		config: { root: pathToFileURL(`${projectRoot}/`), integrations },
		generateDigest: (data: unknown) => JSON.stringify(data),
		store: {
			set: (entry: { id: string; data: unknown; body?: string; filePath?: string }) => {
				entries.set(entry.id, entry);
				return true;
			},
			keys: () => [...entries.keys()],
			addModuleImport: () => undefined,
			delete: (id: string) => entries.delete(id),
		},
	};
	return { context: context as unknown as LoaderContext, entries };
}

describe("Astro's loader, filled from the content check's one read", () => {
	let dir = '';
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'second-look-loader-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('leaves out a lesson with bad YAML instead of throwing, and takes it in once it is fixed', async () => {
		await cp(join(fixtures, 'bad', 'yaml-syntax'), dir, { recursive: true });
		const check = contentCheck({ contentRoot: dir });
		const feed = (check.hooks[CONTENT_FEED_HOOK] as () => ContentFeedSource)();
		const lessons = loaderContext(dir, [check]);
		const modules = loaderContext(dir, [check]);
		await checkedContentLoader('lessons', dir).load(lessons.context);
		await checkedContentLoader('modules', dir).load(modules.context);
		expect([...lessons.entries.keys()]).toEqual([]);
		expect([...modules.entries.keys()]).toEqual(['sample-module']);
		expect((await feed.current()).errors.map((e) => e.name)).toEqual(['YamlSyntaxError']);

		// The author fixes the file: the next read reaches the loader before anyone sees it.
		const good = await readFile(join(fixtures, 'good', 'lessons', 'sample-lesson.mdx'), 'utf8');
		await writeFile(join(dir, 'lessons', 'sample-lesson.mdx'), good);
		await feed.replace(readContent(dir));
		const lesson = lessons.entries.get('sample-lesson');
		expect(lesson?.filePath).toBe('lessons/sample-lesson.mdx');
		expect((lesson?.data as { id: string }).id).toBe('sample-lesson');
		expect(good.endsWith(lesson?.body ?? '-')).toBe(true);
		expect(lesson?.body).not.toContain('title:');

		// A field the schema refuses leaves it out again.
		await writeFile(
			join(dir, 'lessons', 'sample-lesson.mdx'),
			good.replace(/^title: .*$/m, 'title: 7'),
		);
		await feed.replace(readContent(dir));
		expect([...lessons.entries.keys()]).toEqual([]);
	});
});
