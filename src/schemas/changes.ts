import { z } from 'astro/zod';
import { IdSchema } from './ids.ts';

/**
 * A content version: two or three whole numbers joined by dots (`1.0`, `1.1`, `2.0.1`). Each
 * release of a module raises it; {@link compareVersions} orders them.
 */
export const ContentVersionSchema = z
	.string()
	.regex(/^(0|[1-9]\d{0,3})(\.(0|[1-9]\d{0,3})){1,2}$/, {
		message: 'must be a version such as 1.0 or 1.1 (whole numbers joined by dots)',
	});

/** One release of a module's content, as teachers and learners read it on the "what changed" page. */
export const ChangeSchema = z.strictObject({
	/** The content version this release carries (`1.1`); higher than every older entry's. */
	version: ContentVersionSchema,
	/** The day it was released, as `YYYY-MM-DD`; not in the future. */
	date: z.preprocess(
		// YAML loaders differ: some read 2026-12-06 as a date, some as text. Both mean the same day.
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z.iso.date({ message: 'must be a date written as YYYY-MM-DD' }),
	),
	/** What changed for learners and teachers, in plain words (shown on the "what changed" page). */
	summary: z.string().min(10).max(800),
	/** The lessons it changed, by id (each must be one of the module's lessons). */
	lessons: z.array(IdSchema).min(1).optional(),
});

export type Change = z.output<typeof ChangeSchema>;

/**
 * A module's releases, newest first. The module's content version is the first entry's: packages
 * carry it in their manifests and show it with its date.
 */
export const ChangesSchema = z.array(ChangeSchema).min(1);

/** Compares two content versions number by number (`1.10` > `1.9`, `1.1` = `1.1.0`). Pure. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return Math.sign(d);
	}
	return 0;
}
