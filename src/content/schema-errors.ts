import type { z } from 'astro/zod';
import { contentError, type ContentError } from './errors.ts';
import type { LocatedYaml } from './yaml-locator.ts';

/** `activities[0].options[1].feedback` from `['activities', 0, 'options', 1, 'feedback']`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
		.join('');
}

function describe(
	issue: z.core.$ZodIssue,
	known: readonly string[],
): { message: string; hint: string } {
	const field = formatPath(issue.path) || 'the top level';
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined)
				return {
					message: `"${field}" is missing.`,
					hint: `Add "${field}" (${issue.expected}); see docs/authoring.md for every field.`,
				};
			if (issue.expected === 'boolean')
				return {
					message: `"${field}" should be true or false, but is ${JSON.stringify(issue.input)}.`,
					hint: `Write "${field}: true" or "${field}: false", without quotes.`,
				};
			return {
				message: `"${field}" should be ${issue.expected}, but is ${typeof issue.input}.`,
				hint: `Write "${field}" as ${issue.expected}.`,
			};
		case 'unrecognized_keys': {
			const meant = issue.keys.flatMap((k) => {
				const near = closest(k, known);
				return near ? [`"${k}" → "${near}"`] : [];
			});
			return {
				message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.path.length ? `in "${field}"` : 'at the top level'}.`,
				hint: `${meant.length ? `Did you mean ${meant.join(', ')}? ` : ''}Check the spelling against docs/authoring.md, or remove the field.`,
			};
		}
		case 'invalid_value':
			return {
				message: `"${field}" is ${JSON.stringify(issue.input)}, which is not allowed.`,
				hint: `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
			};
		case 'invalid_union':
			return {
				message: `"${field}" does not match any allowed shape (${issue.message}).`,
				hint: 'For an activity, check "type" (e.g. single-choice) and its fields in docs/authoring.md.',
			};
		case 'too_small':
			return {
				message: `"${field}" is too short or too small: ${issue.message}.`,
				hint:
					issue.origin === 'array'
						? `Give "${field}" at least ${String(issue.minimum)} item(s).`
						: `Make "${field}" at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}.`,
			};
		case 'too_big':
			if (issue.origin === 'string' && typeof issue.input === 'string')
				return {
					message: `"${field}" is ${String(issue.input.length)} characters long; it may be at most ${String(issue.maximum)}.`,
					hint: `Shorten "${field}" by ${String(issue.input.length - Number(issue.maximum))} characters or more.`,
				};
			return {
				message: `"${field}" is too long or too big: ${issue.message}.`,
				hint: `Keep "${field}" at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : ''}.`,
			};
		default:
			return {
				message: `"${field}" ${issue.message}.`,
				hint: `Correct "${field}" as described; see docs/authoring.md.`,
			};
	}
}

/** Edit distance between two short words (insertions, deletions, substitutions). Pure. */
function distance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(
				(row[j] ?? 0) + 1,
				(next[j - 1] ?? 0) + 1,
				(row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		row = next;
	}
	return row[b.length] ?? 0;
}

/** The known field name an unknown one is most likely a misspelling of ("titel" → "title"). */
function closest(word: string, known: readonly string[]): string | undefined {
	const allowed = word.length <= 4 ? 1 : 2;
	let best: string | undefined;
	let bestDistance = allowed + 1;
	for (const name of known) {
		const d = distance(word.toLowerCase(), name.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [name, d];
	}
	return best;
}

/** Every field name an object anywhere in `schema` takes (unions, arrays, optionals looked into). */
export function fieldNames(schema: z.ZodType): string[] {
	const names = new Set<string>();
	const seen = new Set<unknown>();
	const walk = (node: unknown) => {
		if (!node || typeof node !== 'object' || seen.has(node)) return;
		seen.add(node);
		const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
		if (!def) return;
		const shape = def['shape'];
		if (shape && typeof shape === 'object')
			for (const [name, child] of Object.entries(shape)) {
				names.add(name);
				walk(child);
			}
		for (const key of ['element', 'innerType', 'in', 'out', 'valueType'] as const) walk(def[key]);
		const options = def['options'];
		if (Array.isArray(options)) options.forEach(walk);
	};
	walk(schema);
	return [...names];
}

/**
 * Turns schema issues into named errors that point at the line of the offending field. `known`:
 * the field names the schema takes, to suggest one for a misspelt field ({@link fieldNames}).
 */
export function schemaIssuesToErrors(
	issues: readonly z.core.$ZodIssue[],
	file: string,
	yaml: LocatedYaml,
	known: readonly string[] = [],
): ContentError[] {
	return issues.map((issue) => {
		const { message, hint } = describe(issue, known);
		// An unknown field is best shown at its own line, not at the start of its parent.
		const path =
			issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
				? [...issue.path, issue.keys[0]]
				: issue.path;
		return contentError('SchemaViolation', { file, ...yaml.locate(path) }, message, hint);
	});
}
