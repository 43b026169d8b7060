import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'exports/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
