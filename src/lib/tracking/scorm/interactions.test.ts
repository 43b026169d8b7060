import { describe, expect, test } from 'vitest';
import { STANDARDS } from '../../../../exports/shared/standards.ts';
import { checkAnswer, type Answer } from '../../engine/answers.ts';
import { sample } from '../../engine/fixtures.test-data.ts';
import { toInteraction } from './interactions.ts';

const answer = (response: string, success: boolean | null, score: number): Answer => ({
	type: 'h5p',
	value: { response, success, score },
});

describe('H5P answers as SCORM interactions', () => {
	test('a true-false H5P reports the standard’s true/false values and its own verdict', () => {
		const a = answer('false', true, 1);
		for (const standard of ['scorm12', 'scorm2004'] as const) {
			const f = STANDARDS[standard];
			expect(toInteraction(sample.h5p, a, checkAnswer(sample.h5p, a), f)).toEqual({
				id: `${f.responses.interactionIdPrefix}q-h5p`,
				type: 'true-false',
				learnerResponse: f.responses.falseValue,
				correctResponse: undefined,
				result: f.vocabulary.resultCorrect,
				description: sample.h5p.prompt,
			});
		}
	});

	test('fill-in keeps the response as printable text, 250 characters at most, never a "{" first', () => {
		const fillIn = { ...sample.h5p, interaction: 'fill-in' as const };
		const a = answer(`{lang=en}0[,]2\u0007${'x'.repeat(300)}`, false, 0.5);
		const i = toInteraction(fillIn, a, checkAnswer(fillIn, a), STANDARDS.scorm2004);
		expect(i.type).toBe('fill-in');
		expect(i.learnerResponse.startsWith('lang=en}0[,]2 x')).toBe(true);
		expect(i.learnerResponse).toHaveLength(250);
		expect(i.result).toBe('incorrect');
	});

	test('an unscored H5P is neutral', () => {
		const unscored = { ...sample.h5p, scored: false };
		const a = answer('true', false, 0);
		expect(toInteraction(unscored, a, checkAnswer(unscored, a), STANDARDS.scorm12).result).toBe(
			'neutral',
		);
	});
});
