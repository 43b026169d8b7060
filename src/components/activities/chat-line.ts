/** One line of a chat as ChatView.svelte shows it: a story line, a message, or the learner's reply. */
export interface ChatLine {
	/** Unique in the thread, stable across renders. */
	key: string;
	from: 'them' | 'you' | 'narrator';
	text: string;
	/** Set on the first line of each step (`data-step`), where focus goes when it arrives. */
	step?: number | undefined;
}
