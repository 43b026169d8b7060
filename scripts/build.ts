/**
 * `npm run build`: builds the site, every package, every PDF and every deck of slides, then every
 * teacher's kit (which carries them), into a temporary folder beside the output, then swaps it in. A failed build exits non-zero and leaves the previous output
 * exactly as it was.
 *
 * Options: `--out <dir>` (default `dist`). `SECOND_LOOK_CONTENT=<dir>` builds other content.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isSelfPaced, moduleLessons } from '../src/lib/module-lessons.ts';
import { relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { removeOnSignal, removeStaleStaging, restoreStalePrevious } from './build/staging.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { build } = await import('astro');
const { buildPackages } = await import('../exports/build-packages.ts');
const { emptySizesMessage, fillDownloadSizes } =
	await import('../exports/shared/download-sizes.ts');
const { siteContentOf } = await import('../src/lib/search/site-content.ts');
const { checkBuiltPages, formatBuiltPageErrors, lessonPages } =
	await import('../src/content/built-pages.ts');
const { contentRoot } = await import('../src/content-root.ts');
const { kitStartPage, pdfFiles, slidesFileName } = await import('../src/lib/teach/kit-files.ts');
const { hasPack, modulePack } = await import('../src/lib/teach/module-pack.ts');
const { assertChromium, printPdfs } = await import('./build/pdfs.ts');
const { deckPptx } = await import('./build/slides-pptx.ts');
const { pinPptxDates } = await import('./build/reproducible.ts');
const { contentVersion } = await import('../src/lib/content-version.ts');
const { writeTeacherKits } = await import('./build/teacher-kits.ts');
const { builtFileOf } = await import('../exports/offline/teacher-kit.ts');
const { givenContent } = await import('../src/integrations/content-feed.ts');
const { readContent } = await import('../src/content/read.ts');
const { formatContentErrors } = await import('../src/content/errors.ts');

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const root = process.cwd();
const out = resolve(root, values.out);
/**
 * Astro writes its prerender chunks into `<outDir>/.prerender/` when the output folder is inside the
 * working directory, and into `<cwd>/.astro/` otherwise, where two builds at once (tests building
 * fixtures side by side) overwrite each other's chunks. So the build always stages inside the
 * project; an output elsewhere (a test's temp folder, on the same disk) is renamed into place.
 */
const insideRoot = (path: string) => {
	const rel = relative(root, path);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};
const staging = insideRoot(out)
	? `${out}.staging-${process.pid}`
	: resolve(root, '.build-tmp', `staging-${process.pid}`);
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

type Content = import('../src/content/types.ts').ContentSet;

/**
 * Fails the build when any lesson page or package launch page lost the support lines at the start
 * or end of a lesson (content brief §1.6). Runs on the staging folder, before packages are made from
 * it and before it replaces the previous output.
 */
async function verifySupportLines(content: Content): Promise<void> {
	const lessonIds = content.lessons.map((l) => l.data.id);
	const modules = content.modules.map((m) => ({ ...m.data, selfPaced: isSelfPaced(m.data) }));
	const problems = await checkBuiltPages(staging, lessonIds, modules);
	if (problems.length)
		throw Object.assign(new Error(formatBuiltPageErrors(problems)), {
			hint: 'Every lesson must show where to get help at its start and end. Fix the page or component named above and build again.',
		});
	const pages = lessonPages(lessonIds, modules).length;
	console.log(`  Support lines checked at the start and end of every lesson on ${pages} pages.`);
}

/** Exports every module's packages into the staging folder; returns each file's size. */
async function writePackages(content: Content): Promise<Map<string, number>> {
	const version = (
		JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as { version: string }
	).version;
	const built = await buildPackages(staging, siteContentOf(content), version);
	for (const p of built) console.log(`  ${p.fileName}  ${(p.bytes / 1024).toFixed(0)} KB`);
	return new Map(built.map((p) => [p.fileName, p.bytes]));
}

/** Prints every module's teacher pack and handout to PDF in the staging folder; returns sizes. */
async function writePdfs(content: Content): Promise<Map<string, number>> {
	const printed = await printPdfs(
		staging,
		content.modules.flatMap((m) => pdfFiles(m.data)),
	);
	for (const p of printed)
		console.log(
			`  ${p.fileName}  ${(p.bytes / 1024).toFixed(0)} KB, ${p.pages === 1 ? 'one A4 page' : `${p.pages} A4 pages`}`,
		);
	return new Map(printed.map((p) => [p.fileName, p.bytes]));
}

