import { spokenDate as spoken } from '../lib/content-version.ts';
import { compareVersions } from '../schemas/changes.ts';
import { contentError, type ContentError } from './errors.ts';
import type { LoadedModule } from './types.ts';

/**
 * A module's `changes:` list (newest first) must read as a history: each version higher than the
 * one below it, dates that never go back, none after `today` (`YYYY-MM-DD`), and the lessons it
 * names among the module's. Pure.
 */
export function checkChanges(modules: readonly LoadedModule[], today: string): ContentError[] {
	const errors: ContentError[] = [];
	for (const mod of modules) {
		const changes = mod.data.changes ?? [];
		changes.forEach((change, i) => {
			const older = changes[i + 1];
			if (older && compareVersions(change.version, older.version) <= 0)
				errors.push(
					contentError(
						'ChangesOutOfOrder',
						{ file: mod.file, ...mod.yaml.locate(['changes', i, 'version']) },
						`Version ${change.version} is listed above version ${older.version}, so it should be newer, but it is not higher.`,
						`List releases newest first, each with a higher version than the one below it (for example 1.1 above 1.0); a new release goes at the top of "changes:".`,
					),
				);
			else if (older && change.date < older.date)
				errors.push(
					contentError(
						'ChangesOutOfOrder',
						{ file: mod.file, ...mod.yaml.locate(['changes', i, 'date']) },
						`Version ${change.version} is dated ${spoken(change.date)}, before the older version ${older.version} (${spoken(older.date)}).`,
						'Check both dates: a newer version cannot be released before an older one.',
					),
				);
			if (change.date > today)
				errors.push(
					contentError(
						'ChangeDateInFuture',
						{ file: mod.file, ...mod.yaml.locate(['changes', i, 'date']) },
						`Version ${change.version} is dated ${spoken(change.date)}, which is after today (${spoken(today)}).`,
						'Give the day the change is released, as YYYY-MM-DD: packages show this date to learners as the date of their content. Add the entry when you release it.',
					),
				);
			change.lessons?.forEach((id, l) => {
				if (!mod.data.lessons.includes(id))
					errors.push(
						contentError(
							'UnknownLessonId',
							{ file: mod.file, ...mod.yaml.locate(['changes', i, 'lessons', l]) },
							`Version ${change.version} says it changed lesson "${id}", which is not one of this module's lessons.`,
							`Use ids from the module's "lessons:" (${mod.data.lessons.join(', ')}).`,
						),
					);
			});
		});
	}
	return errors;
}
