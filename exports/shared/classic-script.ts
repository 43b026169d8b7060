import type { BuildOptions } from 'esbuild';

/**
 * esbuild options for one classic script (an IIFE, no imports left): what a page runs where module
 * scripts cannot go. The offline zip's pages (`file://` refuses modules) and the sandboxed H5P
 * frame (a module script from the site would need CORS) both build theirs with these.
 */
export const CLASSIC_SCRIPT = {
	bundle: true,
	format: 'iife' as const,
	platform: 'browser' as const,
	target: 'es2022',
	minify: true,
	write: false as const,
	legalComments: 'none' as const,
	charset: 'utf8' as const,
	logLevel: 'silent' as const,
} satisfies BuildOptions;
