/**
 * Reads a response an LMS stored back into the engine's answer, with the same codes the package
 * wrote it with (`exports/scorm/runtime/codes.ts`: letters in SCORM 1.2, words in 2004), so the report
 * judges it with the engine's own rule (`checkAnswer`). Pure.
 */
import type { RuntimeFacts } from '../../../exports/scorm/facts.ts';
import { RUNTIME_FACTS } from '../../../exports/scorm/runtime-facts.ts';
import type { Activity, ActivityOf } from '../../schemas/activity.ts';
import type { Answer } from '../engine/answers.ts';
import { codeBook, type Code } from '../../../exports/scorm/runtime/codes.ts';

const idOf = (group: readonly Code[], code: string) => group.find((c) => c.code === code)?.id;

/** Each code of a list as its id, or undefined when one of them is not a code of the group. */
function ids(group: readonly Code[], codes: readonly string[]): string[] | undefined {
	const out = codes.map((c) => idOf(group, c));
	return out.every((id): id is string => id !== undefined) ? out : undefined;
}

/** The replies that lead from a chat story's start to a node (breadth first), or undefined. */
export function pathTo(activity: ActivityOf<'scenario'>, nodeId: string): string[] | undefined {
	const byId = new Map(activity.nodes.map((n) => [n.id, n]));
	const seen = new Set([activity.start]);
	const queue: { node: string; path: string[] }[] = [{ node: activity.start, path: [] }];
	while (queue.length > 0) {
		const { node, path } = queue.shift() ?? { node: '', path: [] };
		if (node === nodeId) return path;
		for (const choice of byId.get(node)?.choices ?? []) {
			if (seen.has(choice.next)) continue;
			seen.add(choice.next);
			queue.push({ node: choice.next, path: [...path, choice.id] });
		}
	}
	return undefined;
}

/** A response in one standard's codes as an answer; undefined when it does not read. */
function decodeIn(activity: Activity, response: string, facts: RuntimeFacts): Answer | undefined {
	const r = facts.responses;
	const book = codeBook(activity, facts);
	const list = response === '' ? [] : response.split(r.listSeparator).map((s) => s.trim());
	switch (activity.type) {
		case 'single-choice': {
			const id = idOf(book.choices, response);
			return id === undefined ? undefined : { type: 'single-choice', value: id };
		}
		case 'multiple-response':
		case 'red-flags': {
			const picked = ids(book.choices, list);
			if (!picked) return undefined;
			const order = book.choices.map((c) => c.id).filter((id) => picked.includes(id));
			return activity.type === 'red-flags'
				? { type: 'red-flags', value: order }
				: { type: 'multiple-response', value: order };
		}
		case 'ordering': {
			const order = ids(book.choices, list);
			return order ? { type: 'ordering', value: order } : undefined;
		}
		case 'matching': {
			const chosen: Record<string, string> = {};
			for (const entry of list) {
				const [left = '', right = '', ...extra] = entry.split(r.pairSeparator);
				const pair = idOf(book.choices, left);
				const target = idOf(book.targets, right);
				if (pair === undefined || target === undefined || extra.length > 0) return undefined;
				chosen[pair] = target;
			}
			return list.length > 0 ? { type: 'matching', value: chosen } : undefined;
		}
		case 'true-false': {
			const t = [r.trueValue, 'true', '1'];
			const f = [r.falseValue, 'false', '0'];
			if (t.includes(response)) return { type: 'true-false', value: true };
			if (f.includes(response)) return { type: 'true-false', value: false };
			return undefined;
		}
		case 'confidence': {
			const n = Number(response);
			return Number.isInteger(n) && n >= 1 && n <= 5 ? { type: 'confidence', value: n } : undefined;
		}
		case 'scenario': {
			const ending = idOf(book.choices, response);
			const path = ending === undefined ? undefined : pathTo(activity, ending);
			return path ? { type: 'scenario', value: path } : undefined;
		}
		case 'h5p':
			// The H5P content judges its own answers; the export holds no verdict to read.
			return undefined;
	}
}

/**
 * A stored response as the engine's answer: read with SCORM 1.2's codes (what Moodle's report
 * shows), else with 2004's. Undefined when it reads in neither (an older package's codes, an H5P
 * answer, a damaged cell). Pure.
 */
export function decodeResponse(activity: Activity, response: string): Answer | undefined {
	return (
		decodeIn(activity, response, RUNTIME_FACTS.scorm12) ??
		decodeIn(activity, response, RUNTIME_FACTS.scorm2004)
	);
}
