import type { PackageData } from '../scripts/package-runtime.ts';
import type { Activity } from '../schemas/activity.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';
import { forLearners } from './learner-activity.ts';

/**
 * What a package page's `#package-data` block holds: the module as the engine sees it, and each
 * lesson's source ids in the order its source list numbers them (activity cards read their
 * activity and source numbers from here: src/components/activities/card-data.ts).
 */
export interface PackagePageData extends PackageData {
	lessons: (PackageData['lessons'][number] & { sources: string[] })[];
}

/**
 * The module as a package's engine sees it: lessons in order with the activities for the module's
 * audience only (an activity limited to other audiences is left out), and each lesson's source ids.
 * Pure.
 */
export function packageData(module: Module, lessons: readonly Lesson[]): PackagePageData {
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
			sources: l.sources.map((s) => s.id),
		})),
	};
}

/** Source number (1-based, as the lesson's source list shows it) per source id. Pure. */
export function sourceNumbersOf(sources: readonly string[]): Record<string, number> {
	return Object.fromEntries(sources.map((id, i) => [id, i + 1]));
}

/**
 * One activity of a package page's `#package-data` JSON with its lesson's source numbers, or
 * undefined when the block does not hold it. Pure.
 */
export function activityInPackage(
	json: string,
	id: string,
): { activity: Activity; sourceNumbers: Record<string, number> } | undefined {
	const data = JSON.parse(json) as Partial<PackagePageData>;
	for (const lesson of data.lessons ?? []) {
		const activity = lesson.activities.find((a) => a.id === id);
		if (activity) return { activity, sourceNumbers: sourceNumbersOf(lesson.sources) };
	}
	return undefined;
}
