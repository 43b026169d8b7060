import { z } from 'astro/zod';
import { ShortIdSchema } from './ids.ts';

/** A published source that backs a statistic or a piece of advice in a lesson. */
export const SourceSchema = z.strictObject({
	/** Short id used to cite the source from prose (`<Cite id="s3" />`) and from activities (`sources: [s3]`). */
	id: ShortIdSchema,
	/** The title of the page or document, as published. */
	title: z.string().min(3),
	/** Who published it (e.g. "National Crime Agency"). */
	publisher: z.string().min(2),
	/** Where to read it: a full `https://` address. */
	url: z.url({ protocol: /^https$/, message: 'must be a full https:// address' }),
	/** The day an author last checked the address, as `YYYY-MM-DD`. */
	accessed: z.preprocess(
		// YAML loaders differ: some read 2026-11-23 as a date, some as text. Both mean the same day.
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z.iso.date({ message: 'must be a date written as YYYY-MM-DD' }),
	),
});

export type Source = z.output<typeof SourceSchema>;
