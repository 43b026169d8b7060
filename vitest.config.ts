import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'exports/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
		// where the files ran one after another (2m10s; 1m25s with workers to spare). One per core.
		// VITEST_MAX_WORKERS overrides.
		maxWorkers: availableParallelism(),
		// The test files share each worker's modules instead of importing everything again per file:
		// 45 s to 21 s on a 2-core machine (import was 29 % of the run). Safe while no test mocks a
		// module or stubs a global (none does) and none depends on what another file left in a
		// module: the files pass in shuffled orders (`--sequence.shuffle.files`).
		isolate: false,
		// A few tests compute for seconds (sizing the largest module, searching the offline folder)
		// and took over the 5 s default on a shared, busy machine: a slow machine is not a failure.
		testTimeout: 20_000,
	},
});
