import { contentError, type ContentError, type SourceLocation } from './errors.ts';
import { findDuplicates } from './duplicates.ts';
import { checkActivities } from './validate-activity.ts';
import { checkChanges } from './validate-changes.ts';
import { checkDuplicateIds } from './validate-duplicates.ts';
import { checkKnowledgeChecks } from './validate-checks.ts';
import { checkProse } from './validate-prose.ts';
import { lintContent } from './lint/lint.ts';
import { activitiesShownIn, lessonsOf } from './module-content.ts';
import type { LoadedLesson, LoadedModule } from './types.ts';

/**
 * The rules that no single schema can check: ids unique across files, references that resolve,
 * the lesson prose, and the content lint (sources, statistics, phone numbers, phrasing, reading age). Pure: it reads the loaded content and returns every mistake found.
 */
export function validateContent(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
	{
		checkModuleLessons = true,
		today,
	}: {
		checkModuleLessons?: boolean;
		/** The day a module's `changes:` dates may not pass (`YYYY-MM-DD`); absent, not checked. */
		today?: string;
	} = {},
): ContentError[] {
	const errors: ContentError[] = [];
	errors.push(
		...checkDuplicateIds(lessons, modules),
		...findDuplicates(
			modules,
			(m) => m.data.id,
			(m, _index, first) =>
				contentError(
					'DuplicateModuleId',
					{ file: m.file, ...m.yaml.locate(['id']) },
					`Module id "${m.data.id}" is already used by ${modules[first]?.file}.`,
					'Give each module its own id; package file names are made from it.',
				),
		),
	);
	for (const lesson of lessons) {
		errors.push(
			...findDuplicates(
				lesson.data.sources,
				(s) => s.id,
				(s, index) =>
					contentError(
						'DuplicateSourceId',
						{ file: lesson.file, ...lesson.yaml.locate(['sources', index, 'id']) },
						`Source id "${s.id}" is used twice in this lesson.`,
						'Give each source its own id.',
					),
			),
			...checkActivities(lesson),
			...checkProse(lesson),
		);
	}
	errors.push(...lintContent(lessons, modules));
	const lessonIds = new Set(lessons.map((l) => l.data.id));
	for (const mod of checkModuleLessons ? modules : []) {
		mod.data.lessons.forEach((id, i) => {
			const where = { file: mod.file, ...mod.yaml.locate(['lessons', i]) };
			const lesson = lessons.find((l) => l.data.id === id);
			if (!lesson)
				errors.push(
					contentError(
						'UnknownLessonId',
						where,
						`Module "${mod.data.id}" lists lesson "${id}", but no lesson has that id.`,
						`Use the "id:" of a file in lessons/ (${[...lessonIds].join(', ')}), or add lessons/${id}.mdx.`,
					),
				);
			else if (!lesson.data.audiences.includes(mod.data.audience))
				errors.push(lessonNotForAudience(mod, lesson, where));
		});
	}
	errors.push(...checkLessonPlans(lessons, checkModuleLessons ? modules : []));
	errors.push(...checkSelfPacedMinutes(lessons, checkModuleLessons ? modules : []));
	errors.push(...checkChanges(modules, today ?? '9999-12-31'));
	errors.push(...checkKnowledgeChecks(lessons, checkModuleLessons ? modules : []));
	return errors;
}

/**
 * A self-paced module (no lesson plan) takes as long as its lessons: the module page shows its
 * `minutes`, so a lesson added or lengthened without it would tell learners and teachers a wrong
 * length. (A classroom module's `minutes` is its plan's, checked by its schema.)
 */
function checkSelfPacedMinutes(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	return modules.flatMap((mod) => {
		if (mod.data.lessonPlan) return [];
		const listed = lessonsOf(mod, lessons);
		if (listed.length !== mod.data.lessons.length) return []; // UnknownLessonId says why
		const total = listed.reduce((sum, l) => sum + l.data.minutes, 0);
		if (total === mod.data.minutes) return [];
		return [
			contentError(
				'ModuleMinutesDiffer',
				{ file: mod.file, ...mod.yaml.locate(['minutes']) },
				`Module "${mod.data.id}" says it takes ${String(mod.data.minutes)} minutes, but its lessons add up to ${String(total)} (${listed.map((l) => `${l.data.id} ${String(l.data.minutes)}`).join(', ')}).`,
				`Set "minutes: ${String(total)}" in ${mod.file}, or change a lesson's "minutes:".`,
			),
		];
	});
}

/** Every activity a module's lesson plan names must be one its learners meet. */
function checkLessonPlans(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors: ContentError[] = [];
	for (const mod of modules) {
		const { audience } = mod.data;
		const available = new Set(activitiesShownIn(mod, lessons).map((a) => a.id));
		mod.data.lessonPlan?.forEach((step, s) => {
			step.activities.forEach((id, i) => {
				if (!available.has(id))
					errors.push(
						contentError(
							'UnknownPlanActivity',
							{ file: mod.file, ...mod.yaml.locate(['lessonPlan', s, 'activities', i]) },
							`The lesson plan step "${step.step}" names activity "${id}", which no lesson of this module shows to the ${audience} audience.`,
							`Use the id of an activity in ${mod.data.lessons.join(', ')} that is not limited to other audiences.`,
						),
					);
			});
		});
	}
	return errors;
}

/**
 * A module lists a lesson not written for its audience: its package would show the lesson anyway,
 * with none of its <ForAudience> blocks and activities for that audience, and the lint (reading
 * age, stories) would never read it as that audience.
 */
function lessonNotForAudience(
	mod: LoadedModule,
	lesson: LoadedLesson,
	where: SourceLocation,
): ContentError {
	const { audience } = mod.data;
	const { id, audiences } = lesson.data;
	const quoted = audiences.map((a) => `"${a}"`);
	const written =
		quoted.length > 1
			? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`
			: quoted.join('');
	return contentError(
		'LessonNotForAudience',
		where,
		`Module "${mod.data.id}" is for the ${audience} audience, but it lists lesson "${id}" (${lesson.file}), which is written for ${written} only. Its package would show the lesson anyway, and the checks for ${audience} learners (reading age, stories) would never read it.`,
		`Remove "${id}" from this module's "lessons:", or, if the lesson suits ${audience} learners, add ${audience} to "audiences:" in ${lesson.file} and give them their own wording with <ForAudience audiences="${audience}"> where it differs.`,
	);
}
