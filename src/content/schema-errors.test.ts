import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { LessonSchema } from '../schemas/lesson.ts';
import { fieldNames, schemaIssuesToErrors } from './schema-errors.ts';
import { parseLocatedYaml } from './yaml-locator.ts';

/** The one error a field of `yaml` gives against `schema`, as an author reads it. */
function errorFor(schema: z.ZodType, yaml: string) {
	const located = parseLocatedYaml(yaml);
	const result = schema.safeParse(located.data, { reportInput: true });
	if (result.success) throw new Error('expected the schema to refuse the input');
	const [error] = schemaIssuesToErrors(result.error.issues, 'lessons/sample.mdx', located);
	return error;
}

describe('schema errors an author can act on', () => {
	test('a yes/no field written as a word says to write true or false', () => {
		const error = errorFor(z.object({ correct: z.boolean() }), 'correct: yes\n');
		expect(error?.message).toBe('"correct" should be true or false, but is "yes".');
		expect(error?.hint).toBe('Write "correct: true" or "correct: false", without quotes.');
		expect(error?.line).toBe(1);
	});

	test('a text over its limit says how long it is and by how much to cut it', () => {
		const error = errorFor(
			z.object({ title: z.string().max(10) }),
			'title: A title far too long\n',
		);
		expect(error?.message).toBe('"title" is 20 characters long; it may be at most 10.');
		expect(error?.hint).toBe('Shorten "title" by 10 characters or more.');
	});

	test('a misspelt field gets the name it was most likely meant to be', () => {
		const known = fieldNames(LessonSchema);
		expect(known).toEqual(expect.arrayContaining(['title', 'keyMessages', 'feedback', 'correct']));
		const located = parseLocatedYaml('titel: A lesson\n');
		const result = z.object({ title: z.string().optional() }).strict().safeParse(located.data);
		if (result.success) throw new Error('expected the schema to refuse the input');
		const [error] = schemaIssuesToErrors(result.error.issues, 'lessons/sample.mdx', located, known);
		expect(error?.hint).toMatch(/^Did you mean "titel" → "title"\?/);
		// A word far from every field gets no guess.
		const other = z.object({}).strict().safeParse({ colour: 'red' });
		if (other.success) throw new Error('expected the schema to refuse the input');
		const [far] = schemaIssuesToErrors(other.error.issues, 'f', located, known);
		expect(far?.hint).not.toContain('Did you mean');
	});
});
