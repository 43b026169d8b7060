import type { Module } from '../../src/schemas/module.ts';
import { packageFileName } from '../formats.ts';
import type { PackagePlan } from '../shared/package-plan.ts';
import { lmsPage } from '../shared/package-scripts.ts';
import { packageFiles, relativisePage, type SitePage } from '../shared/site-files.ts';
import { buildCmi5CourseStructure, COURSE_STRUCTURE_FILE } from './course-structure.ts';

/**
 * The cmi5 AU talks to the LRS the LMS names in the launch URL, which can be another origin than
 * the one serving the package (an LMS with an external LRS). The site's CSP allows `connect-src
 * 'self'` only; the cmi5 page also allows https origins. The runtime sends only to the launch's
 * `endpoint` and `fetch` URLs, so this opens no other traffic.
 */
export function allowLrs(html: string): string {
	return html.replace(/connect-src 'self'(?=[;"])/, "connect-src 'self' https:");
}

/** Plans a module's cmi5 package: `cmi5.xml` at the root, the launch page (the AU) and its files. */
export async function planCmi5Package(
	module: Module,
	sitePage: SitePage,
	version: string,
): Promise<PackagePlan> {
	const launch = 'index.html';
	const page = await lmsPage(sitePage, 'cmi5');
	const content = [
		{ path: launch, bytes: allowLrs(relativisePage(page.html, 'cmi5')) },
		...packageFiles(page, 'cmi5').map(([path, bytes]) => ({ path, bytes })),
	];
	const xml = buildCmi5CourseStructure({
		module,
		launch,
		files: content.map((f) => f.path),
		version,
	});
	return {
		format: 'cmi5',
		fileName: packageFileName(module.id, 'cmi5'),
		files: [{ path: COURSE_STRUCTURE_FILE, bytes: xml }, ...content],
	};
}
