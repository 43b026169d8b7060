import { DOMParser } from '@xmldom/xmldom';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ManifestInputError } from '../shared/package-plan.ts';
import { SCHEMAS_DIR, validateCmi5Xsd } from '../shared/xsd.ts';
import {
	buildCmi5CourseStructure,
	CMI5_NAMESPACE,
	CONTENT_VERSION_NAMESPACE,
	cmi5Iris,
	COURSE_STRUCTURE_FILE,
} from './course-structure.ts';
import { lintCourseStructure } from './lint.ts';
import { allowLrs } from './package.ts';
import { manifestInput, schoolKs3, titled as retitled } from '../shared/fixtures.test-data.ts';

const sample = manifestInput(schoolKs3, [
	'index.html',
	'_astro/id.abc123.js',
	'_astro/support.x1.css',
]);
const zipEntries = [COURSE_STRUCTURE_FILE, ...sample.files];

const titled = (title: string) => retitled(sample, title);

function au(xml: string) {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	const el = doc.getElementsByTagNameNS(CMI5_NAMESPACE, 'au')[0];
	if (!el) throw new Error('no au');
	return el;
}

describe('buildCmi5CourseStructure', () => {
	test('matches the file snapshot for the KS3 module', async () => {
		await expect(buildCmi5CourseStructure(sample)).toMatchFileSnapshot(
			'./__snapshots__/school-ks3.cmi5.xml',
		);
	});

	test('is valid against the cmi5 CourseStructure.xsd (xmllint)', async () => {
		expect(await validateCmi5Xsd(buildCmi5CourseStructure(sample))).toEqual({
			ok: true,
			errors: '',
		});
	});

	test('passes the lint with the zip inventory', () => {
		expect(lintCourseStructure(buildCmi5CourseStructure(sample), zipEntries)).toEqual([]);
	});

	test('names the content version in the course description and an extension element, XSD-valid', async () => {
		const xml = buildCmi5CourseStructure(sample);
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const course = doc.getElementsByTagNameNS(CMI5_NAMESPACE, 'course')[0];
		expect(
			course?.getElementsByTagNameNS(CMI5_NAMESPACE, 'description')[0]?.textContent?.trim(),
		).toMatch(/Content version 1\.1, 6 December 2026\.$/);
		const version = course?.getElementsByTagNameNS(CONTENT_VERSION_NAMESPACE, 'contentVersion')[0];
		expect([version?.getAttribute('version'), version?.getAttribute('date')]).toEqual([
			'1.1',
			'2026-12-06',
		]);
		expect(await validateCmi5Xsd(xml)).toEqual({ ok: true, errors: '' });
		expect(lintCourseStructure(xml, zipEntries)).toEqual([]);
		const module = { ...sample.module };
		delete module.changes;
		const plain = buildCmi5CourseStructure({ ...sample, module });
		expect(plain).not.toContain('contentVersion');
		expect(plain).not.toContain('Content version');
	});

	test('one AU: moveOn from the reporting, a learner who finishes moves on; url the launch document', () => {
		const el = au(buildCmi5CourseStructure(sample));
		expect(sample.module.reporting).toBe('completion');
		expect(el.getAttribute('moveOn')).toBe('Completed');
		expect(el.hasAttribute('masteryScore')).toBe(false);
		expect(el.getElementsByTagNameNS(CMI5_NAMESPACE, 'url')[0]?.textContent).toBe('index.html');
		const marked = { ...sample, module: { ...sample.module, reporting: 'pass-mark' as const } };
		const withMark = au(buildCmi5CourseStructure(marked));
		expect(withMark.getAttribute('moveOn')).toBe('CompletedOrPassed');
		expect(withMark.getAttribute('masteryScore')).toBe('0.8');
	});

	test('IRIs come from the module id only: the same on every build, different per module', () => {
		const a = buildCmi5CourseStructure(sample);
		const b = buildCmi5CourseStructure({ ...titled('Another title'), version: '9.9.9' });
		expect(au(a).getAttribute('id')).toBe(cmi5Iris('school-ks3').au);
		expect(au(b).getAttribute('id')).toBe(au(a).getAttribute('id'));
		expect(cmi5Iris('school-ks4').au).not.toBe(cmi5Iris('school-ks3').au);
		expect(cmi5Iris('school-ks3').course).toMatch(/^urn:second-look:cmi5:school-ks3$/);
	});

	test('a hostile title is escaped, stays valid, and reads back exactly', async () => {
		const hostile = `Tom & Jerry's <script>alert("x")</script> ]]> "quotes" Q&A; &nbsp; &#1; &amp; <!-- \u2028\u2029`;
		const xml = buildCmi5CourseStructure(titled(hostile));
		expect(xml).not.toContain('<script>');
		expect(await validateCmi5Xsd(xml)).toEqual({ ok: true, errors: '' });
		const title = au(xml).getElementsByTagNameNS(CMI5_NAMESPACE, 'langstring')[0];
		expect(title?.textContent).toBe(hostile);
	});

	test('a title with a control character is refused, naming the module file', () => {
		expect(() => buildCmi5CourseStructure(titled('Bad \u0007 title'))).toThrow(ManifestInputError);
		expect(() => buildCmi5CourseStructure(titled('Bad \u0007 title'))).toThrow(
			'modules/school-ks3.yaml',
		);
	});
});

