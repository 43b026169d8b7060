import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ScormStandard } from '../scorm/standards.ts';
import { SCHEMAS_DIR, validateXsd } from './xsd.ts';

/** Sample folder of each standard under `shared/schemas/samples/`. */
const folders: Readonly<Record<ScormStandard, string>> = {
	scorm12: 'scorm12',
	scorm2004: 'scorm2004-4th',
};

/** The sample file names of one standard whose names start with `prefix`. */
async function samples(standard: ScormStandard, prefix: string): Promise<string[]> {
	const names = await readdir(join(SCHEMAS_DIR, 'samples', folders[standard]));
	return names.filter((name) => name.startsWith(prefix)).sort();
}

/** Validates one shared sample. */
async function validateSample(standard: ScormStandard, name: string) {
	const xml = await readFile(join(SCHEMAS_DIR, 'samples', folders[standard], name), 'utf8');
	return validateXsd(xml, standard);
}

describe.each(['scorm12', 'scorm2004'] as const)('validateXsd (%s)', (standard) => {
	test('accepts the valid samples', async () => {
		const names = await samples(standard, 'valid');
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) {
			expect({ name, ...(await validateSample(standard, name)) }).toEqual({
				name,
				ok: true,
				errors: '',
			});
		}
	});

	test('rejects every invalid-* sample with xmllint messages (the validator is wired)', async () => {
		const names = await samples(standard, 'invalid-');
		expect(names.length).toBeGreaterThanOrEqual(5);
		for (const name of names) {
			const result = await validateSample(standard, name);
			expect({ name, ok: result.ok }).toEqual({ name, ok: false });
			expect(result.errors).toContain('Schemas validity error');
			expect(result.errors).toContain('imsmanifest.xml fails to validate');
		}
	});

	test('accepts the schema-passes-but-* samples: only the manifest lint catches them', async () => {
		const names = await samples(standard, 'schema-passes-but-');
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect((await validateSample(standard, name)).ok).toBe(true);
	});

	test('reports XML that is not well-formed', async () => {
		const result = await validateXsd('<manifest><metadata></manifest>', standard);
		expect(result.ok).toBe(false);
		expect(result.errors).toContain('imsmanifest.xml:1');
	});
});

test('1.2: drops the documented ims_xml.xsd noise, keeps the real error', async () => {
	const result = await validateSample('scorm12', 'invalid-dupid.xml');
	expect(result.errors).not.toContain('ims_xml.xsd');
	expect(result.errors).toMatchInlineSnapshot(`
		"imsmanifest.xml:23: element resource: Schemas validity error : Element '{http://www.imsproject.org/xsd/imscp_rootv1p1p2}resource', attribute 'identifier': 'RES-1' is not a valid value of the atomic type 'xs:ID'.
		imsmanifest.xml fails to validate"
	`);
});
