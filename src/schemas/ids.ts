import { z } from 'astro/zod';

/**
 * An identifier that is safe everywhere an id of ours ends up: URLs, HTML ids, SCORM interaction ids
 * (`CMIIdentifier`: no spaces, at most 255 characters) and XML `xs:ID`s (letter first, no colons).
 * Lower-case letters, digits and single hyphens, starting with a letter.
 */
export const IdSchema = z
	.string()
	.min(2)
	.max(64)
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
		message:
			'must be lower-case letters, digits and single hyphens, starting with a letter (e.g. "fake-profiles")',
	});

/** A short option or item id inside one activity (e.g. `a`, `b`, `pay`). Same rules as {@link IdSchema}, one character allowed. */
export const ShortIdSchema = z
	.string()
	.min(1)
	.max(32)
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
		message:
			'must be lower-case letters, digits and single hyphens, starting with a letter (e.g. "a")',
	});
