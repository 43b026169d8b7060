/**
 * Lesson and activity ids used twice. Both ids are published: a lesson's is part of its address and
 * of LMS records, an activity's is what LMSs record answers by. So the error goes on the copy that
 * has not been released yet, names the other place with its line, and says to keep the released
 * one: blaming the shipped lesson (the one the files happen to sort after) led authors to rename
 * a published id. Pure.
 */
import { contentError, formatLocation, type ContentError, type SourceLocation } from './errors.ts';
import type { LoadedLesson, LoadedModule } from './types.ts';

/** The modules whose releases carried a lesson, by id, in file order. */
type Release = readonly string[];

/**
 * Lessons named by a release (`changes: [{ lessons }]`) of any module, each with those modules. A
 * release is how a lesson reaches learners, so these lessons' ids are in LMS records.
 */
function releasedLessons(modules: readonly LoadedModule[]): Map<string, Release> {
	const released = new Map<string, string[]>();
	for (const mod of modules)
		for (const id of new Set((mod.data.changes ?? []).flatMap((c) => c.lessons ?? [])))
			released.set(id, [...(released.get(id) ?? []), mod.data.id]);
	return released;
}

/** `module "a"`, `modules "a" and "b"`, `modules "a", "b" and "c"`. */
function moduleList(ids: Release): string {
	const quoted = ids.map((id) => `"${id}"`);
	if (quoted.length < 2) return `module ${quoted.join('')}`;
	return `modules ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** One place an id is written, and whether it is the released one. */
interface Use {
	id: string;
	where: SourceLocation;
	release?: Release | undefined;
}

/**
 * Groups `uses` by id; in each group used more than once, keeps the one released use (or, when
 * none or several are, the first) and reports every other use through `report`.
 */
function reportDuplicates(
	uses: readonly Use[],
	report: (use: Use, kept: Use, isKnownRelease: boolean) => ContentError,
): ContentError[] {
	const groups = new Map<string, Use[]>();
	for (const use of uses) groups.set(use.id, [...(groups.get(use.id) ?? []), use]);
	const errors: ContentError[] = [];
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const released = group.filter((u) => u.release);
		const kept = (released.length === 1 ? released[0] : group[0]) ?? group[0];
		if (!kept) continue;
		for (const use of group)
			if (use !== kept) errors.push(report(use, kept, released.length === 1));
	}
	return errors;
}

/** Advice for when no single use is known to be released: `rename` says what to change. */
function keepPublished(other: SourceLocation, rename: string): string {
	return `Keep the id where it is already published (in the released packages of a module whose "changes:" name the lesson): LMSs hold learners' records under it. Change it where it is not published yet (here, or ${formatLocation(other)}): ${rename}.`;
}

/** `DuplicateLessonId` and `DuplicateActivityId`, with both places and which id to keep. */
export function checkDuplicateIds(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const released = releasedLessons(modules);
	const lessonUses = lessons.map((l) => ({
		id: l.data.id,
		where: { file: l.file, ...l.yaml.locate(['id']) },
		// Two files share the id: the released one is the file named after it, lessons/<id>.mdx.
		release: l.file === `lessons/${l.data.id}.mdx` ? released.get(l.data.id) : undefined,
	}));
	const activityUses = lessons.flatMap((l) =>
		l.data.activities.map((a, index) => ({
			id: a.id,
			where: { file: l.file, ...l.yaml.locate(['activities', index, 'id']) },
			release: released.get(l.data.id),
		})),
	);
	return [
		...reportDuplicates(lessonUses, (use, kept, isKnown) =>
			contentError(
				'DuplicateLessonId',
				use.where,
				`Lesson id "${use.id}" is used twice: here and in ${formatLocation(kept.where)}. The id is part of the lesson's address and of what LMSs record.`,
				isKnown && kept.release
					? `Give this lesson its own id (and list it in modules by that id). Keep "${use.id}" in ${kept.where.file}: it is in the released packages of ${moduleList(kept.release)}, so renaming it there would break its address and LMS records.`
					: keepPublished(kept.where, 'give that lesson its own id, and list it in modules by it'),
			),
		),
		...reportDuplicates(activityUses, (use, kept, isKnown) =>
			contentError(
				'DuplicateActivityId',
				use.where,
				`Activity id "${use.id}" is used twice: here and in ${formatLocation(kept.where)}. Activity ids must be unique across all lessons: LMSs record answers by them.`,
				isKnown && kept.release
					? `Rename this one, and its <Activity id="…" /> in ${use.where.file}. Keep "${use.id}" in ${kept.where.file}: it is in the released packages of ${moduleList(kept.release)}, and LMSs hold learners' answers under it; renaming it there would cut them off.`
					: keepPublished(kept.where, 'rename that activity and its <Activity id="…" />'),
			),
		),
	];
}
