/**
 * Lighthouse mobile performance of the heaviest lesson page and the heaviest package launch page
 * (issue #16's goal: ≥ 0.98, the median of three runs). Runs on the shipped output only: the x10
 * corpus has the same pages, only more of them.
 *
 * The output is served gzip-compressed on 127.0.0.1 (as any real host serves text) and measured
 * with Lighthouse's default mobile settings (a mid-range phone on a slow 4G link, simulated) in
 * Debian's Chromium (scripts/chromium.ts), started here with a DevTools port for Lighthouse. Nothing leaves the machine: Lighthouse reads the page through the DevTools
 * protocol, and the pages themselves request nothing from other origins.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { serveFolder } from '../../tests/support/static-server.ts';
import { chromiumLaunch } from '../chromium.ts';
import type { Measurement } from './measurement.ts';
import type { OutputFigures, PageFigures } from './measure.ts';
import { heaviest, median, type Table } from './report.ts';

/** Runs per page; the median is reported, as Lighthouse's own docs advise. */
const RUNS = 3;
/** The goal from issue #16. */
const GOAL = 0.98;

/** A started Chromium and the DevTools port Lighthouse talks to. */
interface Browser {
	port: number;
	close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile and resolves with its DevTools port. */
async function startChromium(): Promise<Browser> {
	const profile = await mkdtemp(join(tmpdir(), 'second-look-lighthouse-'));
	const child: ChildProcess = spawn(
		chromiumLaunch.executablePath,
		[
			'--headless=new',
			...chromiumLaunch.args,
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	const close = async (): Promise<void> => {
		// Chromium writes into its profile until it has exited: removing it sooner fails (ENOTEMPTY).
		const exited =
			child.exitCode === null && child.signalCode === null
				? new Promise((resolve) => child.once('exit', resolve))
				: Promise.resolve();
		child.kill();
		await exited;
		await rm(profile, { recursive: true, force: true, maxRetries: 5 });
	};
	const port = await new Promise<number>((done, fail) => {
		let seen = '';
		child.once('error', fail);
		child.once('exit', (code) => {
			fail(new Error(`Chromium exited (${code}) before it listened`));
		});
		child.stderr?.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
			if (match) done(Number(match[1]));
		});
	}).catch(async (err: unknown) => {
		await close();
		throw err;
	});
	return { port, close };
}

/** One Lighthouse run's figures. */
interface Run {
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
}

/** Runs Lighthouse's mobile performance audit once on `url`. */
async function audit(url: string, port: number): Promise<Run> {
	const result = await lighthouse(url, {
		port,
		onlyCategories: ['performance'],
		logLevel: 'error',
		output: 'json',
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	const value = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
	return {
		score: lhr.categories.performance?.score ?? Number.NaN,
		fcp: value('first-contentful-paint'),
		lcp: value('largest-contentful-paint'),
		tbt: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
	};
}

/** The pages to audit: the heaviest lesson page and package page, by gzipped HTML + JS. */
export function pagesToAudit(pages: readonly PageFigures[]): PageFigures[] {
	const weight = (p: PageFigures): number => p.htmlGzip + p.jsGzip;
	const of = (prefix: string): PageFigures | undefined =>
		heaviest(
			pages.filter((p) => p.address.startsWith(prefix) && p.address !== prefix),
			weight,
		);
	return [of('/lessons/'), of('/package/')].filter((p): p is PageFigures => p !== undefined);
}

/** Lighthouse mobile performance (median of {@link RUNS}) of the heaviest lesson and package. */
export const lighthouseMeasurement: Measurement = {
	name: 'lighthouse',
	async measure(output: OutputFigures): Promise<Table[]> {
		if (output.label !== 'shipped') return [];
		const pages = pagesToAudit(output.pages);
		const server = await serveFolder(output.out, 0, { gzip: true });
		const browser = await startChromium();
		try {
			const { port } = server.address() as AddressInfo;
			const rows: string[][] = [];
			let allMet = true;
			for (const page of pages) {
				const runs: Run[] = [];
				for (let i = 0; i < RUNS; i++)
					runs.push(await audit(`http://127.0.0.1:${port}${page.address}`, browser.port));
				const mid = (pick: (r: Run) => number): number => median(runs.map(pick));
				const score = mid((r) => r.score);
				allMet &&= score >= GOAL;
				rows.push([
					page.address,
					score.toFixed(2),
					runs.map((r) => r.score.toFixed(2)).join(' '),
					`${Math.round(mid((r) => r.fcp))} ms`,
					`${Math.round(mid((r) => r.lcp))} ms`,
					`${Math.round(mid((r) => r.tbt))} ms`,
					mid((r) => r.cls).toFixed(3),
				]);
			}
			return [
				{
					title: `Lighthouse mobile performance of ${output.label} (median of ${RUNS} runs)`,
					headings: ['Page', 'Score', 'Runs', 'FCP', 'LCP', 'TBT', 'CLS'],
					rows,
					notes: [
						'Simulated mid-range phone on slow 4G; served gzip-compressed from 127.0.0.1.',
						`Goal (issue #16): ≥ ${GOAL} on the heaviest lesson page and a package page: ${allMet ? 'yes' : 'no'}.`,
					],
				},
			];
		} finally {
			await browser.close();
			await new Promise((done) => server.close(done));
		}
	},
};
