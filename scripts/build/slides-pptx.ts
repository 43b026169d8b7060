// Over 300 lines on purpose: one deck drawn with PptxGenJS: turning each slide into blocks and
// drawing the blocks share the Block type, the sizes and the shrink-to-fit scale; what the slides
// say and their order come from src/lib/teach/slides.ts. Tested whole by slides-pptx.spec.ts.
/**
 * The editable slides of a module (issue #17, item 1): presenter mode's deck
 * (src/lib/teach/slides.ts: the same slides in the same session-plan order, the same safety
 * slides, help lines on the first and the last slide) as a PowerPoint file made with PptxGenJS.
 * Every text is a real text box a teacher can edit; the presenter's notes are the speaker notes;
 * each activity is a question slide with its answer on the next; a chat is drawn as message
 * bubbles and a profile in a phone frame, as editable shapes, each labelled made up.
 *
 * Layout: 13.33 × 7.5 inch (16:9). The deck already splits long content across slides to fit a
 * screen; here each slide's blocks are stacked top to bottom, and the type shrinks (to 70% at
 * most) on a slide that would still run past the bottom, but never under {@link MIN_PT}: read from
 * the back of a classroom, no text on a slide is smaller than the deck's smallest ordinary type.
 */
import PptxGenJS from 'pptxgenjs';
import { contactText, quickHelplines, supportSections } from '../../src/lib/support.ts';
import { markWords } from '../../src/lib/teach/answer-key.ts';
import { checkOf } from '../../src/lib/knowledge-check.ts';
import { teachingSources, type Guidance } from '../../src/data/teaching.ts';
import type { ModulePack } from '../../src/lib/teach/module-pack.ts';
import {
	activityTitle,
	appendixLead,
	presenterSlides,
	safeTeachingNotes,
	slideKicker,
	type QuestionBody,
	type Slide,
	type SlideItem,
} from '../../src/lib/teach/slides.ts';
import type { Helpline } from '../../src/schemas/helpline.ts';

/** Slide size and margins, in inches. */
const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const BODY_W = W - 2 * MARGIN;

/** Calm colours with strong contrast on white (all at least 7:1 for text). */
const INK = '1F2933';
const MUTED = '3E4C59';
const ACCENT = '0B4F8A';
const THEM = 'E4E7EB';
const YOU = 'D9E8F6';
const FONT = 'Arial';

/** One block of a slide, stacked top to bottom. */
type Block =
	| { kind: 'kicker' | 'title' | 'lead' | 'para' | 'small'; text: string }
	| { kind: 'list'; items: { label?: string; text: string; note?: string }[] }
	| { kind: 'columns'; left: SlideItem[]; right: SlideItem[] }
	| {
			kind: 'chat';
			who: string;
			messages: { from: 'them' | 'you' | 'narrator'; who: string; text: string }[];
	  }
	| { kind: 'profile'; name: string; handle: string; items: SlideItem[] }
	/** Blocks in two columns, each stacked top to bottom (the help slide's sections). */
	| { kind: 'split'; left: Block[]; right: Block[] };

/**
 * The smallest type on any slide, in points: the deck's smallest ordinary text at full size (a
 * kicker, a lead-in like "To discuss:"). Shrinking a crowded slide (to 70%) used to take that to
 * 9.8 pt and a list to 12.6 pt, too small on a projected slide at the back of a room; now every
 * size stops here, the slide number and a profile's photo tiles included.
 */
export const MIN_PT = 14;

/** Type size (points) of each kind of text at full scale. */
const SIZE = {
	kicker: 14,
	title: 30,
	lead: 20,
	para: 18,
	small: 14,
	list: 18,
	bubble: 16,
} as const;

/**
 * Lines a text takes in a box `width` inches wide at `pt` points (Arial averages about 0.5 em a
 * glyph; 0.55 leaves room for bold titles and wide words).
 */
