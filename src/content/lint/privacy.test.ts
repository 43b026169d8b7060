import { describe, expect, test } from 'vitest';
import { findPrivacyClaim } from './privacy.ts';

describe('findPrivacyClaim', () => {
	test.each([
		['Pupils rate how confident they feel, privately.', 'privately'],
		['Nobody shares their answer.', 'Nobody shares'],
		['Nobody has to share their answer.', 'Nobody has to share'],
		['Only you can see this.', 'Only you can see'],
		["It stays in the pupil's browser.", "stays in the pupil's browser"],
		['Your rating is never recorded.', 'never recorded'],
		['Answer anonymously.', 'anonymously'],
	])('%s', (text, words) => {
		expect(findPrivacyClaim(text)).toBe(words);
	});

	test('plain text and privacy settings are not claims', () => {
		expect(findPrivacyClaim('Trainees rate how confident they feel.')).toBeUndefined();
		expect(findPrivacyClaim('Keep your friends list private.')).toBeUndefined();
		expect(findPrivacyClaim('Nobody has to accept a request.')).toBeUndefined();
	});
});
