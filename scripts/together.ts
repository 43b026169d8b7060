/**
 * `node scripts/together.ts <script>...`: runs npm scripts side by side and prints each one's output
 * whole, under its name, as it finishes (never interleaved line by line). Exits non-zero when any of
 * them failed, after all have finished, so one run shows every problem.
 *
 * `npm test` runs the static checks this way: ESLint, the type checkers and Prettier each use one
 * core, and one after another they took 80 s of a 2-core machine's test run; side by side, about 45.
 */
import { spawn } from 'node:child_process';

/** What one script printed, and how it ended. */
interface Finished {
	output: string;
	code: number;
	seconds: number;
}

/** Runs `npm run <name>`, collecting stdout and stderr together in the order they came. */
function run(name: string): Promise<Finished> {
	const started = performance.now();
	return new Promise((resolve) => {
		// npm's own errors (a missing script) are printed, its notices are not.
		const child = spawn('npm', ['run', '--loglevel=error', name], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '0' },
		});
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		const finish = (code: number, extra = '') => {
			resolve({
				output: Buffer.concat(chunks).toString('utf8') + extra,
				code,
				seconds: (performance.now() - started) / 1000,
			});
		};
		child.on('error', (error) => {
			finish(1, `\ncould not start npm: ${error.message}\n`);
		});
		child.on('close', (code, signal) => {
			finish(code ?? 1, signal ? `\nstopped by ${signal}\n` : '');
		});
	});
}

const names = process.argv.slice(2);
if (names.length === 0) {
	console.error('Usage: node scripts/together.ts <npm script> [<npm script>...]');
	process.exit(2);
}

const failed: string[] = [];
await Promise.all(
	names.map(async (name) => {
		const result = await run(name);
		const verdict = result.code === 0 ? 'passed' : `FAILED (exit code ${result.code})`;
		process.stdout.write(
			`\n── npm run ${name}: ${verdict} in ${result.seconds.toFixed(1)} s ──\n${result.output}`,
		);
		if (result.code !== 0) failed.push(name);
	}),
);
if (failed.length > 0) {
	console.error(`\nFailed: ${failed.map((n) => `npm run ${n}`).join(', ')} (output above).`);
	process.exit(1);
}
