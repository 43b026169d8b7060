/**
 * The content lint's rules that read a lesson through the modules that show it: each module's
 * audience, age range, reading age and confidence reporting (issues 5, 14). Pure: reads the loaded
 * content and returns every problem found.
 */
import type { Audience } from '../../schemas/audience.ts';
import { contentError, formatLocation, type ContentError } from '../errors.ts';
import type { LoadedLesson, LoadedModule } from '../types.ts';
import { findPrivacyClaim } from './privacy.ts';
import { quote } from './quote.ts';
import { measureReadability, type Readability } from './readability.ts';
import { findChildCharacters } from './story-age.ts';
import { isFor, lessonTexts } from './texts.ts';
import { answerPlaceErrors } from './answer-places.ts';

/** Every problem the module-aware rules find. */
export function moduleErrors(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	return [
		...readingAgeErrors(lessons, modules),
		...privacyErrors(lessons, modules),
		...childStoryErrors(lessons, modules),
		...answerPlaceErrors(lessons, modules),
	];
}

/**
 * Text shown with a module's confidence ratings that says they are private, in a module whose
 * packages report them to the LMS (`confidence: reported`): its lesson plan steps that use a rating,
 * and the ratings' own words (prompt, ends of the scale, discussion).
 */
function privacyErrors(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors: ContentError[] = [];
	const hint = (file: string) =>
		`Set "confidence: browser" in ${file} to keep ratings in the learner's browser (never sent to the LMS), or say plainly that the LMS records them.`;
	for (const mod of modules) {
		if (mod.data.confidence !== 'reported') continue;
		const said = `Module "${mod.data.id}" reports confidence ratings to the LMS (confidence: reported), where the school or unit can read them`;
		const inModule = lessons.filter((l) => mod.data.lessons.includes(l.data.id));
		const ratings = new Set(
			inModule
				.flatMap((l) => l.data.activities.filter((a) => a.type === 'confidence'))
				.map((a) => a.id),
		);
		(mod.data.lessonPlan ?? []).forEach((step, i) => {
			const words = findPrivacyClaim(step.does);
			if (!words || !step.activities.some((id) => ratings.has(id))) return;
			errors.push(
				contentError(
					'PrivacyClaimUntrue',
					{ file: mod.file, ...mod.yaml.locate(['lessonPlan', i, 'does']) },
					`${said}, but the lesson plan step "${step.step}" says they are private ("${words}"): ${quote(step.does, 160)}`,
					hint(mod.file),
				),
			);
		});
		for (const lesson of inModule) {
			lesson.data.activities.forEach((a, i) => {
				if (a.type !== 'confidence') return;
				const fields: [PropertyKey[], string][] = [
					[['prompt'], a.prompt],
					[['low'], a.low],
					[['high'], a.high],
					...(a.discussion ?? []).map((d, j): [PropertyKey[], string] => [['discussion', j], d]),
				];
				for (const [path, text] of fields) {
					const words = findPrivacyClaim(text);
					if (!words) continue;
					errors.push(
						contentError(
							'PrivacyClaimUntrue',
							{ file: lesson.file, ...lesson.yaml.locate(['activities', i, ...path]) },
							`${said}, but activity "${a.id}" says the rating is private ("${words}"): ${quote(text, 160)}`,
							hint(mod.file),
						),
					);
				}
			});
		}
	}
	return errors;
}

/** The youngest a learner of an adult module can be: its stories are about people that age or older. */
const ADULT = 18;

/**
 * A story about someone under 18 in a lesson a module for adults shows its audience: adults learning
 * on their own read about people like them (as the forces versions do), not a 13-year-old's
 * evening. One error per text, however many adult modules show it.
 */
function childStoryErrors(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors = new Map<string, ContentError>();
	for (const mod of modules) {
		const { audience, ageRange } = mod.data;
		if (ageRange.min < ADULT) continue;
		for (const lesson of lessons.filter((l) => mod.data.lessons.includes(l.data.id))) {
			for (const unit of lessonTexts(lesson).filter((u) => isFor(u, audience))) {
				for (const part of unit.parts) {
					const children = findChildCharacters(part);
					const key = `${formatLocation(unit.where)} ${part}`;
					if (!children.length || errors.has(key)) continue;
					const named = children.map((c) => `"${c.found}"`).join(', ');
					errors.set(
						key,
						contentError(
							'ChildStoryForAdults',
							unit.where,
							`Module "${mod.data.id}" (ages ${String(ageRange.min)}–${String(ageRange.max)}) shows its ${audience} audience a story about someone under 18 (${named}), in the ${unit.label}: ${quote(part, 120)} Adults learning on their own need stories about people like them.`,
							`Give the ${audience} audience its own version with an adult character: a copy of the activity with "audiences: [${audience}]" (as the forces versions do), with this one kept for the audiences it suits, e.g. "audiences: [school]"; in prose, one <ForAudience audiences="…"> block per version.`,
						),
					);
				}
			}
		}
	}
	return [...errors.values()];
}

/** The reading age of a lesson for one audience: learner-facing text that audience sees. */
export function lessonReadability(lesson: LoadedLesson, audience: Audience): Readability {
	return measureReadability(lessonTexts(lesson).filter((u) => u.isReadable && isFor(u, audience)));
}

function readingAgeErrors(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors: ContentError[] = [];
	for (const mod of modules) {
		const max = mod.data.readingAge?.max;
		if (max === undefined) continue;
		for (const id of mod.data.lessons) {
			const lesson = lessons.find((l) => l.data.id === id);
			if (!lesson) continue;
			const r = lessonReadability(lesson, mod.data.audience);
			if (r.readingAge <= max) continue;
			const longest = r.longest
				.map(
					(s) => `\n    - ${formatLocation(s.where)} (${s.words} words): ${quote(s.sentence, 120)}`,
				)
				.join('');
			errors.push(
				contentError(
					'ReadingAgeTooHigh',
					{ file: lesson.file },
					`Lesson "${id}" has a reading age of ${r.readingAge.toFixed(1)} for the ${mod.data.audience} audience (Flesch–Kincaid grade ${r.grade.toFixed(1)} + 5, over ${r.sentences} sentences); module "${mod.data.id}" (${mod.file}) aims at ${max} or under.`,
					`Shorten long sentences (split at "and", "but", "because") and prefer short, common words. The longest:${longest}`,
				),
			);
		}
	}
	return errors;
}
