import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../content/read.ts';
import { reportModule } from './module-data.ts';
import {
	MAX_COUNT,
	hasTallies,
	noTallies,
	readTallies,
	roomCounts,
	withEntry,
	type RoomTallies,
} from './room-tallies.ts';
import { reportFromCounts, type ReportModule } from './tally.ts';

const root = join(import.meta.dirname, '../../..');
let ks3: ReportModule;

beforeAll(async () => {
	const content = await readContent(root);
	const byId = new Map(content.lessons.map((l) => [l.data.id, l.data]));
	const data = content.modules.find((m) => m.data.id === 'school-ks3')?.data;
	if (!data) throw new Error('no school-ks3 module');
	ks3 = reportModule(
		data,
		data.lessons.flatMap((id) => byId.get(id) ?? []),
	);
});

describe('counts from presenter mode', () => {
	test('a scored activity takes its two counts only when both are whole numbers and the safest are no more than those who answered; a slip keeps the counts before it', () => {
		const stored = withEntry(noTallies(), 'a', { answered: '28', safest: '21' });
		expect(stored.scored['a']).toEqual({ answered: 28, safest: 21 });
		for (const bad of [
			{ answered: '20', safest: '21' },
			{ answered: '20', safest: '' },
			{ answered: '2.5', safest: '1' },
			{ answered: '-3', safest: '0' },
			{ answered: String(MAX_COUNT + 1), safest: '1' },
			{ answered: '1e2', safest: 'x' },
		]) {
			expect(withEntry(noTallies(), 'a', bad).scored['a'], JSON.stringify(bad)).toBeUndefined();
			expect(withEntry(stored, 'a', bad).scored['a'], JSON.stringify(bad)).toEqual({
				answered: 28,
				safest: 21,
			});
		}
		// Both fields emptied on purpose clear it.
		expect(withEntry(stored, 'a', { answered: '', safest: ' ' }).scored['a']).toBeUndefined();
	});

	test('a confidence check counts empty fields as none, and drops the check when nobody was counted', () => {
		const t = withEntry(noTallies(), 'c', { ratings: ['', '3', '10', '', '2'] });
		expect(t.ratings['c']).toEqual([0, 3, 10, 0, 2]);
		expect(withEntry(t, 'c', { ratings: ['', '', '', '', ''] }).ratings['c']).toBeUndefined();
		// A typo keeps the ratings counted before it.
		expect(withEntry(t, 'c', { ratings: ['', 'x', '10', '', '2'] }).ratings['c']).toEqual([
			0, 3, 10, 0, 2,
		]);
		expect(hasTallies(withEntry(t, 'c', { ratings: ['0', '0', '0', '0', '0'] }))).toBe(false);
	});

	test('stored text that is not ours reads as no counts, and bad entries are left out', () => {
		for (const text of [null, '', 'not json', '[]', '{"scored":[1,2]}', 'null'])
			expect(readTallies(text)).toEqual(noTallies());
		const stored = readTallies(
			JSON.stringify({
				scored: { ok: { answered: 30, safest: 12 }, over: { answered: 3, safest: 9 }, s: 'x' },
				ratings: { ok: [1, 2, 3, 4, 5], short: [1, 2], neg: [1, -1, 0, 0, 0] },
			}),
		);
		expect(stored).toEqual({
			scored: { ok: { answered: 30, safest: 12 } },
			ratings: { ok: [1, 2, 3, 4, 5] },
		} satisfies RoomTallies);
	});

	test('the class report draws from them as from an LMS file: hardest first, ratings with their mean, the room as the learners', () => {
		const lesson = ks3.lessons[0];
		const scored =
			lesson?.activities.filter((a) => a.type !== 'confidence' && a.type !== 'h5p') ?? [];
		const rating = ks3.lessons.flatMap((l) => l.activities).find((a) => a.type === 'confidence');
		const [easy, hard] = scored;
		if (!lesson || !easy || !hard || !rating) throw new Error('KS3 lost its activities');
		let t = withEntry(noTallies(), easy.id, { answered: '30', safest: '27' });
		t = withEntry(t, hard.id, { answered: '29', safest: '9' });
		t = withEntry(t, rating.id, { ratings: ['2', '4', '10', '8', '6'] });
		t = withEntry(t, 'not-in-ks3', { answered: '5', safest: '5' });
		const report = reportFromCounts(ks3, roomCounts(t));
		expect(report.learners).toBe(30);
		const first = report.lessons[0]?.activities;
		expect(first?.slice(0, 2).map((a) => [a.id, a.safest, a.answered])).toEqual([
			[hard.id, 9, 29],
			[easy.id, 27, 30],
		]);
		const rated = report.lessons.flatMap((l) => l.confidence).find((c) => c.id === rating.id);
		expect(rated?.counts).toEqual([2, 4, 10, 8, 6]);
		expect(rated?.mean).toBeCloseTo((2 + 8 + 30 + 32 + 30) / 30);
		// Ratings counted in the room are shown even where the package keeps them on the device.
		expect(report.confidenceStaysOnDevice).toBe(false);
		expect(report.unknownIds).toEqual(['not-in-ks3']);
	});
});
