import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { scormStandards, schemaLocation, STANDARDS } from './standards.ts';
import { SCHEMAS_DIR } from '../shared/xsd.ts';

/** Files directly in a schema folder (no sub-folders). */
async function filesIn(folder: string): Promise<string[]> {
	const entries = await readdir(join(SCHEMAS_DIR, folder), { withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe.each(scormStandards)('STANDARDS.%s', (standard) => {
	const facts = STANDARDS[standard];

	test('ships every schema file of its folder except the driver and the unused LOM set', async () => {
		const onDisk = (await filesIn(facts.schemaFolder)).filter(
			(name) => name !== facts.validationDriver && !name.startsWith('lom'),
		);
		expect([...facts.schemaFiles].sort()).toEqual(onDisk.sort());
	});

	test('each namespace URI is the targetNamespace of its schema file', async () => {
		for (const row of facts.namespaces) {
			const xsd = await readFile(join(SCHEMAS_DIR, facts.schemaFolder, row.schemaFile), 'utf8');
			const root = new DOMParser().parseFromString(xsd, 'application/xml').documentElement;
			expect({ file: row.schemaFile, uri: root?.getAttribute('targetNamespace') }).toEqual({
				file: row.schemaFile,
				uri: row.uri,
			});
		}
	});

	test('schemaLocation names only shipped schema files', () => {
		const parts = schemaLocation(facts).split(' ');
		const files = parts.filter((_, i) => i % 2 === 1);
		for (const file of files) expect(facts.schemaFiles).toContain(file);
	});

	test('each time format accepts its example', () => {
		for (const format of Object.values(facts.time)) {
			expect(format.pattern.test(format.example)).toBe(true);
		}
	});

	test('the mastery range holds every pass mark', () => {
		for (const passMark of [0, 50, 100]) {
			const value = passMark / facts.mastery.passMarkDivisor;
			expect(value).toBeGreaterThanOrEqual(facts.mastery.min);
			expect(value).toBeLessThanOrEqual(facts.mastery.max);
		}
	});
});

describe('the facts the brief pins (scorm-brief.md §1, §2)', () => {
	test('scormType spelling', () => {
		expect(STANDARDS.scorm12.scormTypeAttribute).toBe('scormtype');
		expect(STANDARDS.scorm2004.scormTypeAttribute).toBe('scormType');
	});

	test('limits', () => {
		expect(STANDARDS.scorm12.limits).toMatchObject({ suspendData: 4096, location: 255 });
		expect(STANDARDS.scorm2004.limits).toMatchObject({ suspendData: 64000, location: 1000 });
	});

	test('1.2 never uses 2004 vocabulary ("normal", "incorrect")', () => {
		const vocabulary = STANDARDS.scorm12.vocabulary;
		expect(vocabulary.exitValues).not.toContain('normal');
		expect(vocabulary.resultIncorrect).toBe('wrong');
		expect(STANDARDS.scorm2004.vocabulary.resultIncorrect).toBe('incorrect');
	});

	test.each([
		[
			'scorm12',
			'sessionTime',
			['00:00:00', '0001:02:03.5', '9999:59:59.99'],
			['1:01:02', '00:60:00', 'PT1S'],
		],
		[
			'scorm12',
			'interactionTimestamp',
			['14:05:09', '23:59:59.9'],
			['24:00:00', '2026-11-23T14:05:09'],
		],
		[
			'scorm2004',
			'sessionTime',
			['PT1H2M3.5S', 'PT0S', 'P1DT2H'],
			['PT', 'P', '01:02:03', 'PT1.234S'],
		],
		[
			'scorm2004',
			'interactionTimestamp',
			['2026-11-23T14:05:09.12Z', '2026-11-23', '2026-11-23T14:05:09.5+01:00'],
			['14:05:09', '23/11/2026', '2026-11-23T14:05:09Z'],
		],
	] as const)('%s %s format', (standard, field, good, bad) => {
		const { pattern } = STANDARDS[standard].time[field];
		for (const value of good)
			expect({ value, ok: pattern.test(value) }).toEqual({ value, ok: true });
		for (const value of bad)
			expect({ value, ok: pattern.test(value) }).toEqual({ value, ok: false });
	});
});

/** Files that hold the standards' facts: the only places a CMI name or a standard's id is spelt. */
const FACTS_FILE = /(?:^|\/)(?:facts|manifest-facts|standards|runtime-facts)\.ts$/;

test('no code in src/ or exports/ branches on a SCORM standard or spells a CMI name: the facts files are the only place', async () => {
	const project = join(import.meta.dirname, '..', '..');
	const offending: string[] = [];
	for (const folder of ['src', 'exports']) {
		const files = (await readdir(join(project, folder), { recursive: true }))
			.map((name) => `${folder}/${name.split('\\').join('/')}`)
			.filter((name) => /\.(?:ts|svelte|astro)$/.test(name))
			.filter((name) => !/\.test(?:-data)?\.ts$/.test(name) && !FACTS_FILE.test(name));
		for (const name of files) {
			const source = await readFile(join(project, name), 'utf8');
			for (const [i, text] of source.split('\n').entries()) {
				// Comments may name an element (they cite the spec); code may not.
				const line = /^\s*(?:\*|\/\*|\/\/)/.test(text) ? '' : text.replace(/\s\/\/.*$/, '');
				if (/(?:===|!==|case)\s*'scorm(?:12|2004)'/.test(line)) offending.push(`${name}:${i + 1}`);
				if (/['"`]cmi\.[a-z_]/.test(line)) offending.push(`${name}:${i + 1}`);
			}
		}
	}
	expect(offending).toEqual([]);
});
