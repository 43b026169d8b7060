/** `text` in double quotes for a message, cut to `max` characters with an ellipsis. Pure. */
export const quote = (text: string, max = 90): string =>
	`"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}"`;
