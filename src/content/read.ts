import { open, readdir, readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { LessonSchema } from '../schemas/lesson.ts';
import { ModuleSchema } from '../schemas/module.ts';
import { decodeContentText } from './decode-text.ts';
import { contentError, sortContentErrors, type ContentError } from './errors.ts';
import { readH5pPackage } from './h5p-package.ts';
import { MdxParseError, scanMdx, type MdxScan } from './mdx-scan.ts';
import { checkProseLimits } from './prose-limits.ts';
import { fieldNames, schemaIssuesToErrors } from './schema-errors.ts';
import { validateContent } from './validate.ts';
import type { ContentSet, LoadedLesson, LoadedModule } from './types.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-locator.ts';

/** Every field name a lesson or a module takes, to suggest one for a misspelt field. */
const lessonFields = fieldNames(LessonSchema);
const moduleFields = fieldNames(ModuleSchema);

export type { ContentSet, LoadedLesson, LoadedModule } from './types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The largest files the check reads, in bytes. */
export interface ContentLimits {
	/** One `lessons/*.mdx` file. */
	lessonBytes: number;
	/** One `modules/*.yaml` file. */
	moduleBytes: number;
}

/**
 * Generous limits that keep the check and the build fast: the longest lesson shipped is about
 * 32 KB, and a 256 KB one (about 45,000 words) is checked in about 2 s and built in about 10 s.
 * Without them a 10 MB lesson took 3 minutes to check, and the build ran out of memory after 10.
 */
export const CONTENT_LIMITS: ContentLimits = { lessonBytes: 256 * 1024, moduleBytes: 64 * 1024 };

/** Options for {@link readContent}. */
export interface ReadContentOptions {
	/** Lower limits, for tests; the check uses {@link CONTENT_LIMITS}. */
	limits?: Partial<ContentLimits>;
	/** Today as `YYYY-MM-DD` (a module's change may not be dated after it); default: the clock's. */
	today?: string;
}

/** `512` as "512 bytes", `262144` as "256 KB", `1141` as "1.1 KB", `10485760` as "10.0 MB". */
function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${String(bytes)} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a content file as UTF-8 (else a `NotUtf8` error), unless it is larger than `limit` bytes: then reads only the first `limit`
 * bytes (however large the file) to say on which line it passes the limit, and returns a
 * `FileTooLarge` error instead of the text, before any parsing.
 */
async function readWithin(
	root: string,
	file: string,
	limit: number,
	kind: 'lesson' | 'module',
): Promise<{ text: string; error?: undefined } | { text?: undefined; error: ContentError }> {
	const handle = await open(join(root, file), 'r');
	try {
		const { size } = await handle.stat();
		if (size <= limit) return decodeContentText(file, await handle.readFile(), kind);
		const head = Buffer.alloc(limit);
		const { bytesRead } = await handle.read(head, 0, limit, 0);
		let line = 1;
		for (let i = 0; i < bytesRead; i++) if (head[i] === 0x0a) line += 1;
		const hint =
			kind === 'lesson'
				? 'Split it into shorter lessons and list each in its module, or remove what does not belong in the text (a pasted report, an image written out as text). Images go beside the lesson as files.'
				: 'A module file only lists its lessons and describes them: remove what does not belong there, or split it into two modules.';
		return {
			error: contentError(
				'FileTooLarge',
				{ file, line },
				`The ${kind} file is ${formatBytes(size)}, over the ${formatBytes(limit)} a ${kind} file may be (it passes that on this line). It was not checked further: a file that large would make the check and the build take minutes and run out of memory.`,
				hint,
			),
		};
	} finally {
		await handle.close();
	}
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
	try {
		return (await readdir(dir)).filter((name) => pattern.test(name)).sort();
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw err;
	}
}

/** Schema errors of a lesson; a missing or empty source list gets its own name, `NoSources`. */
function lessonIssuesToErrors(
	issues: readonly z.core.$ZodIssue[],
	file: string,
	yaml: LocatedYaml,
): ContentError[] {
	const isNoSources = (i: z.core.$ZodIssue) =>
		i.path.length === 1 &&
		i.path[0] === 'sources' &&
		(i.code === 'too_small' || (i.code === 'invalid_type' && i.input === undefined));
	return [
		...issues
			.filter(isNoSources)
			.map(() =>
				contentError(
					'NoSources',
					{ file, ...yaml.locate(['sources']) },
					'The lesson has no sources. Every fact, statistic and piece of advice in a lesson needs one.',
					'Add "sources:" with at least one entry (id, title, publisher, url, accessed), and cite it with <Cite id="…" /> in the prose.',
				),
			),
		...schemaIssuesToErrors(
			issues.filter((i) => !isNoSources(i)),
			file,
			yaml,
			lessonFields,
		),
	];
}

/** Parses one lesson file's text; pure apart from its inputs, so tests can feed it strings. */
export function parseLesson(
	file: string,
	text: string,
): { lesson?: LoadedLesson; errors: ContentError[] } {
	// A UTF-8 byte order mark (which some Windows editors write) is not part of the text.
	if (text.startsWith('\uFEFF')) return parseLesson(file, text.slice(1));
	const match = FRONTMATTER.exec(text);
	if (!match?.[1]) {
		return {
			errors: [
				contentError(
					'FrontmatterMissing',
					{ file, line: 1, column: 1 },
					'The lesson has no frontmatter block at the top.',
					'Start the file with a line "---", the lesson fields in YAML (id, title, …), and another "---".',
				),
			],
		};
	}
	// Before any parsing: some shapes (deep nesting, very long lines) take the parsers minutes.
	const proseLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
	const shapeErrors = checkProseLimits(file, text, proseLine);
	if (shapeErrors.length) return { errors: shapeErrors };
	const yaml = parseLocatedYaml(match[1], 1);
	if (yaml.syntaxErrors.length) {
		// Only the first: later YAML errors are usually knock-on effects of the first.
		return {
			errors: yaml.syntaxErrors
				.slice(0, 1)
				.map((e) =>
					contentError(
						'YamlSyntaxError',
						{ file, line: e.line, column: e.column },
						`The frontmatter is not valid YAML: ${e.message.split('\n')[0] ?? ''}`,
						'Check indentation (spaces, not tabs), colons after field names, and quotes around text containing ": ".',
					),
				),
		};
	}
	const parsed = LessonSchema.safeParse(yaml.data, { reportInput: true });
	let scan: MdxScan;
	try {
		scan = scanMdx(text);
	} catch (err) {
		if (!(err instanceof MdxParseError)) throw err;
		return {
			errors: [
				contentError(
					'MdxSyntaxError',
					{ file, line: err.line, column: err.column },
					`The lesson text is not valid MDX: ${err.message}`,
					'Close every tag (<Note>…</Note> or <Activity id="…" />), and write a literal "<" or "{" as &lt; or \\{.',
				),
			],
		};
	}
	if (!parsed.success) return { errors: lessonIssuesToErrors(parsed.error.issues, file, yaml) };
	const body = text.slice(match[0].length);
	return { lesson: { file, data: parsed.data, yaml, scan, body }, errors: [] };
}

/** Parses one module file's text. */
export function parseModule(
	file: string,
	text: string,
): { module?: LoadedModule; errors: ContentError[] } {
	const yaml = parseLocatedYaml(text);
	if (yaml.syntaxErrors.length) {
		return {
			errors: yaml.syntaxErrors
				.slice(0, 1)
				.map((e) =>
					contentError(
						'YamlSyntaxError',
						{ file, line: e.line, column: e.column },
						`The module file is not valid YAML: ${e.message.split('\n')[0] ?? ''}`,
						'Check indentation (spaces, not tabs) and the colon after each field name.',
					),
				),
		};
	}
	const parsed = ModuleSchema.safeParse(yaml.data, { reportInput: true });
	if (!parsed.success)
		return { errors: schemaIssuesToErrors(parsed.error.issues, file, yaml, moduleFields) };
	return { module: { file, data: parsed.data, yaml }, errors: [] };
}

/**
 * Checks that every H5P activity's `.h5p` file exists and is safe to unpack (the build unpacks it
 * the same way), so an author sees the problem with the lesson's file and line.
 */
export async function checkH5pFiles(root: string, lessons: readonly LoadedLesson[]) {
	const errors: ContentError[] = [];
	for (const lesson of lessons) {
		for (const [index, activity] of lesson.data.activities.entries()) {
			if (activity.type !== 'h5p') continue;
			const where = { file: lesson.file, ...lesson.yaml.locate(['activities', index, 'file']) };
			let bytes: Uint8Array;
			try {
				bytes = new Uint8Array(await readFile(join(root, activity.file)));
			} catch {
				errors.push(
					contentError(
						'H5pFileRefused',
						where,
						`H5P activity "${activity.id}" names ${activity.file}, which does not exist.`,
						'Put the .h5p file (exported from an H5P editor) at that path, or correct "file".',
					),
				);
				continue;
			}
			try {
				readH5pPackage(activity.file, bytes);
			} catch (err) {
				errors.push(
					contentError(
						'H5pFileRefused',
						where,
						(err as Error).message,
						'Export the content again from an H5P editor (File > Download .h5p); it must hold only H5P content files.',
					),
				);
			}
		}
	}
	return errors;
}

/**
 * Reads `lessons/*.mdx` and `modules/*.yaml` under `root`, validates each against its schema and then
 * the rules across files. A file over its limit ({@link CONTENT_LIMITS}) is refused before it is
 * parsed. Never throws for content mistakes: they come back in `errors`.
 */
export async function readContent(
	root: string,
	options: ReadContentOptions = {},
): Promise<ContentSet> {
	const limits = { ...CONTENT_LIMITS, ...options.limits };
	const set: ContentSet = { lessons: [], modules: [], errors: [] };
	let lessonFiles = 0;
	for (const name of await listFiles(join(root, 'lessons'), /\.mdx$/)) {
		const file = `lessons/${name}`;
		lessonFiles += 1;
		const read = await readWithin(root, file, limits.lessonBytes, 'lesson');
		const result: ReturnType<typeof parseLesson> = read.error
			? { errors: [read.error] }
			: parseLesson(file, read.text);
		if (result.lesson) set.lessons.push(result.lesson);
		set.errors.push(...result.errors);
	}
	for (const name of await listFiles(join(root, 'modules'), /\.ya?ml$/)) {
		const file = `modules/${name}`;
		const read = await readWithin(root, file, limits.moduleBytes, 'module');
		const result: ReturnType<typeof parseModule> = read.error
			? { errors: [read.error] }
			: parseModule(file, read.text);
		if (result.module) set.modules.push(result.module);
		set.errors.push(...result.errors);
	}
	set.errors.push(
		...validateContent(set.lessons, set.modules, {
			// A lesson that failed to load would make every module that lists it report a knock-on error.
			checkModuleLessons: set.lessons.length === lessonFiles,
			today: options.today ?? new Date().toISOString().slice(0, 10),
		}),
	);
	set.errors.push(...(await checkH5pFiles(root, set.lessons)));
	set.errors = sortContentErrors(set.errors);
	return set;
}
