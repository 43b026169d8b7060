import type { Element } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { lintManifest, MANIFEST_FILE } from '../scorm/manifest-lint.ts';
import { ManifestInputError } from '../shared/package-plan.ts';
import { STANDARDS } from '../scorm/standards.ts';
import { validateXsd } from '../shared/xsd.ts';
import { buildScorm2004Manifest } from './manifest.ts';
import {
	forcesInduction,
	manifestInput,
	parseXml,
	titled as retitled,
} from '../shared/fixtures.test-data.ts';

const facts = STANDARDS.scorm2004;
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

const sample = manifestInput(forcesInduction);

/** Every zip entry of the package the sample describes. */
const zipEntries = [MANIFEST_FILE, ...sample.files, ...facts.schemaFiles];

/** The sample with another title. */
const titled = (title: string) => retitled(sample, title);
const parse = parseXml;

/** `prefix:name[attr=value …]` for an element and its element descendants, in document order. */
function outline(element: Element): string[] {
	const attributes = Array.from(element.attributes)
		.map((a) => `${a.name}=${a.value}`)
		.join(' ');
	const text = element.childNodes.length === 1 ? (element.textContent ?? '') : '';
	const self = `${element.nodeName}${attributes === '' ? '' : `[${attributes}]`}${text === '' ? '' : ` "${text}"`}`;
	const nested: string[] = [];
	for (let child = element.firstChild; child !== null; child = child.nextSibling) {
		if (child.nodeType === 1) nested.push(...outline(child as Element).map((line) => `  ${line}`));
	}
	return [self, ...nested];
}

describe('buildScorm2004Manifest', () => {
	test('matches the file snapshot for the forces module', async () => {
		await expect(buildScorm2004Manifest(sample)).toMatchFileSnapshot(
			'./__snapshots__/forces-induction.imsmanifest.xml',
		);
	});

	test('is valid against the official SCORM 2004 4th Edition XSDs (xmllint)', async () => {
		expect(await validateXsd(buildScorm2004Manifest(sample), 'scorm2004')).toEqual({
			ok: true,
			errors: '',
		});
	});

	test('passes the manifest lint, with the zip inventory', () => {
		expect(lintManifest(buildScorm2004Manifest(sample), 'scorm2004', zipEntries)).toEqual([]);
	});

	test('carries the content version as <manifest version> (no inline LOM: its binding would add 170 KB of XSDs), XSD-valid', async () => {
		const changes = [
			{ version: '1.1', date: '2026-12-06', summary: 'Forces learners meet stories of their own.' },
			{ version: '1.0', date: '2026-11-23', summary: 'First release.' },
		];
		const xml = buildScorm2004Manifest({ ...sample, module: { ...sample.module, changes } });
		expect(parse(xml).getAttribute('version')).toBe('1.1');
		expect(parse(buildScorm2004Manifest(sample)).getAttribute('version')).toBe('0.1.0');
		expect(await validateXsd(xml, 'scorm2004')).toEqual({ ok: true, errors: '' });
		expect(lintManifest(xml, 'scorm2004', zipEntries)).toEqual([]);
	});

	test('binds the five 4th Edition namespaces and says "2004 4th Edition"', () => {
		const root = parse(buildScorm2004Manifest(sample));
		expect(root.namespaceURI).toBe(CP);
		expect(
			Array.from(root.attributes)
				.filter((a) => a.prefix === 'xmlns')
				.map((a) => `${a.localName ?? ''}=${a.value}`),
		).toEqual([
			`adlcp=${ADLCP}`,
			'adlseq=http://www.adlnet.org/xsd/adlseq_v1p3',
			'adlnav=http://www.adlnet.org/xsd/adlnav_v1p3',
			`imsss=${IMSSS}`,
			'xsi=http://www.w3.org/2001/XMLSchema-instance',
		]);
		expect(root.getElementsByTagNameNS(CP, 'schemaversion')[0]?.textContent).toBe(
			'2004 4th Edition',
		);
		expect(root.getAttribute('identifier')).toBe('second-look.forces-induction');
	});

	test('sequencing: no objective on the item (no measure to fail against), controlMode on the organization', () => {
		const root = parse(buildScorm2004Manifest(sample));
		const organization = root.getElementsByTagNameNS(CP, 'organization')[0];
		if (organization === undefined) throw new Error('no organization');
		expect(outline(organization)).toEqual([
			'organization[identifier=org-forces-induction]',
			'  title "Second Look for service personnel: sextortion and who to tell"',
			'  item[identifier=item-forces-induction identifierref=sco-forces-induction]',
			'    title "Second Look for service personnel: sextortion and who to tell"',
			'  imsss:sequencing',
			'    imsss:controlMode[choice=true flow=true]',
		]);
	});

	test.each([0, 7, 80, 100])(
		'pass mark %i: no minNormalizedMeasure or satisfiedByMeasure, in either reporting',
		(passMark) => {
			for (const reporting of ['completion', 'pass-mark'] as const) {
				const input = { ...sample, module: { ...sample.module, reporting, passMark } };
				const xml = buildScorm2004Manifest(input);
				expect(parse(xml).getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure').length).toBe(0);
				expect(xml).not.toContain('satisfiedByMeasure');
			}
		},
	);

	test('one SCO resource (scormType, capital T) and one asset resource', () => {
		const root = parse(buildScorm2004Manifest(sample));
		const resources = Array.from(root.getElementsByTagNameNS(CP, 'resource'));
		expect(resources.map((r) => r.getAttributeNS(ADLCP, 'scormType'))).toEqual(['sco', 'asset']);
		expect(resources.map((r) => r.getAttributeNS(ADLCP, 'scormtype'))).toEqual([null, null]);
		expect(resources[0]?.getAttribute('href')).toBe('index.html');
		expect(
			Array.from(resources[1]?.getElementsByTagNameNS(CP, 'file') ?? []).map((f) =>
				f.getAttribute('href'),
			),
		).toEqual([
			'_astro/index.8d2e4b.css',
			'_astro/quiz.c3f1a9.js',
			'fonts/atkinson-hyperlegible-regular.woff2',
			'images/fake-profile-example.webp',
			'images/who-to-tell.svg',
		]);
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
		const xml = buildScorm2004Manifest(titled(title));
		expect(xml).toContain(`<title>${escaped}</title>`);
		const titles = Array.from(parse(xml).getElementsByTagNameNS(CP, 'title'));
		expect(titles.map((t) => t.textContent)).toEqual([title, title]);
		expect(await validateXsd(xml, 'scorm2004')).toEqual({ ok: true, errors: '' });
		expect(lintManifest(xml, 'scorm2004', zipEntries)).toEqual([]);
	});

	test('refuses a title XML cannot carry, naming the module file', () => {
		expect(() => buildScorm2004Manifest(titled('Bell \u0007 title'))).toThrow(ManifestInputError);
		expect(() => buildScorm2004Manifest(titled('Bell \u0007 title'))).toThrow(
			'modules/forces-induction.yaml',
		);
	});
});
