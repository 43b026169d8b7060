import { describe, expect, test } from 'vitest';
import { STANDARDS, type ScormStandard } from '../standards.ts';
import {
	codec,
	lessons,
	memoryStorage,
	sessionOn,
} from '../../shared/runtime-session.test-data.ts';
import { faultyLms, interactionIds } from './fake-lms.test-data.ts';
import { KEEP_DAYS } from '../../shared/keep.ts';
import {
	UNSAVED_PREFIX,
	dropExpiredCopies,
	fillGaps,
	unsavedKey,
	type KeepOptions,
} from './unsaved.ts';

/**
 * The LMS goes down, then the learner closes the window: what it never accepted is kept in this
 * browser for the same learner's next launch, which sends it and says so; never for another
 * learner, never without a learner id.
 */

const keepIn = (
	storage: ReturnType<typeof memoryStorage>,
	path = '/course/index.html',
): KeepOptions => ({
	storage: () => storage,
	key: (learner) => unsavedKey('m', path, learner),
});

/** What the LMS gives a launch of `learner`, resuming from `held` (its last accepted commit). */
function seedOf(standard: ScormStandard, learner: string, held: Record<string, string>) {
	const f = STANDARDS[standard];
	const suspend = held[f.cmi.suspendData] ?? '';
	return standard === 'scorm12'
		? {
				core: { entry: 'resume', student_id: learner, lesson_status: 'incomplete' },
				suspend_data: suspend,
			}
		: {
				entry: 'resume',
				learner_id: learner,
				completion_status: 'incomplete',
				suspend_data: suspend,
			};
}

/** A first launch: the LMS takes the launch's commit, then every Commit and Terminate fail. */
function failingVisit(
	standard: ScormStandard,
	learner: string,
	savedAtLaunch = true,
	storage = memoryStorage(),
	path?: string,
) {
	const m = STANDARDS[standard].api.methods;
	const seed =
		standard === 'scorm12'
			? { core: { entry: 'ab-initio', student_id: learner } }
			: { entry: 'ab-initio', learner_id: learner };
	const lms = faultyLms(standard, seed, [
		{ method: m.commit, effect: 'false', after: 1 },
		{ method: m.terminate, effect: 'false' },
	]);
	const conn = lms.connect({ keep: keepIn(storage, path) });
	const session = sessionOn(conn);
	// In the browser the launch's commit comes before the page's first save (none was accepted).
	if (savedAtLaunch) session.visit('one');
	lms.clock.advance(0);
	session.visit('one');
	const accepted = { ...lms.cmi() }; // the last commit the LMS accepted
	session.answer('q-single', { type: 'single-choice', value: 'b' });
	session.answer('q-tf', { type: 'true-false', value: false });
	lms.clock.advance(15_000);
	conn.finish(); // the window closes (pagehide)
	return { lms, storage, accepted };
}

const answeredIn = (text: string | undefined) =>
	Object.entries(codec.decode(lessons, text ?? '')?.activities ?? {})
		.filter(([, r]) => r.status === 'answered')
		.map(([id]) => id)
		.sort();

