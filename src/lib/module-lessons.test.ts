import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../content/read.ts';
import { isSelfPaced, lessonPlace, moduleLessonPath } from './module-lessons.ts';

describe('isSelfPaced', () => {
	test("the shipped modules: the young adults' is taken alone, the school and forces ones are taught", async () => {
		const { modules, errors } = await readContent(join(import.meta.dirname, '..', '..'));
		expect(errors).toEqual([]);
		const selfPaced = Object.fromEntries(modules.map((m) => [m.data.id, isSelfPaced(m.data)]));
		expect(selfPaced).toEqual({
			'adult-self-paced': true,
			'forces-induction': false,
			'school-ks3': false,
			'school-ks4': false,
		});
	});
});

describe('lessonPlace', () => {
	const lessons = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	test('the first, a middle and the last lesson', () => {
		expect(lessonPlace(lessons, 'a')).toEqual({
			number: 1,
			count: 3,
			previous: undefined,
			next: { id: 'b' },
		});
		expect(lessonPlace(lessons, 'b')).toEqual({
			number: 2,
			count: 3,
			previous: { id: 'a' },
			next: { id: 'c' },
		});
		expect(lessonPlace(lessons, 'c')).toEqual({
			number: 3,
			count: 3,
			previous: { id: 'b' },
			next: undefined,
		});
	});
	test('a lesson not in the module has no place', () => {
		expect(lessonPlace(lessons, 'z')).toBeUndefined();
	});
});

test('moduleLessonPath', () => {
	expect(moduleLessonPath('adult-self-paced', 'fake-profiles')).toBe(
		'/modules/adult-self-paced/lessons/fake-profiles/',
	);
});
