import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	removeOnSignal,
	removeStaleStaging,
	restoreStalePrevious,
	staleStagingNames,
	type SignalTarget,
} from '../../scripts/build/staging.ts';

const stagingModule = resolve(import.meta.dirname, '../../scripts/build/staging.ts');

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'second-look-staging-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** A folder holding one file, as a half-written staging folder would. */
async function folder(path: string): Promise<void> {
	await mkdir(path, { recursive: true });
	await writeFile(join(path, 'index.html'), 'half a build');
}

describe('staleStagingNames', () => {
	const running = (pid: number) => pid === 200;
	test.each([
		['dist.staging-100', true],
		['dist.staging-200', false], // a build still running (tests build side by side)
		['dist.staging-', false],
		['dist.staging-12a', false],
		['dist.staging-0', false],
		['dist.previous-100', false], // the previous output, mid-swap: not a staging folder
		['dist', false],
		['other.staging-100', false],
	])('%s: %s', (name, isStale) => {
		expect(staleStagingNames([name], 'dist.staging-', running)).toEqual(isStale ? [name] : []);
	});
});

describe('removeStaleStaging', () => {
	test('removes folders of builds no longer running, beside the output and in .build-tmp/', async () => {
		const root = join(dir, 'project');
		const out = join(root, 'dist');
		await folder(out);
		await folder(`${out}.staging-100`);
		await folder(`${out}.staging-200`);
		await folder(join(root, '.build-tmp', 'staging-101'));
		await folder(join(root, '.build-tmp', 'staging-200'));
		const removed = await removeStaleStaging(root, out, (pid) => pid === 200);
		expect(removed.sort()).toEqual(
			[`${out}.staging-100`, join(root, '.build-tmp', 'staging-101')].sort(),
		);
		expect((await readdir(root)).sort()).toEqual(['.build-tmp', 'dist', 'dist.staging-200']);
		expect(await readdir(join(root, '.build-tmp'))).toEqual(['staging-200']);
	});

	test('no output folder and no .build-tmp/ yet: nothing to do', async () => {
		expect(await removeStaleStaging(join(dir, 'none'), join(dir, 'none', 'dist'))).toEqual([]);
	});
});

describe('removeOnSignal', () => {
	/** `process` as far as the handler uses it: signals to emit, and the exit code asked for. */
	function fakeProcess() {
		const events = new EventEmitter();
		const exits: number[] = [];
		const target: SignalTarget = {
			once: (signal, listener) => events.once(signal, listener),
			off: (signal, listener) => events.off(signal, listener),
			exit: (code) => exits.push(code),
		};
		return { events, exits, target };
	}

	test.each([
		['SIGINT', 130],
		['SIGTERM', 143],
	] as const)('%s removes the staging folder and exits with %i', async (signal, code) => {
		const staging = join(dir, `dist.staging-${String(process.pid)}`);
		await folder(staging);
		const { events, exits, target } = fakeProcess();
		const messages: string[] = [];
		removeOnSignal(staging, (m) => messages.push(m), target);
		events.emit(signal, signal);
		expect(existsSync(staging)).toBe(false);
		expect(exits).toEqual([code]);
		expect(messages.join('')).toContain(`The build was stopped (${signal})`);
	});

	test('once stopped (the output is being swapped in), a signal leaves the folder', async () => {
		const staging = join(dir, 'dist.staging-1');
		await folder(staging);
		const { events, exits, target } = fakeProcess();
		const stop = removeOnSignal(staging, () => undefined, target);
		stop();
		expect(events.listenerCount('SIGINT') + events.listenerCount('SIGTERM')).toBe(0);
		events.emit('SIGINT', 'SIGINT');
		expect(existsSync(staging)).toBe(true);
		expect(exits).toEqual([]);
	});

	test('a real process sent SIGINT (kill -INT, Ctrl-C) removes its folder and exits 130', async () => {
		const staging = join(dir, 'dist.staging-real');
		await folder(staging);
		const script = `
			import { removeOnSignal } from ${JSON.stringify(stagingModule)};
			removeOnSignal(${JSON.stringify(staging)}, () => {});
			setInterval(() => {}, 1000);
			console.log('ready');
		`;
		const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
		await new Promise<void>((done, fail) => {
			child.stdout.on('data', (data: Buffer) => {
				if (data.toString().includes('ready')) done();
			});
			child.on('exit', () => {
				fail(new Error('the child exited before it was ready'));
			});
		});
		const exited = new Promise<number | null>((done) => child.on('exit', done));
		child.kill('SIGINT');
		expect(await exited).toBe(130);
		expect(existsSync(staging)).toBe(false);
	});
});

describe('restoreStalePrevious', () => {
	test("stopped between the swap's two renames: the earlier output is put back, a running build's kept", async () => {
		const out = join(dir, 'dist');
		await folder(`${out}.previous-100`);
		await folder(`${out}.previous-200`);
		const done = await restoreStalePrevious(out, (pid) => pid === 200);
		expect(done).toEqual([
			'Put back dist.previous-100 as dist: a build was stopped while swapping it.',
		]);
		expect(existsSync(join(out, 'index.html'))).toBe(true);
		expect((await readdir(dir)).sort()).toEqual(['dist', 'dist.previous-200']);
	});

	test('with the output in place, a stale earlier copy is only removed', async () => {
		const out = join(dir, 'dist');
		await folder(out);
		await folder(`${out}.previous-100`);
		expect(await restoreStalePrevious(out, () => false)).toEqual([
			'Removed dist.previous-100, left by a build that was stopped.',
		]);
		expect(await readdir(dir)).toEqual(['dist']);
	});
});
