/**
 * The search figures of one built output: the index's size, the search page's JS, and query
 * latency, timed with the same query code the browser runs (`src/lib/search/query.ts`) on the
 * output's own `search-index.json`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSearcher } from '../../src/lib/search/query.ts';
import type { SearchPayload } from '../../src/lib/search/types.ts';
import { assetReader, collectScripts, gzipSize, type OutputFigures } from './measure.ts';
import type { Measurement } from './measurement.ts';
import { extractDynamicImports, extractPageRefs, resolveSitePath } from './pages.ts';
import { formatBytes, type Table } from './report.ts';

/**
 * The fixed query set: what learners type, misspelt and not, one word and several. `typing` ones
 * are timed as live search (the last word also matches as a prefix).
 */
export const benchQueries: readonly { query: string; typing?: boolean }[] = [
	{ query: 'sextortion' },
	{ query: 'sextorshun' },
	{ query: 'frend request' },
	{ query: 'friend requests' },
	{ query: 'fake profile' },
	{ query: 'blakmail' },
	{ query: 'webcam blackmail' },
	{ query: 'what to do if someone threatens to share my photos' },
	{ query: 'reverse image search' },
	{ query: 'mutual friends' },
	{ query: 'childline phone number' },
	{ query: 'report remove' },
	{ query: 'do not pay' },
	{ query: 'safeguarding lead' },
	{ query: 'armed forces' },
	{ query: 'xqzwv' },
	{ query: 'sext', typing: true },
	{ query: 'fake prof', typing: true },
	{ query: 'threat', typing: true },
	{ query: 'help' },
];

/** Timed runs of the whole query set (after one untimed warm-up run). */
const ROUNDS = 25;

/** Goals from issue #8, for the x10 corpus. */
const GOALS = { indexGzip: 100 * 1024, medianMs: 5, pageJsGzip: 25 * 1024 };

/** The value at fraction `p` of some sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return 0;
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
	return sorted[rank] ?? 0;
}

/** The search page's JS gzip: what it loads with the page, and what it loads on a first search. */
async function searchPageJs(
	out: string,
): Promise<{ onLoad: number; onSearch: number } | undefined> {
	const html = await readFile(join(out, 'search', 'index.html'), 'utf8').catch(() => undefined);
	if (html === undefined) return undefined;
	const read = assetReader(out);
	const refs = extractPageRefs(html);
	const roots = refs.scripts.flatMap((url) => resolveSitePath(url, '/search/index.html') ?? []);
	const onLoad = await collectScripts(roots, read);
	const lazyRoots = [...onLoad.files].flatMap(([path, data]) =>
		extractDynamicImports(data.toString('utf8')).flatMap((s) => resolveSitePath(s, path) ?? []),
	);
	const lazy = await collectScripts(lazyRoots, read);
	const sum = (files: Map<string, Buffer>, skip: Map<string, Buffer>) =>
		[...files].reduce((total, [path, data]) => total + (skip.has(path) ? 0 : gzipSize(data)), 0);
	const inline = refs.inlineScripts.reduce((total, js) => total + gzipSize(js), 0);
	return { onLoad: sum(onLoad.files, new Map()) + inline, onSearch: sum(lazy.files, onLoad.files) };
}

/** Index size, page JS and query latency of one output. */
export const searchMeasurement: Measurement = {
	name: 'search',
	async measure(output: OutputFigures): Promise<Table[]> {
		const text = await readFile(join(output.out, 'search-index.json'), 'utf8');
		const loadStart = performance.now();
		const payload = JSON.parse(text) as SearchPayload;
		const searcher = createSearcher(payload);
		const loadMs = performance.now() - loadStart;
		const times: number[] = [];
		const found = new Map<string, number>();
		for (let round = 0; round <= ROUNDS; round++) {
			for (const { query, typing = false } of benchQueries) {
				const started = performance.now();
				const { total } = searcher.search(query, { typing });
				const ms = performance.now() - started;
				if (round > 0) times.push(ms);
				found.set(query, total);
			}
		}
		times.sort((a, b) => a - b);
		const gzip = gzipSize(text);
		const js = await searchPageJs(output.out);
		const ms = (n: number) => `${n.toFixed(2)} ms`;
		const rows = [
			['Documents indexed', String(payload.docs.length)],
			['Index (search-index.json), raw', formatBytes(Buffer.byteLength(text))],
			['Index, gzip', formatBytes(gzip)],
			['Index load (parse + lunr load)', ms(loadMs)],
			[
				`Query latency, median (${benchQueries.length} queries x ${ROUNDS})`,
				ms(percentile(times, 0.5)),
			],
			['Query latency, p95', ms(percentile(times, 0.95))],
			['Query latency, max', ms(times[times.length - 1] ?? 0)],
		];
		if (js) {
			rows.push(
				['Search page JS gzip, on load', formatBytes(js.onLoad)],
				['  + on first search (lunr, query code)', formatBytes(js.onSearch)],
				['  total (budget 25.0 KiB)', formatBytes(js.onLoad + js.onSearch)],
			);
		}
		const within = [
			gzip <= GOALS.indexGzip ? 'index ≤ 100 KiB gzip: yes' : 'index ≤ 100 KiB gzip: NO',
			percentile(times, 0.5) <= GOALS.medianMs ? 'median ≤ 5 ms: yes' : 'median ≤ 5 ms: NO',
			...(js
				? [
						js.onLoad + js.onSearch <= GOALS.pageJsGzip
							? 'page JS ≤ 25 KiB: yes'
							: 'page JS ≤ 25 KiB: NO',
					]
				: []),
		];
		return [
			{
				title: `Search of ${output.label}`,
				headings: ['', 'Value'],
				rows,
				notes: [
					`Goals (issue #8, for x10): ${within.join('; ')}.`,
					`Results per query: ${[...found].map(([q, n]) => `${q} ${n}`).join(', ')}.`,
				],
			},
		];
	},
};
