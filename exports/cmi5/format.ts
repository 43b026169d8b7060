import type { DeliveryFormat } from '../contract.ts';
import { formatNaming } from '../formats.ts';
import { checkedPlan, fileText } from '../shared/package-plan.ts';
import { COURSE_STRUCTURE_FILE } from './course-structure.ts';
import { lintCourseStructure } from './lint.ts';
import { planCmi5Package } from './package.ts';

/** cmi5: one AU, `cmi5.xml` at the zip root, linted against the zip's entries. */
export const cmi5Format: DeliveryFormat = {
	...formatNaming('cmi5'),
	async plan(module, page, { version }) {
		const plan = await planCmi5Package(module, page, version);
		const paths = plan.files.map((f) => f.path);
		const xml = fileText(plan, COURSE_STRUCTURE_FILE);
		return checkedPlan(plan, module.id, lintCourseStructure(xml, paths));
	},
};
