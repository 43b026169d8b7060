/**
 * The steps to take now, in one line, where someone being blackmailed lands: every lesson's start
 * box (src/components/SupportLines.astro), the home page and the help page. One wording, so they
 * never drift apart. Evidence means the messages and the account, never a nude image: for someone
 * under 18, saving one is making an indecent image of a child (UKCIS; content brief §2d). Deleting
 * the chat or the account loses the evidence, so it is named (suspend, don't delete).
 */
export const STEPS_NOW =
	"don't pay, stop replying, screenshot the messages and their profile (never a nude image), don't delete the chat or your account, and tell someone you trust";