function linesOf(text: string, width: number, pt: number): number {
	const perLine = Math.max(10, Math.floor((width * 72) / (pt * 0.55)));
	return text
		.split('\n')
		.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** A full-scale size at `scale`, in whole or half points (as PowerPoint offers), never under MIN_PT. */
const sized = (pt: number, scale: number) => Math.max(MIN_PT, Math.floor(pt * scale * 2) / 2);

/** Height in inches of `lines` lines at `pt` points (1.2 line spacing), without a box's insets. */
const linesHeight = (lines: number, pt: number) => (lines * pt * 1.2) / 72;

/** Room left under a box's last line, in inches. */
const SPARE = 0.04;

/**
 * Top and bottom insets together of a box drawn with PptxGenJS's default insets (a list, a
 * profile's parts), in inches; a box with `margin: 0.05` (points) has next to none.
 */
const INSETS = 0.1;

/** Height in inches of `lines` lines at `pt` points in a text box of their own (no insets). */
const heightOf = (lines: number, pt: number) => linesHeight(lines, pt) + SPARE;

/** Space after each paragraph of a list, in points (PptxGenJS's paraSpaceAfter). */
const PARA_AFTER = 4;

/**
 * Height in inches of a list's box: each item's lines and the space after it, and the box's insets
 * once (each item used to count a box's insets too, which made a list look taller than it is and
 * shrank its slide's type for nothing).
 */
const listHeight = (items: readonly ListItem[], width: number, pt: number) =>
	items.reduce(
		(sum, item) => sum + linesHeight(linesOf(itemText(item), width, pt), pt) + PARA_AFTER / 72,
		INSETS + SPARE,
	);

/** One item of a list: its label ("A", "1"), its words and a note. */
type ListItem = { label?: string; text: string; note?: string };

/** A list item's words as one line of text: "A. text" and, after a dash, its note. */
const itemText = (item: ListItem) =>
	`${item.label ? `${item.label}. ` : ''}${item.text}${item.note ? ` (${item.note})` : ''}`;

/** How tall a block is at `scale` in a column `width` inches wide (a slide's by default), in inches. */
function blockHeight(block: Block, scale: number, width = BODY_W): number {
	const list = sized(SIZE.list, scale);
	switch (block.kind) {
		case 'kicker':
		case 'title':
		case 'lead':
		case 'para':
		case 'small': {
			const pt = sized(SIZE[block.kind], scale);
			return heightOf(linesOf(block.text, width, pt), pt);
		}
		case 'list':
			return listHeight(block.items, width - 0.4, list);
		case 'columns':
			return Math.max(
				listHeight(block.left, COLUMN_W - 0.2, list),
				listHeight(block.right, COLUMN_W - 0.2, list),
			);
		case 'chat':
			return block.messages.reduce((sum, m) => sum + bubbleHeight(m, scale) + 0.12, 0.1);
		case 'profile':
			return PROFILE_HEAD + listHeight(block.items, BODY_W - 0.7, list) + PROFILE_PAD;
		case 'split':
			return Math.max(
				stackHeight(block.left, scale, COLUMN_W),
				stackHeight(block.right, scale, COLUMN_W),
			);
	}
}

/** The space between two blocks stacked on a slide, in inches. */
const GAP = 0.15;

/** How tall `blocks` are stacked at `scale` in a column `width` inches wide, in inches. */
const stackHeight = (blocks: readonly Block[], scale: number, width = BODY_W) =>
	blocks.reduce((sum, b) => sum + blockHeight(b, scale, width) + GAP, -GAP);

/** Width of each of two columns, in inches. */
const COLUMN_W = BODY_W / 2 - 0.2;

/**
 * A profile card: its header (avatar, name and handle, photo tiles) and the padding under its list
 * of parts, in inches.
 */
const PROFILE_HEAD = 1.2;
const PROFILE_PAD = 0.2;

/** One message of a chat, as a bubble shows it. */
type Message = Extract<Block, { kind: 'chat' }>['messages'][number];

/**
 * Width of a chat bubble, and its height at `scale`. The sender's name leads the message on its
 * line ("Jade: hey…"), as presenter mode shows it: a line of its own took a crowded chat slide's
 * type under the floor.
 */
const BUBBLE_W = 7.2;
/** A bubble's inset on every side, in points. */
const BUBBLE_INSET = 6;
const bubbleHeight = (m: Message, scale: number) => {
	const pt = sized(SIZE.bubble, scale);
	return heightOf(linesOf(`${m.who}: ${m.text}`, BUBBLE_W - 0.3, pt), pt) + (2 * BUBBLE_INSET) / 72;
};

/** The most a crowded slide's type shrinks: to 70%, in 5% steps (never under MIN_PT). */
const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7];

