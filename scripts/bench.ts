/**
 * `npm run bench`: builds the site twice and prints how big and how slow it is. It asserts
 * nothing: it exits 0 unless a build fails (then it prints that build's output and exits 1).
 *
 * 1. The shipped content (`lessons/`, `modules/`): `scripts/build.ts --out <tmp>/shipped`.
 * 2. A generated corpus ten times as big: every lesson copied 10 times with its lesson and
 *    activity ids suffixed (`-x1` … `-x10`), and every module copied 10 times listing the copies;
 *    built with `SECOND_LOOK_CONTENT=<tmp>/corpus` into `<tmp>/x10`.
 * 3. For both outputs: build wall-clock time, page count, and per page the HTML bytes (raw and
 *    gzip) and the gzipped JS and CSS the page loads (`<script src>`, inline scripts, island
 *    component and renderer URLs, the static imports of those files followed recursively, and
 *    `<link rel="stylesheet">`).
 *
 * Everything is written under one `fs.mkdtemp` folder in the OS temp dir and removed at the end
 * (also on failure or Ctrl-C), together with the Astro cache the corpus build creates. The
 * project's `dist/` is never touched.
 *
 * Environment: `BENCH_CONTENT=<dir>` benchmarks the content under `<dir>` (`lessons/`,
 * `modules/`) instead of the project's own, e.g. to try the benchmark on a demo content root.
 *
 * To add a figure (package sizes, search latency, …), add an entry to `measurements` below.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** How many copies of each lesson and module the large corpus holds. */
const COPIES = 10;

// ---------------------------------------------------------------------------------------------
// The 10x corpus (pure text rewriting)
// ---------------------------------------------------------------------------------------------

/** The same frontmatter pattern the content check uses (src/content/read.ts). */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The suffix that keeps the ids of copy number `n` unique. */
function copySuffix(n: number): string {
	return `-x${n}`;
}

/**
 * Appends `suffix` to a YAML scalar node holding a string, in place. Returns the old value, or
 * undefined when the node is not a string scalar.
 */
function suffixScalar(node: unknown, suffix: string): string | undefined {
	if (!isScalar(node) || typeof node.value !== 'string') return undefined;
	const old = node.value;
	node.value = `${old}${suffix}`;
	return old;
}

/** Parses YAML text into a document, throwing with `file` in the message if it does not parse. */
function parseYaml(text: string, file: string): ReturnType<typeof parseDocument> {
	const doc = parseDocument(text);
	const [first] = doc.errors;
	if (first) throw new Error(`${file}: not valid YAML: ${first.message}`);
	return doc;
}

/**
 * Rewrites `<Activity id="…">` references in MDX prose whose id is a key of `renames`.
 * Other elements and unknown ids are left as they are.
 */
