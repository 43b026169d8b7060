import { describe, expect, test } from 'vitest';
import { encodeState } from '../../../src/lib/engine/codec.ts';
import { emptyState, recordAnswer, recordVisit } from '../../../src/lib/engine/state.ts';
import { sample } from '../../../src/lib/engine/fixtures.test-data.ts';
import { lessons, sessionOn, workThrough } from '../../shared/runtime-session.test-data.ts';
import { faultyLms } from './fake-lms.test-data.ts';

/** A finished attempt's saved state: every lesson visited, two answers. */
const finished = encodeState(
	lessons,
	recordAnswer(
		recordAnswer(recordVisit(recordVisit(emptyState(), 'one'), 'two'), sample.single, {
			type: 'single-choice',
			value: 'b',
		}),
		sample.ordering,
		{ type: 'ordering', value: ['a', 'b', 'c'] },
	),
);

/** Every SetValue the package made. */
const setsOf = (lms: ReturnType<typeof faultyLms>) =>
	lms.calls.filter((c) => /SetValue$/.test(c.method)).map((c) => c.args[0]);

describe('review mode (Moodle reopens a finished attempt): shows the answers, changes nothing', () => {
	const seeds = {
		scorm12: {
			core: {
				entry: '',
				lesson_mode: 'review',
				credit: 'no-credit',
				lesson_status: 'passed',
				lesson_location: 'two',
				exit: '',
				score: { raw: '86', min: '0', max: '100' },
			},
			suspend_data: finished,
		},
		scorm2004: {
			entry: '',
			mode: 'review',
			credit: 'no-credit',
			completion_status: 'completed',
			success_status: 'passed',
			location: 'two',
			score: { scaled: '0.86', raw: '86' },
			suspend_data: finished,
		},
	} as const;
	for (const standard of ['scorm12', 'scorm2004'] as const) {
		test(`${standard}: the session restores the recorded answers; no SetValue at all; the learner is told`, () => {
			const lms = faultyLms(standard, seeds[standard]);
			const before = lms.cmi();
			const conn = lms.connect();
			expect(lms.notices).toContain('review');
			const session = sessionOn(conn);
			expect(session.record('q-single')).toMatchObject({ first: { value: 'b' } });
			expect(conn.location).toBe('two');
			workThrough(session);
			conn.bookmark('one');
			lms.clock.advance(60_000);
			conn.finish();
			expect(setsOf(lms)).toEqual([]);
			const after = lms.cmi();
			for (const [key, value] of Object.entries(before)) {
				if (/session_time|total_time/.test(key)) continue;
				expect([key, after[key]]).toEqual([key, value]);
			}
		});
	}
});

test('review of an attempt whose answers the LMS does not give: the learner is never told what they do is recorded', () => {
	const lms = faultyLms('scorm12', {
		core: { entry: '', lesson_mode: 'review', credit: 'no-credit', lesson_status: 'completed' },
	});
	const conn = lms.connect();
	workThrough(sessionOn(conn));
	conn.finish();
	// 'resume-unreadable' says "anything you answer now is still recorded": not so in review.
	expect(lms.notices).toEqual(['review']);
	expect(setsOf(lms)).toEqual([]);
});

test('review, then Finish, then another answer: never told to reopen the course "to carry on"', () => {
	const lms = faultyLms('scorm12', {
		core: { entry: '', lesson_mode: 'review', credit: 'no-credit', lesson_status: 'completed' },
		suspend_data: finished,
	});
	const conn = lms.connect();
	const session = sessionOn(conn);
	conn.finish();
	session.visit('two');
	session.skip('q-match');
	// Nothing was recorded before the end either (the review notice said so): no "visit ended".
	expect(lms.notices).toEqual(['review']);
});

describe('browse and no-credit', () => {
	test('1.2 browse, nothing attempted: only "browsed" is written', () => {
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio', lesson_mode: 'browse' } });
		const conn = lms.connect();
		expect(lms.notices).toContain('browse');
		workThrough(sessionOn(conn));
		conn.finish();
		expect(setsOf(lms)).toEqual(['cmi.core.lesson_status']);
		expect(lms.cmi()['cmi.core.lesson_status']).toBe('browsed');
	});

	test('1.2 browse after an attempt: the status is left as it was', () => {
		const lms = faultyLms('scorm12', {
			core: { entry: '', lesson_mode: 'browse', lesson_status: 'incomplete' },
		});
		const conn = lms.connect();
		workThrough(sessionOn(conn));
		conn.finish();
		expect(setsOf(lms)).toEqual([]);
	});

	test('2004 browse writes nothing', () => {
		const lms = faultyLms('scorm2004', { entry: 'ab-initio', mode: 'browse' });
		const conn = lms.connect();
		workThrough(sessionOn(conn));
		conn.finish();
		expect(setsOf(lms)).toEqual([]);
	});

	for (const standard of ['scorm12', 'scorm2004'] as const) {
		test(`${standard} no-credit: answers and progress are kept, no status or score is written`, () => {
			const seed =
				standard === 'scorm12'
					? { core: { entry: 'ab-initio', credit: 'no-credit' } }
					: { entry: 'ab-initio', credit: 'no-credit' };
			const lms = faultyLms(standard, seed);
			const conn = lms.connect();
			expect(lms.notices).toContain('no-credit');
			workThrough(sessionOn(conn));
			conn.finish();
			const written = setsOf(lms);
			expect(written.filter((p) => /status|score/.test(p ?? ''))).toEqual([]);
			expect(written).toContain('cmi.suspend_data');
			expect(written.filter((p) => /^cmi\.interactions\.\d+\.id$/.test(p ?? ''))).toHaveLength(8);
			expect(lms.strict.endViolations()).toEqual([]);
		});
	}
});
