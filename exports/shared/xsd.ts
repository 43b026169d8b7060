import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from '../scorm/manifest-lint.ts';
import { STANDARDS, type ScormStandard } from '../scorm/standards.ts';

/**
 * Validates a manifest against the official XSDs with xmllint (libxml2), through the project's
 * validation driver for the standard (`shared/schemas/README.md`: the driver imports every
 * schema, so `adlcp:`/`imsss:`/`adlnav:` elements are checked strictly, not skipped laxly).
 *
 * Test tooling first, kept here so a later build step can run the same check. The only I/O is a
 * temporary file, removed afterwards. Needs `xmllint` on PATH (`apt-get install libxml2-utils`).
 */

/** `shared/schemas/`, beside the repository (`../shared/schemas` from the project root). */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../../shared/schemas/', import.meta.url));

/** The result of one xmllint run. */
export interface XsdResult {
	/** True when xmllint exits 0: well-formed and valid against every schema. */
	ok: boolean;
	/** xmllint's messages, with the documented noise lines removed; `''` when valid. */
	errors: string;
}

/** Exit code and output of one process run. */
interface Run {
	code: number | string;
	stderr: string;
}

/** Runs a command without a shell; never rejects. */
function run(command: string, args: readonly string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(command, args, { encoding: 'utf8' }, (error, _stdout, stderr) => {
			if (error === null) resolve({ code: 0, stderr });
			else resolve({ code: error.code ?? 'unknown', stderr: stderr || error.message });
		});
	});
}

/**
 * Drops the stderr noise `standards.ts` documents for the standard. libxml2 prints each message
 * as three lines (message, source line, caret), so the two lines after a noise line go too.
 */
function withoutNoise(stderr: string, noise: readonly string[]): string {
	const lines = stderr.split('\n');
	const kept: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (noise.some((text) => line.includes(text))) {
			i += 2;
			continue;
		}
		kept.push(line);
	}
	return kept.join('\n').trim();
}

/**
 * Validates `xml` as the standard's `imsmanifest.xml`.
 * Judged by xmllint's exit code (0 valid, 1 not well-formed, 3 invalid, others: schemas not loaded).
 */
export async function validateXsd(xml: string, standard: ScormStandard): Promise<XsdResult> {
	const facts = STANDARDS[standard];
	const driver = join(SCHEMAS_DIR, facts.schemaFolder, facts.validationDriver);
	return validateWithSchema(xml, driver, MANIFEST_FILE, facts.xsdNoise);
}

/** Validates `xml` as a cmi5 `cmi5.xml` against the spec's `CourseStructure.xsd`. */
export function validateCmi5Xsd(xml: string): Promise<XsdResult> {
	return validateWithSchema(xml, join(SCHEMAS_DIR, 'cmi5', 'CourseStructure.xsd'), 'cmi5.xml', []);
}

/** Runs xmllint with one schema over `xml`, written to a temporary `fileName`. */
async function validateWithSchema(
	xml: string,
	schema: string,
	fileName: string,
	noise: readonly string[],
): Promise<XsdResult> {
	const dir = await mkdtemp(join(tmpdir(), 'second-look-xsd-'));
	const file = join(dir, fileName);
	try {
		await writeFile(file, xml, 'utf8');
		const result = await run('xmllint', ['--noout', '--nonet', '--schema', schema, file]);
		const errors = withoutNoise(result.stderr, noise)
			.split(file)
			.join(fileName)
			.split('\n')
			.filter((line) => line !== `${fileName} validates`)
			.join('\n');
		if (result.code === 'ENOENT') {
			return {
				ok: false,
				errors: 'xmllint was not found. Install it with `apt-get install -y libxml2-utils`.',
			};
		}
		return { ok: result.code === 0, errors: result.code === 0 ? '' : errors };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
