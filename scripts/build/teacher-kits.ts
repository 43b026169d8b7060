import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planTeacherKit } from '../../exports/offline/teacher-kit.ts';
import { zipFiles } from '../../exports/shared/zip.ts';
import type { SiteContent } from '../../src/lib/search/sources.ts';
import { hasPack } from '../../src/lib/teach/module-pack.ts';

/**
 * Writes the teacher's kit of every school and forces module into `siteDir/downloads/`, from the
 * built site, its packages, PDFs and slides (so it runs after them). Returns each kit's size by
 * file name.
 * @throws {TeacherKitError} when a file the kit needs was not built.
 */
export async function writeTeacherKits(
	siteDir: string,
	content: SiteContent,
): Promise<Map<string, number>> {
	const sizes = new Map<string, number>();
	for (const module of content.modules.filter(hasPack)) {
		const plan = await planTeacherKit(module, siteDir, content);
		const zip = zipFiles(plan.files);
		await writeFile(join(siteDir, 'downloads', plan.fileName), zip);
		sizes.set(plan.fileName, zip.byteLength);
	}
	return sizes;
}
