import { describe, expect, test } from 'vitest';
import { STANDARDS } from '../standards.ts';
import { policyFor, raisesScore, raisesStatus, startStatus } from './record.ts';

const v12 = STANDARDS.scorm12.vocabulary;
const v04 = STANDARDS.scorm2004.vocabulary;

describe('a recorded status is never lowered', () => {
	test.each([
		// SCORM 1.2 lesson_status: [stored, next, written?]
		['passed', 'failed', false],
		['passed', 'completed', false],
		['passed', 'incomplete', false],
		['completed', 'incomplete', false],
		['completed', 'failed', false],
		['completed', 'passed', true],
		['failed', 'passed', true],
		['failed', 'incomplete', false],
		['incomplete', 'failed', true],
		['browsed', 'incomplete', true],
		['not attempted', 'incomplete', true],
		['', 'incomplete', true],
		['incomplete', 'incomplete', false],
	])('1.2: %s, then %s: written %s', (stored, next, expected) => {
		expect(raisesStatus(v12.completionOrder, stored, next)).toBe(expected);
	});

	test.each([
		[v04.completionOrder, 'completed', 'incomplete', false],
		[v04.completionOrder, 'unknown', 'incomplete', true],
		[v04.completionOrder, 'incomplete', 'completed', true],
		[v04.successOrder, 'passed', 'failed', false],
		[v04.successOrder, 'failed', 'passed', true],
		[v04.successOrder, 'unknown', 'failed', true],
	])('2004: %j %s, then %s: written %s', (order, stored, next, expected) => {
		expect(raisesStatus(order, stored, next)).toBe(expected);
	});

	test('a status that could not be read lets only the highest value through', () => {
		expect(raisesStatus(v12.completionOrder, undefined, 'failed')).toBe(false);
		expect(raisesStatus(v12.completionOrder, undefined, 'passed')).toBe(true);
		expect(raisesStatus(v04.successOrder, undefined, 'failed')).toBe(false);
	});

	test('a score is written only when higher; "" (never set) takes any; unreadable only the top', () => {
		expect(raisesScore('100', 0)).toBe(false);
		expect(raisesScore('71', 71)).toBe(false);
		expect(raisesScore('40', 71)).toBe(true);
		expect(raisesScore('', 0)).toBe(true);
		expect(raisesScore(undefined, 71)).toBe(false);
		expect(raisesScore(undefined, 100)).toBe(true);
	});
});

describe('modes', () => {
	test('normal + credit writes everything; no-credit no result; review and browse nothing', () => {
		const f = STANDARDS.scorm2004;
		expect(policyFor(f, 'normal', 'credit')).toMatchObject({
			canWriteResult: true,
			canWriteProgress: true,
			canWriteInteractions: true,
			canWriteEnd: true,
		});
		expect(policyFor(f, 'normal', 'no-credit')).toMatchObject({
			canWriteResult: false,
			canWriteProgress: true,
			canWriteInteractions: true,
		});
		for (const mode of ['review', 'browse'])
			expect(policyFor(f, mode, 'credit')).toMatchObject({
				canWriteResult: false,
				canWriteProgress: false,
				canWriteInteractions: false,
				canWriteEnd: false,
			});
		// Unreadable: the default every LMS launches with.
		expect(policyFor(f, '', '').mode).toBe('normal');
	});

	test('the start status: incomplete only over less; 1.2 browse says browsed only when nothing was attempted', () => {
		const f = STANDARDS.scorm12;
		const normal = policyFor(f, 'normal', 'credit');
		expect(startStatus(f, normal, 'not attempted')).toBe('incomplete');
		expect(startStatus(f, normal, 'completed')).toBeUndefined();
		expect(startStatus(f, normal, undefined)).toBeUndefined();
		const browse = policyFor(f, 'browse', 'credit');
		expect(startStatus(f, browse, 'not attempted')).toBe('browsed');
		expect(startStatus(f, browse, 'incomplete')).toBeUndefined();
		expect(
			startStatus(STANDARDS.scorm2004, policyFor(STANDARDS.scorm2004, 'browse', ''), 'unknown'),
		).toBeUndefined();
		expect(startStatus(f, policyFor(f, 'review', 'no-credit'), 'not attempted')).toBeUndefined();
	});
});
