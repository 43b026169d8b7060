/**
 * Words that promise a learner that an answer stays private. Where a module's packages report
 * confidence ratings to the LMS (`confidence: reported`), the school or unit can read every rating,
 * so text shown with those ratings must not say so (issue #14: "make every statement about
 * privacy true in every format").
 */
const PRIVATE_CLAIM =
	/\b(?:privately|in private|anonymous(?:ly)?|only you(?: can)? see|(?:nobody|no one|no-one) (?:sees|will see|can see|shares|has to share|needs to share|else sees)|(?:not|never) (?:recorded|sent|stored|reported|shared)|(?:stays?|kept) (?:on|in) (?:the|your|their|this|each) (?:[a-z]+'s )?(?:own )?(?:browser|device))\b/i;

/** The words of `text` that promise privacy, if any ("privately", "Nobody shares"). Pure. */
export function findPrivacyClaim(text: string): string | undefined {
	return PRIVATE_CLAIM.exec(text)?.[0];
}
