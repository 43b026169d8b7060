import type { Lesson } from '../../schemas/lesson.ts';
import type { Module } from '../../schemas/module.ts';
import { helplineById } from '../../data/helplines.ts';
import { contactText } from '../support.ts';
import { parentLetter, letterText, type LetterBlock } from './letter.ts';

/** Which modules have a letter home: the school ones (parents are told before a PSHE lesson). */
export function hasLetter(module: Pick<Module, 'audience'>): boolean {
	return module.audience === 'school';
}

/**
 * The parent guide's full address, for the letter: the deployed site's, from astro.config `site`
 * (`SECOND_LOOK_SITE` at build time); none while that is unset or the placeholder (a `.invalid`
 * host), so no printed letter sends a parent to an address that goes nowhere. Pure.
 */
export function guideUrl(site: URL | undefined): string | undefined {
	if (!site || site.hostname.endsWith('.invalid')) return undefined;
	return new URL('/parents/', site).href;
}

/** A school module's letter, from its lessons in order. */
export function moduleLetter(
	module: Module,
	lessons: ReadonlyMap<string, Lesson>,
	site: URL | undefined,
): LetterBlock[] {
	return parentLetter(
		{
			title: module.title,
			minutes: module.minutes,
			lessonTitles: module.lessons.map((id) => lessons.get(id)?.title ?? id),
			ages: module.ageRange,
		},
		guideUrl(site),
	);
}

/** The letter as plain text with its fields as placeholders: the build-time download. */
export function moduleLetterText(blocks: readonly LetterBlock[]): string {
	return letterText(blocks, helplineById, contactText);
}
