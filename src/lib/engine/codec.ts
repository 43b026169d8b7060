import type { Activity } from '../../schemas/activity.ts';
import { checkAnswer } from './answers.ts';
import { decodeAnswer, encodeAnswer } from './answer-codec.ts';
import {
	ACTIVITY_KEY_LENGTH,
	activityKey,
	activityKeyV2,
	contentHash,
	contentHashV1,
	LESSON_KEY_LENGTH,
	lessonKey,
} from './codec-keys.ts';
import type { EngineLesson } from './progress.ts';
import type { ActivityRecord, LearnerState } from './state.ts';

/**
 * A compact, versioned text form of a learner's state for one module, small enough for SCORM 1.2's
 * 4,096-character `cmi.suspend_data`. Answers are stored as positions (one base-36 character per
 * option, item or choice); each entry starts with its activity's key, so a state written for an
 * older version of the module keeps the answers to every activity that did not change:
 *
 *   `3|<content hash>|<bookmark lesson key>|<visited lesson keys>|<entry>,<entry>,…`
 *
 * An entry is `<activity key><record>`, only for activities the learner reached; a record is `.`
 * (skipped), `<first>` or `<first>~<latest>` (after a retry). An activity key (4 characters) is a
 * hash of the activity's id, type, the ids its answers refer to by position and what makes an
 * answer right, so an activity whose options, items or choices changed, or whose right answer
 * changed, gets a new key and its old answer is dropped, never read onto the wrong options nor
 * marked against a key it was not given for. A lesson key (3 characters) is a hash of the lesson
 * id; visited lessons are kept in the order they were opened.
 *
 * Version 2 (the same shape, activity keys without the marking: `activityKeyV2`) is read with its
 * own keys: an answer whose activity's right answer changed since cannot be told apart there, and
 * is kept.
 *
 * Version 1 (`1|<hash>|<bookmark index>|<visited bitmask>|<entry>,…`, one positional entry per
 * activity, `s` for skipped) is still read when it was written for the same content; for other
 * content its positions cannot be mapped, and {@link readState} says so.
 */
export const CODEC_VERSION = '3';
const V2 = '2';
const V1 = '1';

const SKIPPED = '.';

/**
 * What reading a saved state found:
 * - `exact`: written for this content; everything restored.
 * - `migrated`: written for an older version of the module; `kept` records (answers and skips) of
 *   unchanged activities restored, `dropped` records of changed or removed activities left out.
 * - `unreadable`: not a state (garbage, truncated, another module's), or corrupt.
 * - `unreadable-old-version`: a version-1 state of other content: its positions cannot be mapped.
 */
export type DecodeResult =
	| { kind: 'exact'; state: LearnerState }
	| { kind: 'migrated'; state: LearnerState; kept: number; dropped: number }
	| { kind: 'unreadable' }
	| { kind: 'unreadable-old-version' };

function encodeRecord(
	activity: Activity,
	record: ActivityRecord | undefined,
	skipped: string,
): string {
	if (!record) return '';
	if (record.status === 'skipped' || !record.first) return skipped;
	const first = encodeAnswer(activity, record.first);
	const latest = record.latest ? encodeAnswer(activity, record.latest) : first;
	return latest === first && record.attempts <= 1 ? first : `${first}~${latest}`;
}

/** Decodes one record (`.`/`s`, `<first>` or `<first>~<latest>`); undefined when it does not fit. */
function decodeRecord(
	activity: Activity,
	text: string,
	skipped: string,
): ActivityRecord | undefined {
	if (text === skipped) return { status: 'skipped', attempts: 0 };
	const [firstText = '', latestText, ...more] = text.split('~');
	if (more.length) return undefined;
	const first = decodeAnswer(activity, firstText);
	const latest = latestText === undefined ? first : decodeAnswer(activity, latestText);
	if (!first || !latest) return undefined;
	return {
		status: 'answered',
		first,
		latest,
		result: checkAnswer(activity, first),
		attempts: latestText === undefined ? 1 : 2,
	};
}

/** Encodes a learner's state for a module (version 3). Pure. */
export function encodeState(lessons: readonly EngineLesson[], state: LearnerState): string {
	const known = new Set(lessons.map((l) => l.id));
	const entries = lessons
		.flatMap((l) => l.activities)
		.flatMap((a) => {
			const record = encodeRecord(a, state.activities[a.id], SKIPPED);
			return record ? [`${activityKey(a)}${record}`] : [];
		});
	return [
		CODEC_VERSION,
		contentHash(lessons),
		state.location !== undefined && known.has(state.location) ? lessonKey(state.location) : '',
		state.visited
			.filter((id) => known.has(id))
			.map(lessonKey)
			.join(''),
		entries.join(','),
	].join('|');
}

