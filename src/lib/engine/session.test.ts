import { describe, expect, test } from 'vitest';
import type { AnswerReport, Tracker } from '../tracking/tracker.ts';
import { compactCodec, decodeState, encodeState } from './codec.ts';
import { sample } from './fixtures.test-data.ts';
import { summarise, type EngineLesson, type Progress } from './progress.ts';
import { createSession } from './session.ts';
import { emptyState, recordAnswer, recordSkip, recordVisit } from './state.ts';

const lessons: EngineLesson[] = [
	{ id: 'one', activities: [sample.single, sample.trueFalse, sample.confidence] },
	{ id: 'two', activities: [sample.ordering, sample.flags] },
];
const codec = { encode: encodeState, decode: decodeState };

/** A tracker that remembers everything it is told. */
function recordingTracker(saved?: string) {
	const log = { saved, answers: [] as AnswerReport[], progress: [] as Progress[] };
	const tracker: Tracker = {
		restore: () => log.saved,
		save: (text) => {
			log.saved = text;
		},
		answered: (report) => log.answers.push(report),
		progress: (p) => log.progress.push(p),
	};
	return { tracker, log };
}

describe('progress', () => {
	test('a skipped activity counts as not answered, not as wrong, and still completes the module', () => {
		let state = recordVisit(recordVisit(emptyState(), 'one'), 'two');
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
		state = recordSkip(state, sample.trueFalse.id);
		state = recordAnswer(state, sample.confidence, { type: 'confidence', value: 2 });
		state = recordAnswer(state, sample.ordering, { type: 'ordering', value: ['a', 'b', 'c'] });
		state = recordAnswer(state, sample.flags, { type: 'red-flags', value: ['a'] });
		const p = summarise(lessons, state, 50, 'pass-mark');
		expect(p).toMatchObject({
			answered: 4,
			skipped: 1,
			correct: 2,
			scoredAnswered: 3,
			scoredTotal: 4,
			score: 2 / 3,
			completed: true,
			passed: true,
			confidence: { 'spot-fake': { before: 2 } },
		});
		expect(summarise(lessons, state, 67, 'pass-mark').passed).toBe(false);
	});

	test('not completed until every lesson is visited and every activity answered or skipped', () => {
		let state = recordVisit(emptyState(), 'one');
		for (const a of lessons.flatMap((l) => l.activities)) state = recordSkip(state, a.id);
		expect(summarise(lessons, state, 0, 'pass-mark')).toMatchObject({
			completed: false,
			passed: false,
		});
		expect(summarise(lessons, recordVisit(state, 'two'), 0, 'pass-mark')).toMatchObject({
			completed: true,
			passed: false,
			scoredAnswered: 0,
			score: 0,
		});
	});

	test('a retry never changes the reported result: the first answer counts', () => {
		let state = recordAnswer(emptyState(), sample.single, { type: 'single-choice', value: 'a' });
		state = recordAnswer(state, sample.single, { type: 'single-choice', value: 'b' });
		expect(state.activities['q-single']).toMatchObject({ attempts: 2, result: { correct: false } });
		expect(summarise(lessons, state, 0, 'pass-mark').correct).toBe(0);
	});
});

describe('session', () => {
	test('reports each answer with latency and first-ness, saves, and restores', () => {
		let clock = 1000;
		const { tracker, log } = recordingTracker();
		const session = createSession({
			lessons,
			passMark: 80,
			reporting: 'pass-mark',
			tracker,
			codec,
			now: () => clock,
		});
		session.visit('one');
		session.shown('q-single');
		clock = 4500;
		session.answer('q-single', { type: 'single-choice', value: 'a' });
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		expect(log.answers.map((a) => [a.isFirst, a.checked.correct, a.latencyMs])).toEqual([
			[true, false, 3500],
			[false, true, 3500],
		]);
		expect(log.progress.at(-1)).toMatchObject({ answered: 1, lessonsVisited: 1, completed: false });
		const again = createSession({ lessons, passMark: 80, reporting: 'pass-mark', tracker, codec });
		expect(again.record('q-single')).toMatchObject({
			first: { value: 'a' },
			latest: { value: 'b' },
		});
		expect(again.state().location).toBe('one');
	});

	test('two sessions on one page never overwrite each other (the saved state is the truth)', () => {
		const { tracker } = recordingTracker();
		const a = createSession({ lessons, passMark: 0, reporting: 'pass-mark', tracker, codec });
		const b = createSession({ lessons, passMark: 0, reporting: 'pass-mark', tracker, codec });
		a.answer('q-single', { type: 'single-choice', value: 'b' });
		b.answer('q-tf', { type: 'true-false', value: false });
		const c = createSession({ lessons, passMark: 0, reporting: 'pass-mark', tracker, codec });
		expect(Object.keys(c.state().activities).sort()).toEqual(['q-single', 'q-tf']);
	});

	test('unreadable saved state starts afresh instead of failing', () => {
		const { tracker } = recordingTracker('garbage');
		const session = createSession({ lessons, passMark: 0, reporting: 'pass-mark', tracker, codec });
		expect(session.state()).toEqual(emptyState());
	});

	test('says what restoring found: nothing, exact, migrated from an older version, unreadable', () => {
		expect(
			createSession({
				lessons,
				passMark: 0,
				reporting: 'pass-mark',
				tracker: recordingTracker().tracker,
				codec: compactCodec,
			}).restored(),
		).toBeUndefined();
		const { tracker, log } = recordingTracker();
		const first = createSession({
			lessons,
			passMark: 0,
			reporting: 'pass-mark',
			tracker,
			codec: compactCodec,
		});
		first.answer('q-single', { type: 'single-choice', value: 'b' });
		first.answer('q-order', { type: 'ordering', value: ['a', 'b', 'c'] });
		const again = createSession({
			lessons,
			passMark: 0,
			reporting: 'pass-mark',
			tracker,
			codec: compactCodec,
		});
		expect(again.restored()?.kind).toBe('exact');
		// The module was updated: the ordering got a new item.
		const updated: EngineLesson[] = [
			lessons[0] ?? { id: 'one', activities: [] },
			{
				id: 'two',
				activities: [
					{ ...sample.ordering, items: [...sample.ordering.items, { id: 'd', text: 'Tell' }] },
					sample.flags,
				],
			},
		];
		const migrated = createSession({
			lessons: updated,
			passMark: 0,
			reporting: 'pass-mark',
			tracker,
			codec: compactCodec,
		});
		expect(migrated.restored()).toMatchObject({ kind: 'migrated', kept: 1, dropped: 1 });
		expect(Object.keys(migrated.state().activities)).toEqual(['q-single']);
		log.saved = 'garbage';
		expect(
			createSession({
				lessons,
				passMark: 0,
				reporting: 'pass-mark',
				tracker,
				codec: compactCodec,
			}).restored(),
		).toEqual({ kind: 'unreadable' });
		// A codec without `read`: what `decode` returns counts as exact.
		expect(
			createSession({ lessons, passMark: 0, reporting: 'pass-mark', tracker, codec }).restored(),
		).toEqual({
			kind: 'unreadable',
		});
	});

	test('notifies subscribers and stops when unsubscribed', () => {
		const { tracker } = recordingTracker();
		const session = createSession({ lessons, passMark: 0, reporting: 'pass-mark', tracker, codec });
		const seen: number[] = [];
		const stop = session.subscribe((s) => seen.push(Object.keys(s.activities).length));
		session.skip('q-tf');
		stop();
		session.skip('q-single');
		expect(seen).toEqual([1]);
		expect(() => {
			session.skip('nope');
		}).toThrow(/No activity/);
	});
});
