import { create } from 'xmlbuilder2';
import { xmlLiteral } from '../shared/xml-text.ts';
import { checkManifestInput, type ManifestInput } from '../shared/package-plan.ts';
import { cmi5Iris, moveOnOf } from './iris.ts';

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
/** Language of titles and descriptions. */
const LANG = 'en-GB';

/**
 * Builds `cmi5.xml` for a module.
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
	text(course, 'description', module.description);
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
