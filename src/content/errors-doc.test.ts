import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ActivitySchema } from '../schemas/activity.ts';
import { contentErrorNames } from './errors.ts';

/** docs/authoring.md: what authors read. The tests below keep it in step with the code. */
const doc = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');

/** The rows of the first Markdown table after `heading`, as trimmed cells (header and rule left out). */
function tableAfter(heading: string): string[][] {
	const start = doc.indexOf(`\n${heading}\n`);
	expect(start, `docs/authoring.md has "${heading}"`).toBeGreaterThanOrEqual(0);
	const lines = doc.slice(start).split('\n');
	const first = lines.findIndex((l) => l.startsWith('|'));
	const rows: string[][] = [];
	for (const line of lines.slice(first + 2)) {
		if (!line.startsWith('|')) break;
		// Split on pipes not escaped as \|.
		rows.push(
			line
				.slice(1, -1)
				.split(/(?<!\\)\|/)
				.map((c) => c.trim()),
		);
	}
	return rows;
}

describe('docs/authoring.md', () => {
	test('"Error names" lists every named error of errors.ts, in order, each with what is wrong and how to fix it', () => {
		const rows = tableAfter('## Error names');
		expect(rows.map((r) => r[0])).toEqual(contentErrorNames.map((n) => `\`${n}\``));
		for (const [name, meaning, fix] of rows) {
			expect(meaning?.length ?? 0, `${String(name)}: what is wrong`).toBeGreaterThan(15);
			expect(fix?.length ?? 0, `${String(name)}: how to fix`).toBeGreaterThan(10);
		}
	});

	test('has one activity-type table, with a row for every type the schema accepts', () => {
		const headers = doc.split('\n').filter((l) => /^\|\s*`type`\s*\|/.test(l));
		expect(headers).toHaveLength(1);
		const types = ActivitySchema.options.map((o) => o.shape.type.value);
		expect(
			tableAfter('### Activities')
				.map((r) => r[0])
				.sort(),
		).toEqual(types.map((t) => `\`${t}\``).sort());
	});
});
