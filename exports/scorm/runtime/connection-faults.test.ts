import { describe, expect, test } from 'vitest';
import { encodeState } from '../../../src/lib/engine/codec.ts';
import { emptyState, recordAnswer, recordVisit } from '../../../src/lib/engine/state.ts';
import { sample } from '../../../src/lib/engine/fixtures.test-data.ts';
import {
	codec,
	lessons,
	sessionOn,
	workThrough,
	workThroughRight,
} from '../../shared/runtime-session.test-data.ts';
import { faultyLms, interactionIds } from './fake-lms.test-data.ts';

/** What a learner left last time: two answers and a bookmark, in the package's own text. */
const earlier = encodeState(
	lessons,
	recordAnswer(
		recordAnswer(recordVisit(emptyState(), 'one'), sample.single, {
			type: 'single-choice',
			value: 'b',
		}),
		sample.trueFalse,
		{ type: 'true-false', value: false },
	),
);

const resume12 = {
	core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: 'one' },
	suspend_data: earlier,
};

describe('resume never destroys stored progress (defect 1)', () => {
	test('one empty read of suspend_data at resume is retried: the learner resumes, nothing is overwritten', () => {
		const lms = faultyLms('scorm12', resume12, [
			{ method: 'LMSGetValue', path: '^cmi\\.suspend_data$', effect: 'empty', times: 1 },
		]);
		const conn = lms.connect();
		const session = sessionOn(conn);
		lms.clock.advance(0);
		expect(conn.isResume).toBe(true);
		expect(session.record('q-single')).toMatchObject({ status: 'answered' });
		expect(lms.sets('cmi.suspend_data')).toEqual([]);
		expect(lms.cmi()['cmi.suspend_data']).toBe(earlier);
	});

	test('entry "" with suspend data: read and resumed (only ab-initio means a new attempt)', () => {
		const lms = faultyLms('scorm12', { ...resume12, core: { ...resume12.core, entry: '' } });
		const session = sessionOn(lms.connect());
		expect(session.record('q-tf')).toMatchObject({ status: 'answered' });
	});

	test('unreadable for a while: never overwritten, the learner is told, and later progress is merged in, not replaced', () => {
		const lms = faultyLms('scorm2004', { entry: 'resume', suspend_data: earlier }, [
			{ method: 'GetValue', path: '^cmi\\.suspend_data$', effect: 'empty', code: '101', times: 6 },
		]);
		const conn = lms.connect();
		expect(lms.notices).toContain('resume-unreadable');
		const session = sessionOn(conn);
		let shown = 0;
		session.subscribe(() => (shown += 1));
		session.visit('two');
		session.answer('q-order', { type: 'ordering', value: ['a', 'b', 'c'] });
		lms.clock.advance(0);
		// Nothing replaced the stored progress; the answer itself reached the LMS.
		expect(lms.sets('cmi.suspend_data')).toEqual([]);
		expect(lms.sets('cmi.location')).toEqual([]);
		expect(lms.cmi()['cmi.suspend_data']).toBe(earlier);
		expect(interactionIds(lms.cmi())).toEqual(['urn:second-look:activity:q-order']);
		// The next retry round reads it: both sides are kept, and the cards are told.
		lms.clock.advance(1000);
		expect(lms.notices.at(-1)).toBe('resume-recovered');
		expect(shown).toBeGreaterThan(2);
		for (const id of ['q-single', 'q-tf', 'q-order'])
			expect(session.record(id)).toMatchObject({ status: 'answered' });
		const merged = codec.decode(lessons, lms.cmi()['cmi.suspend_data'] ?? '');
		expect(Object.keys(merged?.activities ?? {}).sort()).toEqual(['q-order', 'q-single', 'q-tf']);
	});

	test('stored text the codec cannot read is kept as it is for the whole session, and the learner is told', () => {
		const lms = faultyLms('scorm12', { ...resume12, suspend_data: '0|old|garbage' });
		const conn = lms.connect();
		expect(lms.notices).toContain('resume-kept');
		const session = sessionOn(conn);
		workThrough(session);
		conn.finish();
		expect(lms.sets('cmi.suspend_data')).toEqual([]);
		expect(lms.cmi()['cmi.suspend_data']).toBe('0|old|garbage');
		expect(interactionIds(lms.cmi())).toHaveLength(8);
	});
});

describe('a recorded result is never lowered (defect 2)', () => {
	test('SCORM 1.2: passed, 100 with unreadable state; a worse finish leaves passed, 100', () => {
		const lms = faultyLms('scorm12', {
			core: { entry: 'resume', lesson_status: 'passed', score: { raw: '100' } },
			suspend_data: 'not ours',
		});
		const conn = lms.connect();
		workThrough(sessionOn(conn));
		conn.finish();
		expect(lms.cmi()).toMatchObject({
			'cmi.core.lesson_status': 'passed',
			'cmi.core.score.raw': '100',
		});
		expect(lms.sets('cmi.core.lesson_status')).toEqual([]);
		expect(lms.strict.endViolations()).toEqual([]);
	});

	test('SCORM 1.2: completed is never turned into failed or incomplete; failed becomes passed', () => {
		const done = faultyLms('scorm12', { core: { entry: 'ab-initio', lesson_status: 'completed' } });
		const a = done.connect();
		workThrough(sessionOn(a, 100));
		a.finish();
		expect(done.cmi()['cmi.core.lesson_status']).toBe('completed');
		expect(done.sets('cmi.core.lesson_status')).toEqual([]);

		const failed = faultyLms('scorm12', {
			core: { entry: 'ab-initio', lesson_status: 'failed', score: { raw: '40' } },
		});
		const b = failed.connect();
		workThroughRight(sessionOn(b));
		b.finish();
		expect(failed.cmi()).toMatchObject({
			'cmi.core.lesson_status': 'passed',
			'cmi.core.score.raw': '100',
		});
	});

	test('SCORM 2004: completed, passed, 1.0 stays so after a failed finish', () => {
		const lms = faultyLms('scorm2004', {
			entry: 'ab-initio',
			completion_status: 'completed',
			success_status: 'passed',
			score: { scaled: '1', raw: '100', min: '0', max: '100' },
		});
		const conn = lms.connect();
		workThrough(sessionOn(conn, 100));
		conn.finish();
		expect(lms.cmi()).toMatchObject({
			'cmi.completion_status': 'completed',
			'cmi.success_status': 'passed',
			'cmi.score.scaled': '1',
			'cmi.score.raw': '100',
		});
		expect(lms.strict.endViolations()).toEqual([]);
	});
});

