import { expect, type Page, type Route } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { extname, join } from 'node:path';
import { STANDARDS } from '../../exports/scorm/standards.ts';
import type { Fault } from '../support/faulty-scorm.ts';
import type { PackageData } from '../../src/scripts/package-runtime.ts';

export type { Fault } from '../support/faulty-scorm.ts';

/** Where the test LMS lives on the test server (served by `page.route`, never by the site). */
export const LMS = '/lms/';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.xml': 'application/xml',
	'.xsd': 'application/xml',
	'.dtd': 'application/xml-dtd',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png',
	'.gif': 'image/gif',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
};

/** The content type a web server would send for a file ending. */
function contentTypeOf(ext: string): string {
	return types[ext] ?? 'application/octet-stream';
}

/** The files of a built package, as the LMS would unpack them (from `downloads`, default the site's). */
export function unpack(zipFile: string, downloads = 'dist/downloads'): Map<string, Uint8Array> {
	return new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(join(downloads, zipFile))))));
}

/** Faults the test LMS can inject between the package and scorm-again. */
export interface Faults {
	/** How many commits return "false" before they succeed again. */
	commitFailures?: number;
	/** Initialize returns "false". */
	initializeFails?: boolean;
	/** This API method throws. */
	throwOn?: string;
	/** Each commit blocks for this long (a slow LMS). */
	commitDelayMs?: number;
	/** The course frame is sandboxed without top navigation (some LMSs do this). */
	sandbox?: boolean;
	/**
	 * The package's folder under the LMS (default `course/`), as Moodle's
	 * `pluginfile.php/<activity>/mod_scorm/content/<revision>/`, whose revision a package update
	 * counts up.
	 */
	folder?: string;
	/**
	 * Any call returning "false" or "", throwing or blocking, for a window or for good
	 * (`tests/support/faulty-scorm.ts`); applied between the strict checker and the LMS.
	 */
	faults?: Fault[];
}

