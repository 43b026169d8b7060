import { describe, expect, test } from 'vitest';
import { STANDARDS } from '../standards.ts';
import { fakeClock } from './fake-lms.test-data.ts';
import { createWriter, type InteractionFields } from './writer.ts';

/** A scripted 2004 LMS: each SetValue answers from `answers` (then "true"); it keeps what it took. */
function scriptedLms(setAnswers: string[] = [], commitAnswers: string[] = [], errorCode = '101') {
	const held = new Map<string, string>();
	const calls: string[] = [];
	const api = {
		SetValue: (path: string, value: string) => {
			calls.push(`set ${path}`);
			const answer = setAnswers.shift() ?? 'true';
			if (answer === 'true') held.set(path, value);
			if (answer === 'throw') throw new Error('LMS down');
			return answer;
		},
		GetValue: (path: string) => {
			calls.push(`get ${path}`);
			return held.get(path) ?? '';
		},
		Commit: () => {
			calls.push('commit');
			return commitAnswers.shift() ?? 'true';
		},
		GetLastError: () => {
			calls.push('error');
			return errorCode;
		},
		Terminate: () => {
			calls.push('terminate');
			return 'true';
		},
	};
	return { api, held, calls };
}

function writerOn(lms: ReturnType<typeof scriptedLms>, beforeRound = () => true) {
	const clock = fakeClock();
	const saving: string[] = [];
	const writer = createWriter({
		api: lms.api,
		facts: STANDARDS.scorm2004,
		setTimer: clock.setTimer,
		defer: clock.defer,
		retryMs: [1000, 3000],
		beforeRound,
		onsaving: (s) => saving.push(s),
		problem: () => undefined,
	});
	return { writer, clock, saving };
}

const interaction = (id: string): InteractionFields => [
	['cmi.interactions.n.id', id],
	['cmi.interactions.n.type', 'true-false'],
	['cmi.interactions.n.learner_response', 'true'],
];

