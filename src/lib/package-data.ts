import type { PackageData } from '../scripts/package-runtime.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';
import { forLearners } from './learner-activity.ts';

/**
 * The module as a package's engine sees it: lessons in order with the activities for the module's
 * audience only (an activity limited to other audiences is left out). Pure.
 */
export function packageData(module: Module, lessons: readonly Lesson[]): PackageData {
	return {
		moduleId: module.id,
		passMark: module.passMark,
		reporting: module.reporting,
		confidence: module.confidence,
		lessons: lessons.map((l) => ({
			id: l.id,
			title: l.title,
			activities: l.activities
				.filter((a) => !a.audiences || a.audiences.includes(module.audience))
				.map(forLearners),
		})),
	};
}
