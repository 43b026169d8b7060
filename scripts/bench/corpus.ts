/**
 * The benchmark's large corpus: every lesson and module copied {@link COPIES} times with ids
 * suffixed, as plain text rewriting of the files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** How many copies of each lesson and module the large corpus holds. */
export const COPIES = 10;

/** The same frontmatter pattern the content check uses (src/content/read.ts). */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The suffix that keeps the ids of copy number `n` unique. */
export function copySuffix(n: number): string {
	return `-x${n}`;
}

/**
 * Appends `suffix` to a YAML scalar node holding a string, in place. Returns the old value, or
 * undefined when the node is not a string scalar.
 */
export function suffixScalar(node: unknown, suffix: string): string | undefined {
	if (!isScalar(node) || typeof node.value !== 'string') return undefined;
	const old = node.value;
	node.value = `${old}${suffix}`;
	return old;
}

/** Parses YAML text into a document, throwing with `file` in the message if it does not parse. */
export function parseYaml(text: string, file: string): ReturnType<typeof parseDocument> {
	const doc = parseDocument(text);
	const [first] = doc.errors;
	if (first) throw new Error(`${file}: not valid YAML: ${first.message}`);
	return doc;
}

/**
 * Rewrites `<Activity id="…">` references in MDX prose whose id is a key of `renames`.
 * Other elements and unknown ids are left as they are.
 */
export function renameActivityRefs(body: string, renames: ReadonlyMap<string, string>): string {
	return body.replace(
		/(<Activity\b[^>]*?\bid=)(["'])([^"']*)\2/g,
		(whole, head: string, quote: string, id: string) => {
			const renamed = renames.get(id);
			return renamed === undefined ? whole : `${head}${quote}${renamed}${quote}`;
		},
	);
}

/**
 * One copy of a lesson file: the lesson id and every activity id get `suffix`, the prose's
 * `<Activity id>` references and the objectives baseline questions name follow. The rest of the frontmatter keeps its formatting.
 */
export function copyLesson(text: string, suffix: string, file: string): string {
	const match = FRONTMATTER.exec(text);
	if (!match || match[1] === undefined) throw new Error(`${file}: no frontmatter block`);
	const doc = parseYaml(match[1], file);
	if (suffixScalar(doc.get('id', true), suffix) === undefined) {
		throw new Error(`${file}: the frontmatter has no text "id:"`);
	}
	const renames = new Map<string, string>();
	const activities: unknown = doc.get('activities', true);
	if (isSeq(activities)) {
		for (const item of activities.items) {
			if (!isMap(item)) continue;
			const old = suffixScalar(item.get('id', true), suffix);
			if (old !== undefined) renames.set(old, `${old}${suffix}`);
			// A baseline or end-point question names its objective `<lesson>-<n>`: the copy's lesson.
			const check: unknown = item.get('check', true);
			const objective: unknown = isMap(check) ? check.get('objective', true) : undefined;
			if (isScalar(objective) && typeof objective.value === 'string')
				objective.value = objective.value.replace(/-(\d+)$/, `${suffix}-$1`);
		}
	}
	const body = text.slice(match[0].length);
	return `---\n${doc.toString({ lineWidth: 0 })}---\n${renameActivityRefs(body, renames)}`;
}

/**
 * One copy of a module file: its id and every lesson id it names (its lessons, and the lessons each
 * release in `changes:` says it changed) get `suffix`.
 */
export function copyModule(text: string, suffix: string, file: string): string {
	const doc = parseYaml(text, file);
	if (suffixScalar(doc.get('id', true), suffix) === undefined) {
		throw new Error(`${file}: the module has no text "id:"`);
	}
	const lessons: unknown = doc.get('lessons', true);
	if (isSeq(lessons)) for (const item of lessons.items) suffixScalar(item, suffix);
	const changes: unknown = doc.get('changes', true);
	if (isSeq(changes))
		for (const change of changes.items) {
			const changed: unknown = isMap(change) ? change.get('lessons', true) : undefined;
			if (isSeq(changed)) for (const item of changed.items) suffixScalar(item, suffix);
		}
	// The lesson plan names activities, whose ids the copied lessons suffix too.
	const plan: unknown = doc.get('lessonPlan', true);
	if (isSeq(plan))
		for (const step of plan.items) {
			const activities: unknown = isMap(step) ? step.get('activities', true) : undefined;
			if (isSeq(activities)) for (const item of activities.items) suffixScalar(item, suffix);
		}
	return doc.toString({ lineWidth: 0 });
}

/** A file name with `suffix` inserted before its extension: `a.mdx` → `a-x3.mdx`. */
export function suffixFileName(name: string, suffix: string): string {
	const ext = extname(name);
	return `${basename(name, ext)}${suffix}${ext}`;
}

/** Lists the names in `dir` matching `pattern`, sorted; a missing folder lists nothing. */
export async function listNames(dir: string, pattern: RegExp): Promise<string[]> {
	try {
		return (await readdir(dir)).filter((name) => pattern.test(name)).sort();
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw err;
	}
}

/**
 * Writes the large corpus under `target`: {@link COPIES} copies of every lesson and module under
 * `source`. Returns how many lessons and modules it wrote.
 */
export async function writeCorpus(
	source: string,
	target: string,
): Promise<{ lessons: number; modules: number }> {
	const kinds = [
		{ folder: 'lessons', pattern: /\.mdx$/, copy: copyLesson },
		{ folder: 'modules', pattern: /\.ya?ml$/, copy: copyModule },
	] as const;
	const [lessons, modules] = await Promise.all(
		kinds.map(async ({ folder, pattern, copy }) => {
			await mkdir(join(target, folder), { recursive: true });
			const names = await listNames(join(source, folder), pattern);
			for (const name of names) {
				const file = `${folder}/${name}`;
				const text = await readFile(join(source, file), 'utf8');
				for (let n = 1; n <= COPIES; n++) {
					const suffix = copySuffix(n);
					const copied = copy(text, suffix, file);
					await writeFile(join(target, folder, suffixFileName(name, suffix)), copied);
				}
			}
			return names.length * COPIES;
		}),
	);
	return { lessons: lessons ?? 0, modules: modules ?? 0 };
}
