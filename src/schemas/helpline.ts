import { z } from 'astro/zod';
import { IdSchema } from './ids.ts';

/**
 * Which learners a helpline is shown to. `under18`: children and young people; `adult`: 18 and over;
 * `forces`: the service community; `everyone`: always shown.
 */
export const SupportGroupSchema = z.enum(['under18', 'adult', 'forces', 'everyone']);
export type SupportGroup = z.output<typeof SupportGroupSchema>;

/** One way to reach a helpline. */
export const ContactSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.literal('phone'),
		/** As printed, with spaces (e.g. "0800 1111"). */
		number: z.string().regex(/^\d[\d ]{1,14}\d$/),
		/**
		 * What the number is for, shown before it when a helpline has more than one (e.g. "Emergency"
		 * for 999, "Not an emergency" for 101); "Phone" when left out.
		 */
		label: z.string().optional(),
		/** When it is open or when to use it, shown after it, e.g. "free, 24 hours". */
		hours: z.string().optional(),
	}),
	z.strictObject({
		kind: z.literal('web'),
		url: z.url({ protocol: /^https$/ }),
		label: z.string(),
	}),
	z.strictObject({ kind: z.literal('email'), address: z.email() }),
	z.strictObject({ kind: z.literal('text'), label: z.string() }),
]);
export type Contact = z.output<typeof ContactSchema>;

/** A helpline or reporting route, as the one signposting table of the project lists it. */
export const HelplineSchema = z.strictObject({
	id: IdSchema,
	/** The organisation's name. */
	name: z.string(),
	/** What it helps with, in a few words. */
	helpsWith: z.string(),
	/** Who it is for, in a few words. */
	for: z.string(),
	/** The groups it is shown to in support lines. */
	groups: z.array(SupportGroupSchema).min(1),
	/** Ways to reach it, the main one first. */
	contacts: z.array(ContactSchema).min(1),
	/** What to know before using it (confidentiality limits, hours). */
	note: z.string().optional(),
	/** Where the details come from. */
	source: z.strictObject({ title: z.string(), url: z.url({ protocol: /^https$/ }) }),
	/** Where the note comes from, when that is not {@link source}. */
	noteSource: z.strictObject({ title: z.string(), url: z.url({ protocol: /^https$/ }) }).optional(),
});
export type Helpline = z.output<typeof HelplineSchema>;
