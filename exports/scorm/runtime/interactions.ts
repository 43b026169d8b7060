import type { RuntimeFacts } from '../facts.ts';
import type { Activity } from '../../../src/schemas/activity.ts';
import {
	scenarioEnd,
	type Answer,
	type Checked,
	type H5pResult,
} from '../../../src/lib/engine/answers.ts';
import { correctValue, safeEndings } from '../../../src/lib/engine/correct-value.ts';
import { checkOf } from '../../../src/lib/knowledge-check.ts';
import type { AnswerReport } from '../../../src/lib/tracking/tracker.ts';
import { codeBook, codeOf, endingInteractionType } from './codes.ts';
import { formatDuration, formatTimestamp } from './time.ts';

/** An interaction as an LMS records it, already in the standard's formats. */
export interface Interaction {
	id: string;
	type: string;
	learnerResponse: string;
	/**
	 * Every right answer, one pattern each (a chat story: one per safe ending); undefined where there
	 * is no right answer (confidence checks, H5P).
	 */
	correctResponses: string[] | undefined;
	result: string;
	/** The question, trimmed to the standard's limit; "" where the standard has no description. */
	description: string;
}

type Responses = RuntimeFacts['responses'];

const list = (names: readonly string[], r: Responses) => names.join(r.listSeparator);

/** The interaction id of an activity in a standard: its own id, a URI in 2004 and xAPI. Pure. */
export function interactionId(activity: Activity, facts: RuntimeFacts): string {
	return `${facts.responses.interactionIdPrefix}${activity.id}`;
}

/** The interaction type (each standard's vocabulary has these names) for an activity. Pure. */
export function interactionType(activity: Activity, facts: RuntimeFacts): string {
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
		case 'red-flags':
			return 'choice';
		case 'scenario':
			return endingInteractionType(activity, facts);
		case 'true-false':
			return 'true-false';
		case 'ordering':
			return 'sequencing';
		case 'matching':
			return 'matching';
		case 'confidence':
			return 'likert';
		case 'h5p':
			return activity.interaction;
	}
}

/**
 * The question as a description: at most `max` characters, cut politely at a word with "…" (2004's
 * description is a localized_string_type of 250 characters). Pure.
 */
export function politeTrim(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The question as the standard's description ("" where it has none). Pure. */
export function interactionDescription(activity: Activity, facts: RuntimeFacts): string {
	const max = facts.responses.maxDescription;
	return max > 0 ? politeTrim(activity.prompt, max) : '';
}

/**
 * An H5P response as the text of a `fill-in` interaction: printable characters only, no leading
 * "{" (2004 would read it as a language tag), at most 250 characters (2004's limit per string).
 */
function fillInText(response: string): string {
	return response
		.replace(/[^\x20-\x7e\u00a0-\uffff]+/g, ' ')
		.replace(/^[\s{]+/, '')
		.trim()
		.slice(0, 250);
}

/** Writes an answer in the standard's response format, with the codes of `codes.ts`. Pure. */
export function formatResponse(activity: Activity, answer: Answer, facts: RuntimeFacts): string {
	const r = facts.responses;
	const v = answer.value;
	const book = codeBook(activity, facts);
	const codes = (ids: readonly string[]) =>
		list(
			ids.map((id) => codeOf(book.choices, id)),
			r,
		);
	switch (activity.type) {
		case 'single-choice':
			return codeOf(book.choices, v as string);
		case 'multiple-response':
		case 'red-flags':
		case 'ordering':
			return codes(v as string[]);
		case 'matching': {
			const chosen = v as Record<string, string>;
			return list(
				activity.pairs
					.filter((p) => chosen[p.id])
					.map(
						(p) =>
							`${codeOf(book.choices, p.id)}${r.pairSeparator}${codeOf(book.targets, chosen[p.id] ?? '')}`,
					),
				r,
			);
		}
		case 'true-false':
			return v ? r.trueValue : r.falseValue;
		case 'confidence':
			return typeof v === 'number' ? String(v) : '';
		case 'h5p': {
			const { response } = v as H5pResult;
			if (activity.interaction === 'fill-in') return fillInText(response);
			// xAPI writes a true/false response as "true" or "false".
			return response === 'true' ? r.trueValue : response === 'false' ? r.falseValue : '';
		}
		case 'scenario': {
			// Reported as the ending reached: one of the story's endings, by its code.
			const end = scenarioEnd(activity, v as string[]);
			return end ? codeOf(book.choices, end.id) : '';
		}
	}
}

/**
 * Every right answer in the standard's format: one pattern, or for a chat story one per safe ending
 * (any of them is right). At most `maxCorrectPatterns`; should a story ever have more safe endings,
 * the learner's own is kept among them (`reached`), so a "correct" never stands beside patterns that
 * leave its response out. Undefined where there is no right answer. Pure.
 */
export function correctResponses(
	activity: Activity,
	facts: RuntimeFacts,
	reached?: string,
): string[] | undefined {
	if (activity.type === 'scenario') {
		const book = codeBook(activity, facts);
		const safe = safeEndings(activity).map((id) => codeOf(book.choices, id));
		if (safe.length === 0) return undefined;
		const max = facts.responses.maxCorrectPatterns;
		if (safe.length <= max || reached === undefined || !safe.includes(reached))
			return safe.slice(0, max);
		return [reached, ...safe.filter((c) => c !== reached)].slice(0, max);
	}
	const right = correctValue(activity);
	return right ? [formatResponse(activity, right, facts)] : undefined;
}

/** Builds the interaction for an answer, in the standard's vocabulary and formats. Pure. */
export function toInteraction(
	activity: Activity,
	answer: Answer,
	checked: Checked,
	facts: RuntimeFacts,
): Interaction {
	const v = facts.vocabulary;
	const learnerResponse = formatResponse(activity, answer, facts).slice(
		0,
		facts.responses.maxLength,
	);
	return {
		id: interactionId(activity, facts),
		type: interactionType(activity, facts),
		learnerResponse,
		correctResponses: correctResponses(activity, facts, learnerResponse),
		result: !checked.scored
			? v.resultNeutral
			: checked.correct
				? v.resultCorrect
				: v.resultIncorrect,
		description: interactionDescription(activity, facts),
	};
}

/**
 * The SetValue pairs that record one answer, in the order they must be written: 2004 wants id,
 * then type, before any response (else error 408); 1.2 has no description. `n` is the index. Pure.
 */
export function interactionFields(
	report: AnswerReport,
	facts: RuntimeFacts,
): [template: string, value: string][] {
	const i = facts.cmi.interaction;
	const interaction = toInteraction(report.activity, report.answer, report.checked, facts);
	const fields: [string, string][] = [
		[i.id, interaction.id],
		[i.type, interaction.type],
	];
	// A baseline or end-point question names the learning objective it checks, so a teacher can
	// compare the two ends per objective (Moodle's interactions report, the class report).
	const objective = checkOf(report.activity)?.objective;
	if (objective) fields.push([i.objective, objective]);
	if (i.description) fields.push([i.description, interaction.description]);
	fields.push([i.timestamp, formatTimestamp(report.at, facts.time.interactionTimestamp)]);
	(interaction.correctResponses ?? []).forEach((pattern, k) => {
		fields.push([i.correctResponse.replace('.k.', `.${String(k)}.`), pattern]);
	});
	fields.push(
		[i.learnerResponse, interaction.learnerResponse],
		[i.result, interaction.result],
		[i.latency, formatDuration(report.latencyMs, facts.time.latency)],
	);
	return fields;
}
