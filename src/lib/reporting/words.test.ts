import { describe, expect, test } from 'vitest';
import { reportingWords } from './words.ts';

describe('reportingWords', () => {
	test('completion modules: no pass mark, Moodle "Require status: Completed", never failed', () => {
		const w = reportingWords({ reporting: 'completion', passMark: 80, confidence: 'reported' });
		expect(w.name).toBe('Completion only');
		expect(w.pass).toMatch(/nobody is passed or failed/);
		expect(w.moodle).toMatch(/"Require status" and tick Completed/);
		expect(w.standards).toMatch(/None of them ever records "failed"/);
		expect(Object.values(w).join(' ')).not.toMatch(/80%/);
	});

	test('pass-mark modules: the mark, and under it completed, never failed', () => {
		const w = reportingWords({ reporting: 'pass-mark', passMark: 75, confidence: 'reported' });
		expect(w.name).toBe('Completion, and a pass mark of 75%');
		expect(w.pass).toMatch(/75% or more is passed.*still completed, never failed/);
		expect(w.standards).toMatch(/CompletedOrPassed/);
	});

	test('both say skipping never counts against a learner and how a chat story counts', () => {
		for (const reporting of ['completion', 'pass-mark'] as const) {
			const w = reportingWords({ reporting, passMark: 80, confidence: 'reported' });
			expect(w.completion).toMatch(/never counts against/);
			expect(w.score).toMatch(/skipped activities .* left out/);
			expect(w.score).toMatch(/safe ending counts/);
		}
	});

	test('confidence ratings: "browser" says they never reach the LMS and completion does not wait for them', () => {
		const browser = reportingWords({
			reporting: 'completion',
			passMark: 80,
			confidence: 'browser',
		});
		expect(browser.confidence).toMatch(/browser only.*never sent to the LMS/);
		expect(browser.completion).toMatch(/every activity except the confidence ratings/);
		const reported = reportingWords({
			reporting: 'completion',
			passMark: 80,
			confidence: 'reported',
		});
		expect(reported.confidence).toMatch(/Sent to the LMS/);
		expect(reported.completion).not.toMatch(/except/);
	});
});
