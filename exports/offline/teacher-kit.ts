import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportDataScript } from '../../src/lib/class-report/module-data.ts';
import type { ReportModule } from '../../src/lib/class-report/tally.ts';
import type { SiteContent } from '../../src/lib/search/sources.ts';
import { leaderWords } from '../../src/lib/teach/leader-words.ts';
import {
	kitFiles,
	kitStartPage,
	teacherKitFileName,
	type KitFile,
} from '../../src/lib/teach/kit-files.ts';
import type { Module } from '../../src/schemas/module.ts';
import type { PackageFile } from '../shared/package-plan.ts';
import { folderPages } from './package.ts';
import { offlineLaunchPage, offlinePages, type OfflinePage } from './pages.ts';

/**
 * The teacher's (or trainer's) kit of a module: one zip a teacher unzips and opens from `file://`,
 * with no server and no internet. It holds the learner's offline course (so the teacher can show
 * it), the kit's start page (`start-here.html`, listing everything), the pack, presenter mode, the
 * handout, the class report (with every module's activities as a classic script, since `file://`
 * cannot fetch), the letter home and the parents' guide for a school module, and the slides and
 * PDFs the build wrote into `downloads/` before it. Which files: `kitFiles` (src/lib/teach).
 */

/** Thrown when the kit cannot be made (a page or a download it needs was not built). */
export class TeacherKitError extends Error {
	override readonly name = 'TeacherKitError';
}

/** The kit, planned: its file name in `downloads/` and every file in it. */
export interface TeacherKitPlan {
	fileName: string;
	files: PackageFile[];
}

/** The class report's data script, loaded by the report page from `file://`. */
export const REPORT_DATA_SCRIPT = 'class-report-data.js';

/** A site address (`/teach/x/#a`, `/downloads/y.pdf`) as the built file (`teach/x/index.html`). Pure. */
export function builtFileOf(sitePath: string): string {
	const path = sitePath.replace(/#.*$/, '').replace(/^\//, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Whether a kit file is a page of the site (rewritten for `file://`) rather than a file copied. */
const isPage = (f: Pick<KitFile, 'sitePath'>) => builtFileOf(f.sitePath).endsWith('/index.html');

/**
 * The kit's pages in folder order: the course's launch page first (it is the folder's `index.html`,
 * as in the offline package), the start page, the course's other pages, then the teacher's pages.
 * Only the start page is labelled, so the course's footer offers it beside help and search. Pure.
 */
export function kitPages(module: Module): OfflinePage[] {
	const start = kitStartPage(module);
	const kitLabel = leaderWords(module.audience).kit;
	const course = new Set(offlinePages.map((p) => p.from(module.id)));
	return [
		offlineLaunchPage,
		{ from: () => builtFileOf(start.sitePath), to: start.file, label: `Start here: ${kitLabel}` },
		...offlinePages.slice(1),
		...kitFiles(module)
			.filter((f) => isPage(f) && !course.has(builtFileOf(f.sitePath)))
			.map((f): OfflinePage => ({ from: () => builtFileOf(f.sitePath), to: f.file })),
	];
}

/** The short note at the kit's root for whoever unzips it. Pure. */
function readMe(module: Module, start: string): string {
	const who = leaderWords(module.audience).leaders;
	return [
		`${module.title}: the ${who} kit`,
		'',
		`To start: unzip this folder, then double-click ${start}. It opens in your web browser and`,
		'lists everything in the kit. No internet connection is needed, and nothing is sent anywhere.',
		'',
		'Files in this folder:',
		...kitFiles(module).map((f) => `  ${f.file}: ${f.label}`),
		'',
	].join('\r\n');
}

async function readBuilt(siteDir: string, file: string, module: Module): Promise<Uint8Array> {
	try {
		return new Uint8Array(await readFile(join(siteDir, file)));
	} catch {
		throw new TeacherKitError(
			`The teacher's kit of "${module.id}" needs ${file}, which the build did not write. The kit ` +
				'is made after the pages, packages, PDFs and slides (scripts/build.ts): check that they were built.',
		);
	}
}

/**
 * Plans a module's teacher's kit from the built site in `siteDir` (its `downloads/` already holding
 * the module's PDFs and slides). `content` feeds the folder's search index; every module's class
 * report data is read from the built `teach/report/<id>.json`, so the report page offers every
 * module as it does on the site.
 * @throws {TeacherKitError} for a self-paced module, or a file the build did not write.
 */
export async function planTeacherKit(
	module: Module,
	siteDir: string,
	content: SiteContent,
): Promise<TeacherKitPlan> {
	const fileName = teacherKitFileName(module);
	if (!fileName)
		throw new TeacherKitError(`Module "${module.id}" is self-paced: it has no teacher's kit.`);
	const copied = kitFiles(module).filter((f) => !isPage(f));
	// The files the kit copies first: a missing PDF or deck is named before any page is bundled.
	const bytes = new Map<string, Uint8Array>();
	for (const f of copied)
		bytes.set(f.file, await readBuilt(siteDir, builtFileOf(f.sitePath), module));
	const { files } = await folderPages(
		module,
		siteDir,
		content,
		kitPages(module),
		new Map(copied.map((f) => [f.sitePath, f.file])),
	);
	for (const [file, b] of bytes) files.set(file, b);
	const report: ReportModule[] = [];
	for (const m of content.modules) {
		const json = await readBuilt(siteDir, `teach/report/${m.id}.json`, module);
		report.push(JSON.parse(new TextDecoder().decode(json)) as ReportModule);
	}
	files.set(REPORT_DATA_SCRIPT, reportDataScript(report));
	files.set('read-me.txt', readMe(module, kitStartPage(module).file));
	return { fileName, files: [...files].map(([path, bytes]) => ({ path, bytes })) };
}
