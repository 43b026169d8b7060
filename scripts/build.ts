/**
 * `npm run build`: builds the site (and, as later steps land, every package) into a temporary folder
 * beside the output, then swaps it in. A failed build exits non-zero and leaves the previous output
 * exactly as it was.
 *
 * Options: `--out <dir>` (default `dist`). `SECOND_LOOK_CONTENT=<dir>` builds other content.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { build } = await import('astro');
const { buildPackages } = await import('../exports/build-packages.ts');
const { fillDownloadSizes } = await import('../exports/shared/download-sizes.ts');
const { readContent } = await import('../src/content/read.ts');
const { contentRoot } = await import('../src/content-root.ts');

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const root = process.cwd();
const out = resolve(root, values.out);
const staging = `${out}.staging-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}

/** Replaces `out` with `staging` using renames, so `out` is never half-written. */
async function swapIn(): Promise<void> {
	const hadOutput = await exists(out);
	if (hadOutput) await rename(out, previous);
	try {
		await rename(staging, out);
	} catch (err) {
		if (hadOutput) await rename(previous, out);
		throw err;
	}
	if (hadOutput) await rm(previous, { recursive: true, force: true });
}

/** Exports every module's packages into the staging folder and fills in sizes on module pages. */
async function writePackages(): Promise<void> {
	const content = await readContent(contentRoot(root));
	const version = (
		JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as { version: string }
	).version;
	const built = await buildPackages(
		staging,
		content.modules.map((m) => m.data),
		version,
	);
	const sizes = new Map(built.map((p) => [p.fileName, p.bytes]));
	for (const id of new Set(built.map((p) => p.moduleId))) {
		const page = resolve(staging, 'modules', id, 'index.html');
		await writeFile(page, fillDownloadSizes(await readFile(page, 'utf8'), sizes));
	}
	for (const p of built) console.log(`  ${p.fileName}  ${(p.bytes / 1024).toFixed(0)} KB`);
}

const started = performance.now();
try {
	await build({ root, outDir: staging, logLevel: process.env['CI'] ? 'warn' : 'info' });
	await writePackages();
	await swapIn();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Second Look built into ${values.out}/ in ${seconds} s.`);
} catch (err) {
	await rm(staging, { recursive: true, force: true });
	const e = err as { message?: string; hint?: string };
	console.error(
		`\nThe build failed; ${values.out}/ was left as it was.\n\n${e.message ?? String(err)}`,
	);
	if (e.hint) console.error(`\n${e.hint}`);
	process.exit(1);
}
