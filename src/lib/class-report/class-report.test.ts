import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { STANDARDS } from '../../../exports/scorm/standards.ts';
import { readContent } from '../../content/read.ts';
import type { Activity } from '../../schemas/activity.ts';
import { checkAnswer, type Answer } from '../engine/answers.ts';
import { interactionFields, toInteraction } from '../../../exports/scorm/runtime/interactions.ts';
import { decodeResponse, pathTo } from './decode.ts';
import { reportDataScript, reportModule, reportModuleEntry } from './module-data.ts';
import {
	REPORT_FILE_LIMIT,
	readBytes,
	readMoodleExport,
	type MoodleExport,
	type ReportProblem,
} from './read-export.ts';
import { classReport, coverage, detectModule, type ReportModule } from './tally.ts';
import { problemWords } from './words.ts';

const root = join(import.meta.dirname, '../../..');
/** The real Moodle downloads: read from the shared folder, never copied into the project. */
const fixture = (name: string) => readFileSync(join(root, '../shared/fixtures/moodle', name));

let modules: ReportModule[] = [];
const mod = (id: string) => {
	const m = modules.find((x) => x.id === id);
	if (!m) throw new Error(`no module ${id}`);
	return m;
};

beforeAll(async () => {
	const content = await readContent(root);
	const byId = new Map(content.lessons.map((l) => [l.data.id, l.data]));
	modules = content.modules.map(({ data }) =>
		reportModule(
			data,
			data.lessons.flatMap((id) => byId.get(id) ?? []),
		),
	);
});

/** Reads a file as the page does, failing the test with the problem's name if it is refused. */
function read(bytes: Uint8Array): MoodleExport {
	const text = readBytes(bytes);
	if (!text.ok) throw new Error(text.problem.name);
	const file = readMoodleExport(text.value);
	if (!file.ok) throw new Error(file.problem.name);
	return file.value;
}

/** The problem a file is refused with, or "read" when it is read. */
function problem(bytes: Uint8Array | string): ReportProblem['name'] | 'read' {
	const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
	const text = readBytes(data);
	if (!text.ok) return text.problem.name;
	const file = readMoodleExport(text.value);
	return file.ok ? 'read' : file.problem.name;
}

const allActivities = (m: ReportModule) => m.lessons.flatMap((l) => l.activities);
const tallyOf = (m: ReportModule, file: MoodleExport, id: string) =>
	classReport(m, file)
		.lessons.flatMap((l) => l.activities)
		.find((a) => a.id === id);

