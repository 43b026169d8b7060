import { describe, expect, test } from 'vitest';
import { parseLocatedYaml } from './yaml-locator.ts';

const text = `id: x
options:
  - id: a
    text: Pay
  - id: b
    text: Tell someone
`;

describe('parseLocatedYaml', () => {
	test('finds the line and column of a scalar, a list item and a missing field', () => {
		const yaml = parseLocatedYaml(text);
		expect(yaml.locate(['id'])).toEqual({ line: 1, column: 5 });
		expect(yaml.locate(['options', 1, 'text'])).toEqual({ line: 6, column: 11 });
		expect(yaml.locate(['options', 1])).toEqual({ line: 5, column: 5 });
		// A missing field points at its parent, where it should be added.
		expect(yaml.locate(['options', 0, 'feedback'])).toEqual({ line: 3, column: 5 });
		expect(yaml.locate(['options'])).toEqual({ line: 2, column: 1 });
	});

	test('adds the offset of the frontmatter inside a file', () => {
		expect(parseLocatedYaml(text, 1).locate(['options', 1, 'text']).line).toBe(7);
	});

	test('reports syntax errors with their position', () => {
		const yaml = parseLocatedYaml('a: [1, 2\nb: 3\n');
		expect(yaml.data).toBeUndefined();
		expect(yaml.syntaxErrors[0]?.line).toBeGreaterThan(0);
	});
});
