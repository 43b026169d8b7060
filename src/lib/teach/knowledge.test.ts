import { describe, expect, test } from 'vitest';
import { teachingGuidance, teachingSources } from '../../data/teaching.ts';
import { UnknownSourceError, knowledgeSources } from './knowledge.ts';

describe('knowledgeSources', () => {
	test('lists each source the subject knowledge cites once, in the pack order', () => {
		const knowledge = teachingGuidance.school.knowledge;
		const sources = knowledgeSources(knowledge);
		const ids = sources.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		const order = teachingSources.map((s) => s.id);
		expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
		const cited = [
			...knowledge.sections.flatMap((s) => s.items),
			...knowledge.myths,
			...knowledge.figures,
		].flatMap((i) => i.sources);
		expect(new Set(ids)).toEqual(new Set(cited));
		// Only what it cites: the pack's guidance on ground rules cites sources it does not.
		expect(ids.length).toBeLessThan(teachingSources.length);
	});

	test('names a cited id that the pack does not list', () => {
		const knowledge = {
			...teachingGuidance.forces.knowledge,
			figures: [{ text: 'A figure.', sources: ['no-such-source'] }],
		};
		expect(() => knowledgeSources(knowledge)).toThrow(UnknownSourceError);
		expect(() => knowledgeSources(knowledge)).toThrow(/"no-such-source"/);
	});
});
