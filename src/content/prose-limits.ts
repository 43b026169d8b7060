import { contentError, type ContentError } from './errors.ts';

/**
 * Limits on the shape of a lesson file, checked line by line before the MDX parser sees it. The MDX
 * parser takes time that grows with the square of some shapes, well within the size limit: a
 * 256 KB lesson of 60,000 nested `>` took 52 s to check, a line of 4,000 nested `- ` 9 s, a
 * paragraph of 60,000 `*a` 85 s, and 40,000 two-level list items over a minute.
 */
export interface ProseLimits {
	/** Characters on one line of the file (frontmatter included). */
	lineChars: number;
	/** Quotes, lists and indentation (two spaces a level) open at the start of one line. */
	blockDepth: number;
	/** Elements (`<Note>`, `<strong>`) open inside each other. */
	elementDepth: number;
	/** Braces `{` open inside each other. */
	braceDepth: number;
	/** List items in the whole lesson. */
	listItems: number;
	/** Formatting marks (`*`, `_`, `~`, `[`, `]`) in one paragraph, list or table (lines with no blank line between them). */
	marksPerBlock: number;
}

/**
 * Generous for prose (the shipped lessons: lines up to 470 characters, lists two deep, 30 list items
 * and 24 marks in a paragraph at most), and small enough that the worst 256 KB lesson is checked in
 * about 2 s.
 */
export const PROSE_LIMITS: ProseLimits = {
	lineChars: 2000,
	blockDepth: 8,
	elementDepth: 8,
	braceDepth: 2,
	listItems: 500,
	marksPerBlock: 80,
};

/** Lists and quotes open at the start of `line`: each marker one level, two spaces of indentation before the first one level. */
function blockDepthOf(line: string): { depth: number; listItems: number } {
	let markers = 0;
	let listItems = 0;
	let spaces = 0;
	let i = 0;
	while (i < line.length) {
		const c = line[i];
		if (c === ' ' || c === '\t') {
			// Indentation before the first marker nests; spaces after a marker are part of it.
			if (markers === 0) spaces += c === ' ' ? 1 : 4;
			i += 1;
		} else if (c === '>') {
			markers += 1;
			i += 1;
		} else if ((c === '-' || c === '*' || c === '+') && /^[ \t]?$/.test(line[i + 1] ?? '')) {
			markers += 1;
			listItems += 1;
			i += 1;
		} else {
			const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11));
			if (!ordered) break;
			markers += 1;
			listItems += 1;
			i += ordered[0].length;
		}
	}
	return { depth: markers + Math.floor(spaces / 2), listItems };
}

const TAG = /<(\/?)([A-Za-z][\w.:-]*)(?:\s[^<>]*?)?(\/?)>/g;

/**
 * Checks the shape of a lesson file (its `text`, frontmatter included; the prose starts on line
 * `proseLine`) against {@link PROSE_LIMITS}, in one pass over the text, before any parsing. Returns
 * at most one error of each name, at the first place that breaks it. Pure.
 */
export function checkProseLimits(
	file: string,
	text: string,
	proseLine: number,
	limits: ProseLimits = PROSE_LIMITS,
): ContentError[] {
	const errors = new Map<string, ContentError>();
	const add = (error: ContentError) => {
		if (!errors.has(error.name)) errors.set(error.name, error);
	};
	const lines = text.split('\n');
	let listItems = 0;
	let elementDepth = 0;
	let braceDepth = 0;
	let blockStart = 0;
	let marks = 0;
	for (const [index, raw] of lines.entries()) {
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const at = { file, line: index + 1 };
		const isProse = index + 1 >= proseLine;
		if (isProse) {
			const block = blockDepthOf(line);
			if (block.depth > limits.blockDepth)
				add(
					contentError(
						'NestingTooDeep',
						{ ...at, column: 1 },
						`This line opens quotes, lists or indentation ${block.depth.toLocaleString('en-GB')} levels deep; a lesson may nest them at most ${String(limits.blockDepth)} deep (each ">", list marker or two spaces of indentation is a level). The lesson was not checked further: deeper nesting makes the check and the build take minutes.`,
						'Write a list or quote at most two or three levels deep, and start lines that are not a list with no spaces.',
					),
				);
			listItems += block.listItems;
			if (listItems > limits.listItems && block.listItems > 0)
				add(
					contentError(
						'TooManyListItems',
						{ ...at, column: 1 },
						`The lesson has more than ${String(limits.listItems)} list items by this line, the most a lesson may have. It was not checked further: a lesson with that many makes the check and the build take minutes.`,
						'Split the lesson into shorter ones, or write some lists as paragraphs.',
					),
				);
			if (line.trim() === '') {
				blockStart = index + 1;
				marks = 0;
			} else {
				for (const c of line)
					if (c === '*' || c === '_' || c === '~' || c === '[' || c === ']') marks += 1;
				if (marks > limits.marksPerBlock)
					add(
						contentError(
							'FormattingTooDense',
							{ file, line: blockStart + 1, column: 1 },
							`This paragraph, list or table has more than ${String(limits.marksPerBlock)} formatting marks ("*", "_", "~", "[", "]"; it passes that on line ${String(index + 1)}), the most one may have. It was not checked further: that many makes the check and the build take minutes.`,
							'Use bold, italics and links sparingly, or split it with blank lines. Write a literal mark as \\* or \\_.',
						),
					);
			}
			for (let i = 0; i < line.length; i++) {
				const c = line[i];
				if (c === '\\') i += 1;
				else if (c === '{') {
					braceDepth += 1;
					if (braceDepth > limits.braceDepth)
						add(
							contentError(
								'NestingTooDeep',
								{ ...at, column: i + 1 },
								`Braces "{" are open ${braceDepth.toLocaleString('en-GB')} deep here; a lesson may nest them at most ${String(limits.braceDepth)} deep. It was not checked further: deeper nesting makes the check and the build take minutes.`,
								'Lesson prose may not hold code in braces (see "What lesson prose may contain" in docs/authoring.md). Write a literal brace as \\{.',
							),
						);
				} else if (c === '}') braceDepth = Math.max(0, braceDepth - 1);
			}
			for (const tag of line.matchAll(TAG)) {
				if (tag[1]) elementDepth = Math.max(0, elementDepth - 1);
				else if (!tag[3]) {
					elementDepth += 1;
					if (elementDepth > limits.elementDepth)
						add(
							contentError(
								'NestingTooDeep',
								{ ...at, column: tag.index + 1 },
								`<${tag[2] ?? ''}> is inside ${(elementDepth - 1).toLocaleString('en-GB')} other elements; a lesson may nest elements at most ${String(limits.elementDepth)} deep. It was not checked further: deeper nesting makes the check and the build take minutes.`,
								'Close each element before the next one starts, or keep them at most two or three deep.',
							),
						);
				}
			}
		}
		if (line.length > limits.lineChars)
			add(
				contentError(
					'LineTooLong',
					{ ...at, column: limits.lineChars + 1 },
					`This line is ${line.length.toLocaleString('en-GB')} characters long; a line may be at most ${limits.lineChars.toLocaleString('en-GB')}. The lesson was not checked further: very long lines make the check and the build take minutes.`,
					'Break the text into paragraphs (a blank line between them), or put each sentence on its own line.',
				),
			);
	}
	return [...errors.values()];
}
