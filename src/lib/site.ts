/** Facts about the site used in more than one place. */
export const site = {
	name: 'Second Look',
	tagline: 'Calm, practical help to spot online blackmail scams, and what to do if it happens.',
	/**
	 * Where "Leave this site" goes: a busy, neutral page. It replaces the current history entry, so
	 * Back does not return here.
	 */
	quickExitUrl: 'https://www.bbc.co.uk/weather',
} as const;
