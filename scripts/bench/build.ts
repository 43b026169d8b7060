/** Running one build of the site as a child process, for the benchmark. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A build that exited non-zero, with everything it printed. */
export class BuildFailed extends Error {
	readonly output: string;
	constructor(label: string, code: number | null, output: string) {
		super(`the ${label} build failed (exit code ${code ?? 'none'})`);
		this.output = output;
	}
}

/** What one build needs to know. */
export interface BuildSpec {
	/** Short name used in tables ("shipped", "x10"). */
	label: string;
	/** Output folder (absolute). */
	out: string;
	/** Content root for `SECOND_LOOK_CONTENT`; undefined builds the project's own content. */
	content: string | undefined;
}

/**
 * Runs `scripts/build.ts` as a child process with the project's Node and returns its wall-clock
 * time in seconds. Its output is kept and only shown (through {@link BuildFailed}) if it fails.
 */
export async function runBuild(
	root: string,
	spec: BuildSpec,
	signal: AbortSignal,
): Promise<number> {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	if (spec.content === undefined) delete env['SECOND_LOOK_CONTENT'];
	else env['SECOND_LOOK_CONTENT'] = spec.content;
	const node = join(root, 'node_modules', '.bin', 'node');
	const started = performance.now();
	const child = spawn(node, ['scripts/build.ts', '--out', spec.out], {
		cwd: root,
		env,
		signal,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const chunks: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
	const code = await new Promise<number | null>((done, fail) => {
		child.once('error', fail);
		child.once('close', done);
	});
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new BuildFailed(spec.label, code, Buffer.concat(chunks).toString('utf8'));
	return seconds;
}

/**
 * The Astro cache folder astro.config.mjs derives for a content root other than the project's
 * (keep in step with it), so the benchmark can remove the one its corpus build created.
 */
export function astroCacheDirFor(content: string): string {
	const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
	return join(tmpdir(), `second-look-cache-${hash}`);
}
