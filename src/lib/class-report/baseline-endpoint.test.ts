import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../content/read.ts';
import { reportModule } from './module-data.ts';
import { readMoodleExport, type MoodleExport } from './read-export.ts';
import { classReport, type ReportModule } from './tally.ts';

const root = join(import.meta.dirname, '../../..');
let ks3: ReportModule;
let forces: ReportModule;

beforeAll(async () => {
	const content = await readContent(root);
	const byId = new Map(content.lessons.map((l) => [l.data.id, l.data]));
	const of = (id: string) => {
		const m = content.modules.find((x) => x.data.id === id)?.data;
		if (!m) throw new Error(`no module ${id}`);
		return reportModule(
			m,
			m.lessons.flatMap((l) => byId.get(l) ?? []),
		);
	};
	ks3 = of('school-ks3');
	forces = of('forces-induction');
});

/**
 * A Moodle SCORM 1.2 interactions report (tab-separated, as Moodle downloads it) from rows of
 * learner → interaction id → response code, names and emails in the first columns as Moodle has them.
 */
function moodle(rows: Record<string, string>[]): MoodleExport {
	const width = Math.max(...rows.map((r) => Object.keys(r).length));
	const head = ['Name', '"Email address"', 'Attempt', 'Score'];
	for (let i = 0; i < width; i++) head.push(`"Question ${String(i)}"`, `"Response ${String(i)}"`);
	const lines = rows.map((r, n) =>
		[`"Learner ${String(n)}"`, `l${String(n)}@example.com`, '1', '50']
			.concat(Object.entries(r).flatMap(([id, code]) => [id, code]))
			.join('\t'),
	);
	const read = readMoodleExport([head.join('\t'), ...lines].join('\n') + '\n');
	if (!read.ok) throw new Error(read.problem.name);
	return read.value;
}

describe('the class report: baseline against end point per learning objective', () => {
	test('three learners: the share answered in the safest way at each end, per objective, nobody named', () => {
		// In every check question of the shipped modules the safest option is "b".
		const file = moodle([
			{
				'baseline-dont-pay': 'a',
				'baseline-evidence': 'a',
				'endpoint-dont-pay': 'b',
				'endpoint-evidence': 'b',
			},
			{
				'baseline-dont-pay': 'b',
				'baseline-evidence': 'c',
				'endpoint-dont-pay': 'b',
				'endpoint-evidence': 'b',
			},
			{ 'baseline-fake-signs': 'a', 'endpoint-fake-signs': 'b', 'baseline-who-to-tell': 'c' },
		]);
		const report = classReport(ks3, file);
		const byId = Object.fromEntries(report.objectives.map((o) => [o.id, o]));
		// "List the steps…": two questions, two learners each: 1 of 4 safest at the start, 4 of 4 at the end.
		expect(byId['if-it-happens-1']).toMatchObject({
			lesson: 'If it happens',
			baseline: { answered: 4, safest: 1, unread: 0 },
			endpoint: { answered: 4, safest: 4, unread: 0 },
		});
		expect(byId['if-it-happens-1']?.text).toMatch(/^List the steps/);
		expect(byId['if-it-happens-1']?.questions.map((q) => q.id)).toEqual(['dont-pay', 'evidence']);
		expect(byId['fake-profiles-1']).toMatchObject({
			baseline: { answered: 1, safest: 0 },
			endpoint: { answered: 1, safest: 1 },
		});
		// Answered at the start only: the end point has no answers yet (never counted as wrong).
		expect(byId['if-it-happens-2']).toMatchObject({
			baseline: { answered: 1, safest: 0 },
			endpoint: { answered: 0, safest: 0 },
		});
		// The check questions are reported here, not again among each lesson's activities.
		const listed = report.lessons.flatMap((l) => [
			...l.activities.map((a) => a.id),
			...l.notJudged.map((a) => a.id),
		]);
		expect(listed.filter((id) => /^(baseline|endpoint)-/.test(id))).toEqual([]);
		expect(report.unknownIds).toEqual([]);
		expect(JSON.stringify(report)).not.toMatch(/Learner|example\.com/);
	});

	test('each learner once per question: a later attempt replaces an earlier one, and an unreadable code is set apart', () => {
		const head = 'Name\tAttempt\t"Question 0"\t"Response 0"\t"Question 1"\t"Response 1"';
		const read = readMoodleExport(
			[
				head,
				'A\t1\tbaseline-dont-pay\ta\tendpoint-dont-pay\ta',
				'A\t2\tbaseline-dont-pay\ta\tendpoint-dont-pay\tb',
				'B\t1\tbaseline-dont-pay\tz\tendpoint-dont-pay\tb',
			].join('\n') + '\n',
		);
		if (!read.ok) throw new Error(read.problem.name);
		const pay = classReport(ks3, read.value).objectives.find((o) => o.id === 'if-it-happens-1');
		const q = pay?.questions.find((x) => x.id === 'dont-pay');
		expect(q?.baseline).toEqual({ answered: 1, safest: 0, unread: 1 });
		expect(q?.endpoint).toEqual({ answered: 2, safest: 2, unread: 0 });
	});

	test('the forces module compares its own questions: who to tell is an objective of its forces lesson', () => {
		const report = classReport(
			forces,
			moodle([{ 'baseline-forces-who-to-tell': 'a', 'endpoint-forces-who-to-tell': 'b' }]),
		);
		expect(report.objectives.map((o) => o.id)).toEqual([
			'fake-profiles-1',
			'if-it-happens-1',
			'forces-who-to-tell-3',
		]);
		expect(report.objectives.at(-1)).toMatchObject({
			lesson: 'Why service personnel are targeted, and who to tell',
			baseline: { answered: 1, safest: 0 },
			endpoint: { answered: 1, safest: 1 },
		});
	});
});
