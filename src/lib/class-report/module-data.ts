/**
 * What the class report page loads of a module, as JSON when a file is opened: its lessons and the
 * activities its learners meet in its packages (the package's own filter), without teacher notes.
 * Pure.
 */
import type { Lesson } from '../../schemas/lesson.ts';
import type { Module } from '../../schemas/module.ts';
import { serializeJsonForScript } from '../json-script.ts';
import { packageData } from '../package-data.ts';
import type { ReportModule, ReportModuleEntry } from './tally.ts';

/** A module for the report. Pure. */
export function reportModule(module: Module, lessons: readonly Lesson[]): ReportModule {
	const data = packageData(module, lessons);
	return {
		id: module.id,
		title: module.title,
		audience: module.audience,
		confidence: module.confidence,
		lessons: data.lessons.map((l) => ({ id: l.id, title: l.title, activities: l.activities })),
		// The words of each learning objective a baseline or end-point question may name.
		objectives: Object.fromEntries(
			lessons.flatMap((l) =>
				l.objectives.map((text, i) => [`${l.id}-${String(i + 1)}`, { lesson: l.title, text }]),
			),
		),
	};
}

/** The entry a file is matched against: the module's activity ids. Pure. */
export function reportModuleEntry(module: ReportModule): ReportModuleEntry {
	return {
		id: module.id,
		title: module.title,
		activityIds: module.lessons.flatMap((l) => l.activities.map((a) => a.id)),
	};
}

/** What an offline copy of the report page carries instead of fetching (`file://` cannot fetch). */
export interface ReportData {
	entries: ReportModuleEntry[];
	modules: Record<string, ReportModule>;
}

/** The data of some modules, as the report page reads it from `window.secondLookReportData`. Pure. */
export function reportData(modules: readonly ReportModule[]): ReportData {
	return {
		entries: modules.map(reportModuleEntry),
		modules: Object.fromEntries(modules.map((m) => [m.id, m])),
	};
}

/**
 * A classic script that sets `window.secondLookReportData` (an offline package's
 * `class-report-data.js`, loaded by the page from `file://`). Hostile text cannot end it. Pure.
 */
export function reportDataScript(modules: readonly ReportModule[]): string {
	return `window.secondLookReportData = ${serializeJsonForScript(reportData(modules))};\n`;
}
