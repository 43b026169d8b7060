import {
	guidedLines,
	guidedSources,
	guidedStepList,
	notSafeNow,
	type GuidedAnswers,
	type GuidedSourceId,
	type GuidedStep,
} from '../../data/guided-help.ts';
import { helplineById } from '../../data/helplines.ts';
import type { Contact, Helpline } from '../../schemas/helpline.ts';
import type { Source } from '../../schemas/source.ts';
import { meets, selectGuided } from './select.ts';

/** What the guided help path shows one person. */
export interface GuidedResult {
	/** The steps for them, in order. */
	steps: readonly GuidedStep[];
	/** The help lines for them, in order. */
	lines: readonly Helpline[];
	/** They said they are not safe right now: the urgent step and lines come first. */
	urgent: boolean;
}

/**
 * The steps and help lines for someone's answers (a question not answered counts as "I'd rather
 * not say", which leads to the safe, general steps). Pure.
 */
export function guidedSteps(answers: GuidedAnswers): GuidedResult {
	return {
		steps: selectGuided<GuidedStep>(guidedStepList, answers, notSafeNow),
		lines: selectGuided(guidedLines, answers, notSafeNow).map((l) => helplineById(l.helpline)),
		urgent: meets(notSafeNow, answers),
	};
}

/** A line to call now, and the number to call. */
export interface CallFirstLine {
	helpline: Helpline;
	/** Its first phone number, and when it answers, as the helpline table has them. */
	phone: Extract<Contact, { kind: 'phone' }>;
}

/**
 * Who to call first, for someone who says they are not safe (the first question promises it): the
 * urgent lines, in their rank order (999, Samaritans, Childline, Papyrus), each with its number.
 */
export function callFirstLines(): CallFirstLine[] {
	return guidedLines
		.filter((line) => 'urgent' in line)
		.sort((a, b) => a.urgent - b.urgent)
		.map((line) => {
			const helpline = helplineById(line.helpline);
			const phone = helpline.contacts.find(
				(c): c is Extract<Contact, { kind: 'phone' }> => c.kind === 'phone',
			);
			if (!phone)
				throw new Error(`Guided help: "${helpline.id}" is urgent but has no phone number.`);
			return { helpline, phone };
		});
}

/** Thrown when a step cites a source that is not in the guided help's list. */
export class UnknownGuidedSource extends Error {
	override readonly name = 'UnknownGuidedSource';
}

/**
 * A step's sources, in the order it cites them.
 * @throws {UnknownGuidedSource} for an id not in `guidedSources` (the type forbids it; data
 * built another way could still hold one, and the build must stop rather than show no source).
 */
export function stepSources(step: Pick<GuidedStep, 'id' | 'sources'>): Source[] {
	return step.sources.map((id: GuidedSourceId) => {
		const source = guidedSources.find((s) => s.id === id);
		if (!source)
			throw new UnknownGuidedSource(
				`Guided help step "${step.id}" cites "${id}", which is not in guidedSources (src/data/guided-help.ts). Add the source there, or cite one that is.`,
			);
		return source;
	});
}