/** The largest scale at which `blocks` fit in `room` inches, and whether they fit at all. */
function fitOf(blocks: readonly Block[], room: number): { scale: number; fits: boolean } {
	const scale = SCALES.find((s) => stackHeight(blocks, s) <= room);
	return scale === undefined ? { scale: 0.7, fits: false } : { scale, fits: true };
}

/**
 * Draws a slide's blocks from `top`, in the first of its `layouts` (each the same words, laid out
 * differently: the help slide's sections in one column or two) whose type is largest where it
 * fits above the bottom margin.
 */
function drawBlocks(
	pptx: PptxGenJS,
	slide: PptxGenJS.Slide,
	layouts: readonly (readonly Block[])[],
	top: number,
) {
	const room = H - MARGIN - top;
	const fitted = layouts.map((blocks) => ({ blocks, ...fitOf(blocks, room) }));
	const best = fitted.reduce((a, b) =>
		Number(b.fits) > Number(a.fits) || (b.fits === a.fits && b.scale > a.scale) ? b : a,
	);
	drawStack(pptx, slide, best.blocks, top, best.scale, MARGIN, BODY_W);
}

/** Draws `blocks` stacked from `y` in the column at `x`, `w` inches wide. */
function drawStack(
	pptx: PptxGenJS,
	slide: PptxGenJS.Slide,
	blocks: readonly Block[],
	top: number,
	scale: number,
	x: number,
	w: number,
) {
	let y = top;
	for (const block of blocks) {
		const h = blockHeight(block, scale, w);
		drawBlock(pptx, slide, block, { x, y, w, h }, scale);
		y += h + GAP;
	}
}

