import { describe, expect, test } from 'vitest';
import type { AnswerReport, Tracker } from '../tracking/tracker.ts';
import { compactCodec } from './codec.ts';
import { sample } from './fixtures.test-data.ts';
import { summarise, type EngineLesson, type Progress } from './progress.ts';
import { createSession } from './session.ts';
import { emptyState, joinApart, recordAnswer, recordSkip, recordVisit, separate } from './state.ts';

/**
 * Confidence ratings a module keeps in the browser (`confidence: browser`, issue #14): the session
 * is the one filter between the engine and any tracker that may leave the device.
 */
const lessons: EngineLesson[] = [
	{ id: 'one', activities: [sample.confidence, sample.single] },
	{ id: 'two', activities: [sample.trueFalse] },
];

/** A tracker that remembers everything it is told, as an LMS would. */
function lms(saved?: string, onDevice?: true) {
	const log = { saved, answers: [] as AnswerReport[], progress: [] as Progress[] };
	const tracker: Tracker = {
		restore: () => log.saved,
		save: (text) => void (log.saved = text),
		answered: (report) => log.answers.push(report),
		progress: (p) => log.progress.push(p),
		...(onDevice ? { onDevice } : {}),
	};
	return { tracker, log };
}

/** The learner answers every activity: a rating of 2, then two questions. */
function answerAll(session: ReturnType<typeof createSession>) {
	session.visit('one');
	session.answer(sample.confidence.id, { type: 'confidence', value: 2 });
	session.answer(sample.single.id, { type: 'single-choice', value: 'b' });
	session.visit('two');
	session.answer(sample.trueFalse.id, { type: 'true-false', value: true });
}

const base = { lessons, passMark: 80, reporting: 'completion' as const, codec: compactCodec };

describe('confidence: browser keeps ratings away from a tracker that may leave the device', () => {
	test('no answer report, nothing in the saved text, no confidence in progress; the device has it', () => {
		const { tracker, log } = lms();
		const device = lms(undefined, true);
		const session = createSession({
			...base,
			tracker,
			confidence: 'browser',
			device: device.tracker,
		});
		answerAll(session);
		expect(log.answers.map((a) => a.activity.id)).toEqual([sample.single.id, sample.trueFalse.id]);
		const held = compactCodec.decode(lessons, log.saved ?? '');
		expect(Object.keys(held?.activities ?? {}).sort()).toEqual(
			[sample.single.id, sample.trueFalse.id].sort(),
		);
		expect(held?.visited).toEqual(['one', 'two']);
		expect(log.progress.every((p) => Object.keys(p.confidence).length === 0)).toBe(true);
		// The device holds the rating and nothing else: no lessons, no bookmark, no other answer.
		const onDevice = compactCodec.decode(lessons, device.log.saved ?? '');
		expect(onDevice).toMatchObject({ visited: [], activities: { [sample.confidence.id]: {} } });
		expect(Object.keys(onDevice?.activities ?? {})).toEqual([sample.confidence.id]);
		expect(onDevice?.location).toBeUndefined();
		// The learner still sees it.
		expect(session.record(sample.confidence.id)?.latest).toEqual({ type: 'confidence', value: 2 });
	});

	test('completion does not wait for a rating the LMS never sees', () => {
		const { tracker, log } = lms();
		const session = createSession({ ...base, tracker, confidence: 'browser' });
		session.visit('one');
		session.answer(sample.single.id, { type: 'single-choice', value: 'b' });
		session.visit('two');
		session.skip(sample.trueFalse.id);
		expect(log.progress.at(-1)).toMatchObject({ completed: true, activitiesTotal: 2 });
	});

	test('a reload reads both sides: the LMS text and the rating kept on the device', () => {
		const { tracker, log } = lms();
		const device = lms(undefined, true);
		answerAll(createSession({ ...base, tracker, confidence: 'browser', device: device.tracker }));
		const again = createSession({
			...base,
			tracker: lms(log.saved).tracker,
			confidence: 'browser',
			device: lms(device.log.saved, true).tracker,
		});
		expect(again.record(sample.confidence.id)?.first).toEqual({ type: 'confidence', value: 2 });
		expect(again.record(sample.single.id)?.status).toBe('answered');
		expect(again.progress().completed).toBe(true);
		// On another device (nothing kept there) the rating is simply not answered yet.
		const elsewhere = createSession({
			...base,
			tracker: lms(log.saved).tracker,
			confidence: 'browser',
		});
		expect(elsewhere.record(sample.confidence.id)).toBeUndefined();
		expect(elsewhere.progress().completed).toBe(true);
	});

	test('a rating an older package reported is still shown, and the next save moves it off the LMS', () => {
		const old = recordAnswer(recordVisit(emptyState(), 'one'), sample.confidence, {
			type: 'confidence',
			value: 4,
		});
		const { tracker, log } = lms(compactCodec.encode(lessons, old));
		const device = lms(undefined, true);
		const session = createSession({
			...base,
			tracker,
			confidence: 'browser',
			device: device.tracker,
		});
		expect(session.record(sample.confidence.id)?.first).toEqual({ type: 'confidence', value: 4 });
		session.visit('two');
		expect(compactCodec.decode(lessons, log.saved ?? '')?.activities).toEqual({});
		expect(compactCodec.decode(lessons, device.log.saved ?? '')?.activities).toHaveProperty(
			sample.confidence.id,
		);
	});

	test('reported: the rating goes to the tracker like any answer and completion waits for it', () => {
		const { tracker, log } = lms();
		const device = lms(undefined, true);
		const session = createSession({
			...base,
			tracker,
			confidence: 'reported',
			device: device.tracker,
		});
		answerAll(session);
		expect(log.answers.map((a) => a.activity.id)).toContain(sample.confidence.id);
		expect(compactCodec.decode(lessons, log.saved ?? '')?.activities).toHaveProperty(
			sample.confidence.id,
		);
		expect(log.progress.at(-1)).toMatchObject({
			activitiesTotal: 3,
			confidence: { 'spot-fake': { before: 2 } },
		});
		expect(device.log.saved).toBeUndefined();
	});

	test('a tracker that keeps everything on the device (site, offline) gets everything', () => {
		const { tracker, log } = lms(undefined, true);
		const device = lms(undefined, true);
		answerAll(createSession({ ...base, tracker, confidence: 'browser', device: device.tracker }));
		expect(log.answers.map((a) => a.activity.id)).toContain(sample.confidence.id);
		expect(compactCodec.decode(lessons, log.saved ?? '')?.activities).toHaveProperty(
			sample.confidence.id,
		);
		expect(device.log.saved).toBeUndefined();
		// The completion rule is the module's, whatever the tracker: the rating is not part of it.
		expect(log.progress.at(-1)?.activitiesTotal).toBe(2);
	});
});