describe('lintCourseStructure', () => {
	const xml = buildCmi5CourseStructure(sample);

	test('the AU url must resolve to a file in the zip', () => {
		const problems = lintCourseStructure(xml, [COURSE_STRUCTURE_FILE, '_astro/id.abc123.js']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^AuFileMissingFromZip at cmi5\.xml:\d+: .*"index\.html"/);
	});

	test('cmi5.xml must be at the zip root', () => {
		expect(lintCourseStructure(xml, ['course/cmi5.xml', 'index.html'])[0]).toMatch(
			/^CourseStructureNotAtZipRoot/,
		);
	});

	test('catches what the XSD lets through: relative ids, duplicates, bad mastery, no moveOn', async () => {
		const broken = xml
			.replace('id="urn:second-look:cmi5:school-ks3"', 'id="school-ks3"')
			.replace('id="urn:second-look:cmi5:school-ks3:au"', 'id="school-ks3"')
			.replace('moveOn="Completed"', 'moveOn="CompletedOrPassed" masteryScore="80"')
			.replace(/moveOn="[^"]*"/, '');
		const names = lintCourseStructure(broken, zipEntries).map((p) => p.split(' ')[0]);
		expect(names).toEqual(
			expect.arrayContaining([
				'IdNotAbsoluteIri',
				'DuplicateId',
				'MasteryOutOfRange',
				'MoveOnMissing',
			]),
		);
		// The XSD itself accepts relative ids and a missing moveOn: the lint is what catches them.
		const xsdOnly = xml.replace('id="urn:second-look:cmi5:school-ks3"', 'id="school-ks3"');
		expect((await validateCmi5Xsd(xsdOnly)).ok).toBe(true);
		expect(lintCourseStructure(xsdOnly, zipEntries)).toHaveLength(1);
	});

	test('the XSD check is wired: the shared samples pass and fail as documented', async () => {
		const dir = join(SCHEMAS_DIR, 'samples', 'cmi5');
		const names = (await readdir(dir)).filter((n) => n.endsWith('.xml')).sort();
		expect(names.filter((n) => n.startsWith('invalid-')).length).toBeGreaterThanOrEqual(4);
		for (const name of names) {
			const result = await validateCmi5Xsd(await readFile(join(dir, name), 'utf8'));
			expect({ name, ok: result.ok }).toEqual({ name, ok: name.startsWith('valid') });
		}
	});
});

describe('the cmi5 page', () => {
	test('lets the AU reach an LRS on another https origin, and nothing else changes', () => {
		const csp = `<meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self';frame-src 'self'">`;
		expect(allowLrs(csp)).toBe(csp.replace("connect-src 'self';", "connect-src 'self' https:;"));
	});
});
