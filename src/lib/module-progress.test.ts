import { describe, expect, test } from 'vitest';
import {
	lessonStatus,
	listActivities,
	moduleProgress,
	readListedActivities,
	resumeFrom,
	type ListedLesson,
} from './module-progress.ts';

const lessons: ListedLesson[] = [
	{
		id: 'one',
		activities: [
			{ id: 'a', key: 'k1' },
			{ id: 'b', key: 'k2' },
		],
	},
	{ id: 'two', activities: [{ id: 'c', key: 'k3' }] },
	{
		id: 'three',
		activities: [
			{ id: 'd', key: 'k4' },
			{ id: 'e', key: 'k5' },
		],
	},
];

/** The site's saved progress, as its tracker writes it (`jsonCodec` in site-tracker.ts). */
const saved = (activities: Record<string, unknown>) =>
	JSON.stringify({ v: 1, visited: [], activities });

describe('moduleProgress', () => {
	test('nothing saved, or not the site format: nothing done', () => {
		for (const text of [undefined, '', 'not json', '{"v":2,"activities":{"a":{}}}', 'null']) {
			expect(moduleProgress(lessons, text).map((p) => p.done)).toEqual([0, 0, 0]);
		}
	});

	test('answered and skipped count; an answer to a changed question does not', () => {
		const progress = moduleProgress(
			lessons,
			saved({
				a: { status: 'answered', key: 'k1', attempts: 1 },
				b: { status: 'answered', key: 'old', attempts: 1 },
				c: { status: 'skipped', attempts: 0 },
				d: { status: 'opened' },
				x: { status: 'answered' },
			}),
		);
		expect(progress).toEqual([
			{ id: 'one', done: 1, total: 2 },
			{ id: 'two', done: 1, total: 1 },
			{ id: 'three', done: 0, total: 2 },
		]);
	});
});

describe('resumeFrom', () => {
	const at = (...done: number[]) =>
		resumeFrom(
			lessons.map((l, i) => ({ id: l.id, done: done[i] ?? 0, total: l.activities.length })),
		);
	test('nothing done: start', () => {
		expect(at(0, 0, 0)).toEqual({ kind: 'start' });
	});
	test('something done: the first lesson not finished, even one skipped past', () => {
		expect(at(1, 0, 0)).toEqual({ kind: 'continue', lessonId: 'one' });
		expect(at(2, 0, 0)).toEqual({ kind: 'continue', lessonId: 'two' });
		expect(at(0, 1, 2)).toEqual({ kind: 'continue', lessonId: 'one' });
	});
	test('all done: finished', () => {
		expect(at(2, 1, 2)).toEqual({ kind: 'finished' });
	});
});

test('lessonStatus: silent until something is done, then how much', () => {
	expect(lessonStatus({ id: 'one', done: 0, total: 2 })).toBe('');
	expect(lessonStatus({ id: 'one', done: 1, total: 2 })).toBe(
		'Started: 1 of 2 activities answered or skipped.',
	);
	expect(lessonStatus({ id: 'one', done: 2, total: 2 })).toBe(
		'Done: every activity answered or skipped.',
	);
});

test('the attribute the page writes reads back as it was', () => {
	const listed = lessons[0]?.activities ?? [];
	expect(readListedActivities(listActivities(listed))).toEqual(listed);
	expect(readListedActivities('')).toEqual([]);
});