describe('the retrying writer', () => {
	test('interactions refused for a while are kept in order and land at consecutive indexes', () => {
		const lms = scriptedLms(['true', 'false', 'throw', 'false']);
		const { writer, clock } = writerOn(lms);
		writer.setCount(3);
		writer.addInteraction(interaction('urn:a')); // id taken, type refused
		writer.addInteraction(interaction('urn:b')); // waits behind a
		writer.requestCommit();
		clock.advance(5000);
		expect([...lms.held.keys()].filter((k) => k.endsWith('.id'))).toEqual([
			'cmi.interactions.3.id',
			'cmi.interactions.4.id',
		]);
		expect(lms.held.get('cmi.interactions.3.type')).toBe('true-false');
		expect(lms.held.get('cmi.interactions.4.id')).toBe('urn:b');
		expect(writer.close()).toBe(true);
	});

	test('saving failed, then the commit at the end goes through: the learner is told it is saved again', () => {
		// The commit of the answer and its three retries fail ("failing"); the LMS is back at Finish.
		const lms = scriptedLms([], ['false', 'false', 'false', 'false']);
		const { writer, clock, saving } = writerOn(lms);
		writer.set('cmi.suspend_data', 'answers');
		writer.requestCommit();
		clock.advance(3000 + 3000 + 3000);
		expect(saving.at(-1)).toBe('failing');
		expect(writer.close()).toBe(true);
		expect(saving.at(-1)).toBe('again');
	});

	test('every commit refused, but Terminate takes it all: saved (the LMS persists at Terminate), and said so', () => {
		const lms = scriptedLms([], Array<string>(20).fill('false'));
		const { writer, clock, saving } = writerOn(lms);
		writer.set('cmi.suspend_data', 'answers');
		writer.requestCommit();
		clock.advance(9000);
		expect(saving.at(-1)).toBe('failing');
		expect(writer.close()).toBe(true);
		expect(writer.unaccepted()).toEqual([]);
		expect(saving.at(-1)).toBe('again');
	});

	test('closing with nothing failed before says nothing more', () => {
		const lms = scriptedLms();
		const { writer, saving } = writerOn(lms);
		writer.set('cmi.suspend_data', 'answers');
		expect(writer.close()).toBe(true);
		expect(saving).toEqual([]);
	});

	test('no interaction is written while the index is unknown', () => {
		const lms = scriptedLms();
		const { writer } = writerOn(lms);
		writer.addInteraction(interaction('urn:a'));
		expect(lms.calls).toEqual([]);
		writer.setCount(0);
		writer.addInteraction(interaction('urn:b'));
		expect(lms.held.get('cmi.interactions.0.id')).toBe('urn:a');
		expect(lms.held.get('cmi.interactions.1.id')).toBe('urn:b');
	});

	test('a value the LMS will never take (type mismatch) is dropped, not retried for ever', () => {
		const lms = scriptedLms(['true', 'true', 'false'], [], '406');
		const { writer, clock } = writerOn(lms);
		writer.setCount(0);
		writer.addInteraction(interaction('urn:a'));
		writer.addInteraction(interaction('urn:b'));
		clock.advance(10_000);
		expect(lms.held.get('cmi.interactions.1.id')).toBe('urn:b');
		expect(lms.calls.filter((c) => c.endsWith('.0.learner_response'))).toHaveLength(1);
	});

	test('a learner response the LMS refuses for good counts as not saved: close says so', () => {
		// id, type taken; the learner's response refused (406, type mismatch); the rest taken.
		const lms = scriptedLms(['true', 'true', 'false'], [], '406');
		const { writer } = writerOn(lms);
		writer.setCount(0);
		writer.addInteraction(interaction('urn:a'));
		expect(lms.held.has('cmi.interactions.0.learner_response')).toBe(false);
		expect(writer.close()).toBe(false);
	});

	test('refused progress (suspend data, 407) counts as not saved; a refused detail does not', () => {
		const progress = scriptedLms(['false'], [], '407');
		const a = writerOn(progress).writer;
		a.set('cmi.suspend_data', 'x'.repeat(10));
		expect(a.close()).toBe(false);

		const detail = scriptedLms(['false'], [], '406');
		const b = writerOn(detail).writer;
		b.set('cmi.session_time', 'PT1S');
		expect(b.close()).toBe(true);
	});

	test('an unchanged value is not written again; GetLastError only after a failure', () => {
		const lms = scriptedLms();
		const { writer } = writerOn(lms);
		writer.know('cmi.location', 'one');
		writer.set('cmi.location', 'one');
		writer.set('cmi.suspend_data', 'x');
		writer.set('cmi.suspend_data', 'x');
		expect(lms.calls).toEqual(['set cmi.suspend_data']);
	});

	test('commits failing: ONE retry chain with back-off; commits asked for meanwhile wait for it', () => {
		const lms = scriptedLms([], ['false', 'false', 'false', 'false']);
		const { writer, clock, saving } = writerOn(lms);
		writer.set('cmi.location', 'one');
		writer.requestCommit();
		clock.advance(0);
		for (let i = 0; i < 20; i++) {
			writer.set('cmi.location', `l${i}`);
			writer.requestCommit();
			writer.commitIfDirty();
			clock.advance(100);
		}
		// At 0 s and 1 s: two commits in 2 s of changes, not one chain per failed commit.
		expect(lms.calls.filter((c) => c === 'commit')).toHaveLength(2);
		clock.advance(10_000);
		expect(lms.calls.filter((c) => c === 'commit')).toHaveLength(5);
		expect(saving).toEqual(['retrying', 'retrying', 'retrying', 'failing', 'again']);
	});

	test('close: last tries, then Terminate; false when something could not be saved', () => {
		const lms = scriptedLms(['false', 'false', 'false', 'false']);
		const { writer } = writerOn(lms);
		writer.setCount(0);
		writer.addInteraction(interaction('urn:a'));
		expect(writer.close()).toBe(false);
		expect(lms.calls.at(-1)).toBe('terminate');
		writer.set('cmi.location', 'x');
		expect(lms.calls.at(-1)).toBe('terminate');
	});
});
