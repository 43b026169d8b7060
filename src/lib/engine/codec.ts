import type { Activity } from '../../schemas/activity.ts';
import { checkAnswer, type Answer, type H5pResult } from './answers.ts';
import type { EngineLesson } from './progress.ts';
import type { ActivityRecord, LearnerState } from './state.ts';

/**
 * A compact, versioned text form of a learner's state for one module, small enough for SCORM 1.2's
 * 4,096-character `cmi.suspend_data`. Answers are stored as positions (one base-36 character per
 * option, item or choice), in module order:
 *
 *   `1|<content hash>|<bookmark lesson index>|<visited lessons bitmask>|<entry>,<entry>,…`
 *
 * An entry is empty (not reached), `s` (skipped), `<first>` or `<first>~<latest>` (after a retry).
 * The content hash changes when the module's activities change; old state is then not restored,
 * rather than restored onto the wrong questions.
 */
export const CODEC_VERSION = '1';

const CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';
const EMPTY = '_';

/** FNV-1a over the module's structure, as 6 base-36 characters. */
export function contentHash(lessons: readonly EngineLesson[]): string {
	const signature = lessons
		.map(
			(l) =>
				`${l.id}:${l.activities.map((a) => `${a.id}/${a.type}/${idsOf(a).join('.')}`).join(';')}`,
		)
		.join('|');
	let hash = 0x811c9dc5;
	for (let i = 0; i < signature.length; i++) {
		hash ^= signature.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0').slice(-6);
}

/** The ids an answer refers to by position, per type. */
function idsOf(activity: Activity): string[] {
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
			return activity.options.map((o) => o.id);
		case 'ordering':
			return activity.items.map((i) => i.id);
		case 'matching':
			return activity.targets.map((t) => t.id);
		case 'red-flags':
			return activity.parts.map((p) => p.id);
		case 'scenario':
			return activity.nodes.map((n) => n.id);
		case 'true-false':
		case 'confidence':
		case 'h5p':
			return [];
	}
}

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
			return char(activity.options.findIndex((o) => o.id === v));
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
			const id = positions.length === 1 ? activity.options[positions[0] ?? -1]?.id : undefined;
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

function encodeRecord(activity: Activity, record: ActivityRecord | undefined): string {
	if (!record) return '';
	if (record.status === 'skipped' || !record.first) return 's';
	const first = encodeAnswer(activity, record.first);
	const latest = record.latest ? encodeAnswer(activity, record.latest) : first;
	return latest === first && record.attempts <= 1 ? first : `${first}~${latest}`;
}

/** Encodes a learner's state for a module. Pure. */
export function encodeState(lessons: readonly EngineLesson[], state: LearnerState): string {
	const activities = lessons.flatMap((l) => l.activities);
	const bookmark = lessons.findIndex((l) => l.id === state.location);
	const visited = lessons.reduce(
		(mask, l, i) => (state.visited.includes(l.id) ? mask + 2 ** i : mask),
		0,
	);
	const entries = activities.map((a) => encodeRecord(a, state.activities[a.id])).join(',');
	return [
		CODEC_VERSION,
		contentHash(lessons),
		bookmark < 0 ? '' : String(bookmark),
		visited.toString(36),
		entries,
	].join('|');
}

/**
 * Decodes a state written by {@link encodeState} for the same module. Returns undefined for text of
 * another version, another module or changed content, so the learner starts afresh rather than
 * seeing answers on the wrong questions.
 */
export function decodeState(
	lessons: readonly EngineLesson[],
	text: string,
): LearnerState | undefined {
	const [version, hash, bookmark, visited, entries, ...rest] = text.split('|');
	if (
		version !== CODEC_VERSION ||
		hash !== contentHash(lessons) ||
		entries === undefined ||
		rest.length
	)
		return undefined;
	const activities = lessons.flatMap((l) => l.activities);
	const parts = entries.split(',');
	if (parts.length !== activities.length) return undefined;
	const mask = parseInt(visited || '0', 36);
	const state: LearnerState = {
		visited: lessons.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).map((l) => l.id),
		activities: {},
	};
	const location = bookmark ? lessons[Number(bookmark)]?.id : undefined;
	if (location) state.location = location;
	for (const [i, activity] of activities.entries()) {
		const entry = parts[i] ?? '';
		if (entry === '') continue;
		if (entry === 's') {
			state.activities[activity.id] = { status: 'skipped', attempts: 0 };
			continue;
		}
		const [firstText = '', latestText] = entry.split('~');
		const first = decodeAnswer(activity, firstText);
		const latest = latestText === undefined ? first : decodeAnswer(activity, latestText);
		if (!first || !latest) return undefined;
		state.activities[activity.id] = {
			status: 'answered',
			first,
			latest,
			result: checkAnswer(activity, first),
			attempts: latestText === undefined ? 1 : 2,
		};
	}
	return state;
}
