import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const together = resolve('scripts/together.ts');
const dir = mkdtempSync(join(tmpdir(), 'together-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Runs `scripts/together.ts` over npm scripts of a throwaway package, as `npm test` runs it. */
function runTogether(scripts: Record<string, string>, names: string[]) {
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'throwaway', scripts }));
	// The Node that runs the tests (the project's own) runs the script, and npm finds it on PATH.
	const bin = resolve(process.execPath, '..');
	const result = spawnSync(process.execPath, [together, ...names], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` },
	});
	return { code: result.status, out: result.stdout, err: result.stderr };
}

test('every script runs; each one’s output is printed whole under its name', () => {
	// The slow one waits long enough that the quick one ends first even on a loaded 2-core machine.
	const { code, out } = runTogether(
		{
			slow: 'node -e "setTimeout(() => console.log(\'slow one\\nsecond line\'), 1500)"',
			quick: 'node -e "console.error(\'quick one\')"',
		},
		['slow', 'quick'],
	);
	expect(code).toBe(0);
	// The quick one finished first and is printed first; the slow one's two lines stay together.
	expect(out).toMatch(
		/── npm run quick: passed in [\d.]+ s ──\n\n> quick\n> [^\n]*\n\nquick one\n/,
	);
	expect(out).toMatch(
		/── npm run slow: passed in [\d.]+ s ──\n\n> slow\n> [^\n]*\n\nslow one\nsecond line\n/,
	);
	expect(out.indexOf('quick one')).toBeLessThan(out.indexOf('slow one'));
});

test('a failing script fails the run, after the others have finished and printed', () => {
	const { code, out, err } = runTogether(
		{
			broken: 'node -e "console.log(\'3 problems\'); process.exit(3)"',
			fine: 'node -e "setTimeout(() => console.log(\'all good\'), 300)"',
		},
		['broken', 'fine'],
	);
	expect(code).toBe(1);
	expect(out).toMatch(
		/── npm run broken: FAILED \(exit code 3\) in [\d.]+ s ──\n\n> broken\n> [^\n]*\n\n3 problems/,
	);
	expect(out).toContain('all good');
	expect(err).toContain('Failed: npm run broken (output above).');
});

test('run with no script names, it says how to use it and fails', () => {
	const { code, err } = runTogether({}, []);
	expect(code).toBe(2);
	expect(err).toContain('Usage: node scripts/together.ts <npm script> [<npm script>...]');
});

test('a script npm does not have fails the run and says so', () => {
	const { code, out, err } = runTogether({ fine: 'node -e ""' }, ['fine', 'missing']);
	expect(code).toBe(1);
	expect(out).toMatch(
		/── npm run missing: FAILED \(exit code \d+\) in [\d.]+ s ──\n[\s\S]*Missing script: "missing"/,
	);
	expect(err).toContain('Failed: npm run missing (output above).');
});
