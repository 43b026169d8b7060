/**
 * Rules for the module's knowledge check (baseline and end point): each question is written twice,
 * `baseline-<q>` and `endpoint-<q>`, the same words both times so the comparison is fair; it names a
 * learning objective that exists; in a module, the baseline is in the first lesson and the end point
 * in the last. Pure.
 */
import type { Activity } from '../schemas/activity.ts';
import {
	checkOf,
	checkQuestionId,
	checkActivityId,
	objectiveParts,
} from '../lib/knowledge-check.ts';
import { contentError, type ContentError } from './errors.ts';
import type { LoadedLesson, LoadedModule } from './types.ts';

interface Placed {
	lesson: LoadedLesson;
	activity: Activity;
	index: number;
}

/**
 * What must be the same at both ends: everything but the id, the phase and the teacher's notes and
 * discussion; sources by their address (the two lessons may number them differently).
 */
function questionOf(p: Placed): string {
	const check = checkOf(p.activity);
	const address = (id: string) => p.lesson.data.sources.find((s) => s.id === id)?.url ?? id;
	return JSON.stringify({
		...p.activity,
		id: undefined,
		teacherNotes: undefined,
		discussion: undefined,
		sources: p.activity.sources.map(address).sort(),
		check: check ? { objective: check.objective } : undefined,
	});
}

/** The knowledge-check rules across lessons and modules. Pure. */
export function checkKnowledgeChecks(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors: ContentError[] = [];
	const placed: Placed[] = lessons.flatMap((lesson) =>
		lesson.data.activities.flatMap((activity, index) =>
			checkOf(activity) ? [{ lesson, activity, index }] : [],
		),
	);
	const byId = new Map(placed.map((p) => [p.activity.id, p]));
	const lessonById = new Map(lessons.map((l) => [l.data.id, l]));
	for (const p of placed) {
		const check = checkOf(p.activity);
		if (!check) continue;
		const at = (...path: PropertyKey[]) => ({
			file: p.lesson.file,
			...p.lesson.yaml.locate(['activities', p.index, ...path]),
		});
		const question = checkQuestionId(p.activity);
		if (question === undefined) {
			errors.push(
				contentError(
					'CheckIdWithoutPhase',
					at('id'),
					`Activity "${p.activity.id}" is a ${check.phase} question, but its id does not start with "${check.phase}-".`,
					`Name it "${check.phase}-<question>" (e.g. "${check.phase}-dont-pay"): LMS reports tell the two ends apart by the id.`,
				),
			);
			continue;
		}
		const ref = objectiveParts(check.objective);
		const target = ref ? lessonById.get(ref.lesson) : undefined;
		if (!ref || !target || ref.number > target.data.objectives.length) {
			const count = target?.data.objectives.length ?? 0;
			errors.push(
				contentError(
					'UnknownCheckObjective',
					at('check', 'objective'),
					`Question "${p.activity.id}" checks objective "${check.objective}", but ${
						target
							? `lesson "${target.data.id}" has ${count === 1 ? 'only one objective' : `${String(count)} objectives`}`
							: `no lesson has the id "${ref?.lesson ?? check.objective}"`
					}.`,
					`Write the id of a lesson and the number of one of its objectives (1 is the first), e.g. "if-it-happens-1".`,
				),
			);
		}
		const otherPhase = check.phase === 'baseline' ? 'endpoint' : 'baseline';
		const twin = byId.get(checkActivityId(question, otherPhase));
		if (!twin || checkOf(twin.activity)?.phase !== otherPhase) {
			errors.push(
				contentError(
					'CheckTwinMissing',
					at('id'),
					`The ${check.phase} question "${p.activity.id}" has no ${otherPhase} question "${checkActivityId(question, otherPhase)}".`,
					`Ask the same question at both ends: add "${checkActivityId(question, otherPhase)}" with the same words and options (phase: ${otherPhase}) to the module's ${otherPhase === 'baseline' ? 'first' : 'last'} lesson, or remove this one.`,
				),
			);
			continue;
		}
		if (check.phase === 'endpoint' && questionOf(twin) !== questionOf(p))
			errors.push(
				contentError(
					'CheckTwinDiffers',
					at('id'),
					`End-point question "${p.activity.id}" is not the same as baseline question "${twin.activity.id}" (${twin.lesson.file}).`,
					'Give both the same type, prompt, options, feedback, sources and objective, so the start and the end can be compared fairly; only the id, the phase, the teacher notes and the discussion may differ.',
				),
			);
	}
	for (const mod of modules) {
		const { audience } = mod.data;
		const first = mod.data.lessons[0];
		const last = mod.data.lessons.at(-1);
		for (const p of placed) {
			const check = checkOf(p.activity);
			const inModule = mod.data.lessons.includes(p.lesson.data.id);
			const shown = !p.activity.audiences || p.activity.audiences.includes(audience);
			if (!check || !inModule || !shown || p.lesson.data.audiences.every((a) => a !== audience))
				continue;
			const want = check.phase === 'baseline' ? first : last;
			const objectiveLesson = objectiveParts(check.objective)?.lesson;
			const problem =
				p.lesson.data.id !== want
					? `is in lesson "${p.lesson.data.id}", but module "${mod.data.id}" ${check.phase === 'baseline' ? 'starts' : 'ends'} with "${String(want)}"`
					: objectiveLesson !== undefined && !mod.data.lessons.includes(objectiveLesson)
						? `checks an objective of lesson "${objectiveLesson}", which module "${mod.data.id}" does not teach`
						: undefined;
			if (problem)
				errors.push(
					contentError(
						'CheckOutOfPlace',
						{ file: p.lesson.file, ...p.lesson.yaml.locate(['activities', p.index, 'id']) },
						`${check.phase === 'baseline' ? 'Baseline' : 'End-point'} question "${p.activity.id}" ${problem}.`,
						`Put baseline questions in the module's first lesson and end-point questions in its last, on objectives the module teaches; or limit the question with "audiences" to modules where that holds.`,
					),
				);
		}
	}
	return errors;
}