/** Writes every taught module's deck as editable slides (.pptx) into staging; returns sizes. */
async function writeSlides(content: Content): Promise<Map<string, number>> {
	const lessons = new Map(content.lessons.map((l) => [l.data.id, l.data]));
	const sizes = new Map<string, number>();
	for (const { data: module } of content.modules) {
		const fileName = slidesFileName(module);
		if (!fileName || !hasPack(module)) continue;
		const pack = modulePack(module, moduleLessons(module, lessons));
		const pptx = pinPptxDates(await deckPptx(pack), contentVersion(module)?.date);
		await writeFile(resolve(staging, 'downloads', fileName), pptx);
		console.log(`  ${fileName}  ${(pptx.byteLength / 1024).toFixed(0)} KB`);
		sizes.set(fileName, pptx.byteLength);
	}
	return sizes;
}

/** Every page that names a download's size: each module page and each kit's start page. */
function sizePages(content: Content): string[] {
	return content.modules.flatMap(({ data }) => [
		resolve(staging, 'modules', data.id, 'index.html'),
		...(hasPack(data) ? [resolve(staging, builtFileOf(kitStartPage(data).sitePath))] : []),
	]);
}

/**
 * Fills in the size of every download on every module page and kit start page (pages are rendered
 * before the files exist). Run again once more files exist: it fills only sizes still empty.
 */
async function fillSizes(content: Content, sizes: ReadonlyMap<string, number>): Promise<void> {
	for (const page of sizePages(content))
		await writeFile(page, fillDownloadSizes(await readFile(page, 'utf8'), sizes));
}

/** Once every download exists: a size still empty is a link a teacher would read as "(zip, )". */
async function verifySizesFilled(content: Content): Promise<void> {
	const pages = await Promise.all(
		sizePages(content).map(async (page) => ({
			path: relative(staging, page),
			html: await readFile(page, 'utf8'),
		})),
	);
	const message = emptySizesMessage(pages);
	if (message)
		throw Object.assign(new Error(message), {
			hint: 'Each <span data-size-of="file"> must name a file the build writes into downloads/ (exports/shared/download-sizes.ts fills it).',
		});
}

const started = performance.now();
// A build stopped with Ctrl-C (or SIGTERM) removes its staging folder; one killed outright leaves it
// for the next build to remove here.
for (const path of await removeStaleStaging(root, out))
	console.log(`Removed ${relative(root, path)}, left by a build that was stopped.`);
for (const line of await restoreStalePrevious(out)) console.log(line);
const stopRemovingOnSignal = removeOnSignal(staging);
try {
	// The content check runs before Astro starts, so a mistake in a lesson or module is the first
	// thing the author reads, not under Astro's log; its one read is handed to Astro (givenContent),
	// whose content check, loader and H5P integration take it instead of reading the files again.
	const content = await readContent(contentRoot(root));
	if (content.errors.length)
		throw Object.assign(new Error(formatContentErrors(content.errors)), {
			hint: 'Fix the problems above and build again; nothing was written.',
		});
	if (content.modules.some((m) => pdfFiles(m.data).length > 0)) await assertChromium();
	await build({
		root,
		outDir: staging,
		logLevel: process.env['CI'] ? 'warn' : 'info',
		integrations: [givenContent(content)],
	});
	await verifySupportLines(content);
	const sizes = new Map([
		...(await writePackages(content)),
		...(await writePdfs(content)),
		...(await writeSlides(content)),
	]);
	// The kits carry the PDFs and slides, and their start pages name their sizes: made after them.
	await fillSizes(content, sizes);
	const kits = await writeTeacherKits(staging, siteContentOf(content));
	for (const [fileName, bytes] of kits)
		console.log(`  ${fileName}  ${(bytes / 1024).toFixed(0)} KB`);
	await fillSizes(content, kits);
	await verifySizesFilled(content);
	// Not during the swap (two renames): removing the staging folder between them would leave no
	// output at all, where a stop there keeps both folders.
	stopRemovingOnSignal();
	await swapIn();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Second Look built into ${values.out}/ in ${seconds} s.`);
} catch (err) {
	stopRemovingOnSignal();
	await rm(staging, { recursive: true, force: true });
	const e = err as { message?: string; hint?: string };
	console.error(
		`\nThe build failed; ${values.out}/ was left as it was.\n\n${e.message ?? String(err)}`,
	);
	if (e.hint) console.error(`\n${e.hint}`);
	process.exit(1);
}
