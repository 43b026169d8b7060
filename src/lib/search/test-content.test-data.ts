import { join } from 'node:path';
import { readContent } from '../../content/read.ts';
import { siteContentOf } from './site-content.ts';
import type { SiteContent } from './sources.ts';

/** The project's shipped content, read the way the content check reads it (for tests). */
export async function shippedContent(
	root = join(import.meta.dirname, '../../..'),
): Promise<SiteContent> {
	const set = await readContent(root);
	if (set.errors.length)
		throw new Error(`content errors: ${set.errors.map((e) => e.message).join('; ')}`);
	return siteContentOf(set);
}
