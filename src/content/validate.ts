import { isMdxComponentName, mdxComponentNames } from '../components/mdx/registry.ts';
import { contentError, type ContentError } from './errors.ts';
import type { LoadedLesson, LoadedModule } from './read.ts';

/** Reports every id that appears more than once, at each later place it appears. */
function findDuplicates<T>(
	items: readonly T[],
	idOf: (item: T) => string,
	report: (item: T, index: number, firstIndex: number) => ContentError,
): ContentError[] {
	const seen = new Map<string, number>();
	const errors: ContentError[] = [];
	items.forEach((item, index) => {
		const id = idOf(item);
		const first = seen.get(id);
		if (first === undefined) seen.set(id, index);
		else errors.push(report(item, index, first));
	});
	return errors;
}

function checkActivities(lesson: LoadedLesson): ContentError[] {
	const { file, data, yaml } = lesson;
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const errors: ContentError[] = [];
	data.activities.forEach((activity, a) => {
		const at = (...path: PropertyKey[]) => ({ file, ...yaml.locate(['activities', a, ...path]) });
		activity.sources.forEach((ref, r) => {
			if (!sourceIds.has(ref))
				errors.push(
					contentError(
						'UnknownSourceRef',
						at('sources', r),
						`Activity "${activity.id}" cites source "${ref}", which is not in this lesson's sources.`,
						`Add a source with id "${ref}" under "sources:", or cite one of: ${[...sourceIds].join(', ')}.`,
					),
				);
		});
		// One case per activity type; TypeScript checks the switch is exhaustive as types are added.
		switch (activity.type) {
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- only one type so far
			case 'single-choice': {
				errors.push(
					...findDuplicates(
						activity.options,
						(o) => o.id,
						(o, index) =>
							contentError(
								'DuplicateOptionId',
								at('options', index, 'id'),
								`Activity "${activity.id}" has two options with id "${o.id}".`,
								'Give each option of an activity its own id (a, b, c, …).',
							),
					),
				);
				const correct = activity.options.filter((o) => o.correct).length;
				if (correct === 0)
					errors.push(
						contentError(
							'NoCorrectOption',
							at('options'),
							`Single-choice activity "${activity.id}" has no option marked "correct: true".`,
							'Mark the right answer with "correct: true".',
						),
					);
				else if (correct > 1)
					errors.push(
						contentError(
							'TooManyCorrectOptions',
							at('options'),
							`Single-choice activity "${activity.id}" has ${correct} options marked correct; it needs exactly one.`,
							'Keep "correct: true" on one option only (a multiple-response activity allows several).',
						),
					);
				break;
			}
		}
	});
	return errors;
}

function checkProse(lesson: LoadedLesson): ContentError[] {
	const { file, data, scan } = lesson;
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const activityIds = new Set(data.activities.map((a) => a.id));
	const errors: ContentError[] = [];
	for (const el of scan.elements) {
		const at = { file, line: el.line, column: el.column };
		const isComponent = /^[A-Z]/.test(el.name);
		if (isComponent && !isMdxComponentName(el.name)) {
			errors.push(
				contentError(
					'UnknownComponent',
					at,
					`<${el.name}> is not a component lessons can use.`,
					`Use one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}, or plain Markdown.`,
				),
			);
		} else if (el.name === 'Activity' && !activityIds.has(String(el.attributes['id']))) {
			errors.push(
				contentError(
					'UnknownActivityRef',
					at,
					`<Activity id="${String(el.attributes['id'] ?? '')}"> names no activity of this lesson.`,
					`Use the id of an activity under "activities:" (${[...activityIds].join(', ') || 'none yet'}).`,
				),
			);
		} else if (el.name === 'Cite' && !sourceIds.has(String(el.attributes['id']))) {
			errors.push(
				contentError(
					'UnknownSourceRef',
					at,
					`<Cite id="${String(el.attributes['id'] ?? '')}"> names no source of this lesson.`,
					`Use the id of a source under "sources:" (${[...sourceIds].join(', ')}).`,
				),
			);
		} else if (el.name === 'img' && typeof el.attributes['alt'] !== 'string') {
			errors.push(
				contentError(
					'ImageMissingAlt',
					at,
					'An <img> has no alt text.',
					'Add alt="…" describing what the image shows to someone who cannot see it.',
				),
			);
		}
	}
	for (const img of scan.images) {
		if (img.alt.trim() === '')
			errors.push(
				contentError(
					'ImageMissingAlt',
					{ file, line: img.line, column: img.column },
					`The image "${img.url}" has no alt text.`,
					'Write what the image shows between the brackets: ![A profile card with no photo](…).',
				),
			);
	}
	return errors;
}

/**
 * The rules that no single schema can check: ids unique across files, references that resolve,
 * and the lesson prose. Pure: it reads the loaded content and returns every mistake found.
 */
export function validateContent(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
	{ checkModuleLessons = true }: { checkModuleLessons?: boolean } = {},
): ContentError[] {
	const errors: ContentError[] = [];
	errors.push(
		...findDuplicates(
			lessons,
			(l) => l.data.id,
			(l, _index, first) =>
				contentError(
					'DuplicateLessonId',
					{ file: l.file, ...l.yaml.locate(['id']) },
					`Lesson id "${l.data.id}" is already used by ${lessons[first]?.file}.`,
					'Give each lesson its own id; the id is part of its address.',
				),
		),
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
	const activities = lessons.flatMap((l) =>
		l.data.activities.map((a, index) => ({ lesson: l, activity: a, index })),
	);
	errors.push(
		...findDuplicates(
			activities,
			(x) => x.activity.id,
			(x, _index, first) =>
				contentError(
					'DuplicateActivityId',
					{ file: x.lesson.file, ...x.lesson.yaml.locate(['activities', x.index, 'id']) },
					`Activity id "${x.activity.id}" is already used in ${activities[first]?.lesson.file}.`,
					'Activity ids must be unique across all lessons: LMSs record answers by this id.',
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
	const lessonIds = new Set(lessons.map((l) => l.data.id));
	for (const mod of checkModuleLessons ? modules : []) {
		mod.data.lessons.forEach((id, i) => {
			if (!lessonIds.has(id))
				errors.push(
					contentError(
						'UnknownLessonId',
						{ file: mod.file, ...mod.yaml.locate(['lessons', i]) },
						`Module "${mod.data.id}" lists lesson "${id}", but no lesson has that id.`,
						`Use the "id:" of a file in lessons/ (${[...lessonIds].join(', ')}), or add lessons/${id}.mdx.`,
					),
				);
		});
	}
	return errors;
}
