import { describe, expect, test } from 'vitest';
import { measureReadability } from '../../content/lint/readability.ts';
import { recordedWords, type RecordedModule, type RecordedWords } from './recorded.ts';

const school: RecordedModule = {
	audience: 'school',
	reporting: 'completion',
	passMark: 80,
	confidence: 'browser',
};
const text = (w: RecordedWords) =>
	[w.heading, w.intro, ...w.lists.flatMap((l) => [l.heading, ...l.items])].join(' ');
const list = (w: RecordedWords, heading: string) =>
	w.lists.find((l) => l.heading === heading)?.items.join(' ') ?? '';

describe('recordedWords: what the learner is told at the start of a package', () => {
	test('school, confidence kept in the browser: the school records answers, chat choices, skips, where, completion, score, time; not the ratings', () => {
		const w = recordedWords(school, 'scorm12');
		expect(w.heading).toBe("What your school's learning platform records");
		expect(w.intro).toMatch(/with your name\. Your teachers can see it\./);
		const records = list(w, 'It records');
		for (const part of [
			/answers to the questions/,
			/choices you make in the chat stories/,
			/skipped/,
			/where you got to/,
			/finished/,
			/There is no pass or fail/,
			/How long/,
		])
			expect(records).toMatch(part);
		expect(records).not.toMatch(/How sure/);
		expect(list(w, 'It does not record')).toMatch(
			/How sure you feel.*stay in this browser, on this device/,
		);
	});

	test('confidence reported: the ratings are in what is recorded, not in what is not', () => {
		const w = recordedWords({ ...school, audience: 'adult', confidence: 'reported' }, 'cmi5');
		expect(list(w, 'It records')).toMatch(/How sure you said you feel/);
		expect(list(w, 'It does not record')).not.toMatch(/How sure/);
		expect(w.heading).toBe('What the learning platform that gave you this course records');
	});

	test("forces: the unit's platform; a pass-mark module names the mark and never failed", () => {
		const w = recordedWords({ ...school, audience: 'forces', reporting: 'pass-mark' }, 'scorm2004');
		expect(w.heading).toBe("What your unit's learning platform records");
		expect(list(w, 'It records')).toMatch(/80% or more\. Nobody is ever marked as failed\./);
	});

	test('SCORM 1.2, SCORM 2004 and cmi5 record the same things, so they read the same', () => {
		expect(recordedWords(school, 'scorm2004')).toEqual(recordedWords(school, 'scorm12'));
		expect(recordedWords(school, 'cmi5')).toEqual(recordedWords(school, 'scorm12'));
	});

	test('offline: nothing leaves the device, and nothing about a learning platform', () => {
		const w = recordedWords(school, 'offline');
		expect(w.intro).toMatch(/Nothing you do here is sent anywhere/);
		expect(text(w)).not.toMatch(/learning platform|teachers can see/);
		expect(text(w)).toMatch(/how sure you said you feel/);
	});

	test('school words read at age 12 or under (Flesch–Kincaid grade + 5, as the content lint)', () => {
		for (const standard of ['scorm12', 'offline'] as const) {
			const w = recordedWords(school, standard);
			const parts = [w.intro, ...w.lists.flatMap((l) => l.items)];
			const { readingAge } = measureReadability([{ parts, where: { file: 'words' } }]);
			expect(readingAge, standard).toBeLessThanOrEqual(12);
		}
	});
});
