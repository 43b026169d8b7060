/**
 * How a mock profile's free-text parts are laid out as a social profile screen (ProfileMock.svelte):
 * counts as number-over-label cells, details with an icon. Pure: it only reads the text, and the
 * text shown is always the author's text, in its order (so a control's name stays that text).
 */

/** One piece of a counts line ("23 followers · Following 1,480 · 3 posts"), in written order. */
export interface StatCell {
	/** The separator written before this piece (" · "), kept so the text reads as written. */
	before: string;
	/** The piece's first words or number, as written ("23", "Following", "Joined 2 days ago"). */
	first: string;
	/** The rest, when the piece is a count: the words after the number, or the number after them. */
	second?: string | undefined;
	/** Which of the two is the number: `count-first`, `label-first`, or `words` (no count). */
	kind: 'count-first' | 'label-first' | 'words';
}

const SEPARATOR = /(\s*[·•|]\s*|,\s+(?=[A-Za-z]))/;
const COUNT = String.raw`\d[\d,.]*\s?[kKmM]?`;
const COUNT_FIRST = new RegExp(`^(${COUNT})\\s+(\\D.*)$`);
const LABEL_FIRST = new RegExp(`^(\\D*?\\S)\\s+(${COUNT})$`);

/**
 * Splits a counts line into cells: "23 followers · Following 1,480 · 3 posts" gives three counts;
 * a piece with no number ("Joined 2 days ago") is a cell of words. Joining each cell's `before`,
 * `first` and `second` gives the line back, spacing aside.
 */
export function splitStats(text: string): StatCell[] {
	const pieces = text.split(SEPARATOR);
	const cells: StatCell[] = [];
	let before = '';
	pieces.forEach((piece, i) => {
		if (i % 2 === 1) {
			before = piece;
			return;
		}
		const trimmed = piece.trim();
		if (!trimmed) return;
		const countFirst = COUNT_FIRST.exec(trimmed);
		const labelFirst = countFirst ? null : LABEL_FIRST.exec(trimmed);
		const found = countFirst ?? labelFirst;
		cells.push(
			found
				? {
						before,
						first: found[1] ?? '',
						second: found[2],
						kind: countFirst ? 'count-first' : 'label-first',
					}
				: { before, first: trimmed, kind: 'words' },
		);
		before = '';
	});
	return cells;
}

/** The icon a profile detail gets, from its words. */
export type DetailKind = 'joined' | 'people' | 'place' | 'other';

/** Which icon suits a detail line: a calendar for "Joined…", people for friends or followers. */
export function detailKind(text: string): DetailKind {
	if (/\bjoined\b|\bmember since\b|\bnew account\b/i.test(text)) return 'joined';
	if (/\b(mutual|friends?|followers?)\b/i.test(text)) return 'people';
	if (/\b(lives in|from|based in)\b/i.test(text)) return 'place';
	return 'other';
}

/** The letter an avatar is drawn with: the name's first letter or digit ("Year 9" → "Y"). */
export function initialOf(name: string): string {
	return (/[\p{L}\p{N}]/u.exec(name)?.[0] ?? '?').toUpperCase();
}