describe('every answer reaches the LMS (defect 3)', () => {
	for (const effect of ['false', 'throw'] as const) {
		test(`interaction SetValue ${effect === 'false' ? 'returns "false"' : 'throws'} for a while: kept in order and retried`, () => {
			const lms = faultyLms('scorm2004', { entry: 'ab-initio' }, [
				{ method: 'SetValue', path: '^cmi\\.interactions\\.', effect, times: 12 },
			]);
			const conn = lms.connect();
			workThrough(sessionOn(conn));
			lms.clock.advance(0);
			expect(lms.notices).toContain('save-retrying');
			lms.clock.advance(60_000);
			expect(interactionIds(lms.cmi())).toEqual(
				[
					'q-single',
					'q-multi',
					'q-tf',
					'q-conf-before',
					'q-order',
					'q-match',
					'q-chat',
					'q-flags',
				].map((id) => `urn:second-look:activity:${id}`),
			);
			expect(lms.cmi()['cmi.interactions.7.learner_response']).toBe(
				'joined-5-days-ago[,]23-followers-1-480-following',
			);
			conn.finish();
			expect(lms.notices).not.toContain('not-all-saved');
		});
	}

	test('_count cannot be read at first: no write goes to a non-number index; all arrive once it can', () => {
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio' } }, [
			{ method: 'LMSGetValue', path: '_count$', effect: 'empty', code: '101', times: 5 },
		]);
		const conn = lms.connect();
		workThrough(sessionOn(conn));
		lms.clock.advance(0);
		lms.clock.advance(20_000);
		expect(lms.sets(/^cmi\.interactions\.(?!\d+\.)/)).toEqual([]);
		expect(interactionIds(lms.cmi())).toHaveLength(8);
		conn.finish();
		expect(lms.strict.endViolations()).toEqual([]);
	});

	test('still failing at Finish: the learner is told plainly that something was not sent', () => {
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio' } }, [
			{ method: 'LMSSetValue', path: '^cmi\\.interactions\\.', effect: 'false' },
		]);
		const conn = lms.connect();
		sessionOn(conn).answer('q-tf', { type: 'true-false', value: false });
		conn.finish();
		expect(lms.notices.at(-1)).toBe('not-all-saved');
	});

	test('a learner response refused for good (2004: 406): Finish says not everything was sent', () => {
		const lms = faultyLms('scorm2004', { entry: 'ab-initio' }, [
			{
				method: 'SetValue',
				path: '^cmi\\.interactions\\.\\d+\\.learner_response$',
				effect: 'false',
				code: '406',
			},
		]);
		const conn = lms.connect();
		sessionOn(conn).answer('q-tf', { type: 'true-false', value: false });
		lms.clock.advance(0);
		expect(lms.cmi()['cmi.interactions.0.id']).toBe('urn:second-look:activity:q-tf');
		conn.finish();
		expect(lms.notices.at(-1)).toBe('not-all-saved');
	});
});

describe('few API calls, one retry chain (defect 4)', () => {
	test('an answer costs one SetValue per field, one suspend_data write and one Commit; no GetValue, no GetLastError', () => {
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio' } });
		const conn = lms.connect();
		const session = sessionOn(conn);
		session.visit('one');
		lms.clock.advance(0);
		const before = lms.calls.length;
		session.answer('q-tf', { type: 'true-false', value: false });
		lms.clock.advance(0);
		const made = lms.calls.slice(before).map((c) => c.method);
		// 1.2: id, type, time, correct_responses.0.pattern, student_response, result, latency.
		expect(made.filter((m) => m === 'LMSSetValue')).toHaveLength(8);
		expect(made.filter((m) => m === 'LMSCommit')).toHaveLength(1);
		expect(made).toHaveLength(9);
	});

	test('Commit "false" for a minute while ten answers come: one chain with back-off, a handful of commits', () => {
		const lms = faultyLms('scorm12', { core: { entry: 'ab-initio' } }, [
			{ method: 'LMSCommit', effect: 'false', forMs: 60_000 },
		]);
		const conn = lms.connect();
		const session = sessionOn(conn);
		workThrough(session);
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		session.answer('q-single', { type: 'single-choice', value: 'a' });
		for (let s = 0; s < 60; s++) lms.clock.advance(1000);
		const commits = lms.calls.filter((c) => c.method === 'LMSCommit').length;
		expect(commits).toBeLessThanOrEqual(6);
		lms.clock.advance(120_000);
		expect(lms.notices.at(-1)).toBe('saved-again');
		expect(interactionIds(lms.cmi())).toHaveLength(8);
	});
});
