/**
 * No import circles in src/, exports/ or scripts/ (issue #16): a module that imports itself through
 * others cannot be read, tested or moved on its own. Type-only imports count: they tie the modules
 * together as much for a reader. Reads each file's imports with TypeScript's pre-processor (no type
 * checking), so the whole tree takes well under a second.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'exports', 'scripts'];
const SOURCE = /\.(ts|mts|js|mjs|astro|svelte)$/;

/** Every source file under the folders, as paths from the project. */
async function sourceFiles(): Promise<string[]> {
	const files: string[] = [];
	for (const folder of FOLDERS)
		for (const entry of await readdir(join(project, folder), { recursive: true }))
			if (SOURCE.test(entry) && !entry.includes('node_modules')) files.push(join(folder, entry));
	return files.map((f) => f.split('\\').join('/'));
}

/** The script part of a file: all of a .ts file; an .astro file's frontmatter; a .svelte file's scripts. */
function scriptOf(file: string, text: string): string {
	if (file.endsWith('.astro')) return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	if (file.endsWith('.svelte'))
		return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	return text;
}

/** The project files a file imports (static, dynamic and type-only), as paths from the project. */
export function importsOf(file: string, text: string, known: ReadonlySet<string>): string[] {
	const { importedFiles } = ts.preProcessFile(scriptOf(file, text), true, true);
	const found: string[] = [];
	for (const { fileName } of importedFiles) {
		if (!fileName.startsWith('.')) continue;
		const target = relative(project, resolve(project, dirname(file), fileName))
			.split('\\')
			.join('/');
		const candidates = [
			target,
			target.replace(/\.js$/, '.ts'),
			`${target}.ts`,
			`${target}/index.ts`,
		];
		const hit = candidates.find((c) => known.has(c));
		if (hit) found.push(hit);
	}
	return found;
}

/** Every circle in the graph, each as the files round it (Tarjan's strongly connected components). */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	let next = 0;
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next);
		next += 1;
		stack.push(node);
		onStack.add(node);
		for (const to of graph.get(node) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		for (;;) {
			const top = stack.pop();
			if (top === undefined) break;
			onStack.delete(top);
			component.push(top);
			if (top === node) break;
		}
		if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

test('circles() finds a circle through type-only imports and none in a chain', () => {
	const known = new Set(['src/a.ts', 'src/b.ts', 'src/c.ts']);
	const graph = new Map([
		['src/a.ts', importsOf('src/a.ts', "import { b } from './b.ts';", known)],
		['src/b.ts', importsOf('src/b.ts', "import type { C } from './c.ts';", known)],
		['src/c.ts', importsOf('src/c.ts', "const a = await import('./a.ts');", known)],
	]);
	expect(circles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
	graph.set('src/c.ts', []);
	expect(circles(graph)).toEqual([]);
});

/**
 * Circles left for the helper moving the cmi5 client into exports/cmi5/ (issue #16, "formats"):
 * named by file name so they are recognised before and after the move. Remove each once broken;
 * any other circle fails the test.
 */
const LEFT_FOR_THE_CMI5_MOVE: readonly (readonly string[])[] = [
	['batches.ts', 'queue.ts'],
	['au-session.ts', 'connection.ts'],
];

test('src/, exports/ and scripts/ have no import circles', async () => {
	const files = await sourceFiles();
	const known = new Set(files);
	const graph = new Map<string, string[]>();
	for (const file of files)
		graph.set(file, importsOf(file, await readFile(join(project, file), 'utf8'), known));
	expect(graph.size).toBeGreaterThan(100);
	const names = (circle: readonly string[]) =>
		circle
			.map((f) => f.slice(f.lastIndexOf('/') + 1))
			.sort()
			.join(' ↔ ');
	const allowed = new Set(LEFT_FOR_THE_CMI5_MOVE.map(names));
	expect(circles(graph).filter((c) => !allowed.has(names(c)))).toEqual([]);
});
