import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { strictScorm } from '../support/strict-scorm.ts';

/** scorm-again behind the strict checker, initialised. */
function open(standard: 'scorm12' | 'scorm2004') {
	const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as never;
	const raw = standard === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
	const strict = strictScorm(raw as unknown as Record<string, unknown>, standard);
	const call = (method: string, ...args: string[]) =>
		(strict.api[method] as (...a: string[]) => string)(...args);
	call(standard === 'scorm12' ? 'LMSInitialize' : 'Initialize', '');
	return {
		strict,
		set: (k: string, v: string) => call(standard === 'scorm12' ? 'LMSSetValue' : 'SetValue', k, v),
	};
}

describe('the strict checker reads responses by their interaction type (scorm-again does not)', () => {
	test('SCORM 1.2: a choice response of words, or a match of words, breaks CMIFeedback', () => {
		const lms = open('scorm12');
		lms.set('cmi.interactions.0.id', 'q1');
		lms.set('cmi.interactions.0.type', 'choice');
		lms.set('cmi.interactions.0.student_response', 'b');
		lms.set('cmi.interactions.0.correct_responses.0.pattern', 'a,c');
		expect(lms.strict.violations).toEqual([]);
		lms.set('cmi.interactions.0.correct_responses.1.pattern', 'stop-and-tell');
		lms.set('cmi.interactions.1.id', 'q2');
		lms.set('cmi.interactions.1.type', 'matching');
		lms.set('cmi.interactions.1.student_response', 'police.crime');
		expect(lms.strict.violations).toHaveLength(2);
		expect(lms.strict.violations[0]).toContain('choice response format');
		// A fill-in may hold words.
		lms.set('cmi.interactions.2.id', 'q3');
		lms.set('cmi.interactions.2.type', 'fill-in');
		lms.set('cmi.interactions.2.student_response', 'told-mum');
		expect(lms.strict.violations).toHaveLength(2);
	});

	test('SCORM 2004: short identifiers without spaces; a description of 250 characters at most', () => {
		const lms = open('scorm2004');
		lms.set('cmi.interactions.0.id', 'urn:x:q1');
		lms.set('cmi.interactions.0.type', 'choice');
		lms.set('cmi.interactions.0.learner_response', 'stop-and-tell[,]new-account');
		lms.set('cmi.interactions.0.description', 'What should Sam do first?');
		expect(lms.strict.violations).toEqual([]);
		lms.set('cmi.interactions.0.correct_responses.0.pattern', 'stop and tell');
		lms.set('cmi.interactions.0.description', 'x'.repeat(251));
		expect(lms.strict.violations.length).toBeGreaterThanOrEqual(2);
		expect(lms.strict.violations.join(' ')).toContain('choice response format');
		expect(lms.strict.violations.join(' ')).toContain('over 250 characters');
	});
});
