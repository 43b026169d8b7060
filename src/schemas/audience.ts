import { z } from 'astro/zod';

/**
 * Who a lesson or module is written for.
 * - `school`: pupils aged 11–18 in PSHE lessons (under-18 law and support apply).
 * - `forces`: armed forces recruits and trainees, mostly aged 17–25.
 * - `adult`: young adults (18–35) learning on their own.
 */
export const AudienceSchema = z.enum(['school', 'forces', 'adult']);

export type Audience = z.output<typeof AudienceSchema>;

/** Human labels for each audience, used on pages and in packages. */
export const audienceLabels: Readonly<Record<Audience, string>> = {
	school: 'Schools (ages 11–18)',
	forces: 'Armed forces',
	adult: 'Young adults',
};
