import type { Loader, LoaderContext } from 'astro/loaders';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSet } from '../content/types.ts';
import { contentFeedOf } from './content-feed.ts';

/** The collections the loader fills, each from its part of the content check's read. */
export type CheckedCollection = 'lessons' | 'modules';

/** One entry as the loader stores it. */
interface Entry {
	/** The file name without its extension (as Astro's `glob()` loader names entries). */
	id: string;
	file: string;
	data: unknown;
	body?: string;
}

/** The entries of `collection` in a read: only files that parsed and matched their schema. */
export function entriesOf(set: ContentSet, collection: CheckedCollection): Entry[] {
	const id = (file: string) => basename(file).replace(/\.[^.]+$/, '');
	return collection === 'lessons'
		? set.lessons.map((l) => ({ id: id(l.file), file: l.file, data: l.data, body: l.body }))
		: set.modules.map((m) => ({ id: id(m.file), file: m.file, data: m.data }));
}

/**
 * Astro's loader for `lessons/*.mdx` and `modules/*.yaml`, filled from the content check's read (see
 * content-feed.ts) instead of reading and parsing the files again: the data is the check's, already
 * validated against the same schemas. A file with a mistake in its frontmatter or fields is left out
 * instead of thrown, so `astro dev` starts and shows the named error in the browser (the check's dev
 * server blocks every page while there are errors); `astro build` never gets here with one, as the
 * check stops it first. In `astro dev` each later read (after an edit) updates the entries.
 */
/** How long `astro dev` may take to write its store after a change (it waits 500 ms for more). */
const STORE_WRITE_TIMEOUT_MS = 3000;

/**
 * Resolves once `astro dev` has written its content store (`.astro/data-store.json`, which its pages
 * read; Astro invalidates them and clears its route cache as it writes), or after `timeoutMs`. The
 * check's dev server keeps pages waiting until then: a page rendered from the store before the write
 * would miss a lesson that was broken and is fixed, and Astro would cache that missing route.
 */
function storeWritten(watcher: NonNullable<LoaderContext['watcher']>, timeoutMs: number) {
	return new Promise<void>((done) => {
		const written = (path: string) => {
			if (!/[\\/]\.astro[\\/]data-store\.json$/.test(path)) return;
			finish();
		};
		const timer = setTimeout(() => {
			finish();
		}, timeoutMs);
		const finish = () => {
			clearTimeout(timer);
			watcher.off('change', written);
			watcher.off('add', written);
			done();
		};
		watcher.on('change', written);
		watcher.on('add', written);
	});
}

/**
 * Astro's loader for `lessons/*.mdx` and `modules/*.yaml`, filled from the content check's read (see
 * content-feed.ts) instead of reading and parsing the files again: the data is the check's, already
 * validated against the same schemas. A file with a mistake in its frontmatter or fields is left out
 * instead of thrown, so `astro dev` starts and shows the named error in the browser (the check's dev
 * server blocks every page while there are errors); `astro build` never gets here with one, as the
 * check stops it first. In `astro dev` each later read (after an edit) updates the entries, and pages
 * wait until Astro has taken them in.
 */
export function checkedContentLoader(collection: CheckedCollection, contentRoot: string): Loader {
	return {
		name: `second-look:${collection}`,
		load: async (context: LoaderContext) => {
			const { config, store, watcher } = context;
			const projectRoot = fileURLToPath(config.root);
			/** Puts a read's entries in the store; true when anything changed. */
			const fill = (set: ContentSet): boolean => {
				let changed = false;
				const kept = new Set<string>();
				for (const entry of entriesOf(set, collection)) {
					kept.add(entry.id);
					const filePath = relative(projectRoot, join(contentRoot, entry.file))
						.split(sep)
						.join('/');
					const deferredRender = collection === 'lessons';
					const stored = store.set({
						id: entry.id,
						data: entry.data as Record<string, unknown>,
						...(entry.body === undefined ? {} : { body: entry.body }),
						filePath,
						digest: context.generateDigest({ data: entry.data, body: entry.body ?? '' }),
						// MDX renders from its file, when a page asks for it (as `glob()` does for .mdx).
						deferredRender,
					});
					// An entry unchanged since a cached store is not set again: list its module anyway, as
					// `glob()` does, or the module list would be whatever the last run (a dev server on other
					// content) left.
					if (!stored && deferredRender) store.addModuleImport(filePath);
					changed ||= stored;
				}
				for (const id of store.keys())
					if (!kept.has(id)) {
						store.delete(id);
						changed = true;
					}
				return changed;
			};
			const feed = contentFeedOf(config.integrations, contentRoot);
			fill(await feed.current());
			feed.onRead(collection, async (set) => {
				if (fill(set) && watcher) await storeWritten(watcher, STORE_WRITE_TIMEOUT_MS);
			});
		},
	};
}
