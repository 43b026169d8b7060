import { defineConfig, devices } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { chromiumLaunch, headlessShellLaunch } from './scripts/chromium.ts';

/** The test server's port; set PW_PORT to run two checkouts' suites side by side. */
const port = Number(process.env['PW_PORT'] ?? 4330);

/** The specs that also run in the full browser (see `projects`). */
const FULL_BROWSER_JOURNEYS = [
	'keyboard-lessons',
	'safety-chrome',
	'on-your-own',
	'code-not-arrived',
	'print',
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Many browser tests wait (on an LMS's retries, an LRS's deadline, a page's timers), many
	// compute (axe, a long page's layout): one worker more than the cores keeps a 2-core machine
	// busy. On one 2-core machine, in the full browser: 4 workers 14.0 minutes, 3 workers 13.1 to
	// 14.9 over three runs (the same work per minute: every core is busy either way), 6 workers
	// slower, with a timeout; earlier, 2 workers 14.6. With 3, each test waits less for a core (its
	// summed test time fell by a quarter), so a check is less likely to time out under load. In the
	// headless shell with the full-browser journeys (below), 3 workers: 9.6 minutes. PW_WORKERS
	// overrides.
	workers: Number(process.env['PW_WORKERS'] ?? Math.max(2, availableParallelism() + 1)),
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: process.env['CI'] ? 'list' : [['list']],
	timeout: 60_000,
	// More workers than cores: a check that passes in a second alone can take several under that load
	// (an activity's code loading as its lesson is shown took over 5 s once in CI). A passing
	// assertion returns as soon as it holds, so a longer wait costs nothing when nothing is wrong.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		serviceWorkers: 'block',
	},
	// Every test runs in Chromium's headless shell (scripts/chromium.ts: the same engine and version,
	// about a third less CPU). A learner's journeys run again in the full browser a learner has:
	// the keyboard through every lesson, the quick exit, the self-paced module from start to end, an
	// activity whose code did not arrive, and printing.
	projects: [
		{ name: 'chromium', use: { launchOptions: headlessShellLaunch } },
		...(headlessShellLaunch.executablePath === chromiumLaunch.executablePath
			? []
			: [
					{
						name: 'chromium-full',
						testMatch: FULL_BROWSER_JOURNEYS.map((spec) => `**/${spec}.spec.ts`),
						use: { launchOptions: chromiumLaunch },
					},
				]),
	],
	webServer: {
		command: `node tests/support/static-server.ts dist ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 30_000,
	},
});
