import { describe, expect, test } from 'vitest';
import { emptyState } from '../../../src/lib/engine/state.ts';
import { judgeStored } from './resume.ts';

describe('judging stored suspend data', () => {
	const decode = (text: string) => (text.startsWith('1|') ? emptyState() : undefined);
	test.each([
		[undefined, false, 'unread'],
		['', true, 'unread'],
		['', false, 'fresh'],
		['1|abc', true, 'restored'],
		['0|old', true, 'kept'],
	] as const)('%j (evidence of progress: %s) is %s', (text, evidence, expected) => {
		expect(judgeStored(text, evidence, decode)).toBe(expected);
	});
});
