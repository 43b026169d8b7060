/** Statistics and plain-text tables for the benchmark's output (pure). */
import type { OutputFigures, PageFigures } from './measure.ts';

/** The median of some numbers (mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return 0;
	if (sorted.length % 2) return sorted[mid] ?? 0;
	return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The page with the largest `pick` figure, if any. */
export function heaviest(
	pages: readonly PageFigures[],
	pick: (p: PageFigures) => number,
): PageFigures | undefined {
	return pages.reduce<PageFigures | undefined>(
		(best, page) => (best === undefined || pick(page) > pick(best) ? page : best),
		undefined,
	);
}

/** Bytes for people: `812 B`, `14.2 KiB`, `3.10 MiB`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${Math.round(bytes)} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** A ratio such as `x10.4`, or `–` when the base is zero. */
export function formatFactor(value: number, base: number): string {
	return base === 0 ? '–' : `x${(value / base).toFixed(2)}`;
}

/** A table: a title, column headings, and rows of cells. Numeric-looking cells align right. */
export interface Table {
	title: string;
	headings: string[];
	rows: string[][];
	/** Lines printed under the table. */
	notes?: string[];
}

/** Renders a table as aligned plain text with a rule under the headings. */
export function renderTable(table: Table): string {
	const widths = table.headings.map((heading, c) =>
		Math.max(heading.length, ...table.rows.map((row) => (row[c] ?? '').length)),
	);
	const numeric = /^[x\d.,–-][\d.,]*( (B|KiB|MiB|s|ms))?$|^–$/;
	const line = (cells: readonly string[]): string =>
		cells
			.map((cell, c) => {
				const width = widths[c] ?? 0;
				return numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width);
			})
			.join('  ')
			.trimEnd();
	return [
		`\n${table.title}`,
		line(table.headings),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...table.rows.map(line),
		...(table.notes ?? []),
	].join('\n');
}

/** The summary table: one column per output, with the growth of the last over the first. */
export function summaryTable(outputs: readonly OutputFigures[]): Table {
	const metrics: { name: string; of: (o: OutputFigures) => number; show: (n: number) => string }[] =
		[
			{ name: 'Build time (wall clock)', of: (o) => o.seconds, show: (n) => `${n.toFixed(1)} s` },
			{ name: 'Pages built', of: (o) => o.pages.length, show: String },
			{ name: 'Total output bytes', of: (o) => o.totalBytes, show: formatBytes },
			{ name: 'HTML gzip, total', of: (o) => sumOf(o, (p) => p.htmlGzip), show: formatBytes },
			{ name: 'HTML gzip, median', of: (o) => medianOf(o, (p) => p.htmlGzip), show: formatBytes },
			{ name: 'HTML gzip, max', of: (o) => maxOf(o, (p) => p.htmlGzip), show: formatBytes },
			{
				name: 'JS gzip per page, median',
				of: (o) => medianOf(o, (p) => p.jsGzip),
				show: formatBytes,
			},
			{ name: 'JS gzip per page, max', of: (o) => maxOf(o, (p) => p.jsGzip), show: formatBytes },
			{
				name: '  with what import() may add, max',
				of: (o) => maxOf(o, (p) => p.jsGzip + p.jsLazyGzip),
				show: formatBytes,
			},
			{
				name: 'CSS gzip per page, median',
				of: (o) => medianOf(o, (p) => p.cssGzip),
				show: formatBytes,
			},
		];
	const first = outputs[0];
	const last = outputs[outputs.length - 1];
	const growth = outputs.length > 1 && first && last;
	const rows = metrics.map((m) => [
		m.name,
		...outputs.map((o) => m.show(m.of(o))),
		...(growth ? [formatFactor(m.of(last), m.of(first))] : []),
	]);
	const jsHeaviest = outputs.map((o) => heaviest(o.pages, (p) => p.jsGzip));
	rows.push(
		['Heaviest page by JS', ...jsHeaviest.map((p) => p?.address ?? '–'), ...(growth ? [''] : [])],
		[
			'  its JS gzip',
			...jsHeaviest.map((p) => (p ? formatBytes(p.jsGzip) : '–')),
			...(growth ? [''] : []),
		],
	);
	return {
		title: 'Summary',
		headings: [
			'',
			...outputs.map((o) => o.label),
			...(growth ? [`${last.label} vs ${first.label}`] : []),
		],
		rows,
	};
}

/** The sum of one page figure over an output's pages. */
export function sumOf(o: OutputFigures, pick: (p: PageFigures) => number): number {
	return o.pages.reduce((total, p) => total + pick(p), 0);
}

/** The median of one page figure over an output's pages. */
export function medianOf(o: OutputFigures, pick: (p: PageFigures) => number): number {
	return median(o.pages.map(pick));
}

/** The largest value of one page figure over an output's pages (0 for none). */
export function maxOf(o: OutputFigures, pick: (p: PageFigures) => number): number {
	return o.pages.reduce((most, p) => Math.max(most, pick(p)), 0);
}

/** The per-page table of one output. */
export function pagesTable(o: OutputFigures): Table {
	const notes = o.missing.length
		? [`Referenced but not in the output (not counted): ${o.missing.join(', ')}`]
		: [];
	return {
		title: `Pages of ${o.label} (${o.pages.length})`,
		headings: ['Page', 'HTML raw', 'HTML gzip', 'JS gzip', '+ import()', 'CSS gzip'],
		rows: o.pages.map((p) => [
			p.address,
			formatBytes(p.htmlRaw),
			formatBytes(p.htmlGzip),
			formatBytes(p.jsGzip),
			formatBytes(p.jsLazyGzip),
			formatBytes(p.cssGzip),
		]),
		notes: [
			'JS gzip: what the page loads at once (static imports followed); + import(): what its code',
			'may load later (every chunk named in import(), followed): an upper bound on a site page,',
			'which names every activity type and every format; each zip: see "Packages".',
			...notes,
		],
	};
}