for (const standard of ['scorm12', 'scorm2004'] as const) {
	const f = STANDARDS[standard];
	const ids = ['q-single', 'q-tf'].map((id) => `${f.responses.interactionIdPrefix}${id}`);

	describe(`${f.label}: answers the LMS never accepted`, () => {
		test.each([
			['progress saved at launch', true],
			['no progress accepted at all', false],
		])(
			'are kept in this browser for this learner, and the next launch sends them and says so (%s)',
			(_, savedAtLaunch) => {
				const first = failingVisit(standard, 'learner-7', savedAtLaunch);
				// Told, while it fails and at the end, that the answers are kept here meanwhile.
				expect(first.lms.notices).toContain('save-failing-kept');
				expect(first.lms.notices).not.toContain('save-failing');
				expect(first.lms.notices.at(-1)).toBe('not-all-saved-kept');
				expect(interactionIds(first.accepted)).toEqual([]);
				expect(answeredIn(first.accepted[f.cmi.suspendData])).toEqual([]);
				expect([...first.storage.map.keys()]).toEqual([
					unsavedKey('m', '/course/index.html', 'learner-7'),
				]);

				const again = faultyLms(standard, seedOf(standard, 'learner-7', first.accepted));
				const conn = again.connect({ keep: keepIn(first.storage) });
				const session = sessionOn(conn);
				expect(session.record('q-tf')).toMatchObject({ status: 'answered' });
				again.clock.advance(0);
				expect(interactionIds(again.cmi())).toEqual(ids);
				expect(answeredIn(again.cmi()[f.cmi.suspendData])).toEqual(['q-single', 'q-tf']);
				expect(again.notices).toContain('unsaved-recovered');
				expect(first.storage.map.size).toBe(0); // accepted: nothing left in the browser
				conn.finish();
				expect(again.strict.endViolations()).toEqual([]);
			},
		);

		test('another learner on the same computer never sees or gets them', () => {
			const first = failingVisit(standard, 'learner-7');
			const other = faultyLms(standard, seedOf(standard, 'learner-8', first.accepted));
			const conn = other.connect({ keep: keepIn(first.storage) });
			const session = sessionOn(conn);
			other.clock.advance(0);
			expect(session.record('q-tf')).toBeUndefined();
			expect(interactionIds(other.cmi())).toEqual([]);
			expect(other.notices).not.toContain('unsaved-recovered');
			conn.finish();
			// Still kept for the learner they belong to.
			expect(first.storage.map.size).toBe(1);
		});

		describe('after the package is updated in Moodle (its launch path gets a new revision)', () => {
			const before = '/pluginfile.php/57/mod_scorm/content/3/index.html';
			const after = '/pluginfile.php/57/mod_scorm/content/4/index.html';
			/** The next launch of `learner` at `path`, over what the first visit left in `storage`. */
			const launchAt = (
				first: ReturnType<typeof failingVisit>,
				path: string,
				learner = 'learner-7',
			) => {
				const again = faultyLms(standard, seedOf(standard, learner, first.accepted));
				const conn = again.connect({ keep: keepIn(first.storage, path) });
				const session = sessionOn(conn);
				again.clock.advance(0);
				return { again, conn, session };
			};

			test('the next launch still sends what the LMS never accepted', () => {
				const first = failingVisit(standard, 'learner-7', true, memoryStorage(), before);
				const { again, conn, session } = launchAt(first, after);
				expect(session.record('q-tf')).toMatchObject({ status: 'answered' });
				expect(interactionIds(again.cmi())).toEqual(ids);
				expect(again.notices).toContain('unsaved-recovered');
				expect(first.storage.map.size).toBe(0);
				conn.finish();
			});

			test('so does a copy an earlier release kept under the whole path', () => {
				const first = failingVisit(standard, 'learner-7', true, memoryStorage(), '/x');
				// Move the copy to the key an earlier release wrote: the path with its revision.
				const [[key, text] = ['', '']] = [...first.storage.map];
				const learner = key.slice(key.lastIndexOf(':'));
				first.storage.map.clear();
				first.storage.map.set(`${UNSAVED_PREFIX}:m:${before}${learner}`, text);
				const { again, conn } = launchAt(first, after);
				expect(interactionIds(again.cmi())).toEqual(ids);
				expect(first.storage.map.size).toBe(0);
				conn.finish();
			});

			test('another course’s activity with the same module never gets them', () => {
				const first = failingVisit(standard, 'learner-7', true, memoryStorage(), before);
				const { again, conn } = launchAt(
					first,
					'/pluginfile.php/58/mod_scorm/content/4/index.html',
				);
				expect(interactionIds(again.cmi())).toEqual([]);
				expect(again.notices).not.toContain('unsaved-recovered');
				conn.finish();
				expect(first.storage.map.size).toBe(1);
			});
		});

		test('the learner id itself is never written in the browser, only a hash of it', () => {
			const first = failingVisit(standard, 'jo.bloggs@school.example');
			const [key = ''] = first.storage.map.keys();
			expect(key).not.toContain('jo.bloggs');
			expect(key).toBe(unsavedKey('m', '/course/index.html', 'jo.bloggs@school.example'));
			expect(unsavedKey('m', '/p', 'learner-7')).not.toBe(unsavedKey('m', '/p', 'learner-8'));
		});

		test('a full storage keeps nothing, and the learner is never told it is kept', () => {
			const full = memoryStorage();
			full.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
			const first = failingVisit(standard, 'learner-7', true, full);
			expect(first.lms.notices).toContain('save-failing');
			expect(first.lms.notices.at(-1)).toBe('not-all-saved');
			expect(first.lms.notices.filter((n) => n.endsWith('-kept'))).toEqual([]);
		});

		test('with no learner id, nothing is kept in the browser', () => {
			const first = failingVisit(standard, '');
			// Never told they are kept: the learner keeps the page open or tells their teacher.
			expect(first.lms.notices).toContain('save-failing');
			expect(first.lms.notices.at(-1)).toBe('not-all-saved');
			expect(first.lms.notices.filter((n) => n.endsWith('-kept'))).toEqual([]);
			expect(first.storage.map.size).toBe(0);
		});
	});
}

