import { describe, expect, test } from 'vitest';
import { CardActivityMissing, cardData } from './card-data.ts';
import { isDrawnType, typeComponent, TypeNotLoaded } from './type-loader.ts';
import type { Activity } from '../../schemas/activity.ts';

const activity = {
	id: 'q1',
	type: 'true-false',
	prompt: 'A stranger who knows your school is a friend.',
	answer: false,
	feedback: 'Anyone can find that out.',
} as unknown as Activity;

/** A page holding only a `#package-data` block. */
function pageWith(data: unknown): Document {
	const json = JSON.stringify(data);
	return {
		getElementById: (id: string) => (id === 'package-data' ? { textContent: json } : null),
	} as unknown as Document;
}

describe('an activity card finds its activity once', () => {
	test('a lesson page: the props carry the activity and its source numbers', () => {
		const card = { activityId: 'q1', lessonId: 'l1', activity, sourceNumbers: { ceop: 1 } };
		expect(cardData(card, undefined)).toEqual(card);
	});

	test("a package page: the activity and its lesson's source numbers come from #package-data", () => {
		const doc = pageWith({
			lessons: [
				{ id: 'l0', activities: [], sources: [] },
				{ id: 'l1', activities: [activity], sources: ['iwf', 'ceop'] },
			],
		});
		expect(cardData({ activityId: 'q1', lessonId: 'l1', audienceNote: 'Schools' }, doc)).toEqual({
			activityId: 'q1',
			lessonId: 'l1',
			audienceNote: 'Schools',
			activity,
			sourceNumbers: { iwf: 1, ceop: 2 },
		});
	});

	test('an activity in neither is a named error, not a blank card', () => {
		const doc = pageWith({ lessons: [{ id: 'l1', activities: [], sources: [] }] });
		expect(() => cardData({ activityId: 'q1', lessonId: 'l1' }, doc)).toThrow(CardActivityMissing);
		expect(() => cardData({ activityId: 'q1', lessonId: 'l1' }, undefined)).toThrow(
			CardActivityMissing,
		);
	});
});

describe('type loader', () => {
	test('draws every type but H5P, and names a type whose code has not loaded', () => {
		expect(isDrawnType('ordering')).toBe(true);
		expect(isDrawnType('h5p')).toBe(false);
		expect(isDrawnType('toString')).toBe(false);
		expect(() => typeComponent('ordering')).toThrow(TypeNotLoaded);
	});
});
