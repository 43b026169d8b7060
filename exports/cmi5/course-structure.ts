import { create } from 'xmlbuilder2';
import { xmlLiteral } from '../shared/xml-text.ts';
import { checkManifestInput, type ManifestInput } from '../shared/package-plan.ts';
import { cmi5Iris, moveOnOf } from './iris.ts';
import { contentVersion, versionLine } from '../../src/lib/content-version.ts';

export { cmi5Iris, moveOnOf };

/**
 * The cmi5 course structure (`cmi5.xml`, cmi5 spec §13 "Course Structure Data Requirements"): one
 * course holding one AU, the module's single launch document. Pure; text and attributes are escaped
 * by xmlbuilder2, never interpolated. Validated against `shared/schemas/cmi5/CourseStructure.xsd` in
 * the tests; `lint.ts` checks what the XSD cannot (IRIs, the AU's file).
 */

/** The file name the spec fixes (§14.1.1): at the zip root. */
export const COURSE_STRUCTURE_FILE = 'cmi5.xml';
/** The course structure namespace (§13.1, the XSD's targetNamespace). */
export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
/**
 * The namespace of the course's content-version extension: the XSD lets `course` carry elements of
 * other namespaces after its description (`anyElement`, processed laxly).
 */
export const CONTENT_VERSION_NAMESPACE = 'urn:second-look:content-version';
/** Language of titles and descriptions. */
const LANG = 'en-GB';

/**
 * Builds `cmi5.xml` for a module. A module with releases (`changes:`) names its content version
 * where a cmi5 platform shows it (the course description ends "Content version 1.1, 6 December
 * 2026.") and where a program reads it (`<cv:contentVersion version="1.1" date="2026-12-06"/>`
 * after the course description).
 * @throws {ManifestInputError} for paths, titles or versions no LMS could use.
 */
export function buildCmi5CourseStructure(input: ManifestInput): string {
	const { launch } = checkManifestInput(input);
	const { module } = input;
	const iris = cmi5Iris(module.id);
	const text = (parent: ReturnType<typeof create>, name: string, value: string) => {
		parent
			.ele(CMI5_NAMESPACE, name)
			.ele(CMI5_NAMESPACE, 'langstring')
			.att('lang', LANG)
			.txt(xmlLiteral(value));
	};
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(CMI5_NAMESPACE, 'courseStructure');
	const course = root.ele(CMI5_NAMESPACE, 'course').att('id', iris.course);
	text(course, 'title', module.title);
	const version = contentVersion(module);
	text(
		course,
		'description',
		version ? `${module.description} ${versionLine(version)}.` : module.description,
	);
	if (version)
		course
			.ele(CONTENT_VERSION_NAMESPACE, 'cv:contentVersion')
			.att('version', version.version)
			.att('date', version.date);
	const rule = moveOnOf(module);
	const au = root
		.ele(CMI5_NAMESPACE, 'au')
		.att('id', iris.au)
		.att('moveOn', rule.moveOn)
		.att('launchMethod', 'AnyWindow');
	if (rule.masteryScore !== undefined) au.att('masteryScore', rule.masteryScore);
	text(au, 'title', module.title);
	text(au, 'description', module.description);
	au.ele(CMI5_NAMESPACE, 'url').txt(launch);
	return root.end({ prettyPrint: true, indent: '  ', width: 100, wellFormed: true }) + '\n';
}
