import { DOMParser, type Element } from '@xmldom/xmldom';
import { checkHref } from '../shared/hrefs.ts';
import { CMI5_NAMESPACE, COURSE_STRUCTURE_FILE } from './course-structure.ts';

/**
 * What the cmi5 XSD does not check (`shared/schemas/README.md`: "cmi5 id/IRI uniqueness"): ids are
 * absolute IRIs and unique, every AU has moveOn and a masteryScore in 0–1, its url names a file in
 * the zip, and `cmi5.xml` sits at the zip root. Returns one readable line per problem; empty when fine.
 */
export function lintCourseStructure(xml: string, zipEntries?: readonly string[]): string[] {
	const problems: string[] = [];
	const at = (el: Element | undefined) =>
		`${COURSE_STRUCTURE_FILE}${el?.lineNumber ? `:${el.lineNumber}` : ''}`;
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') errors.push(message);
		},
	}).parseFromString(xml, 'application/xml');
	if (errors.length) return [`NotWellFormed at ${COURSE_STRUCTURE_FILE}: ${errors.join('; ')}`];
	const root = doc.documentElement;
	if (root?.localName !== 'courseStructure' || root.namespaceURI !== CMI5_NAMESPACE) {
		return [
			`WrongRootElement at ${COURSE_STRUCTURE_FILE}: the root must be <courseStructure> in ${CMI5_NAMESPACE}.`,
		];
	}
	const all = (name: string) => Array.from(doc.getElementsByTagNameNS(CMI5_NAMESPACE, name));
	const seen = new Map<string, Element>();
	for (const el of [...all('course'), ...all('block'), ...all('au')]) {
		const id = el.getAttribute('id') ?? '';
		if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id))
			problems.push(
				`IdNotAbsoluteIri at ${at(el)}: <${el.localName} id="${id}"> must be an absolute IRI (urn:… or https://…). Derive it from the module id.`,
			);
		const first = seen.get(id);
		if (first)
			problems.push(
				`DuplicateId at ${at(el)}: "${id}" is also the id of line ${first.lineNumber ?? '?'}; LMSs key results on it. Give each its own id.`,
			);
		else seen.set(id, el);
	}
	const aus = all('au');
	if (aus.length === 0)
		problems.push(`NoAu at ${COURSE_STRUCTURE_FILE}: a course needs at least one <au>.`);
	const entries = zipEntries && new Set(zipEntries);
	if (entries && !entries.has(COURSE_STRUCTURE_FILE))
		problems.push(
			`CourseStructureNotAtZipRoot: the zip has no ${COURSE_STRUCTURE_FILE} at its root; LMSs reject it. Put it at the root.`,
		);
	for (const au of aus) {
		if (!au.getAttribute('moveOn'))
			problems.push(
				`MoveOnMissing at ${at(au)}: without moveOn the LMS treats the AU as NotApplicable and never records a pass. Set it from the pass mark.`,
			);
		const mastery = au.getAttribute('masteryScore');
		if (mastery !== null && !(Number(mastery) >= 0 && Number(mastery) <= 1))
			problems.push(
				`MasteryOutOfRange at ${at(au)}: masteryScore "${mastery}" must be 0–1 (a pass mark of 80% is 0.8).`,
			);
		const url = au.getElementsByTagNameNS(CMI5_NAMESPACE, 'url')[0];
		const path = (url?.textContent ?? '').trim();
		const problem = checkHref(path);
		if (problem !== undefined)
			problems.push(`InvalidUrl at ${at(url ?? au)}: AU url "${path}" ${problem}.`);
		else if (entries && !entries.has(path))
			problems.push(
				`AuFileMissingFromZip at ${at(url ?? au)}: the AU launches "${path}", but the zip has no such file. Add it or fix <url>.`,
			);
	}
	return problems;
}
