/**
 * The build's staging folder (`dist.staging-<pid>/`, or `.build-tmp/staging-<pid>/` for an output
 * outside the project): removed when the build is stopped by a signal, and, when a build was killed
 * before it could (SIGKILL, a power cut), by the next build. Without this, a Ctrl-C during
 * packaging left 8 MB behind for good.
 */
import { readdir, rename, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Which of `names` (entries of one folder) are staging folders left by builds no longer running:
 * `<prefix><pid>` where `isRunning(pid)` is false. Another build running now (tests build fixtures
 * side by side) keeps its folder. Pure.
 */
export function staleStagingNames(
	names: readonly string[],
	prefix: string,
	isRunning: (pid: number) => boolean,
): string[] {
	return names.filter((name) => {
		if (!name.startsWith(prefix)) return false;
		const pid = name.slice(prefix.length);
		return /^[1-9]\d*$/.test(pid) && !isRunning(Number(pid));
	});
}

/** Whether a process with this id exists (signal 0 only checks; EPERM means it exists). */
export function isProcessRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function entriesOf(dir: string): Promise<string[]> {
	return readdir(dir).catch(() => []);
}

/**
 * Removes the staging folders of builds that are no longer running, both beside `out` and in
 * `<root>/.build-tmp/`; returns the paths removed.
 */
export async function removeStaleStaging(
	root: string,
	out: string,
	isRunning: (pid: number) => boolean = isProcessRunning,
): Promise<string[]> {
	const places = [
		{ dir: dirname(out), prefix: `${basename(out)}.staging-` },
		{ dir: join(root, '.build-tmp'), prefix: 'staging-' },
	];
	const removed: string[] = [];
	for (const { dir, prefix } of places)
		for (const name of staleStagingNames(await entriesOf(dir), prefix, isRunning)) {
			await rm(join(dir, name), { recursive: true, force: true });
			removed.push(join(dir, name));
		}
	return removed;
}

/**
 * The earlier output a build stopped in the middle of its swap left renamed to
 * `<out>.previous-<pid>` (between its two renames `out` does not exist): put back as `out` when there
 * is no `out`, so the earlier good output is where it was; any other such folder is removed.
 * Returns what was done, as lines to print.
 */
export async function restoreStalePrevious(
	out: string,
	isRunning: (pid: number) => boolean = isProcessRunning,
): Promise<string[]> {
	const dir = dirname(out);
	const stale = staleStagingNames(await entriesOf(dir), `${basename(out)}.previous-`, isRunning);
	const done: string[] = [];
	const hasOut = (await entriesOf(dir)).includes(basename(out));
	for (const [i, name] of stale.entries()) {
		if (i === 0 && !hasOut) {
			await rename(join(dir, name), out);
			done.push(`Put back ${name} as ${basename(out)}: a build was stopped while swapping it.`);
		} else {
			await rm(join(dir, name), { recursive: true, force: true });
			done.push(`Removed ${name}, left by a build that was stopped.`);
		}
	}
	return done;
}

/** What {@link removeOnSignal} needs of `process`; tests pass a stand-in. */
export interface SignalTarget {
	once(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
	off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
	exit(code: number): void;
}

/**
 * On SIGINT or SIGTERM, removes `path` and exits as a stopped process does (130, 143). Synchronous
 * on purpose: the process exits straight after, with Astro or a packager possibly mid-write.
 * Returns a function that removes the handlers (once the build has swapped its output in).
 */
export function removeOnSignal(
	path: string,
	report: (message: string) => void = (m) => {
		console.error(m);
	},
	target: SignalTarget = process,
): () => void {
	const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
	const handler = (signal: NodeJS.Signals) => {
		rmSync(path, { recursive: true, force: true });
		report(`\nThe build was stopped (${signal}); its unfinished output was removed.`);
		target.exit(128 + constants.signals[signal]);
	};
	for (const signal of signals) target.once(signal, handler);
	return () => {
		for (const signal of signals) target.off(signal, handler);
	};
}
