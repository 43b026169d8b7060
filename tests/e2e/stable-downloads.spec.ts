/**
 * Packages that stay current (issue #17, item 6): each package's latest zip has one address that
 * never changes, so an LMS can fetch it on a schedule (Moodle: "Downloaded package" with an
 * "Auto-update frequency"). Served by the tests' own static server (a plain web host), each address
 * must answer what Moodle accepts, carrying the module's newest content version.
 */
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readContent } from '../../src/content/read.ts';
import { contentVersion, versionLine } from '../../src/lib/content-version.ts';
import { packageFileName } from '../../exports/formats.ts';
import { validateXsd } from '../../exports/shared/xsd.ts';

test("each stable SCORM address answers a zip Moodle accepts, with the module's newest version", async ({
	request,
}) => {
	const { modules, errors } = await readContent(process.cwd());
	expect(errors).toEqual([]);
	expect(modules.length).toBeGreaterThan(0);
	for (const { data: module } of modules) {
		const version = contentVersion(module);
		expect(version, `${module.id} has a changes: list`).toBeDefined();
		if (!version) continue;
		for (const standard of ['scorm12', 'scorm2004'] as const) {
			const address = `/downloads/${packageFileName(module.id, standard)}`;
			const response = await request.get(address);
			expect(response.status(), address).toBe(200);
			expect(response.headers()['content-type'], address).toBe('application/zip');
			const files = unzipSync(new Uint8Array(await response.body()));
			// Moodle looks for imsmanifest.xml at the zip's root ("badimsmanifestlocation" otherwise).
			const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
			expect(manifest, `${address}: imsmanifest.xml at the root`).toContain('<manifest');
			expect(await validateXsd(manifest, standard), address).toEqual({ ok: true, errors: '' });
			expect(/<manifest\b[^>]*\sversion="([^"]+)"/.exec(manifest)?.[1], address).toBe(
				version.version,
			);
			// The learner sees the same version at the foot of every screen of the package.
			const launch = new TextDecoder().decode(files['index.html']);
			expect(launch, address).toContain(versionLine(version));
		}
		// cmi5 and the offline zip keep their stable names too.
		for (const format of ['cmi5', 'offline'] as const) {
			const response = await request.get(`/downloads/${packageFileName(module.id, format)}`);
			expect(response.status()).toBe(200);
		}
	}
});

test('the module page names the version, says the links stay the same, and links to what changed', async ({
	page,
}) => {
	const { modules } = await readContent(process.cwd());
	const forces = modules.find((m) => m.data.id === 'forces-induction')?.data;
	const newest = forces && contentVersion(forces);
	if (!forces?.changes || !newest) throw new Error('forces-induction has no changes: list');
	await page.goto('/modules/forces-induction/');
	const note = page.locator('.content-version');
	await expect(note).toContainText(`${versionLine(newest)}.`);
	await expect(note).toContainText('always gives the latest version');
	await note.getByRole('link', { name: 'What changed in each version' }).click();
	await expect(page).toHaveURL(/\/modules\/forces-induction\/changes\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
	const versions = page.locator('.changes').getByRole('heading', { level: 2 });
	await expect(versions).toHaveText(
		forces.changes.map((c, i) => `Version ${c.version}${i === 0 ? ' (the current version)' : ''}`),
	);
	// Each release says what changed, in the module file's words, on its date.
	for (const [i, change] of forces.changes.entries()) {
		const section = page.locator('.changes > section').nth(i);
		await expect(section).toContainText(change.summary.replace(/\s+/g, ' ').slice(0, 60));
		await expect(section.locator('time')).toHaveAttribute('datetime', change.date);
	}
	await expect(page.locator('.changes')).toContainText('Dylan, 18, in basic training');
	await page.getByRole('link', { name: 'Back to the module and its downloads' }).click();
	await expect(page).toHaveURL(/\/modules\/forces-induction\/$/);
});
