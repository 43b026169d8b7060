import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readContent } from '../../content/read.ts';
import { helplines } from '../../data/helplines.ts';
import { teachingNotes } from '../../data/teaching-notes.ts';
import type { SiteContent } from './sources.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** The project's shipped content, read the way the content check reads it (for tests). */
export async function shippedContent(
	root = join(import.meta.dirname, '../../..'),
): Promise<SiteContent> {
	const set = await readContent(root);
	if (set.errors.length)
		throw new Error(`content errors: ${set.errors.map((e) => e.message).join('; ')}`);
	const lessons = await Promise.all(
		set.lessons.map(async (l) => ({
			data: l.data,
			body: (await readFile(join(root, l.file), 'utf8')).replace(FRONTMATTER, ''),
		})),
	);
	return { lessons, modules: set.modules.map((m) => m.data), helplines, teachingNotes };
}
