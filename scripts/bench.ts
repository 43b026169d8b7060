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
 * 4. For both outputs: the search index's size (raw and gzip), the search page's JS (on load, and
 *    what loads when the learner starts searching), and query latency (median and p95 over a fixed
 *    query set) with the same query code the browser runs.
 *
 * Everything is written under one `fs.mkdtemp` folder in the OS temp dir and removed at the end
 * (also on failure or Ctrl-C), together with the Astro cache the corpus build creates. The
 * project's `dist/` is never touched.
 *
 * Environment: `BENCH_CONTENT=<dir>` benchmarks the content under `<dir>` (`lessons/`,
 * `modules/`) instead of the project's own, e.g. to try the benchmark on a demo content root.
 * `BENCH_BUILT=<dir>` (e.g. `dist` after `npm run build`) builds nothing: it prints the size
 * figures of that output only (pages, downloads, packages), in seconds, to measure a change.
 *
 * The parts live in `scripts/bench/`: corpus.ts (the 10x corpus), build.ts, pages.ts (reading
 * HTML and scripts), measure.ts, report.ts (tables), search.ts, and measurements.ts, the
 * EXTENSION POINT: to add a figure, add an entry to its `measurements`.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { astroCacheDirFor, BuildFailed, runBuild, type BuildSpec } from './bench/build.ts';
import { COPIES, writeCorpus } from './bench/corpus.ts';
import { measureOutput, type OutputFigures } from './bench/measure.ts';
import { runMeasurements, sizeMeasurements } from './bench/measurements.ts';
import { formatFactor, pagesTable, renderTable, summaryTable } from './bench/report.ts';

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

/** `BENCH_BUILT`: the size figures of an output built already (no build, no timed runs). */
async function sizesOf(out: string): Promise<void> {
	const output = await measureOutput({ label: out, out, content: undefined }, 0);
	const tables = [pagesTable(output), ...(await runMeasurements([output], sizeMeasurements))];
	console.log(tables.map(renderTable).join('\n'));
}

/**
 * Runs the benchmark in a temp folder and removes it afterwards, with the Astro caches the run
 * created (the corpus's, and `BENCH_CONTENT`'s if it had none before).
 */
async function main(): Promise<void> {
	const root = process.cwd();
	const built = process.env['BENCH_BUILT'];
	if (built) return sizesOf(resolve(root, built));
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