describe('summarise with confidence kept in the browser', () => {
	test('ratings are left out of completion, counts and the confidence measures', () => {
		let state = recordVisit(recordVisit(emptyState(), 'one'), 'two');
		state = recordSkip(state, sample.single.id);
		state = recordAnswer(state, sample.trueFalse, { type: 'true-false', value: true });
		expect(summarise(lessons, state, 80, 'completion', 'browser')).toMatchObject({
			completed: true,
			activitiesTotal: 2,
			confidence: {},
		});
		expect(summarise(lessons, state, 80, 'completion', 'reported')).toMatchObject({
			completed: false,
			activitiesTotal: 3,
		});
	});
});

describe('separate and joinApart', () => {
	test('split by activity and joined back: nothing lost, nothing else on the kept side', () => {
		let state = recordVisit(emptyState(), 'one');
		state = recordAnswer(state, sample.confidence, { type: 'confidence', value: 5 });
		state = recordSkip(state, sample.single.id);
		const ids = new Set([sample.confidence.id]);
		const { shared, apart } = separate(state, ids);
		expect(Object.keys(shared.activities)).toEqual([sample.single.id]);
		expect(shared.location).toBe('one');
		expect(apart).toEqual({
			visited: [],
			activities: { [sample.confidence.id]: state.activities[sample.confidence.id] },
		});
		expect(joinApart(shared, apart, ids)).toEqual(state);
		expect(joinApart(shared, undefined, ids)).toEqual(shared);
		// Only the ids kept apart are taken from the device side.
		expect(
			joinApart(shared, { visited: [], activities: state.activities }, ids).activities,
		).toEqual(state.activities);
		const noSkipFromDevice = joinApart(
			separate(state, new Set()).shared,
			{ visited: [], activities: { [sample.single.id]: { status: 'answered', attempts: 9 } } },
			ids,
		);
		expect(noSkipFromDevice.activities[sample.single.id]?.status).toBe('skipped');
	});
});