/** Where a block goes on its slide, in inches. */
interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Draws one block in `box` (a text or list block takes its width; the others, the slide's). */
function drawBlock(
	pptx: PptxGenJS,
	slide: PptxGenJS.Slide,
	block: Block,
	{ x, y, w, h }: Box,
	scale: number,
): void {
	const text = (words: string, pt: number, extra: PptxGenJS.TextPropsOptions = {}) => {
		slide.addText(words, {
			x,
			y,
			w,
			h,
			fontFace: FONT,
			fontSize: sized(pt, scale),
			color: INK,
			valign: 'top',
			margin: 0.05,
			...extra,
		});
	};
	switch (block.kind) {
		case 'kicker':
			text(block.text, SIZE.kicker, { color: ACCENT, bold: true });
			return;
		case 'title':
			text(block.text, SIZE.title, { bold: true });
			return;
		case 'lead':
			text(block.text, SIZE.lead, { color: MUTED });
			return;
		case 'para':
			text(block.text, SIZE.para);
			return;
		case 'small':
			text(block.text, SIZE.small, { color: MUTED });
			return;
		case 'list':
			slide.addText(
				block.items.map((item) => ({
					text: itemText(item),
					options: {
						// A lettered or numbered item carries its label as text (editable); others get a bullet.
						bullet: item.label ? false : { indent: 18 },
						breakLine: true,
					},
				})),
				{
					x,
					y,
					w,
					h,
					fontFace: FONT,
					fontSize: sized(SIZE.list, scale),
					color: INK,
					valign: 'top',
					margin: 0.05,
					paraSpaceAfter: PARA_AFTER,
				},
			);
			return;
		case 'columns': {
			const column = (items: SlideItem[], left: number) => {
				slide.addText(
					items.map((i) => ({ text: itemText(i), options: { breakLine: true } })),
					{
						x: left,
						y,
						w: COLUMN_W,
						h,
						fontFace: FONT,
						fontSize: sized(SIZE.list, scale),
						color: INK,
						valign: 'top',
						paraSpaceAfter: PARA_AFTER,
					},
				);
			};
			column(block.left, MARGIN);
			column(block.right, MARGIN + BODY_W / 2 + 0.2);
			return;
		}
		case 'chat': {
			let by = y + 0.1;
			for (const m of block.messages) {
				const bh = bubbleHeight(m, scale);
				const narrator = m.from === 'narrator';
				const left = m.from === 'you' ? W - MARGIN - BUBBLE_W : MARGIN;
				slide.addText([{ text: `${m.who}: `, options: { bold: true } }, { text: m.text }], {
					shape: pptx.ShapeType.roundRect,
					rectRadius: 0.15,
					x: narrator ? MARGIN + (BODY_W - BUBBLE_W) / 2 : left,
					y: by,
					w: BUBBLE_W,
					h: bh,
					fill: { color: narrator ? 'FFFFFF' : m.from === 'you' ? YOU : THEM },
					line: { color: narrator ? 'FFFFFF' : 'B8C2CC', width: 0.75 },
					fontFace: FONT,
					fontSize: sized(SIZE.bubble, scale),
					color: INK,
					italic: narrator,
					valign: 'top',
					// The words clear the bubble's rounded edge.
					margin: BUBBLE_INSET,
				});
				by += bh + 0.12;
			}
			return;
		}
		case 'profile': {
			// A phone-style profile screen: a header with the name and handle, three photo tiles
			// (placeholders: the deck never shows a photo), then the parts to judge.
			slide.addShape(pptx.ShapeType.roundRect, {
				x: MARGIN,
				y,
				w: BODY_W,
				h,
				rectRadius: 0.2,
				fill: { color: 'FFFFFF' },
				line: { color: '9AA5B1', width: 1 },
			});
			slide.addShape(pptx.ShapeType.ellipse, {
				x: MARGIN + 0.25,
				y: y + 0.2,
				w: 0.8,
				h: 0.8,
				fill: { color: THEM },
				line: { color: '9AA5B1', width: 0.75 },
			});
			slide.addText(
				[
					{ text: block.name, options: { bold: true, breakLine: true } },
					{
						text: `${block.handle} · a made-up profile`,
						options: { color: MUTED, fontSize: sized(SIZE.small, scale) },
					},
				],
				{
					x: MARGIN + 1.25,
					y: y + 0.2,
					w: 5.5,
					h: 0.8,
					fontFace: FONT,
					fontSize: sized(SIZE.para, scale),
					color: INK,
					valign: 'middle',
				},
			);
			for (let i = 0; i < 3; i++)
				slide.addText('photo', {
					shape: pptx.ShapeType.rect,
					x: W - MARGIN - 3 * 1.05 + i * 1.05 - 0.2,
					y: y + 0.2,
					w: 0.95,
					h: 0.8,
					fill: { color: THEM },
					line: { color: '9AA5B1', width: 0.5 },
					fontFace: FONT,
					fontSize: MIN_PT,
					color: MUTED,
					align: 'center',
					valign: 'middle',
				});
			slide.addText(
				block.items.map((i) => ({ text: itemText(i), options: { breakLine: true } })),
				{
					x: MARGIN + 0.25,
					y: y + PROFILE_HEAD,
					w: BODY_W - 0.5,
					h: h - PROFILE_HEAD - PROFILE_PAD,
					fontFace: FONT,
					fontSize: sized(SIZE.list, scale),
					color: INK,
					valign: 'top',
					paraSpaceAfter: PARA_AFTER,
				},
			);
			return;
		}
		case 'split':
			drawStack(pptx, slide, block.left, y, scale, MARGIN, COLUMN_W);
			drawStack(pptx, slide, block.right, y, scale, W - MARGIN - COLUMN_W, COLUMN_W);
			return;
	}
}

/**
 * Groups of blocks in two columns, in order, split where the taller column is shortest (at full
 * size): the help slide's sections, each its label and its lines.
 */
function balancedSplit(groups: readonly Block[][]): Block {
	const splits = groups.slice(1).map((_, i) => ({
		left: groups.slice(0, i + 1).flat(),
		right: groups.slice(i + 1).flat(),
	}));
	const taller = (s: { left: Block[]; right: Block[] }) =>
		Math.max(stackHeight(s.left, 1, COLUMN_W), stackHeight(s.right, 1, COLUMN_W));
	const best = splits.reduce((a, b) => (taller(b) < taller(a) ? b : a));
	return { kind: 'split', ...best };
}

/** Help lines as list items: "Childline: Phone: 0800 1111 (free, 24 hours); Online: …". */
const helpItems = (lines: readonly Helpline[]) =>
	lines.map((h) => ({ text: `${h.name}: ${h.contacts.map(contactText).join('; ')}` }));

/** What a question slide shows under its title. */
function questionBlocks(body: QuestionBody, slide: Extract<Slide, { kind: 'question' }>): Block[] {
	const activity = slide.item.activity;
	switch (body.style) {
		case 'line':
			return [{ kind: 'lead', text: body.text }];
		case 'columns':
			return [{ kind: 'columns', left: body.left, right: body.right }];
		case 'list':
			return activity.type === 'red-flags'
				? [
						{ kind: 'small', text: body.lead ?? '' },
						{
							kind: 'profile',
							name: activity.profile.name,
							handle: activity.profile.handle,
							items: body.items,
						},
					]
				: [
						...(body.lead ? [{ kind: 'small' as const, text: body.lead }] : []),
						{ kind: 'list', items: body.items },
					];
		case 'chat':
			return [
				...(body.lead ? [{ kind: 'small' as const, text: body.lead }] : []),
				...(body.messages.length
					? [{ kind: 'chat' as const, who: '', messages: body.messages }]
					: []),
				...(body.choices.length
					? [
							{ kind: 'small' as const, text: 'What should happen next?' },
							{ kind: 'list' as const, items: body.choices },
						]
					: []),
			];
	}
}

/** Guidance from the pack as speaker-note paragraphs: a lead-in, then each point with its sources. */
function kitNotes(heading: string, items: readonly Guidance[]): string[] {
	const sources = new Map(teachingSources.map((src) => [src.id, src]));
	return [
		heading,
		...items.map(
			(g) =>
				`${g.text} (${g.sources
					.map((id) => {
						const src = sources.get(id);
						return src ? `${src.publisher}, ${src.title}: ${src.url}` : id;
					})
					.join('; ')})`,
		),
	];
}

/** The blocks and speaker notes of one slide. */
function slideContent(
	slide: Slide,
	pack: ModulePack,
): { blocks: Block[]; also?: Block[][]; notes: string } {
	const { module, guidance } = pack;
	switch (slide.kind) {
		case 'title':
			return {
				blocks: [
					{
						kind: 'kicker',
						text: `A ${slide.minutes}-minute session, ages ${module.ageRange.min} to ${module.ageRange.max}`,
					},
					{ kind: 'title', text: slide.title },
					{
						kind: 'lead',
						text: 'Made-up stories about real tricks, and what to do. Anyone can pass on any activity.',
					},
					{
						kind: 'small',
						text: 'If this is happening to you: help now (every line is on the last slide)',
					},
					{ kind: 'list', items: helpItems(quickHelplines([module.audience])) },
				],
				notes: [
					`Before the session, read the ${guidance.leader} pack (Second Look, /teach/${module.id}/).`,
					// As presenter mode's note: teaching it safely, and what to do when someone tells you.
					...safeTeachingNotes(pack).flatMap((n) => kitNotes(n.heading, n.items)),
				].join('\n\n'),
			};
		case 'step':
			return {
				blocks: [
					{
						kind: 'kicker',
						text: `Step ${slide.number} of ${slide.of} · ${slide.step.minutes} minutes (${slide.step.from}–${slide.step.from + slide.step.minutes})`,
					},
					{ kind: 'title', text: slide.title },
					...(slide.rules
						? [
								{
									kind: 'list' as const,
									items: guidance.groundRules.map((r, i) => ({
										label: String(i + 1),
										text: r.text,
									})),
								},
							]
						: slide.step.used.length
							? [
									{
										kind: 'list' as const,
										items: slide.step.used.map((u) => ({ text: activityTitle(u.activity) })),
									},
								]
							: []),
				],
				notes: [
					slide.step.does,
					// As presenter mode's note (KitNote.astro): the question box with the ground rules, the
					// close on the last step, each point with its sources.
					...(slide.rules
						? [
								...kitNotes('The anonymous question box, introduced now:', guidance.questionBox),
								...safeTeachingNotes(pack).flatMap((n) => kitNotes(n.heading, n.items)),
							]
						: []),
					...(slide.number === slide.of
						? kitNotes('Closing: step out of the stories, then a calm plenary:', guidance.closing)
						: []),
				].join('\n\n'),
			};
		case 'question': {
			const activity = slide.item.activity;
			const sources = new Map(slide.item.lesson.sources.map((src) => [src.id, src]));
			const notes =
				slide.part === 1 && activity.teacherNotes
					? [
							'Before this activity (for you, not for the class):',
							...activity.teacherNotes.map(
								(n) =>
									`${n.text} (${n.sources
										.map((id) => {
											const src = sources.get(id);
											return src ? `${src.publisher}, ${src.title}: ${src.url}` : id;
										})
										.join('; ')})`,
							),
						]
					: [];
			return {
				blocks: [
					{ kind: 'kicker', text: slideKicker(activity) },
					{ kind: 'title', text: slide.title },
					...(slide.prompt ? [{ kind: 'para' as const, text: slide.prompt }] : []),
					...questionBlocks(slide.body, slide),
				],
				notes: [
					...notes,
					checkOf(activity)?.phase === 'baseline'
						? "Baseline: don't give the answer now. There is no right or wrong yet; the same question comes back, with its answer, at the end point."
						: 'The answer is on the next slide.',
				].join('\n\n'),
			};
		}
		case 'answer': {
			const activity = slide.item.activity;
			const lead = {
				sequence: 'The right order:',
				pairs: 'The right matches:',
				path: 'A safe route through the chat:',
			} as const;
			const lines =
				slide.style === 'marks'
					? [
							{
								kind: 'list' as const,
								items: slide.lines.map((l) => ({
									text: `${markWords(activity, l.right)}: ${l.text}`,
									...(l.note ? { note: l.note } : {}),
								})),
							},
						]
					: slide.lines.length
						? [
								...(slide.style !== 'scale'
									? [{ kind: 'small' as const, text: lead[slide.style] }]
									: []),
								{
									kind: 'list' as const,
									items: slide.lines.map((l, i) => ({
										...(slide.style === 'pairs' ? {} : { label: String(slide.before + i + 1) }),
										text: l.text,
										...(l.note ? { note: l.note } : {}),
									})),
								},
							]
						: [];
			return {
				blocks: [
					{ kind: 'kicker', text: slideKicker(activity) },
					{ kind: 'title', text: slide.title },
					...lines,
					...(slide.why ? [{ kind: 'para' as const, text: slide.why }] : []),
					...(slide.discussion.length
						? [
								{ kind: 'small' as const, text: 'To discuss:' },
								{ kind: 'list' as const, items: slide.discussion.map((d) => ({ text: d })) },
							]
						: []),
				],
				notes: [
					'Ask the discussion questions about the characters, never about the learners themselves.',
					...slide.discussion,
				].join('\n\n'),
			};
		}
		case 'remember':
			return {
				blocks: [
					{ kind: 'kicker', text: 'What to remember' },
					{ kind: 'title', text: slide.title },
					{ kind: 'list', items: slide.messages.map((m) => ({ text: m })) },
				],
				notes: 'Leave time for questions; point to the help lines.',
			};
		case 'help': {
			const sections = supportSections([module.audience], { ages: module.ageRange }).map(
				(section): Block[] => [
					{ kind: 'small', text: section.label },
					{ kind: 'list', items: helpItems(section.helplines) },
				],
			);
			const title: Block = { kind: 'title', text: 'Where to get help' };
			return {
				blocks: [title, ...sections.flat()],
				// The forces' lines, for every age, run past the slide in one column at the floor.
				also: sections.length > 1 ? [[title, balancedSplit(sections)]] : [],
				notes: `Leave this slide up at the end. Say who learners can talk to after the session.`,
			};
		}
		case 'appendix':
			return {
				blocks: [
					{ kind: 'kicker', text: 'After the session' },
					{ kind: 'title', text: slide.title },
					{
						kind: 'lead',
						text: appendixLead(slide.count),
					},
				],
				notes: 'The slides after this one are not in the session plan.',
			};
	}
}

/**
 * The module's deck as a .pptx file. Pure apart from PptxGenJS's zip writer: the same pack always
 * gives the same slides.
 */
export async function deckPptx(pack: ModulePack): Promise<Uint8Array> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = pack.module.title;
	pptx.subject = `Slides for ${pack.module.title}`;
	pptx.author = 'Second Look';
	pptx.company = 'Second Look';
	pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
	const slides = presenterSlides(pack);
	for (const [index, slide] of slides.entries()) {
		const page = pptx.addSlide();
		const { blocks, also = [], notes } = slideContent(slide, pack);
		drawBlocks(pptx, page, [blocks, ...also], MARGIN);
		page.addText(`${index + 1}`, {
			x: W - MARGIN - 1,
			y: H - 0.45,
			w: 1,
			h: 0.35,
			fontFace: FONT,
			fontSize: MIN_PT,
			color: MUTED,
			align: 'right',
		});
		page.addNotes(notes);
	}
	// 'STREAM' is the one output type PptxGenJS compresses (a Node Buffer).
	const data = await pptx.write({ outputType: 'STREAM', compression: true });
	return data as Uint8Array;
}
