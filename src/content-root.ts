import { resolve } from 'node:path';

/**
 * The folder holding `lessons/` and `modules/`: the project itself, unless `SECOND_LOOK_CONTENT`
 * names another (the benchmark builds a generated corpus this way; tests build fixtures).
 */
export function contentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(projectRoot, env['SECOND_LOOK_CONTENT'] ?? '.');
}
