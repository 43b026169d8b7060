/**
 * What `npm run check:content` prints after the checks: per lesson its counts (words, sources,
 * citations, activities, statistics, phone numbers) and its reading age per audience against each
 * module's target. Pure.
 */
import type { Audience } from '../../schemas/audience.ts';
import type { LoadedLesson, LoadedModule } from '../types.ts';
import { lessonReadability } from './module-rules.ts';
import { findPhoneNumbers } from './phones.ts';
import { measureReadability } from './readability.ts';
import { findStatistics } from './statistics.ts';
import { lessonTexts } from './texts.ts';

/** What `npm run check:content` prints for one lesson. */
export interface LessonSummary {
	id: string;
	file: string;
	words: number;
	sources: number;
	citations: number;
	activities: number;
	statistics: number;
	phoneNumbers: number;
	/** Reading age per audience the lesson is written or packaged for, with the targets that apply. */
	readingAges: {
		audience: Audience;
		readingAge: number;
		targets: { module: string; max: number }[];
	}[];
}

/** Counts and reading ages of each lesson, for the check's per-lesson summary. */
export function summariseLessons(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): LessonSummary[] {
	return lessons.map((lesson) => {
		const units = lessonTexts(lesson);
		const inModules = modules.filter((m) => m.data.lessons.includes(lesson.data.id));
		const audiences = [
			...new Set([...lesson.data.audiences, ...inModules.map((m) => m.data.audience)]),
		];
		return {
			id: lesson.data.id,
			file: lesson.file,
			words: measureReadability(units.filter((u) => u.isReadable)).words,
			sources: lesson.data.sources.length,
			citations: lesson.scan.blocks.reduce((n, b) => n + b.cites.length, 0),
			activities: lesson.data.activities.length,
			statistics: units.reduce(
				(n, u) => n + u.parts.reduce((m, p) => m + findStatistics(p).length, 0),
				0,
			),
			phoneNumbers: units.reduce(
				(n, u) => n + u.parts.reduce((m, p) => m + findPhoneNumbers(p).length, 0),
				0,
			),
			readingAges: audiences.map((audience) => ({
				audience,
				readingAge: lessonReadability(lesson, audience).readingAge,
				targets: inModules
					.filter((m) => m.data.audience === audience && m.data.readingAge)
					.map((m) => ({ module: m.data.id, max: m.data.readingAge?.max ?? 0 })),
			})),
		};
	});
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary as text, a few lines per lesson. */
export function formatSummaries(summaries: readonly LessonSummary[]): string {
	return summaries
		.map((s) => {
			const ages = s.readingAges
				.map(
					(r) =>
						`${r.audience} ${r.readingAge.toFixed(1)}${r.targets.length ? ` (${r.targets.map((t) => `${t.module} ≤ ${t.max}`).join(', ')})` : ''}`,
				)
				.join(' · ');
			const counts = [
				count(s.words, 'word'),
				count(s.sources, 'source'),
				count(s.citations, 'citation'),
				count(s.activities, 'activity', 'activities'),
				count(s.statistics, 'statistic'),
				count(s.phoneNumbers, 'phone number'),
			];
			return `${s.id} (${s.file})\n  reading age: ${ages}\n  ${counts.join(' · ')}`;
		})
		.join('\n\n');
}
