import { z } from 'astro/zod';
import { IdSchema } from './ids.ts';

/** One entry of the list of victim-blaming, shaming and scare phrasing that lessons must not use. */
export const HarmfulPhraseSchema = z.strictObject({
	/** Permanent id, shown in the error (e.g. "your-fault"). */
	id: IdSchema,
	/**
	 * `blame`: puts the fault on the victim; `shame`: calls them or their act shameful; `scare`:
	 * frightens instead of helping; `unsafe`: advice that could put the learner at risk, or that says
	 * more than the sources do.
	 */
	kind: z.enum(['blame', 'shame', 'scare', 'unsafe']),
	/**
	 * What to look for, case-insensitive, matched against text with curly quotes made straight. Word
	 * boundaries are the pattern's job (`\b`).
	 */
	pattern: z.instanceof(RegExp),
	/**
	 * Whether a negation earlier in the same clause makes it fine ("it's not your fault", "nobody
	 * deserves this"). False for phrasing that harms even when denied ("you should never have").
	 */
	negatable: z.boolean(),
	/** Why it harms, with the rule or source behind it. */
	why: z.string().min(10),
	/** A calmer wording an author can use instead. */
	instead: z.string().min(5),
});

export type HarmfulPhrase = z.output<typeof HarmfulPhraseSchema>;
