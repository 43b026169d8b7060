import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser, XMLSerializer, type Document } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { ModuleSchema } from '../../src/schemas/module.ts';
import { buildScorm12Manifest } from '../scorm12/manifest.ts';
import { buildScorm2004Manifest } from '../scorm2004/manifest.ts';
import {
	checkManifest,
	lintManifest,
	MANIFEST_FILE,
	manifestProblemNames,
	type ManifestProblemName,
} from './manifest-lint.ts';
import type { ManifestInput } from '../shared/package-plan.ts';
import { STANDARDS, type ScormStandard } from './standards.ts';
import { SCHEMAS_DIR } from '../shared/xsd.ts';
import { samplePlan } from '../../src/schemas/fixtures.test-data.ts';
import { sessionMinutes } from '../../src/schemas/lesson-plan.ts';

const input: ManifestInput = {
	module: ModuleSchema.parse({
		id: 'school-ks4',
		title: 'Second Look for ages 14 to 18: fake profiles, blackmail and getting help',
		audience: 'school',
		lessonPlan: samplePlan,
		ageRange: { min: 14, max: 18 },
		description: 'A PSHE module for Key Stage 4 and post-16 on fake profiles and getting help.',
		lessons: ['fake-profiles', 'if-it-happens'],
		reporting: 'completion',
		passMark: 70,
		minutes: sessionMinutes(samplePlan),
	}),
	launch: 'index.html',
	files: ['index.html', '_astro/quiz.c3f1a9.js', 'images/who-to-tell.svg'],
	version: '1.4.0',
};

/**
 * Puts a mastery element on the item, as a package from another tool (or a hand edit) may have:
 * ours carry none, but the lint still checks one that is there.
 */
const withMastery = (xml: string, element: string) =>
	xml.replace(/<\/title>\s*<\/item>/, `</title>${element}</item>`);

const built: Readonly<Record<ScormStandard, string>> = {
	scorm12: buildScorm12Manifest(input),
	scorm2004: buildScorm2004Manifest(input),
};

/** The zip entries of the package `input` describes. */
function entriesFor(standard: ScormStandard): string[] {
	return [MANIFEST_FILE, ...input.files, ...STANDARDS[standard].schemaFiles];
}

/** Names of the problems found, in order. */
function names(xml: string, standard: ScormStandard, zipEntries?: readonly string[]) {
	return checkManifest(xml, standard, zipEntries).map((problem) => problem.name);
}

/** Edits a manifest through the DOM (for structural changes no string edit expresses well). */
function edited(xml: string, edit: (document: Document) => void): string {
	const document = new DOMParser().parseFromString(xml, 'application/xml');
	edit(document);
	return new XMLSerializer().serializeToString(document);
}

/** A shared sample manifest (`shared/schemas/samples/…`). */
function sample(path: string): Promise<string> {
	return readFile(join(SCHEMAS_DIR, 'samples', path), 'utf8');
}

/** Every problem name a test below expects; checked against the full list at the end. */
const covered = new Set<ManifestProblemName>();

/** One broken manifest and the problems it must produce. */
type Case = [
	description: string,
	standard: ScormStandard,
	xml: string,
	expected: ManifestProblemName[],
];