describe('the copy in the browser', () => {
	test('a healthy LMS leaves nothing in the browser, even at Finish', () => {
		const storage = memoryStorage();
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio', student_id: 'learner-7' } });
		const conn = lms.connect({ keep: keepIn(storage) });
		const session = sessionOn(conn);
		session.visit('one');
		session.answer('q-tf', { type: 'true-false', value: false });
		lms.clock.advance(0);
		expect(storage.map.size).toBe(0);
		conn.finish();
		expect(storage.map.size).toBe(0);
	});

	test('kept while commits fail, deleted once a commit takes everything', () => {
		const storage = memoryStorage();
		const lms = faultyLms('scorm2004', { entry: 'ab-initio', learner_id: 'learner-7' }, [
			{ method: 'Commit', effect: 'false', after: 1, times: 2 },
		]);
		const conn = lms.connect({ keep: keepIn(storage) });
		const session = sessionOn(conn);
		lms.clock.advance(0);
		session.answer('q-tf', { type: 'true-false', value: false });
		lms.clock.advance(0);
		const kept = JSON.parse([...storage.map.values()][0] ?? '{}') as { interactions: unknown[] };
		expect(kept.interactions).toHaveLength(1);
		lms.clock.advance(5000);
		expect(lms.notices.at(-1)).toBe('saved-again');
		expect(storage.map.size).toBe(0);
	});

	test('a review never takes in an earlier copy, and leaves it for the next launch', () => {
		const first = failingVisit('scorm12', 'learner-7');
		const core = { entry: 'resume', student_id: 'learner-7', lesson_mode: 'review' };
		const lms = faultyLms('scorm12', { core, suspend_data: first.accepted['cmi.suspend_data'] });
		const conn = lms.connect({ keep: keepIn(first.storage) });
		const session = sessionOn(conn);
		lms.clock.advance(0);
		expect(session.record('q-tf')).toBeUndefined();
		conn.finish();
		expect(first.storage.map.size).toBe(1);
	});

	test('a new attempt after a visit the LMS recorded: the copy belongs to an attempt that is over, and goes', () => {
		const first = failingVisit('scorm12', 'learner-7'); // the launch's commit was accepted
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio', student_id: 'learner-7' } });
		const conn = lms.connect({ keep: keepIn(first.storage) });
		const session = sessionOn(conn);
		lms.clock.advance(0);
		expect(session.record('q-tf')).toBeUndefined();
		expect(interactionIds(lms.cmi())).toEqual([]);
		conn.finish();
		expect(first.storage.map.size).toBe(0);
	});

	test('down from the launch: the LMS never knew the attempt began, so its next (new) attempt takes the answers in', () => {
		const storage = memoryStorage();
		const seed = { core: { entry: 'ab-initio', student_id: 'learner-7' } };
		const down = faultyLms('scorm12', seed, [
			{ method: 'LMSCommit', effect: 'false' },
			{ method: 'LMSFinish', effect: 'false' },
		]);
		const conn = down.connect({ keep: keepIn(storage) });
		const session = sessionOn(conn);
		session.visit('one');
		session.answer('q-tf', { type: 'true-false', value: false });
		down.clock.advance(15_000);
		conn.finish();
		expect(storage.map.size).toBe(1);
		// Nothing reached the LMS, so it starts the next launch as a new attempt.
		const again = faultyLms('scorm12', seed);
		const next = again.connect({ keep: keepIn(storage) });
		const resumed = sessionOn(next);
		again.clock.advance(0);
		expect(resumed.record('q-tf')).toMatchObject({ status: 'answered' });
		expect(interactionIds(again.cmi())).toEqual(['q-tf']);
		expect(again.notices).toContain('unsaved-recovered');
		expect(storage.map.size).toBe(0);
	});

	test('a copy older than a month is dropped unread', () => {
		const first = failingVisit('scorm12', 'learner-7');
		const lms = faultyLms('scorm12', seedOf('scorm12', 'learner-7', first.accepted));
		lms.clock.advance(31 * 86_400_000);
		const conn = lms.connect({ keep: keepIn(first.storage) });
		const session = sessionOn(conn);
		expect(session.record('q-tf')).toBeUndefined();
		expect(first.storage.map.size).toBe(0);
	});
});

