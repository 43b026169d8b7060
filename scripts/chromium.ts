/**
 * Debian's Chromium, as the build (PDFs), the browser tests and the benchmark start it: no browser
 * is downloaded (`CHROMIUM_PATH` overrides the path), and the flags keep it off the network but for
 * the pages it is given.
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
