import { describe, expect, test } from 'vitest';
import {
	acceptFrameMessage,
	envelope,
	parseFrameMessage,
	resultFromStatement,
} from './messages.ts';

/** The statement H5P.TrueFalse 1.6 sends when "False" is checked (from the fixture, trimmed). */
const answered = {
	verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
	object: { definition: { interactionType: 'true-false', correctResponsesPattern: ['false'] } },
	context: {
		contextActivities: { category: [{ id: 'http://h5p.org/libraries/H5P.TrueFalse-1.6' }] },
	},
	result: {
		score: { min: 0, max: 1, raw: 1, scaled: 1 },
		completion: true,
		success: true,
		response: 'false',
	},
};

describe('resultFromStatement', () => {
	test('reads an answered statement', () => {
		expect(resultFromStatement(answered)).toEqual({ response: 'false', success: true, score: 1 });
	});

	test('completed counts; raw/max stands in for a missing scaled score; no success is null', () => {
		expect(
			resultFromStatement({
				verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
				result: { score: { raw: 3, max: 4 } },
			}),
		).toEqual({ response: '', success: null, score: 0.75 });
	});

	test('ignores other verbs, parts of compound content, and statements with no score', () => {
		expect(
			resultFromStatement({
				...answered,
				verb: { id: 'http://adlnet.gov/expapi/verbs/interacted' },
			}),
		).toBeUndefined();
		expect(
			resultFromStatement({
				...answered,
				context: { contextActivities: { parent: [{ id: 'x' }] } },
			}),
		).toBeUndefined();
		expect(resultFromStatement({ ...answered, result: { success: true } })).toBeUndefined();
		expect(resultFromStatement('answered')).toBeUndefined();
	});

	test('cleans the response and keeps the score within 0 to 1', () => {
		const r = resultFromStatement({
			...answered,
			result: { score: { scaled: 1.5 }, response: `a\u0000b${'x'.repeat(5000)}` },
		});
		expect(r?.score).toBe(1);
		expect(r?.response.startsWith('a b')).toBe(true);
		expect(r?.response.length).toBe(4000);
	});
});

describe('parseFrameMessage', () => {
	const result = { response: 'false', success: true, score: 1 };

	test('round-trips every kind the frame sends', () => {
		for (const message of [
			{ kind: 'answered', result },
			{ kind: 'height', height: 320 },
			{ kind: 'escape' },
			{ kind: 'failed' },
		] as const)
			expect(parseFrameMessage(envelope('q1', message), 'q1')).toEqual(message);
	});

	test('refuses anything else: other activity, channel or version, bad fields, extra kinds', () => {
		const good = envelope('q1', { kind: 'answered', result });
		expect(parseFrameMessage(good, 'q2')).toBeUndefined();
		expect(parseFrameMessage({ ...good, channel: 'other' }, 'q1')).toBeUndefined();
		expect(parseFrameMessage({ ...good, v: 2 }, 'q1')).toBeUndefined();
		expect(parseFrameMessage({ ...good, kind: 'navigate' }, 'q1')).toBeUndefined();
		for (const bad of [
			{ ...result, score: 2 },
			{ ...result, score: Number.NaN },
			{ ...result, score: '1' },
			{ ...result, success: 'yes' },
			{ ...result, response: 42 },
			{ ...result, response: 'x'.repeat(4001) },
			null,
		])
			expect(
				parseFrameMessage({ ...good, result: bad }, 'q1'),
				JSON.stringify(bad),
			).toBeUndefined();
		expect(parseFrameMessage(envelope('q1', { kind: 'height', height: -1 }), 'q1')).toBeUndefined();
		expect(parseFrameMessage(envelope('q1', { kind: 'height', height: 1e9 }), 'q1')).toEqual({
			kind: 'height',
			height: 5000,
		});
		expect(parseFrameMessage('{"channel":"second-look:h5p"}', 'q1')).toBeUndefined();
	});
});

describe('acceptFrameMessage', () => {
	const frame = {};
	const expected = { origin: 'https://site.example', frame, activity: 'q1' };
	const data = envelope('q1', { kind: 'escape' });

	test('accepts its own sandboxed frame (origin "null") about its own activity', () => {
		expect(acceptFrameMessage({ origin: 'null', source: frame, data }, expected)).toEqual({
			kind: 'escape',
		});
	});

	test('refuses another window, even with the sandbox origin, or none', () => {
		expect(acceptFrameMessage({ origin: 'null', source: {}, data }, expected)).toBeUndefined();
		expect(acceptFrameMessage({ origin: 'null', source: null, data }, expected)).toBeUndefined();
		expect(
			acceptFrameMessage(
				{ origin: 'null', source: undefined, data },
				{ ...expected, frame: undefined },
			),
		).toBeUndefined();
	});

	test('refuses its frame on a real origin (a frame that is not sandboxed) and any other origin', () => {
		expect(
			acceptFrameMessage({ origin: 'https://site.example', source: frame, data }, expected),
		).toBeUndefined();
		expect(
			acceptFrameMessage({ origin: 'https://evil.example', source: frame, data }, expected),
		).toBeUndefined();
	});

	test('refuses everything on a page whose own origin is "null" (file://)', () => {
		expect(
			acceptFrameMessage({ origin: 'null', source: frame, data }, { ...expected, origin: 'null' }),
		).toBeUndefined();
	});

	test('refuses its own frame speaking about another activity, or in another shape', () => {
		expect(
			acceptFrameMessage(
				{ origin: 'null', source: frame, data: envelope('q2', { kind: 'escape' }) },
				expected,
			),
		).toBeUndefined();
		expect(
			acceptFrameMessage(
				{ origin: 'null', source: frame, data: { ...data, channel: 'h5p' } },
				expected,
			),
		).toBeUndefined();
	});
});