describe('fillGaps: what the LMS holds stays; the copy fills its gaps', () => {
	test('an answer the LMS holds (maybe newer, from another device) and its bookmark are kept', () => {
		const lmsState = {
			visited: ['one', 'two'],
			location: 'two',
			activities: {
				'q-single': {
					status: 'answered' as const,
					attempts: 2,
					first: { type: 'single-choice' as const, value: 'b' },
					latest: { type: 'single-choice' as const, value: 'a' },
				},
			},
		};
		const copyState = {
			visited: ['one'],
			location: 'one',
			activities: {
				'q-single': {
					status: 'answered' as const,
					attempts: 1,
					first: { type: 'single-choice' as const, value: 'b' },
					latest: { type: 'single-choice' as const, value: 'b' },
				},
				'q-tf': {
					status: 'answered' as const,
					attempts: 1,
					first: { type: 'true-false' as const, value: false },
					latest: { type: 'true-false' as const, value: false },
				},
			},
		};
		const joined = fillGaps(lmsState, copyState);
		expect(joined.activities['q-single']).toEqual(lmsState.activities['q-single']);
		expect(joined.activities['q-tf']).toEqual(copyState.activities['q-tf']);
		expect(joined.location).toBe('two');
	});
});

describe('kept copies on a shared computer', () => {
	test('every copy past its 30 days is dropped at any launch, whoever it belonged to', () => {
		const storage = memoryStorage();
		const day = 86_400_000;
		const now = 1_000 * day;
		const key = (learner: string) => unsavedKey('m', '/course/index.html', learner);
		storage.setItem(key('pupil-a'), JSON.stringify({ interactions: [], at: now - 400 * day }));
		storage.setItem(key('pupil-b'), JSON.stringify({ interactions: [], at: now - 2 * day }));
		storage.setItem(key('pupil-c'), 'not json');
		storage.setItem('second-look:remember', 'yes'); // not a kept copy: left alone
		dropExpiredCopies(() => storage, now);
		expect([...storage.map.keys()].sort()).toEqual([key('pupil-b'), 'second-look:remember'].sort());
		dropExpiredCopies(() => storage, now + (KEEP_DAYS - 1) * day);
		expect(storage.map.has(key('pupil-b'))).toBe(false);
	});

	test('a blocked storage keeps nothing and throws nothing', () => {
		expect(() => {
			dropExpiredCopies(() => {
				throw new Error('blocked');
			}, 0);
		}).not.toThrow();
	});
});
