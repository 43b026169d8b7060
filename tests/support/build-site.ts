import { execFile } from 'node:child_process';
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const project = resolve(import.meta.dirname, '../..');
/** Held while one build runs; a lock older than this was left by a killed run. */
const LOCK = join(project, '.build-tmp', 'build.lock');
const STALE_MS = 5 * 60_000;

/** The output of one build. */
export interface BuildResult {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs `npm run build` (scripts/build.ts) as an author would, on other content, into `out`, one
 * build at a time across test workers: every Astro build of this project writes its generated
 * content modules into the project's own `.astro/`, so two at once (two specs building fixtures on
 * two workers) break each other. Resolves with the exit code and output; never throws for a failed
 * build (a test may expect one).
 */
export async function buildSite(
	content: string,
	out: string,
	env: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
	await acquire();
	try {
		const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts', '--out', out], {
			cwd: project,
			env: { ...process.env, ...env, SECOND_LOOK_CONTENT: content, CI: '1' },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { code: 0, stdout, stderr };
	} catch (err) {
		const e = err as { code?: number; stdout?: string; stderr?: string; message?: string };
		return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message ?? '' };
	} finally {
		await rmdir(LOCK).catch(() => undefined);
	}
}

/** Like {@link buildSite}, but a failed build throws with its output (for fixtures that must build). */
export async function buildSiteOrThrow(content: string, out: string): Promise<void> {
	const result = await buildSite(content, out);
	if (result.code !== 0)
		throw new Error(`The fixture build failed (${content}):\n${result.stdout}\n${result.stderr}`);
}

/**
 * Runs `work` while holding the same lock as {@link buildSite}: anything else that writes the
 * project's `.astro/` (a test's `astro dev`) must not run beside a fixture build.
 */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
	await acquire();
	try {
		return await work();
	} finally {
		await rmdir(LOCK).catch(() => undefined);
	}
}

async function acquire(): Promise<void> {
	await mkdir(join(project, '.build-tmp'), { recursive: true });
	for (;;) {
		try {
			await mkdir(LOCK);
			return;
		} catch {
			const age = await stat(LOCK).then(
				(s) => Date.now() - s.mtimeMs,
				() => 0,
			);
			if (age > STALE_MS) await rmdir(LOCK).catch(() => undefined);
			else await new Promise((wake) => setTimeout(wake, 250));
		}
	}
}