describe('reading the real Moodle downloads', () => {
	test('the KS3 SCORM 1.2 interactions report: one learner, two attempts, no name kept anywhere', () => {
		const bytes = fixture('school-ks3-scorm12-interactions.tsv');
		const file = read(bytes);
		expect(file.learners).toBe(1);
		expect(file.attempts.map((a) => a.attempt)).toEqual([1, 2]);
		expect(file.attempts[0]?.interactions).toHaveLength(25);
		expect(file.attempts[1]?.interactions).toHaveLength(8);
		const kept = JSON.stringify(file);
		expect(kept).not.toContain('Sam');
		expect(kept).not.toContain('student1');
		expect(kept).not.toContain('example.com');
	});

	test('the file says which module it is from', () => {
		const entries = modules.map(reportModuleEntry);
		const ks3 = read(fixture('school-ks3-scorm12-interactions.tsv'));
		const forces = read(fixture('forces-induction-scorm12-interactions.tsv'));
		const found = (file: MoodleExport) => {
			const d = detectModule(file, entries);
			return { module: d?.module.id, alsoMatches: d?.alsoMatches.map((m) => m.id) };
		};
		expect(found(ks3)).toEqual({ module: 'school-ks3', alsoMatches: [] });
		expect(found(forces)).toEqual({ module: 'forces-induction', alsoMatches: [] });
		// The forces download came from a package built before forces learners got their own stories
		// (Dylan and Shannon, Bethan and Owen): Mia's and Maya's activities in it are no longer in the
		// forces module, so about a fifth of its ids match none of its activities, as for a teacher
		// whose LMS still holds answers to an older package.
		const own = coverage(forces, reportModuleEntry(mod('forces-induction')));
		expect(own).toBeGreaterThan(0.75);
		expect(coverage(forces, reportModuleEntry(mod('school-ks3')))).toBeLessThan(own);
	});

	test('a file with only shared activities answered names every module that holds them', () => {
		const file = readMoodleExport(
			'Name\tAttempt\t"Question 0"\t"Response 0"\nA\t1\tfake-profiles-mia-request\tb\n',
		);
		if (!file.ok) throw new Error(file.problem.name);
		const found = detectModule(file.value, modules.map(reportModuleEntry));
		const all = [found?.module, ...(found?.alsoMatches ?? [])].map((m) => m?.id).sort();
		expect(all).toEqual(
			modules
				.filter((m) => allActivities(m).some((a) => a.id === 'fake-profiles-mia-request'))
				.map((m) => m.id)
				.sort(),
		);
		expect(all.length).toBeGreaterThan(1);
	});

	test('KS3: each learner counted once, from their latest attempt that answered each activity', () => {
		const file = read(fixture('school-ks3-scorm12-interactions.tsv'));
		const m = mod('school-ks3');
		const report = classReport(m, file);
		expect(report.learners).toBe(1);
		expect(report.unknownIds).toEqual([]);
		// Attempt 2 answered the profile card with "f" (not right); attempt 1 had "c,e,f".
		expect(tallyOf(m, file, 'fake-profiles-mia-card')).toMatchObject({ answered: 1, safest: 0 });
		// Attempt 2 answered "mia-request" with "b", the right answer ("a" in attempt 1 was not).
		expect(tallyOf(m, file, 'fake-profiles-mia-request')).toMatchObject({
			answered: 1,
			safest: 1,
			unread: 0,
		});
		// This package (built before chat endings were named by their node id) wrote ending "d" by
		// position: it is no ending of the story now, so it is counted as not read, never guessed.
		expect(tallyOf(m, file, 'helping-a-friend-zac-chat')).toMatchObject({
			answered: 1,
			safest: 0,
			unread: 1,
		});
		expect(tallyOf(m, file, 'if-it-happens-already-paid')).toMatchObject({
			answered: 1,
			safest: 1,
		});
		expect(tallyOf(m, file, 'friend-requests-sort')).toMatchObject({ answered: 1, safest: 0 });
	});

	test('each verdict agrees with the "Right answer" column Moodle shows, for every response that reads', () => {
		for (const name of [
			'school-ks3-scorm12-interactions.tsv',
			'forces-induction-scorm12-interactions.tsv',
		]) {
			const text = readBytes(fixture(name));
			if (!text.ok) throw new Error(text.problem.name);
			const lines = text.value.trim().split('\n').slice(1);
			const m = mod(name.startsWith('school') ? 'school-ks3' : 'forces-induction');
			const byId = new Map(allActivities(m).map((a) => [a.id, a]));
			let compared = 0;
			for (const line of lines) {
				const cells = line.split('\t');
				for (let c = 7; c + 2 < cells.length + 1; c += 3) {
					const activity = byId.get(cells[c] ?? '');
					const response = cells[c + 1] ?? '';
					const right = cells[c + 2] ?? '';
					if (!activity || response === '' || right === '') continue;
					const answer = decodeResponse(activity, response);
					if (!answer) continue;
					// Moodle lists every right answer joined by commas; a chat story's are single codes.
					const rightOnes = activity.type === 'scenario' ? right.split(',') : [right];
					expect(checkAnswer(activity, answer).correct, `${activity.id} ${response}`).toBe(
						rightOnes.includes(response),
					);
					compared++;
				}
			}
			// Most of the 23 to 25 answers in each file (the forces file's older school stories and the
			// chat stories named by an older code are not read: see above).
			expect(compared).toBeGreaterThan(12);
		}
	});

	test('forces: confidence ratings in an older export are shown; without them the report says they stay on the device', () => {
		const file = read(fixture('forces-induction-scorm12-interactions.tsv'));
		const report = classReport(mod('forces-induction'), file);
		const before = report.lessons
			.flatMap((l) => l.confidence)
			.find((c) => c.id === 'fake-profiles-confidence-before');
		// Attempt 2 (rating 3) is the latest that answered it.
		expect(before).toMatchObject({ answered: 1, counts: [0, 0, 1, 0, 0], mean: 3 });
		expect(report.confidenceStaysOnDevice).toBe(false);
		const noRatings: MoodleExport = {
			...file,
			attempts: file.attempts.map((a) => ({
				...a,
				interactions: a.interactions.filter((i) => !i.id.includes('confidence')),
			})),
		};
		expect(classReport(mod('forces-induction'), noRatings).confidenceStaysOnDevice).toBe(true);
	});

	test('the same report saved as comma-separated text reads the same', () => {
		const tabbed = readBytes(fixture('school-ks3-scorm12-interactions.tsv'));
		if (!tabbed.ok) throw new Error(tabbed.problem.name);
		const rows = tabbed.value
			.trim()
			.split('\n')
			.map((line) =>
				line
					.split('\t')
					.map((cell) => `"${cell.replace(/^"|"$/g, '').replaceAll('"', '""')}"`)
					.join(','),
			);
		const comma = readMoodleExport(`${rows.join('\r\n')}\r\n`);
		expect(comma).toEqual(readMoodleExport(tabbed.value));
	});

	test('the Basic report and the SCORM 2004 report are refused with what to download instead', () => {
		expect(problem(fixture('school-ks3-scorm12-basic.tsv'))).toBe('ReportIsBasicReport');
		expect(problem(fixture('school-ks3-scorm2004-interactions.tsv'))).toBe('ReportIsScorm2004');
		expect(problemWords({ name: 'ReportIsScorm2004' }).todo).toContain('SCORM 1.2 package');
		expect(problemWords({ name: 'ReportIsBasicReport' }).todo).toContain('Interactions report');
	});
});

