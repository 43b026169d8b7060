import type { StandardFacts } from '../../../../exports/shared/standards.ts';
import type { Activity } from '../../../schemas/activity.ts';
import { scenarioEnd, type Answer, type Checked, type H5pResult } from '../../engine/answers.ts';
import { correctValue } from '../../engine/correct-value.ts';
import type { AnswerReport } from '../tracker.ts';
import { formatDuration, formatTimestamp } from './time.ts';

/** An interaction as an LMS records it, already in the standard's formats. */
export interface Interaction {
	id: string;
	type: string;
	learnerResponse: string;
	/** Undefined where there is no single right answer (confidence checks). */
	correctResponse: string | undefined;
	result: string;
	/** The question, for standards that store it. */
	description: string;
}

type Responses = StandardFacts['responses'];

/** A choice's name: its letter by position (1.2) or its own id (2004). */
function choiceName(ids: readonly string[], id: string, r: Responses): string {
	if (r.choiceNames === 'ids') return id;
	return String.fromCharCode(97 + ids.indexOf(id));
}

const list = (names: readonly string[], r: Responses) => names.join(r.listSeparator);

/** The interaction type (each standard's vocabulary has these names) for an activity. */
function interactionType(activity: Activity): string {
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
		case 'red-flags':
		case 'scenario':
			return 'choice';
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

/** Writes an answer in the standard's response format. Pure. */
export function formatResponse(activity: Activity, answer: Answer, facts: StandardFacts): string {
	const r = facts.responses;
	const v = answer.value;
	switch (activity.type) {
		case 'single-choice':
			return choiceName(
				activity.options.map((o) => o.id),
				v as string,
				r,
			);
		case 'multiple-response': {
			const ids = activity.options.map((o) => o.id);
			return list(
				(v as string[]).map((id) => choiceName(ids, id, r)),
				r,
			);
		}
		case 'red-flags': {
			const ids = activity.parts.map((p) => p.id);
			return list(
				(v as string[]).map((id) => choiceName(ids, id, r)),
				r,
			);
		}
		case 'ordering': {
			const ids = activity.items.map((i) => i.id);
			return list(
				(v as string[]).map((id) => choiceName(ids, id, r)),
				r,
			);
		}
		case 'matching': {
			const sources = activity.pairs.map((p) => p.id);
			const targets = activity.targets.map((t) => t.id);
			const chosen = v as Record<string, string>;
			return list(
				activity.pairs
					.filter((p) => chosen[p.id])
					.map(
						(p) =>
							`${choiceName(sources, p.id, r)}${r.pairSeparator}${choiceName(targets, chosen[p.id] ?? '', r)}`,
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
			// Reported as the ending reached: one choice among the scenario's endings.
			const endings = activity.nodes.filter((n) => n.ending).map((n) => n.id);
			const end = scenarioEnd(activity, v as string[]);
			return end ? choiceName(endings, end.id, r) : '';
		}
	}
}

/** The right answer in the standard's format; undefined for confidence checks. */
function correctResponse(activity: Activity, facts: StandardFacts): string | undefined {
	if (activity.type === 'scenario') {
		const endings = activity.nodes.filter((n) => n.ending).map((n) => n.id);
		const safe = activity.nodes.filter((n) => n.ending?.safe).map((n) => n.id);
		// Any safe ending is right; the first one is the pattern (1.2 and 2004 allow several patterns).
		return safe[0] === undefined ? undefined : choiceName(endings, safe[0], facts.responses);
	}
	const right = correctValue(activity);
	return right ? formatResponse(activity, right, facts) : undefined;
}

/** Builds the interaction for an answer, in the standard's vocabulary and formats. Pure. */
export function toInteraction(
	activity: Activity,
	answer: Answer,
	checked: Checked,
	facts: StandardFacts,
): Interaction {
	const v = facts.vocabulary;
	return {
		id: `${facts.responses.interactionIdPrefix}${activity.id}`,
		type: interactionType(activity),
		learnerResponse: formatResponse(activity, answer, facts).slice(0, facts.responses.maxLength),
		correctResponse: correctResponse(activity, facts),
		result: !checked.scored
			? v.resultNeutral
			: checked.correct
				? v.resultCorrect
				: v.resultIncorrect,
		description: activity.prompt.slice(0, 250),
	};
}

/**
 * The SetValue pairs that record one answer, in the order they must be written: 2004 wants id,
 * then type, before any response (else error 408); 1.2 has no description. `n` is the index. Pure.
 */
export function interactionFields(
	report: AnswerReport,
	facts: StandardFacts,
): [template: string, value: string][] {
	const i = facts.cmi.interaction;
	const interaction = toInteraction(report.activity, report.answer, report.checked, facts);
	const fields: [string, string][] = [
		[i.id, interaction.id],
		[i.type, interaction.type],
	];
	if (i.description) fields.push([i.description, interaction.description]);
	fields.push([i.timestamp, formatTimestamp(report.at, facts.time.interactionTimestamp)]);
	if (interaction.correctResponse !== undefined)
		fields.push([i.correctResponse, interaction.correctResponse]);
	fields.push(
		[i.learnerResponse, interaction.learnerResponse],
		[i.result, interaction.result],
		[i.latency, formatDuration(report.latencyMs, facts.time.latency)],
	);
	return fields;
}
