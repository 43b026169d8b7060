import type { Activity } from '../../schemas/activity.ts';
import type { Answer, H5pResult } from './answers.ts';
import { idsOf } from './codec-keys.ts';

/**
 * One answer in the compact state (./codec.ts) as positions: one base-36 character per option,
 * item, target or chat choice, so that a whole module's answers fit SCORM 1.2's 4,096 characters.
 * Pure.
 */

const CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';
const EMPTY = '_';

const char = (index: number) => {
	const c = CHARS[index];
	if (c === undefined) throw new RangeError(`Position ${index} is too large to encode.`);
	return c;
};
const list = (ids: readonly string[], all: readonly string[]) =>
	ids.length ? ids.map((id) => char(all.indexOf(id))).join('') : EMPTY;

/** Encodes one answer as positions. */
export function encodeAnswer(activity: Activity, answer: Answer): string {
	const v = answer.value;
	switch (activity.type) {
		case 'single-choice':
			return char(idsOf(activity).indexOf(v as string));
		case 'multiple-response':
			return list(v as string[], idsOf(activity));
		case 'ordering':
			return list(v as string[], idsOf(activity));
		case 'red-flags':
			return list(v as string[], idsOf(activity));
		case 'true-false':
			return v ? 't' : 'f';
		case 'confidence':
			return typeof v === 'number' ? String(v) : '';
		case 'matching': {
			const chosen = v as Record<string, string>;
			const targets = idsOf(activity);
			return activity.pairs
				.map((p) => (chosen[p.id] ? char(targets.indexOf(chosen[p.id] ?? '')) : '-'))
				.join('');
		}
		case 'h5p': {
			// The verdict (c correct, w wrong, n none) and the score in percent; the response text is
			// not kept (the LMS has it from the first answer, and it could hold the codec's separators).
			const r = v as H5pResult;
			const verdict = r.success === null ? 'n' : r.success ? 'c' : 'w';
			return `${verdict}${Math.round(Math.min(1, Math.max(0, r.score)) * 100).toString(36)}`;
		}
		case 'scenario': {
			// The index of the choice taken at each step along the path.
			const byId = new Map(activity.nodes.map((n) => [n.id, n]));
			let node = byId.get(activity.start);
			let out = '';
			for (const choiceId of v as string[]) {
				const choices = node?.choices ?? [];
				const index = choices.findIndex((c) => c.id === choiceId);
				out += char(index);
				node = byId.get(choices[index]?.next ?? '');
			}
			return out || EMPTY;
		}
	}
}

/** Decodes one answer; undefined when the text does not fit the activity. */
export function decodeAnswer(activity: Activity, text: string): Answer | undefined {
	const positions = text === EMPTY ? [] : text.split('').map((c) => CHARS.indexOf(c)); // ASCII only
	const pick = (all: readonly string[]) => {
		const ids = positions.map((p) => all[p]);
		return ids.every((id): id is string => id !== undefined) ? ids : undefined;
	};
	switch (activity.type) {
		case 'single-choice': {
			const id = positions.length === 1 ? idsOf(activity)[positions[0] ?? -1] : undefined;
			return id === undefined ? undefined : { type: activity.type, value: id };
		}
		case 'multiple-response':
		case 'ordering':
		case 'red-flags': {
			const ids = pick(idsOf(activity));
			return ids ? { type: activity.type, value: ids } : undefined;
		}
		case 'true-false':
			return text === 't' || text === 'f'
				? { type: activity.type, value: text === 't' }
				: undefined;
		case 'confidence': {
			const n = Number(text);
			return Number.isInteger(n) && n >= 1 && n <= 5
				? { type: activity.type, value: n }
				: undefined;
		}
		case 'matching': {
			if (text.length !== activity.pairs.length) return undefined;
			const targets = idsOf(activity);
			const value: Record<string, string> = {};
			for (const [i, pair] of activity.pairs.entries()) {
				const c = text[i] ?? '-';
				const target = c === '-' ? '' : targets[CHARS.indexOf(c)];
				if (target === undefined) return undefined;
				value[pair.id] = target;
			}
			return { type: activity.type, value };
		}
		case 'h5p': {
			const match = /^([cwn])([0-9a-z]{1,2})$/.exec(text);
			const percent = match ? parseInt(match[2] ?? '', 36) : NaN;
			if (!match || !(percent >= 0 && percent <= 100)) return undefined;
			const success = match[1] === 'n' ? null : match[1] === 'c';
			return { type: activity.type, value: { response: '', success, score: percent / 100 } };
		}
		case 'scenario': {
			const byId = new Map(activity.nodes.map((n) => [n.id, n]));
			let node = byId.get(activity.start);
			const path: string[] = [];
			for (const p of positions) {
				const choice = node?.choices?.[p];
				if (!choice) return undefined;
				path.push(choice.id);
				node = byId.get(choice.next);
			}
			return { type: activity.type, value: path };
		}
	}
}
