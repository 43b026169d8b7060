import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const project = join(import.meta.dirname, '../..');
const doc = readFileSync(join(project, 'docs/architecture.md'), 'utf8');

/** Every source file (not a test) under `dir`, as a path from the project root. */
function sources(dir: string): string[] {
	return readdirSync(join(project, dir)).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(join(project, path)).isDirectory()) return sources(path);
		return /\.(ts|svelte|astro)$/.test(name) && !/\.test\.|test-data/.test(name) ? [path] : [];
	});
}

/**
 * Issue #16: adding an activity type touches one place per concern, and docs/architecture.md
 * ("Adding an activity type") names each. A file that branches on activity types (`case
 * 'ordering':` and the like) is one of those places, so the table must name it; a new switch
 * elsewhere fails here until the table says what it is for.
 */
test('every file that branches on activity types is in the "Adding an activity type" table', () => {
	const table = doc.slice(
		doc.indexOf('## Adding an activity type'),
		doc.indexOf('## From a module'),
	);
	expect(table.length).toBeGreaterThan(100);
	const branching = ['src', 'exports', 'scripts']
		.flatMap(sources)
		.filter((path) =>
			/case '(single-choice|multiple-response|true-false|ordering|matching|confidence|scenario|red-flags|h5p)'/.test(
				readFileSync(join(project, path), 'utf8'),
			),
		)
		.map((path) => relative('.', path));
	expect(branching.length).toBeGreaterThan(10);
	expect(branching.filter((path) => !table.includes(`\`${path}\``))).toEqual([]);
});
