import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

/** The real H5P fixture (tunapanda/h5p-standalone, MIT): see ../shared/fixtures/h5p/README.md. */
export const H5P_FIXTURE = resolve(project, '../shared/fixtures/h5p/true-false-hello-world.h5p');

/**
 * Makes a temporary content root from `tests/fixtures/h5p` with the H5P fixture in
 * `lessons/h5p/`, and returns its path (build it with `SECOND_LOOK_CONTENT=<path>`).
 */
export async function makeH5pContentRoot(): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'second-look-h5p-content-'));
	await cp(join(project, 'tests/fixtures/h5p'), root, { recursive: true });
	await mkdir(join(root, 'lessons/h5p'), { recursive: true });
	await cp(H5P_FIXTURE, join(root, 'lessons/h5p/true-false-hello-world.h5p'));
	return root;
}
