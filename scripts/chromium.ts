import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, as the build (PDFs), the benchmark and part of the browser tests start it: no
 * browser is downloaded (`CHROMIUM_PATH` overrides the path), and the flags keep it off the network
 * but for the pages it is given.
 */
export const chromiumLaunch = {
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};

/** Debian's package `chromium-headless-shell`, built from the same Chromium source and version. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The same Chromium as its headless shell, which Playwright itself uses for headless tests: the
 * same Blink, V8 and accessibility tree, without the browser around the page (its window, its
 * GPU process and the browser process's work for them). On a 2-core machine the every-page sweep took
 * 251 s of CPU in `/usr/bin/chromium` and 158 s in the shell, and the whole browser suite 13.5
 * minutes and 9.8. Where the shell is not installed, this is `chromiumLaunch`; `CHROMIUM_PATH`
 * still overrides both.
 */
export const headlessShellLaunch = {
	...chromiumLaunch,
	executablePath:
		process.env['CHROMIUM_PATH'] ??
		(existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumLaunch.executablePath),
};