describe('hostile and wrong files: refused calmly, with what to download instead', () => {
	const header = 'Name\t"Email address"\tAttempt\t"Question 0"\t"Response 0"\n';
	test.each([
		['an empty file', '', 'ReportFileEmpty'],
		['blank lines only', '\n\n  \n', 'ReportFileEmpty'],
		['a shopping list', 'eggs, milk\nbread, jam\n', 'ReportNotMoodleExport'],
		['wrong columns', 'Name\tAttempt\tScore\tColour\nA\t1\t3\tred\n', 'ReportIsBasicReport'],
		[
			'questions without responses',
			'Name\tAttempt\t"Question 0"\nA\t1\tx\n',
			'ReportHasNoResponseColumns',
		],
		['a header only', header, 'ReportHasNoAttempts'],
		[
			'a formula',
			`${header}"=HYPERLINK(""http://evil.example"",""click"")"\ta@b\t1\tfake-profiles-mia-request\tb\n`,
			'ReportFileHasFormulas',
		],
		['a formula with +', `${header}+cmd(1)\ta@b\t1\tx\tb\n`, 'ReportFileHasFormulas'],
	])('%s', (_what, text, name) => {
		expect(problem(text)).toBe(name);
	});

	test('another course’s interactions report: no Second Look module matches it', () => {
		const file = readMoodleExport(`${header}"Ann"\ta@b\t1\tq1_photosynthesis\tb\n`);
		if (!file.ok) throw new Error(file.problem.name);
		expect(detectModule(file.value, modules.map(reportModuleEntry))).toBeUndefined();
		expect(problemWords({ name: 'ReportUnknownActivities' }).what).toContain(
			'not from any Second Look module',
		);
	});

	test('a file over the limit is refused before it is decoded', () => {
		expect(problem(new Uint8Array(REPORT_FILE_LIMIT + 1))).toBe('ReportFileTooLarge');
	});
	test('binary files: a zip (Excel, ODS), NUL bytes, text that is not UTF-8', () => {
		expect(problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe(
			'ReportFileIsSpreadsheet',
		);
		expect(problem(new Uint8Array([0x4e, 0x61, 0, 0x65]))).toBe('ReportFileNotText');
		expect(problem(new Uint8Array([0x4e, 0xff, 0xfe, 0x41, 0x0a]))).toBe('ReportFileNotText');
	});
	test('every problem is worded with what to do next', () => {
		for (const name of [
			'ReportFileEmpty',
			'ReportFileIsSpreadsheet',
			'ReportFileNotText',
			'ReportFileHasFormulas',
			'ReportNotMoodleExport',
			'ReportHasNoQuestionColumns',
			'ReportHasNoResponseColumns',
			'ReportUnknownActivities',
		] as const)
			expect(problemWords({ name }).todo).toContain('Interactions report');
	});
	test('quoted cells keep tabs, quotes and line breaks inside them, and never become markup', () => {
		const text = `${header}"<img src=x onerror=alert(1)>\tX"\t"a""b\nc"\t1\tfake-profiles-mia-request\tb\n`;
		const file = readMoodleExport(text);
		expect(file.ok && file.value.learners).toBe(1);
		expect(file.ok && file.value.attempts[0]?.interactions).toEqual([
			{ id: 'fake-profiles-mia-request', response: 'b' },
		]);
		expect(JSON.stringify(file)).not.toContain('img');
	});
});

describe('a class the test makes from what the LMS stores', () => {
	/**
	 * A Moodle-shaped TSV from what the SCORM 1.2 runtime writes to the LMS (`interactionFields`: the
	 * SetValue pairs), one row per attempt, as Moodle's report lays out `cmi.interactions.n.*`.
	 */
	function moodleExport(
		learners: { name: string; attempt: number; answers: [Activity, Answer][] }[],
	): string {
		const n = Math.max(...learners.map((l) => l.answers.length));
		const cols = Array.from({ length: n }, (_, i) => [
			`"Question ${String(i)}"`,
			`"Response ${String(i)}"`,
			`"Right answer ${String(i)}"`,
		]).flat();
		const head = ['Name', '"Email address"', 'Attempt', '"Started on"', 'Score', ...cols].join(
			'\t',
		);
		const rows = learners.map((l) => {
			const cells = l.answers.flatMap(([activity, answer]) => {
				const fields = interactionFields(
					{
						activity,
						answer,
						checked: checkAnswer(activity, answer),
						isFirst: true,
						latencyMs: 1000,
						at: new Date(0),
					},
					STANDARDS.scorm12,
				);
				const value = (suffix: string) =>
					fields.filter(([path]) => path.endsWith(suffix)).map(([, v]) => v);
				return [
					value('.id').join(''),
					value('.student_response').join(''),
					value('.pattern').join(','),
				];
			});
			while (cells.length < n * 3) cells.push('');
			const email = `${l.name.toLowerCase().replace(/\W/g, '')}@school.example`;
			return [`"${l.name}"`, email, String(l.attempt), '"today"', '50', ...cells].join('\t');
		});
		return `${[head, ...rows].join('\n')}\n`;
	}

	test('counts, safest answers, hardest first and confidence match the answers the test gave', () => {
		const m = mod('adult-self-paced');
		const acts = allActivities(m);
		const single = acts.find((a) => a.type === 'single-choice');
		const tf = acts.find((a) => a.type === 'true-false' && a.id.startsWith('fake-profiles'));
		const conf = acts.find((a) => a.type === 'confidence');
		if (
			single?.type !== 'single-choice' ||
			tf?.type !== 'true-false' ||
			conf?.type !== 'confidence'
		)
			throw new Error('content changed');
		const right = single.options.find((o) => o.correct)?.id ?? '';
		const wrong = single.options.find((o) => !o.correct)?.id ?? '';
		const s = (id: string): [Activity, Answer] => [single, { type: 'single-choice', value: id }];
		const t = (v: boolean): [Activity, Answer] => [tf, { type: 'true-false', value: v }];
		const c = (v: number): [Activity, Answer] => [conf, { type: 'confidence', value: v }];
		const text = moodleExport([
			{ name: 'Ann One', attempt: 1, answers: [s(wrong), t(!tf.answer), c(2)] },
			// Ann's second attempt answers the choice rightly: her latest answer counts, once.
			{ name: 'Ann One', attempt: 2, answers: [s(right)] },
			{ name: 'Bo Two', attempt: 1, answers: [s(right), t(tf.answer), c(4)] },
			{ name: 'Cy Three', attempt: 1, answers: [s(wrong), t(!tf.answer)] },
		]);
		const file = readMoodleExport(text);
		if (!file.ok) throw new Error(file.problem.name);
		expect(file.value.learners).toBe(3);
		expect(detectModule(file.value, modules.map(reportModuleEntry))).toBeDefined();
		const report = classReport(m, file.value);
		const flat = report.lessons.flatMap((l) => l.activities);
		expect(flat.find((a) => a.id === single.id)).toMatchObject({
			answered: 3,
			safest: 2,
			unread: 0,
		});
		expect(flat.find((a) => a.id === tf.id)).toMatchObject({ answered: 3, safest: 1, unread: 0 });
		expect(report.lessons.flatMap((l) => l.confidence).find((x) => x.id === conf.id)).toMatchObject(
			{
				answered: 2,
				counts: [0, 1, 0, 1, 0],
				mean: 3,
			},
		);
		// Within the lesson, the true-false (1 of 3) comes before the choice (2 of 3).
		const lesson = report.lessons.find((l) => l.activities.some((a) => a.id === tf.id));
		const order = lesson?.activities.map((a) => a.id) ?? [];
		if (lesson?.activities.some((a) => a.id === single.id))
			expect(order.indexOf(tf.id)).toBeLessThan(order.indexOf(single.id));
		expect(JSON.stringify(report)).not.toMatch(/Ann|Bo Two|school\.example/);
	});

	test('every activity of every module: the stored 1.2 response reads back to the same verdict', () => {
		let n = 0;
		for (const m of modules)
			for (const activity of allActivities(m)) {
				if (activity.type === 'h5p' || activity.type === 'confidence') continue;
				const key = toInteraction(
					activity,
					rightAnswer(activity),
					checkAnswer(activity, rightAnswer(activity)),
					STANDARDS.scorm12,
				);
				const answer = decodeResponse(activity, key.learnerResponse);
				expect(answer, activity.id).toBeDefined();
				if (answer) expect(checkAnswer(activity, answer).correct, activity.id).toBe(true);
				n++;
			}
		expect(n).toBeGreaterThan(40);
	});
});

/** A right answer to an activity, built from its content. */
function rightAnswer(activity: Activity): Answer {
	switch (activity.type) {
		case 'single-choice':
			return { type: 'single-choice', value: activity.options.find((o) => o.correct)?.id ?? '' };
		case 'multiple-response':
			return {
				type: 'multiple-response',
				value: activity.options.filter((o) => o.correct).map((o) => o.id),
			};
		case 'red-flags':
			return { type: 'red-flags', value: activity.parts.filter((p) => p.flag).map((p) => p.id) };
		case 'ordering':
			return { type: 'ordering', value: activity.items.map((i) => i.id) };
		case 'matching':
			return {
				type: 'matching',
				value: Object.fromEntries(activity.pairs.map((p) => [p.id, p.match])),
			};
		case 'true-false':
			return { type: 'true-false', value: activity.answer };
		case 'scenario': {
			const safe = activity.nodes.find((n) => n.ending?.safe);
			return { type: 'scenario', value: pathTo(activity, safe?.id ?? '') ?? [] };
		}
		case 'confidence':
			return { type: 'confidence', value: 3 };
		case 'h5p':
			return { type: 'h5p', value: { response: '', success: true, score: 1 } };
	}
}

describe('the offline copy’s data script', () => {
	test('sets every module’s activities for the page, and hostile text cannot end the script', () => {
		const m = mod('school-ks3');
		const hostile = { ...m, title: '</script><script>alert(1)</script>' };
		const script = reportDataScript([hostile]);
		expect(script).not.toContain('</script>');
		const window: { secondLookReportData?: unknown } = {};
		runInNewContext(script, { window });
		expect(window.secondLookReportData).toEqual({
			entries: [reportModuleEntry(hostile)],
			modules: { 'school-ks3': hostile },
		});
	});
});
