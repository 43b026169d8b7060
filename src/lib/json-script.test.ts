import { describe, expect, test } from 'vitest';
import { escapeJsonForScript, serializeJsonForScript } from './json-script.ts';

/** Hostile text an author (or a pasted source title) could put in any field. */
const HOSTILE = '</script><script>window.__pwned=1</script> <!-- ]]> &amp; \u2028 \u2029';

describe('serializeJsonForScript', () => {
	test.each([
		['a closing script tag', '</script>', '"\\u003c/script\\u003e"'],
		['an upper-case one', '</SCRIPT >', '"\\u003c/SCRIPT \\u003e"'],
		['an HTML comment opener', '<!--', '"\\u003c!--"'],
		['a CDATA end', ']]>', '"]]\\u003e"'],
		['an entity', '&amp;', '"\\u0026amp;"'],
		['LINE SEPARATOR', '\u2028', '"\\u2028"'],
		['PARAGRAPH SEPARATOR', '\u2029', '"\\u2029"'],
		['plain text, unchanged', 'It is never your fault.', '"It is never your fault."'],
		['quotes and backslashes, as JSON writes them', 'say "no" \\', '"say \\"no\\" \\\\"'],
		['other non-ASCII, unchanged', 'café – ✓', '"café – ✓"'],
	])('%s', (_label, text, expected) => {
		expect(serializeJsonForScript(text)).toBe(expected);
	});

	test('leaves no character that could end a script element or a script line', () => {
		const out = serializeJsonForScript({ [HOSTILE]: [HOSTILE, { title: HOSTILE }] });
		expect(out).not.toMatch(/[<>&\u2028\u2029]/);
	});

	test.each([
		['a string', HOSTILE],
		['an object with hostile keys and values', { [HOSTILE]: HOSTILE, n: 1, ok: true, none: null }],
		['nested arrays', [[HOSTILE], [{ a: [HOSTILE, 2.5] }]]],
		['a number', 42],
		['the empty string', ''],
	])('round-trips through JSON.parse: %s', (_label, value) => {
		expect(JSON.parse(serializeJsonForScript(value))).toEqual(value);
	});

	test('as a classic script, evaluates to the same value', () => {
		const value = { title: HOSTILE, items: [HOSTILE] };
		// eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating our own output is the test
		const evaluate = new Function(`return ${serializeJsonForScript(value)};`) as () => unknown;
		expect(evaluate()).toEqual(value);
	});

	test('refuses a value with no JSON form rather than writing "undefined" into a page', () => {
		expect(() => serializeJsonForScript(undefined)).toThrow(TypeError);
		expect(() => serializeJsonForScript(() => 1)).toThrow(TypeError);
	});
});

describe('escapeJsonForScript', () => {
	test('escapes JSON text already written, with the same value', () => {
		const json = JSON.stringify({ title: HOSTILE });
		const escaped = escapeJsonForScript(json);
		expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(escaped)).toEqual({ title: HOSTILE });
	});
});