function renameActivityRefs(body: string, renames: ReadonlyMap<string, string>): string {
	return body.replace(
		/(<Activity\b[^>]*?\bid=)(["'])([^"']*)\2/g,
		(whole, head: string, quote: string, id: string) => {
			const renamed = renames.get(id);
			return renamed === undefined ? whole : `${head}${quote}${renamed}${quote}`;
		},
	);
}

/**
 * One copy of a lesson file: the lesson id and every activity id get `suffix`, and the prose's
 * `<Activity id>` references follow. The rest of the frontmatter keeps its formatting.
 */
function copyLesson(text: string, suffix: string, file: string): string {
	const match = FRONTMATTER.exec(text);
	if (!match || match[1] === undefined) throw new Error(`${file}: no frontmatter block`);
	const doc = parseYaml(match[1], file);
	if (suffixScalar(doc.get('id', true), suffix) === undefined) {
		throw new Error(`${file}: the frontmatter has no text "id:"`);
	}
	const renames = new Map<string, string>();
	const activities: unknown = doc.get('activities', true);
	if (isSeq(activities)) {
		for (const item of activities.items) {
			if (!isMap(item)) continue;
			const old = suffixScalar(item.get('id', true), suffix);
			if (old !== undefined) renames.set(old, `${old}${suffix}`);
		}
	}
	const body = text.slice(match[0].length);
	return `---\n${doc.toString({ lineWidth: 0 })}---\n${renameActivityRefs(body, renames)}`;
}

/** One copy of a module file: its id and every lesson and activity id it lists get `suffix`. */
function copyModule(text: string, suffix: string, file: string): string {
	const doc = parseYaml(text, file);
	if (suffixScalar(doc.get('id', true), suffix) === undefined) {
		throw new Error(`${file}: the module has no text "id:"`);
	}
	const lessons: unknown = doc.get('lessons', true);
	if (isSeq(lessons)) for (const item of lessons.items) suffixScalar(item, suffix);
	// The lesson plan names activities, whose ids the copied lessons suffix too.
	const plan: unknown = doc.get('lessonPlan', true);
	if (isSeq(plan))
		for (const step of plan.items) {
			const activities: unknown = isMap(step) ? step.get('activities', true) : undefined;
			if (isSeq(activities)) for (const item of activities.items) suffixScalar(item, suffix);
		}
	return doc.toString({ lineWidth: 0 });
}

/** A file name with `suffix` inserted before its extension: `a.mdx` → `a-x3.mdx`. */
function suffixFileName(name: string, suffix: string): string {
	const ext = extname(name);
	return `${basename(name, ext)}${suffix}${ext}`;
}

/** Lists the names in `dir` matching `pattern`, sorted; a missing folder lists nothing. */
async function listNames(dir: string, pattern: RegExp): Promise<string[]> {
	try {
		return (await readdir(dir)).filter((name) => pattern.test(name)).sort();
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw err;
	}
}

/**
 * Writes the large corpus under `target`: {@link COPIES} copies of every lesson and module under
 * `source`. Returns how many lessons and modules it wrote.
 */
async function writeCorpus(
	source: string,
	target: string,
): Promise<{ lessons: number; modules: number }> {
	const kinds = [
		{ folder: 'lessons', pattern: /\.mdx$/, copy: copyLesson },
		{ folder: 'modules', pattern: /\.ya?ml$/, copy: copyModule },
	] as const;
	const [lessons, modules] = await Promise.all(
		kinds.map(async ({ folder, pattern, copy }) => {
			await mkdir(join(target, folder), { recursive: true });
			const names = await listNames(join(source, folder), pattern);
			for (const name of names) {
				const file = `${folder}/${name}`;
				const text = await readFile(join(source, file), 'utf8');
				for (let n = 1; n <= COPIES; n++) {
					const suffix = copySuffix(n);
					const copied = copy(text, suffix, file);
					await writeFile(join(target, folder, suffixFileName(name, suffix)), copied);
				}
			}
			return names.length * COPIES;
		}),
	);
	return { lessons: lessons ?? 0, modules: modules ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

/** A build that exited non-zero, with everything it printed. */
class BuildFailed extends Error {
	readonly output: string;
	constructor(label: string, code: number | null, output: string) {
		super(`the ${label} build failed (exit code ${code ?? 'none'})`);
		this.output = output;
	}
}

/** What one build needs to know. */
interface BuildSpec {
	/** Short name used in tables ("shipped", "x10"). */
	label: string;
	/** Output folder (absolute). */
	out: string;
	/** Content root for `SECOND_LOOK_CONTENT`; undefined builds the project's own content. */
	content: string | undefined;
}

/**
 * Runs `scripts/build.ts` as a child process with the project's Node and returns its wall-clock
 * time in seconds. Its output is kept and only shown (through {@link BuildFailed}) if it fails.
 */
async function runBuild(root: string, spec: BuildSpec, signal: AbortSignal): Promise<number> {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	if (spec.content === undefined) delete env['SECOND_LOOK_CONTENT'];
	else env['SECOND_LOOK_CONTENT'] = spec.content;
	const node = join(root, 'node_modules', '.bin', 'node');
	const started = performance.now();
	const child = spawn(node, ['scripts/build.ts', '--out', spec.out], {
		cwd: root,
		env,
		signal,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const chunks: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
	const code = await new Promise<number | null>((done, fail) => {
		child.once('error', fail);
		child.once('close', done);
	});
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new BuildFailed(spec.label, code, Buffer.concat(chunks).toString('utf8'));
	return seconds;
}

/**
 * The Astro cache folder astro.config.mjs derives for a content root other than the project's
 * (keep in step with it), so the benchmark can remove the one its corpus build created.
 */
function astroCacheDirFor(content: string): string {
	const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
	return join(tmpdir(), `second-look-cache-${hash}`);
}

// ---------------------------------------------------------------------------------------------
// Reading pages (pure parsing)
// ---------------------------------------------------------------------------------------------

/** Turns the few HTML entities that can appear in attribute values back into characters. */
function decodeEntities(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#0*39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The attributes inside one start tag (`rel="stylesheet" href=/a.css`), names lower-cased. */
function parseAttributes(inside: string): Map<string, string> {
	const attributes = new Map<string, string>();
	const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
	for (const m of inside.matchAll(pattern)) {
		const name = m[1];
		if (name === undefined) continue;
		attributes.set(name.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attributes;
}

/** What a page asks the browser to load, as written in its HTML. */
interface PageRefs {
	/** `<script src>` URLs, island component/renderer URLs: JavaScript files. */
	scripts: string[];
	/** Contents of inline JavaScript `<script>` elements. */
	inlineScripts: string[];
	/** `<link rel="stylesheet">` URLs. */
	styles: string[];
}

/** Whether a script `type` is run as JavaScript (JSON, import maps, templates are not). */
function isJavaScriptType(type: string | undefined): boolean {
	return (
		type === undefined || /^(module|(text|application)\/(java|ecma)script)?$/i.test(type.trim())
	);
}

/** Finds every script, island and stylesheet a page loads. */
function extractPageRefs(html: string): PageRefs {
	const refs: PageRefs = { scripts: [], inlineScripts: [], styles: [] };
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = parseAttributes(m[1] ?? '');
		if (!isJavaScriptType(attributes.get('type'))) continue;
		const src = attributes.get('src');
		if (src !== undefined) refs.scripts.push(src);
		else if ((m[2] ?? '').trim() !== '') refs.inlineScripts.push(m[2] ?? '');
	}
	for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
		const attributes = parseAttributes(m[1] ?? '');
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const url = attributes.get(name);
			if (url) refs.scripts.push(url);
		}
	}
	for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
		const attributes = parseAttributes(m[1] ?? '');
		const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
		const href = attributes.get('href');
		if (rel.includes('stylesheet') && href) refs.styles.push(href);
	}
	return refs;
}

/**
 * The specifiers of a JS module's static imports and re-exports (`import x from "./a.js"`,
 * `import "./a.js"`, `export * from "./a.js"`, minified or not). Dynamic `import()` is not
 * followed.
 */
function extractStaticImports(js: string): string[] {
	const pattern =
		/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
	return [...js.matchAll(pattern)].flatMap((m) => (m[2] === undefined ? [] : [m[2]]));
}

/** An origin no URL in the output uses, so same-site URLs can be told from others. */
const SITE = 'http://bench.invalid';

/**
 * The site path (`/_astro/a.js`) a URL written in `fromPath` points to, or undefined when it points
 * elsewhere (another origin, `data:`). Relative URLs resolve against `fromPath` as a browser would.
 */
function resolveSitePath(url: string, fromPath: string): string | undefined {
	let resolved: URL;
	try {
		resolved = new URL(url, `${SITE}${fromPath}`);
	} catch {
		return undefined;
	}
	if (resolved.origin !== SITE) return undefined;
	try {
		return decodeURIComponent(resolved.pathname);
	} catch {
		return resolved.pathname;
	}
}

/** The address a page is served at: `lessons/a/index.html` → `/lessons/a/`. */
function pageAddress(file: string): string {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

// ---------------------------------------------------------------------------------------------
// Measuring an output folder
// ---------------------------------------------------------------------------------------------

/** Figures for one page. */
interface PageFigures {
	address: string;
	htmlRaw: number;
	htmlGzip: number;
	jsGzip: number;
	cssGzip: number;
}

/** Figures for one built output. */
interface OutputFigures {
	label: string;
	out: string;
	seconds: number;
	pages: PageFigures[];
	/** Bytes of every file in the output. */
	totalBytes: number;
	/** Site paths the pages refer to that are not in the output. */
	missing: string[];
}

/** Every file under `dir`, as paths relative to it, sorted. */
async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

/** The gzip size of some bytes or text, at zlib's default level. */
function gzipSize(data: string | Uint8Array): number {
	return gzipSync(data).length;
}

/**
 * Reads files of one output by site path, each once. Returns undefined for a path that is not a
 * file there.
 */
function assetReader(out: string): (sitePath: string) => Promise<Buffer | undefined> {
	const cache = new Map<string, Promise<Buffer | undefined>>();
	return (sitePath) => {
		let entry = cache.get(sitePath);
		if (!entry) {
			entry = readFile(join(out, sitePath)).catch(() => undefined);
			cache.set(sitePath, entry);
		}
		return entry;
	};
}

/**
 * The JS files a page loads: `roots`, then every file they statically import, recursively.
 * Returns the files found (site path → contents) and the paths that are not in the output.
 */
async function collectScripts(
	roots: readonly string[],
	read: (sitePath: string) => Promise<Buffer | undefined>,
): Promise<{ files: Map<string, Buffer>; missing: string[] }> {
	const files = new Map<string, Buffer>();
	const missing: string[] = [];
	const seen = new Set<string>();
	const queue = [...roots];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (seen.has(path)) continue;
		seen.add(path);
		const data = await read(path);
		if (!data) {
			missing.push(path);
			continue;
		}
		files.set(path, data);
		for (const specifier of extractStaticImports(data.toString('utf8'))) {
			const next = resolveSitePath(specifier, path);
			if (next !== undefined) queue.push(next);
		}
	}
	return { files, missing };
}

/** Measures one HTML page of an output. */
async function measurePage(
	file: string,
	html: Buffer,
	read: (sitePath: string) => Promise<Buffer | undefined>,
	gzipOf: (sitePath: string, data: Buffer) => number,
): Promise<{ figures: PageFigures; missing: string[] }> {
	const fromPath = `/${file.split(sep).join('/')}`;
	const refs = extractPageRefs(html.toString('utf8'));
	const resolveAll = (urls: readonly string[]): string[] =>
		urls.flatMap((url) => resolveSitePath(url, fromPath) ?? []);
	const inlineImports = refs.inlineScripts.flatMap((js) => resolveAll(extractStaticImports(js)));
	const scripts = await collectScripts([...resolveAll(refs.scripts), ...inlineImports], read);
	const styles = await collectStyles(resolveAll(refs.styles), read);
	const sum = (files: Map<string, Buffer>): number =>
		[...files].reduce((total, [path, data]) => total + gzipOf(path, data), 0);
	const inlineGzip = refs.inlineScripts.reduce((total, js) => total + gzipSize(js), 0);
	return {
		figures: {
			address: pageAddress(file),
			htmlRaw: html.length,
			htmlGzip: gzipSize(html),
			jsGzip: sum(scripts.files) + inlineGzip,
			cssGzip: sum(styles.files),
		},
		missing: [...scripts.missing, ...styles.missing],
	};
}

/** Reads a page's stylesheets, deduplicated (CSS `@import`s are not followed). */
async function collectStyles(
	paths: readonly string[],
	read: (sitePath: string) => Promise<Buffer | undefined>,
): Promise<{ files: Map<string, Buffer>; missing: string[] }> {
	const files = new Map<string, Buffer>();
	const missing: string[] = [];
	for (const path of new Set(paths)) {
		const data = await read(path);
		if (data) files.set(path, data);
		else missing.push(path);
	}
	return { files, missing };
}

/** Measures every page of a built output. */
async function measureOutput(spec: BuildSpec, seconds: number): Promise<OutputFigures> {
	const files = await listFiles(spec.out);
	const read = assetReader(spec.out);
	const gzipCache = new Map<string, number>();
	const gzipOf = (path: string, data: Buffer): number => {
		const known = gzipCache.get(path);
		if (known !== undefined) return known;
		const size = gzipSize(data);
		gzipCache.set(path, size);
		return size;
	};
	const pages: PageFigures[] = [];
	const missing = new Set<string>();
	let totalBytes = 0;
	for (const file of files) {
		totalBytes += (await stat(join(spec.out, file))).size;
		if (!file.endsWith('.html')) continue;
		const page = await measurePage(file, await readFile(join(spec.out, file)), read, gzipOf);
		pages.push(page.figures);
		for (const path of page.missing) missing.add(path);
	}
	pages.sort((a, b) => a.address.localeCompare(b.address));
	return { label: spec.label, out: spec.out, seconds, pages, totalBytes, missing: [...missing] };
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing (pure)
// ---------------------------------------------------------------------------------------------

/** The median of some numbers (mean of the middle two for an even count); 0 for none. */
function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return 0;
	if (sorted.length % 2) return sorted[mid] ?? 0;
	return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The page with the largest `pick` figure, if any. */
function heaviest(
	pages: readonly PageFigures[],
	pick: (p: PageFigures) => number,
): PageFigures | undefined {
	return pages.reduce<PageFigures | undefined>(
		(best, page) => (best === undefined || pick(page) > pick(best) ? page : best),
		undefined,
	);
}

/** Bytes for people: `812 B`, `14.2 KiB`, `3.10 MiB`. */
function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${Math.round(bytes)} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** A ratio such as `x10.4`, or `–` when the base is zero. */
function formatFactor(value: number, base: number): string {
	return base === 0 ? '–' : `x${(value / base).toFixed(2)}`;
}

/** A table: a title, column headings, and rows of cells. Numeric-looking cells align right. */
interface Table {
	title: string;
	headings: string[];
	rows: string[][];
	/** Lines printed under the table. */
	notes?: string[];
}

/** Renders a table as aligned plain text with a rule under the headings. */
function renderTable(table: Table): string {
	const widths = table.headings.map((heading, c) =>
		Math.max(heading.length, ...table.rows.map((row) => (row[c] ?? '').length)),
	);
	const numeric = /^[x\d.,–-][\d.,]*( (B|KiB|MiB|s))?$|^–$/;
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
function summaryTable(outputs: readonly OutputFigures[]): Table {
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
function sumOf(o: OutputFigures, pick: (p: PageFigures) => number): number {
	return o.pages.reduce((total, p) => total + pick(p), 0);
}

/** The median of one page figure over an output's pages. */
function medianOf(o: OutputFigures, pick: (p: PageFigures) => number): number {
	return median(o.pages.map(pick));
}

/** The largest value of one page figure over an output's pages (0 for none). */
function maxOf(o: OutputFigures, pick: (p: PageFigures) => number): number {
	return o.pages.reduce((most, p) => Math.max(most, pick(p)), 0);
}

/** The per-page table of one output. */
function pagesTable(o: OutputFigures): Table {
	const notes = o.missing.length
		? [`Referenced but not in the output (not counted): ${o.missing.join(', ')}`]
		: [];
	return {
		title: `Pages of ${o.label} (${o.pages.length})`,
		headings: ['Page', 'HTML raw', 'HTML gzip', 'JS gzip', 'CSS gzip'],
		rows: o.pages.map((p) => [
			p.address,
			formatBytes(p.htmlRaw),
			formatBytes(p.htmlGzip),
			formatBytes(p.jsGzip),
			formatBytes(p.cssGzip),
		]),
		notes,
	};
}

// ---------------------------------------------------------------------------------------------
// Measurements: EXTENSION POINT
//
// Each entry is run on every built output after the page figures and may return tables to print.
// Add new figures here (and nowhere else), for example:
//   - package sizes: once the build writes `downloads/*.zip`, `downloadsMeasurement` below already
//     lists them; a per-format breakdown (SCORM 1.2 / 2004 / cmi5 / offline) can go beside it.
//   - search latency: start a static server (node:http) on `output.out`, or import the search
//     index from it, time N representative queries, and return a table of p50/p95 per corpus.
// ---------------------------------------------------------------------------------------------

/** A figure measured on one built output. */
interface Measurement {
	/** What it measures, for error messages. */
	name: string;
	/** Returns the tables to print for this output (none when there is nothing to report). */
	measure(output: OutputFigures): Promise<Table[]>;
}

/** Most rows a measurement table prints before summarising the rest. */
const MAX_ROWS = 40;

/** Sizes of every file under `downloads/` in the output (LMS packages, offline copies). */
const downloadsMeasurement: Measurement = {
	name: 'downloads',
	async measure(output) {
		const dir = join(output.out, 'downloads');
		const isDir = await stat(dir).then(
			(s) => s.isDirectory(),
			() => false,
		);
		if (!isDir) return [];
		const files = await Promise.all(
			(await listFiles(dir)).map(async (file) => ({
				file: file.split(sep).join('/'),
				size: (await stat(join(dir, file))).size,
			})),
		);
		const total = files.reduce((sum, f) => sum + f.size, 0);
		const shown = files.slice(0, MAX_ROWS);
		return [
			{
				title: `Downloads of ${output.label} (${files.length} files, ${formatBytes(total)})`,
				headings: ['File', 'Bytes', 'Size'],
				rows: shown.map((f) => [f.file, String(f.size), formatBytes(f.size)]),
				notes: files.length > shown.length ? [`… and ${files.length - shown.length} more`] : [],
			},
		];
	},
};

/** Every measurement run on each output, in print order. */
const measurements: readonly Measurement[] = [
	downloadsMeasurement,
	// searchLatencyMeasurement, packageBreakdownMeasurement, …
];

/** Runs every measurement on every output; a failing measurement is reported, not fatal. */
async function runMeasurements(outputs: readonly OutputFigures[]): Promise<Table[]> {
	const tables: Table[] = [];
	for (const measurement of measurements) {
		for (const output of outputs) {
			try {
				tables.push(...(await measurement.measure(output)));
			} catch (err) {
				tables.push({
					title: `${measurement.name} on ${output.label}: could not measure`,
					headings: ['Error'],
					rows: [[err instanceof Error ? err.message : String(err)]],
				});
			}
		}
	}
	return tables;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/** Prints a progress line on stderr, so stdout holds only the figures. */
function progress(message: string): void {
	process.stderr.write(`bench: ${message}\n`);
}

/**
 * Builds and measures the content under `source` and its 10x corpus, all under `work`, and prints
 * the tables.
 */
async function bench(
	root: string,
	source: string,
	work: string,
	signal: AbortSignal,
): Promise<void> {
	const corpus = join(work, 'corpus');
	const specs: BuildSpec[] = [
		{ label: 'shipped', out: join(work, 'shipped'), content: source === root ? undefined : source },
		{ label: `x${COPIES}`, out: join(work, `x${COPIES}`), content: corpus },
	];
	const outputs: OutputFigures[] = [];
	let counts = { lessons: 0, modules: 0 };
	for (const spec of specs) {
		// The corpus is written after the shipped build, which reports any content mistake best.
		if (spec.content === corpus) counts = await writeCorpus(source, corpus);
		progress(`building ${spec.label} into ${spec.out}…`);
		const seconds = await runBuild(root, spec, signal);
		outputs.push(await measureOutput(spec, seconds));
	}
	const lines = [
		`Second Look benchmark: content from ${relative(root, source) || '.'}; ` +
			`x${COPIES} corpus = ${counts.lessons} lessons, ${counts.modules} modules.`,
		renderTable(summaryTable(outputs)),
		...outputs.slice(0, 1).map((o) => renderTable(pagesTable(o))),
		...(await runMeasurements(outputs)).map(renderTable),
	];
	const [shipped, large] = outputs;
	if (shipped && large) {
		lines.push(
			`\nGrowth ${large.label} vs ${shipped.label}: build time ` +
				`${formatFactor(large.seconds, shipped.seconds)}, total bytes ` +
				`${formatFactor(large.totalBytes, shipped.totalBytes)}, pages ` +
				`${formatFactor(large.pages.length, shipped.pages.length)}.`,
		);
	}
	console.log(lines.join('\n'));
}

/** Whether anything exists at `path`. */
async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}

/**
 * Runs the benchmark in a temp folder and removes it afterwards, with the Astro caches the run
 * created (the corpus's, and `BENCH_CONTENT`'s if it had none before).
 */
async function main(): Promise<void> {
	const root = process.cwd();
	const benchContent = process.env['BENCH_CONTENT'];
	const source = benchContent ? resolve(root, benchContent) : root;
	const work = await mkdtemp(join(tmpdir(), 'second-look-bench-'));
	const cleanupPaths = [work, astroCacheDirFor(join(work, 'corpus'))];
	const sourceCache = astroCacheDirFor(source);
	if (source !== root && !(await exists(sourceCache))) cleanupPaths.push(sourceCache);
	const aborter = new AbortController();
	const onSignal = (name: NodeJS.Signals): void => {
		aborter.abort();
		for (const path of cleanupPaths) rmSync(path, { recursive: true, force: true });
		process.stderr.write(`bench: stopped by ${name}; temp folders removed.\n`);
		process.exit(130);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		await bench(root, source, work, aborter.signal);
	} catch (err) {
		if (err instanceof BuildFailed) {
			console.error(`${err.output}\nbench: ${err.message}.`);
		} else {
			console.error(err);
		}
		process.exitCode = 1;
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		await Promise.all(cleanupPaths.map((path) => rm(path, { recursive: true, force: true })));
	}
}

await main();
