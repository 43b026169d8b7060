import { describe, expect, test } from 'vitest';
import { lintManifest, MANIFEST_FILE } from '../scorm/manifest-lint.ts';
import { ManifestInputError } from '../shared/package-plan.ts';
import { STANDARDS } from '../scorm/standards.ts';
import { validateXsd } from '../shared/xsd.ts';
import { buildScorm12Manifest } from './manifest.ts';
import {
	manifestInput,
	parseXml,
	schoolKs3,
	titled as retitled,
} from '../shared/fixtures.test-data.ts';

const facts = STANDARDS.scorm12;
const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

const sample = manifestInput(schoolKs3);

/** Every zip entry of the package the sample describes. */
const zipEntries = [MANIFEST_FILE, ...sample.files, ...facts.schemaFiles];

/** The sample with another title. */
const titled = (title: string) => retitled(sample, title);
const parse = parseXml;

describe('buildScorm12Manifest', () => {
	test('matches the file snapshot for the KS3 module', async () => {
		await expect(buildScorm12Manifest(sample)).toMatchFileSnapshot(
			'./__snapshots__/school-ks3.imsmanifest.xml',
		);
	});

	test('is valid against the official SCORM 1.2 XSDs (xmllint)', async () => {
		expect(await validateXsd(buildScorm12Manifest(sample), 'scorm12')).toEqual({
			ok: true,
			errors: '',
		});
	});

	test('passes the manifest lint, with the zip inventory', () => {
		expect(lintManifest(buildScorm12Manifest(sample), 'scorm12', zipEntries)).toEqual([]);
	});

	test('uses 1.2 namespaces, metadata and a manifest identifier from the module id', () => {
		const root = parse(buildScorm12Manifest(sample));
		expect(root.namespaceURI).toBe(CP);
		expect(root.getAttribute('xmlns:adlcp')).toBe(ADLCP);
		expect(root.getAttribute('identifier')).toBe('second-look.school-ks3');
		expect(root.getAttribute('version')).toBe('1.1');
		expect(root.getElementsByTagNameNS(CP, 'schema')[0]?.textContent).toBe('ADL SCORM');
		expect(root.getElementsByTagNameNS(CP, 'schemaversion')[0]?.textContent).toBe('1.2');
		expect(root.getAttribute('xsi:schemaLocation')?.split(' ')).toEqual([
			CP,
			'imscp_rootv1p1p2.xsd',
			ADLCP,
			'adlcp_rootv1p2.xsd',
			'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
			'imsmd_rootv1p2p1.xsd',
		]);
	});

	test('carries the content version: <manifest version> and LOM lifecycle (version, release day), XSD-valid', async () => {
		const xml = buildScorm12Manifest(sample);
		const root = parse(xml);
		const MD = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
		const lifecycle = root.getElementsByTagNameNS(MD, 'lifecycle')[0];
		expect(root.getAttribute('version')).toBe('1.1');
		expect(lifecycle?.getElementsByTagNameNS(MD, 'version')[0]?.textContent?.trim()).toBe('1.1');
		expect(lifecycle?.getElementsByTagNameNS(MD, 'datetime')[0]?.textContent).toBe('2026-12-06');
		expect(lifecycle?.getElementsByTagNameNS(MD, 'description')[0]?.textContent?.trim()).toBe(
			'Content version 1.1, 6 December 2026',
		);
		expect(await validateXsd(xml, 'scorm12')).toEqual({ ok: true, errors: '' });
		// A release adds no file: the manifest lint still matches the zip's entries.
		expect(lintManifest(xml, 'scorm12', zipEntries)).toEqual([]);
	});

	test('a module without releases: the build version, no LOM', async () => {
		const module = { ...sample.module };
		delete module.changes;
		const xml = buildScorm12Manifest({ ...sample, module });
		expect(parse(xml).getAttribute('version')).toBe('0.1.0');
		expect(xml).not.toContain('imsmd:lom');
		expect(await validateXsd(xml, 'scorm12')).toEqual({ ok: true, errors: '' });
	});

	test('emits no adlcp:masteryscore, in either reporting: Moodle would store a score under it as "failed"', () => {
		for (const reporting of ['completion', 'pass-mark'] as const)
			for (const passMark of [0, 65, 80, 100]) {
				const input = { ...sample, module: { ...sample.module, reporting, passMark } };
				const root = parse(buildScorm12Manifest(input));
				expect(root.getElementsByTagNameNS(ADLCP, 'masteryscore').length).toBe(0);
			}
	});

	test('one SCO resource for the launch page, one asset resource for every other file', () => {
		const root = parse(buildScorm12Manifest(sample));
		const resources = Array.from(root.getElementsByTagNameNS(CP, 'resource'));
		expect(
			resources.map((r) => ({
				identifier: r.getAttribute('identifier'),
				type: r.getAttribute('type'),
				scormtype: r.getAttributeNS(ADLCP, 'scormtype'),
				href: r.getAttribute('href'),
				files: Array.from(r.getElementsByTagNameNS(CP, 'file')).map((f) => f.getAttribute('href')),
				dependencies: Array.from(r.getElementsByTagNameNS(CP, 'dependency')).map((d) =>
					d.getAttribute('identifierref'),
				),
			})),
		).toEqual([
			{
				identifier: 'sco-school-ks3',
				type: 'webcontent',
				scormtype: 'sco',
				href: 'index.html',
				files: ['index.html'],
				dependencies: ['assets-school-ks3'],
			},
			{
				identifier: 'assets-school-ks3',
				type: 'webcontent',
				scormtype: 'asset',
				href: null,
				files: [
					'_astro/index.8d2e4b.css',
					'_astro/quiz.c3f1a9.js',
					'fonts/atkinson-hyperlegible-regular.woff2',
					'images/fake-profile-example.webp',
					'images/who-to-tell.svg',
				],
				dependencies: [],
			},
		]);
		const item = root.getElementsByTagNameNS(CP, 'item')[0];
		expect(item?.getAttribute('identifierref')).toBe('sco-school-ks3');
		expect(root.getElementsByTagNameNS(CP, 'organizations')[0]?.getAttribute('default')).toBe(
			'org-school-ks3',
		);
	});

	test('a package with only the launch page has no asset resource', () => {
		const xml = buildScorm12Manifest({ ...sample, files: ['index.html'] });
		expect(parse(xml).getElementsByTagNameNS(CP, 'resource').length).toBe(1);
		expect(
			lintManifest(xml, 'scorm12', [MANIFEST_FILE, 'index.html', ...facts.schemaFiles]),
		).toEqual([]);
	});

	test('is reproducible: file order and duplicates do not change the output', () => {
		const shuffled = { ...sample, files: [...sample.files].reverse().concat(sample.files) };
		expect(buildScorm12Manifest(shuffled)).toBe(buildScorm12Manifest(sample));
	});

	test.each([
		['Q&A <"fake"> ‘quotes’', 'Q&amp;A &lt;"fake"&gt; ‘quotes’'],
		['Ends the CDATA ]]> early', 'Ends the CDATA ]]&gt; early'],
		[
			'Text shaped like references: Q&A; &nbsp; &#1; &amp;',
			'Text shaped like references: Q&amp;A; &amp;nbsp; &amp;#1; &amp;amp;',
		],
		[
			'</script><script>window.__pwned=1</script> <!-- \u2028\u2029',
			'&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; &lt;!-- &#8232;&#8233;',
		],
	])('hostile title %s is escaped, XSD-valid and round-trips', async (title, escaped) => {
		const xml = buildScorm12Manifest(titled(title));
		expect(xml).toContain(`<title>${escaped}</title>`);
		const titles = Array.from(parse(xml).getElementsByTagNameNS(CP, 'title'));
		expect(titles.map((t) => t.textContent)).toEqual([title, title]);
		expect(await validateXsd(xml, 'scorm12')).toEqual({ ok: true, errors: '' });
		expect(lintManifest(xml, 'scorm12', zipEntries)).toEqual([]);
	});

	test.each(['/index.html', '../index.html', 'Index.html', 'my page.html', 'a%20b.html'])(
		'refuses the launch path %s',
		(launch) => {
			expect(() => buildScorm12Manifest({ ...sample, launch })).toThrow(ManifestInputError);
		},
	);

	test('explains a refused path: what, why, what to do', () => {
		expect(() =>
			buildScorm12Manifest({ ...sample, files: ['Images/Logo.PNG'] }),
		).toThrowErrorMatchingInlineSnapshot(
			`[ManifestInputError: Package path "Images/Logo.PNG" contains "I", "L", "P", "N", "G"; package paths use only lower-case letters, digits and "._/-". LMSs and the ADL conformance suite reject such paths or fail to find the file. Rename the file in the build output.]`,
		);
	});
});