const UNREADABLE: DecodeResult = { kind: 'unreadable' };
const KEY_CHARS = `[0-9a-z]`;
const LESSON_KEYS = new RegExp(`^(?:${KEY_CHARS}{${LESSON_KEY_LENGTH}})*$`);
const ENTRY = new RegExp(`^(${KEY_CHARS}{${ACTIVITY_KEY_LENGTH}})([0-9a-z_~.-]*)$`);

/** Splits concatenated lesson keys. */
const chunks = (text: string) => text.match(new RegExp(`.{${LESSON_KEY_LENGTH}}`, 'g')) ?? [];

/**
 * Reads a keyed state (version 3, or 2 with its keys): every entry whose key names a current
 * activity, whatever its place.
 */
function readKeyed(
	lessons: readonly EngineLesson[],
	[hash = '', bookmark = '', visited = '', entries = '']: readonly string[],
	keyOf: (activity: Activity) => string,
): DecodeResult {
	if (!/^[0-9a-z]{6}$/.test(hash) || !LESSON_KEYS.test(bookmark) || !LESSON_KEYS.test(visited))
		return UNREADABLE;
	if (bookmark.length > LESSON_KEY_LENGTH) return UNREADABLE;
	const exact = hash === contentHash(lessons, keyOf);
	const lessonIds = new Map<string, string[]>();
	for (const { id } of lessons)
		lessonIds.set(lessonKey(id), [...(lessonIds.get(lessonKey(id)) ?? []), id]);
	const state: LearnerState = { visited: [], activities: {} };
	for (const key of chunks(visited)) {
		// Two lessons sharing a key (rare) are taken in module order; a visit is no answer.
		const id = lessonIds.get(key)?.find((l) => !state.visited.includes(l));
		if (id !== undefined) state.visited.push(id);
		else if (exact) return UNREADABLE;
	}
	const location = bookmark ? lessonIds.get(bookmark)?.[0] : undefined;
	if (location !== undefined) state.location = location;
	else if (bookmark && exact) return UNREADABLE;

	const byKey = new Map<string, Activity[]>();
	for (const a of lessons.flatMap((l) => l.activities)) {
		const key = keyOf(a);
		byKey.set(key, [...(byKey.get(key) ?? []), a]);
	}
	let kept = 0;
	let dropped = 0;
	for (const entry of entries ? entries.split(',') : []) {
		const match = ENTRY.exec(entry);
		if (!match) return UNREADABLE;
		const [, key = '', text = ''] = match;
		const candidates = (byKey.get(key) ?? []).filter((a) => !(a.id in state.activities));
		// Two activities sharing a key (a 1 in 1.7 million chance per pair) are told apart by their
		// order only while the content is the same; after a change neither is guessed.
		const activity = exact || byKey.get(key)?.length === 1 ? candidates[0] : undefined;
		const record = activity && decodeRecord(activity, text, SKIPPED);
		if (!activity || !record) {
			dropped++;
			continue;
		}
		state.activities[activity.id] = record;
		kept++;
	}
	if (exact) return dropped ? UNREADABLE : { kind: 'exact', state };
	return { kind: 'migrated', state, kept, dropped };
}

/** Reads a version-1 state: only for the content it was written for (its entries are positional). */
function readV1(
	lessons: readonly EngineLesson[],
	[hash, bookmark, visited, entries = '']: readonly string[],
): DecodeResult {
	if (hash !== contentHashV1(lessons)) return { kind: 'unreadable-old-version' };
	const activities = lessons.flatMap((l) => l.activities);
	const parts = entries.split(',');
	if (parts.length !== activities.length) return UNREADABLE;
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
		const record = decodeRecord(activity, entry, 's');
		if (!record) return UNREADABLE;
		state.activities[activity.id] = record;
	}
	return { kind: 'exact', state };
}

/**
 * Reads a state written by {@link encodeState} (or versions 1 and 2) and says what it found: the state
 * exactly, the answers to unchanged activities of an older version of the module (and how many
 * were left out), or that it could not be read. Never throws. Pure.
 */
export function readState(lessons: readonly EngineLesson[], text: string): DecodeResult {
	const [version, ...fields] = text.split('|');
	if (fields.length !== 4) return UNREADABLE;
	if (version === CODEC_VERSION) return readKeyed(lessons, fields, activityKey);
	if (version === V2) return readKeyed(lessons, fields, activityKeyV2);
	if (version === V1) return readV1(lessons, fields);
	return UNREADABLE;
}

/**
 * Decodes a state: {@link readState}'s state when it found one (exact or migrated), else
 * undefined, so the learner never sees answers on the wrong questions.
 */
export function decodeState(
	lessons: readonly EngineLesson[],
	text: string,
): LearnerState | undefined {
	const result = readState(lessons, text);
	return result.kind === 'exact' || result.kind === 'migrated' ? result.state : undefined;
}

/** The compact codec, as a session uses it (packages): `read` says what a restore found. */
export const compactCodec = { encode: encodeState, decode: decodeState, read: readState };