const cases: Case[] = [
	['a byte-order mark', 'scorm12', `\uFEFF${built.scorm12}`, ['ByteOrderMark']],
	['a truncated file', 'scorm2004', built.scorm2004.slice(0, 400), ['NotWellFormed']],
	[
		'an undefined entity',
		'scorm12',
		built.scorm12.replace('<title>', '<title>&nbsp;'),
		['NotWellFormed'],
	],
	['a 1.2 manifest linted as 2004', 'scorm2004', built.scorm12, ['WrongRootElement']],
	[
		'adlcp bound to the 1.2 namespace in a 2004 manifest',
		'scorm2004',
		built.scorm2004.replace('adlcp_v1p3"', 'adlcp_rootv1p2"'),
		['WrongNamespace', 'ScormTypeMissing', 'ScormTypeMissing'],
	],
	[
		'imsss bound under another prefix',
		'scorm2004',
		built.scorm2004.replaceAll('imsss:', 'ss:').replace('xmlns:imsss=', 'xmlns:ss='),
		['UnexpectedPrefix'],
	],
	[
		'an element in a made-up namespace',
		'scorm12',
		built.scorm12.replace('<resources>', '<resources xmlns:x="urn:x"><x:extra/>'),
		['UnknownNamespace'],
	],
	[
		'a schemaLocation naming the wrong file',
		'scorm12',
		built.scorm12.replace('adlcp_rootv1p2.xsd', 'adlcp.xsd'),
		['SchemaLocationMismatch'],
	],
	[
		'a 3rd Edition schemaversion',
		'scorm2004',
		built.scorm2004.replace('2004 4th Edition', '2004 3rd Edition'),
		['SchemaVersionMismatch'],
	],
	[
		'no organization',
		'scorm12',
		edited(built.scorm12, (document) => {
			const organization = document.getElementsByTagName('organization')[0];
			organization?.parentNode?.removeChild(organization);
		}),
		['NoOrganization'],
	],
	[
		'no default organization',
		'scorm2004',
		built.scorm2004.replace(' default="org-school-ks4"', ''),
		['DefaultOrganizationMissing'],
	],
	[
		'a default naming no organization',
		'scorm12',
		built.scorm12.replace('default="org-school-ks4"', 'default="org-other"'),
		['DefaultOrganizationUnresolved'],
	],
	[
		'an identifier starting with a digit',
		'scorm12',
		built.scorm12.replaceAll('assets-school-ks4', '1-assets'),
		['InvalidIdentifier'],
	],
	[
		'an item sharing the SCO resource identifier',
		'scorm2004',
		built.scorm2004.replace('identifier="item-school-ks4"', 'identifier="sco-school-ks4"'),
		['DuplicateIdentifier'],
	],
	[
		'an item pointing at no resource',
		'scorm2004',
		built.scorm2004.replace('identifierref="sco-school-ks4"', 'identifierref="sco-gone"'),
		['UnresolvedIdentifierref'],
	],
	[
		'a dependency pointing at no resource',
		'scorm12',
		built.scorm12.replace('identifierref="assets-school-ks4"', 'identifierref="assets-gone"'),
		['UnresolvedIdentifierref'],
	],
	[
		'a resource that is not webcontent',
		'scorm12',
		built.scorm12.replace(
			'type="webcontent" adlcp:scormtype="asset"',
			'type="content" adlcp:scormtype="asset"',
		),
		['ResourceTypeNotWebcontent'],
	],
	[
		'a resource with no scormType',
		'scorm2004',
		built.scorm2004.replace(' adlcp:scormType="asset"', ''),
		['ScormTypeMissing'],
	],
	[
		'scormtype (1.2 case) in a 2004 manifest',
		'scorm2004',
		built.scorm2004.replaceAll('adlcp:scormType', 'adlcp:scormtype'),
		['ScormTypeWrongCase', 'ScormTypeWrongCase'],
	],
	[
		'scormType (2004 case) in a 1.2 manifest',
		'scorm12',
		built.scorm12.replaceAll('adlcp:scormtype', 'adlcp:scormType'),
		['ScormTypeWrongCase', 'ScormTypeWrongCase'],
	],
	[
		'scormtype "SCO"',
		'scorm12',
		built.scorm12.replace('scormtype="sco"', 'scormtype="SCO"'),
		['ScormTypeInvalid'],
	],
	[
		'a SCO without href',
		'scorm12',
		built.scorm12.replace(' href="index.html">', '>'),
		['ScoWithoutHref'],
	],
	[
		'a leading slash',
		'scorm2004',
		built.scorm2004.replaceAll('"index.html"', '"/index.html"'),
		['InvalidHref', 'InvalidHref'],
	],
	[
		'a launch file not listed',
		'scorm12',
		built.scorm12.replace('<file href="index.html"/>', ''),
		['LaunchFileNotListed'],
	],
	[
		'masteryscore 120',
		'scorm12',
		withMastery(built.scorm12, '<adlcp:masteryscore>120</adlcp:masteryscore>'),
		['MasteryOutOfRange'],
	],
	[
		'masteryscore empty',
		'scorm12',
		withMastery(built.scorm12, '<adlcp:masteryscore></adlcp:masteryscore>'),
		['MasteryOutOfRange'],
	],
	[
		'minNormalizedMeasure 70 (a percentage, not −1…1)',
		'scorm2004',
		withMastery(
			built.scorm2004,
			'<imsss:sequencing><imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true">' +
				'<imsss:minNormalizedMeasure>70</imsss:minNormalizedMeasure></imsss:primaryObjective>' +
				'</imsss:objectives></imsss:sequencing>',
		),
		['MasteryOutOfRange'],
	],
];

