import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readContent } from '../content/read.ts';
import { contentCheck } from './content-check.ts';
import { contentFeedOf, givenContent } from './content-feed.ts';
import { h5pContent } from './h5p.ts';

const good = join(import.meta.dirname, '../../tests/fixtures/good');

type SetupHook = (options: unknown) => Promise<void> | void;

/** Runs every integration's setup hook in order, as `astro build` does. */
async function setUp(integrations: AstroIntegration[]) {
	for (const integration of integrations)
		await (integration.hooks['astro:config:setup'] as SetupHook | undefined)?.({
			command: 'build',
			config: { integrations },
			updateConfig: () => ({}),
			logger: { error: () => undefined, info: () => undefined },
		});
}

test('a build reads the content once: the check takes the read it is given and hands that to every consumer', async () => {
	const read = await readContent(good);
	// A content root with no files: anything that read the disk instead would find no lessons.
	const nowhere = join(import.meta.dirname, 'no-such-content');
	const integrations = [
		contentCheck({ contentRoot: nowhere }),
		h5pContent({ contentRoot: nowhere }),
		givenContent(read),
	];
	await setUp(integrations);
	const handed = await contentFeedOf(integrations, nowhere).current();
	expect(handed).toBe(read);
	expect(handed.lessons.map((l) => l.data.id)).toEqual(['sample-lesson']);
});

test('without the check, a consumer reads the content itself', async () => {
	const set = await contentFeedOf([], good).current();
	expect(set.lessons.map((l) => l.data.id)).toEqual(['sample-lesson']);
});