/** The LMS page: scorm-again behind the strict checker, the package in an iframe. */
function lmsPage(standard: 'scorm12' | 'scorm2004', seed: unknown, faults: Faults): string {
	const apiClass = standard === 'scorm12' ? 'Scorm12API' : 'Scorm2004API';
	const apiName = standard === 'scorm12' ? 'API' : 'API_1484_11';
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title></head><body>
<h1>Test LMS</h1>
<script src="${LMS}scorm-again.js"></script>
<script type="module">
import { strictScorm } from '${LMS}strict-scorm.js';
import { faultyScorm } from '${LMS}faulty-scorm.js';
const raw = new window.${apiClass}({ autocommit: false, logLevel: 5, lmsCommitUrl: false });
raw.loadFromJSON(${JSON.stringify(seed)}, '');
const faults = ${JSON.stringify(faults)};
let commitFailures = faults.commitFailures ?? 0;
// What the LMS has accepted: its data at the last Commit or Terminate that went through.
let accepted = raw.getFlattenedCMI();
const names = ${JSON.stringify(standard === 'scorm12' ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'])};
const faulty = {};
for (const name of names) faulty[name] = (...args) => {
	if (faults.throwOn === name) throw new Error('The LMS failed');
	if (name === names[0] && faults.initializeFails) return 'false';
	if (name === names[4]) {
		const until = Date.now() + (faults.commitDelayMs ?? 0);
		while (Date.now() < until) {}
		if (commitFailures > 0) { commitFailures -= 1; return 'false'; }
	}
	const result = raw[name](...args);
	if ((name === names[4] || name === names[1]) && String(result) === 'true') accepted = raw.getFlattenedCMI();
	return result;
};
const injected = faultyScorm(faulty, names, faults.faults ?? []);
const strict = strictScorm(injected.api, '${standard}');
window.${apiName} = strict.api;
window.lms = { raw, strict, calls: injected.calls, cmi: () => raw.getFlattenedCMI(), accepted: () => accepted };
const frame = document.createElement('iframe');
frame.title = 'Course';
frame.src = '${LMS}${faults.folder ?? 'course/'}index.html';
frame.style.cssText = 'width: 100%; height: 90vh; border: 0';
if (faults.sandbox) frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
document.body.append(frame);
</script></body></html>`;
}

/**
 * A connection that can drop: while `down`, every request for the files it `drops` fails as a
 * lost network would, after `lagMs` (a real one takes a moment to give up); `asked` counts them.
 */
export interface FlakyNetwork {
	drops: RegExp;
	down: boolean;
	asked: number;
	lagMs?: number;
}

/** Fails `route` as `network` would, if it is down: true when it did. */
export async function dropIfDown(route: Route, network: FlakyNetwork): Promise<boolean> {
	network.asked += 1;
	if (!network.down) return false;
	if (network.lagMs) await new Promise((resolve) => setTimeout(resolve, network.lagMs));
	await route.abort('internetdisconnected');
	return true;
}

/**
 * Serves a test LMS with the package unpacked under it, and opens it. The package is the real zip
 * from `dist/downloads`; scorm-again is the LMS side; the strict checker records every call.
 */
export async function launch(
	page: Page,
	zipFile: string,
	standard: 'scorm12' | 'scorm2004',
	seed: unknown,
	faults: Faults = {},
	downloads?: string,
	network?: FlakyNetwork,
): Promise<void> {
	const files = unpack(zipFile, downloads);
	const strict = stripTypeScriptTypes(readFileSync('tests/support/strict-scorm.ts', 'utf8'));
	const faulty = stripTypeScriptTypes(readFileSync('tests/support/faulty-scorm.ts', 'utf8'));
	await page.route(`**${LMS}**`, async (route) => {
		const path = new URL(route.request().url()).pathname.slice(LMS.length);
		if (path === '' || path === 'index.html')
			return route.fulfill({
				contentType: 'text/html; charset=utf-8',
				body: lmsPage(standard, seed, faults),
			});
		if (path === 'scorm-again.js')
			return route.fulfill({
				contentType: 'text/javascript; charset=utf-8',
				path: 'node_modules/scorm-again/dist/scorm-again.js',
			});
		if (path === 'strict-scorm.js')
			return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: strict });
		if (path === 'faulty-scorm.js')
			return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: faulty });
		if (network?.drops.test(path) && (await dropIfDown(route, network))) return;
		const folder = faults.folder ?? 'course/';
		const file = path.startsWith(folder) ? files.get(path.slice(folder.length)) : undefined;
		if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
		return route.fulfill({
			contentType: contentTypeOf(extname(path)),
			body: Buffer.from(file),
		});
	});
	await page.goto(LMS);
	await expect(page.frameLocator('iframe[title="Course"]').locator('h1:visible')).toHaveCount(1);
}

/** The LMS's view: every CMI value, as scorm-again holds it. */
export async function cmi(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		(window as unknown as { lms: { cmi: () => Record<string, string> } }).lms.cmi(),
	);
}

/**
 * What the LMS has accepted: every CMI value as it stood at the last Commit or Terminate that went
 * through (what a real LMS would have stored), not what a failing one only holds in its memory.
 */
export async function acceptedCmi(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		(window as unknown as { lms: { accepted: () => Record<string, string> } }).lms.accepted(),
	);
}

/** The interaction ids among CMI `values`: `cmi.interactions.<n>.id`, in SCORM 1.2 and 2004 alike. */
export function interactionIds(values: Record<string, string>): string[] {
	return Object.entries(values)
		.filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key))
		.map(([, id]) => id);
}

/** Every spec violation the strict checker saw, including what must be true at the end. */
export async function violations(page: Page, atEnd: boolean): Promise<string[]> {
	return page.evaluate((end) => {
		const { strict } = (
			window as unknown as {
				lms: { strict: { violations: string[]; endViolations: () => string[] } };
			}
		).lms;
		return end ? strict.endViolations() : strict.violations;
	}, atEnd);
}

/** How many times the package called `method` (e.g. "LMSCommit"), faulty or not. */
export async function callCount(page: Page, method: string): Promise<number> {
	return page.evaluate(
		(name) =>
			(window as unknown as { lms: { calls: { method: string }[] } }).lms.calls.filter(
				(c) => c.method === name,
			).length,
		method,
	);
}

/**
 * What the LMS gives the next launch of the same attempt, from what it holds now: entry "resume"
 * after exit "suspend" (else ""), and the status, score, bookmark and suspend data as they are.
 * `extra` adds to it (a mode, credit).
 */
export function nextLaunchSeed(
	standard: 'scorm12' | 'scorm2004',
	held: Record<string, string>,
	extra: Record<string, unknown> = {},
): Record<string, unknown> {
	const f = STANDARDS[standard];
	const entry = held[f.cmi.exit] === f.vocabulary.exitSuspend ? f.vocabulary.entryResume : '';
	const v = (path: string) => held[path] ?? '';
	if (standard === 'scorm12')
		return {
			core: {
				entry,
				lesson_location: v(f.cmi.location),
				lesson_status: v(f.cmi.completionStatus) || 'not attempted',
				score: { raw: v(f.cmi.scoreRaw), min: v(f.cmi.scoreMin), max: v(f.cmi.scoreMax) },
				...extra,
			},
			suspend_data: v(f.cmi.suspendData),
		};
	return {
		entry,
		location: v(f.cmi.location),
		completion_status: v(f.cmi.completionStatus) || 'unknown',
		success_status: v(f.cmi.successStatus) || 'unknown',
		score: {
			raw: v(f.cmi.scoreRaw),
			min: v(f.cmi.scoreMin),
			max: v(f.cmi.scoreMax),
			scaled: v(f.cmi.scoreScaled ?? ''),
		},
		suspend_data: v(f.cmi.suspendData),
		...extra,
	};
}

/**
 * The activities a package tells its LMS about, in page order, which are also those its completion
 * counts: every one but the confidence ratings a `confidence: browser` module keeps in the learner's
 * browser (issue #14).
 */
export function reportedActivities(
	data: PackageData,
): PackageData['lessons'][number]['activities'] {
	return data.lessons
		.flatMap((l) => l.activities)
		.filter((a) => !(data.confidence === 'browser' && a.type === 'confidence'));
}