describe('lintManifest', () => {
	test.each(['scorm12', 'scorm2004'] as const)(
		'passes our %s manifest and its package',
		(standard) => {
			expect(lintManifest(built[standard], standard, entriesFor(standard))).toEqual([]);
		},
	);

	test.each([
		['scorm12/valid.xml', 'scorm12'],
		['scorm12/valid-with-metadata.xml', 'scorm12'],
		['scorm2004-4th/valid.xml', 'scorm2004'],
		['scorm2004-4th/valid-with-lom.xml', 'scorm2004'],
	] as const)('passes the shared sample %s', async (path, standard) => {
		expect(lintManifest(await sample(path), standard)).toEqual([]);
	});

	test('accepts a decimal masteryscore within 0–100', () => {
		const xml = built.scorm12.replace('>70</adlcp:masteryscore>', '>72.5</adlcp:masteryscore>');
		expect(lintManifest(xml, 'scorm12')).toEqual([]);
	});

	test.each(cases)('finds %s', (_description, standard, xml, expected) => {
		for (const name of expected) covered.add(name);
		expect(names(xml, standard)).toEqual(expected);
	});

	describe('fails the schema-valid-but-wrong shared samples, saying why', () => {
		test('1.2 masteryscore "eighty"', async () => {
			covered.add('MasteryOutOfRange');
			expect(
				lintManifest(await sample('scorm12/schema-passes-but-bad-masteryscore.xml'), 'scorm12'),
			).toMatchInlineSnapshot(`
					[
					  "MasteryOutOfRange at imsmanifest.xml:18:9: <adlcp:masteryscore> is "eighty"; it must be a number from 0 to 100. The XSD does not check this, and LMSs read anything else as no pass mark or as 0. Write the pass mark in that range (a pass mark of 80% is 80).",
					]
				`);
		});

		test('2004 adlcp:scormtype (lower-case t)', async () => {
			expect(
				lintManifest(
					await sample('scorm2004-4th/schema-passes-but-wrong-scormtype-case.xml'),
					'scorm2004',
				),
			).toMatchInlineSnapshot(`
				[
				  "ScormTypeWrongCase at imsmanifest.xml:38:5: <resource identifier="RES-1"> has adlcp:scormtype, but SCORM 2004 4th Edition spells it adlcp:scormType. LMSs match the name exactly, so they treat the SCO as an asset and never start its runtime; the 2004 XSDs accept the misspelling laxly, so validation does not catch it. Rename the attribute to adlcp:scormType.",
				]
			`);
		});

		test('2004 adlnav bound to the 3rd Edition (v1p2) namespace', async () => {
			expect(
				lintManifest(
					await sample('scorm2004-4th/schema-passes-but-wrong-adlnav-namespace.xml'),
					'scorm2004',
				),
			).toMatchInlineSnapshot(`
				[
				  "WrongNamespace at imsmanifest.xml:2:1: xmlns:adlnav is bound to "http://www.adlnet.org/xsd/adlnav_v1p2", but SCORM 2004 4th Edition uses "http://www.adlnet.org/xsd/adlnav_v1p3". LMSs ignore every element and attribute in the wrong namespace, and XSD validation may not notice (IMS CP accepts unknown extensions laxly). Bind xmlns:adlnav to http://www.adlnet.org/xsd/adlnav_v1p3.",
				]
			`);
		});
	});

	describe('with zip entries: listed files ⇔ zip entries', () => {
		const standard = 'scorm12';
		const complete = entriesFor(standard);

		test('folder entries are ignored', () => {
			expect(names(built.scorm12, standard, [...complete, 'images/', '_astro/'])).toEqual([]);
		});

		test('a listed file missing from the zip', () => {
			covered.add('FileMissingFromZip');
			const zip = complete.filter((entry) => entry !== 'images/who-to-tell.svg');
			expect(lintManifest(built.scorm12, standard, zip)).toMatchInlineSnapshot(`
				[
				  "FileMissingFromZip at imsmanifest.xml:26:7: The manifest lists "images/who-to-tell.svg", but the zip has no such entry. Add the file to the zip, or fix the href.",
				]
			`);
		});

		test('a file whose case differs from its href', () => {
			const zip = complete.map((entry) =>
				entry === 'images/who-to-tell.svg' ? 'Images/Who-To-Tell.svg' : entry,
			);
			expect(lintManifest(built.scorm12, standard, zip)).toMatchInlineSnapshot(`
				[
				  "FileMissingFromZip at imsmanifest.xml:26:7: The manifest lists "images/who-to-tell.svg", but the zip has no such entry (it has "Images/Who-To-Tell.svg"; paths are case-exact). Add the file to the zip, or fix the href.",
				  "FileNotInManifest at imsmanifest.xml: The zip entry "Images/Who-To-Tell.svg" is not listed as a <file href>. Conformance checks compare the files with the manifest, and LMSs may not serve unlisted files. List it in the asset resource, or leave it out of the zip.",
				]
			`);
		});

		test('unlisted entries, macOS resource forks included', () => {
			covered.add('FileNotInManifest');
			const zip = [...complete, 'notes.txt', '__MACOSX/._index.html'];
			expect(names(built.scorm12, standard, zip)).toEqual([
				'FileNotInManifest',
				'FileNotInManifest',
			]);
		});

		test('shipped schema files need not be listed, but must be there', () => {
			const zip = complete.filter((entry) => entry !== 'adlcp_rootv1p2.xsd');
			expect(names(built.scorm12, standard, zip)).toEqual(['FileMissingFromZip']);
		});

		test('the manifest inside a folder', () => {
			covered.add('ManifestNotAtZipRoot');
			const zip = complete.map((entry) => `package/${entry}`);
			const found = lintManifest(built.scorm12, standard, zip);
			expect(found.find((line) => line.startsWith('ManifestNotAtZipRoot'))).toMatchInlineSnapshot(
				`"ManifestNotAtZipRoot at imsmanifest.xml: The zip has no imsmanifest.xml at its root (it is in a folder), so LMSs reject the package. Put imsmanifest.xml at the zip root, not in a folder."`,
			);
			expect(found.length).toBeGreaterThan(1);
		});
	});

	test('every problem name has a test above', () => {
		expect([...covered].sort()).toEqual([...manifestProblemNames].sort());
	});
});
