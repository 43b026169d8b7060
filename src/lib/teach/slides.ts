// Over 300 lines on purpose: the one deck builder that presenter mode and the PowerPoint file both
// read: the slide types, the line budget that splits long content, and each activity type's
// question and answer slides (the slides' activity-type switch, one place in docs/architecture.md).
import type { Activity, ActivityOf } from '../../schemas/activity.ts';
import type { Lesson } from '../../schemas/lesson.ts';
import { sessionMinutes } from '../../schemas/lesson-plan.ts';
import { stableShuffle } from '../engine/shuffle.ts';
import { checkOf } from '../knowledge-check.ts';
import {
	activityKindLabels,
	answerKey,
	safeRoute,
	type AnswerKey,
	type AnswerLine,
} from './answer-key.ts';
import type { Guidance } from '../../data/teaching.ts';
import { leaderWords } from './leader-words.ts';
import {
	offeredOutsidePlan,
	type ModulePack,
	type PackActivity,
	type PackStep,
} from './module-pack.ts';

/**
 * How much a slide may hold, in lines of body text at the slide's type size (about 90 characters a
 * line on a 16:9 screen, at 1366×768 and at 1920×1080 alike, as the type scales with the screen).
 * Content over it is split across slides when the deck is built; presenter mode's fit-to-screen
 * scaling (src/scripts/presenter.ts) is only the safety net.
 */
export const slideBudget = { lines: 15, chars: 90 } as const;

/** A choice, item, part or pair as a slide lists it: its letter or number, and its text. */
export interface SlideItem {
	label: string;
	text: string;
}

/** A line of a chat as the slide shows it: who says it, and what. */
export interface SlideMessage {
	from: 'them' | 'you' | 'narrator';
	/** Who the line is from, in words: the contact's name, "Reply" or "Story". */
	who: string;
	text: string;
}

/** What a question slide shows under its title. */
export type QuestionBody =
	| { style: 'list'; lead?: string; items: SlideItem[] }
	| { style: 'columns'; left: SlideItem[]; right: SlideItem[] }
	| { style: 'chat'; lead?: string; messages: SlideMessage[]; choices: SlideItem[] }
	| { style: 'line'; text: string };

/** Fields every slide has. */
interface SlideBase {
	/** Unique in the deck; the slide's element id is `slide-<id>`. */
	id: string;
	title: string;
	/** `flow`: the session, in plan order; `appendix`: reachable by the slide list or number only. */
	section: 'flow' | 'appendix';
}

/** One screen of presenter mode. */
export type Slide = SlideBase &
	(
		| { kind: 'title'; minutes: number }
		| { kind: 'step'; step: PackStep; number: number; of: number; rules: boolean }
		| {
				kind: 'question';
				item: PackActivity;
				/** The prompt, when the title does not already say it all. */
				prompt?: string;
				body: QuestionBody;
				part: number;
				parts: number;
		  }
		| {
				kind: 'answer';
				item: PackActivity;
				style: AnswerKey['style'];
				lines: AnswerLine[];
				/** How many of the key's lines come before this part's (an ordered list goes on from there). */
				before: number;
				/** The explanation, on the last part when the style shows one. */
				why?: string;
				discussion: string[];
				part: number;
				parts: number;
		  }
		| { kind: 'remember'; lesson: Lesson; messages: string[]; part: number; parts: number }
		| { kind: 'help' }
		| { kind: 'appendix'; count: number }
	);

/** How many lines a text takes on a slide. */
const linesOf = (text: string, chars: number = slideBudget.chars) =>
	Math.max(1, Math.ceil(text.length / chars));
/** Lines of a list item: its text and the space under it. */
const itemLines = (text: string, chars?: number) => linesOf(text, chars) + 0.4;

/**
 * Greedy split of `blocks` into runs of at most `budget` lines each (a block never splits; a block
 * over the budget gets a run of its own). Pure.
 */
export function splitByLines<T>(
	blocks: readonly T[],
	weight: (block: T) => number,
	budget: number = slideBudget.lines,
): T[][] {
	const runs: T[][] = [];
	let run: T[] = [];
	let used = 0;
	for (const block of blocks) {
		const w = weight(block);
		if (run.length > 0 && used + w > budget) {
			runs.push(run);
			run = [];
			used = 0;
		}
		run.push(block);
		used += w;
	}
	if (run.length > 0 || runs.length === 0) runs.push(run);
	return runs;
}

/** The first sentence of a text (up to its first full stop, question or exclamation mark). */
const firstSentence = (text: string) => /^.+?[.?!](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * A slide title for an activity, from its own words: an H5P's title, "A chat with Mia", "Mia's
 * profile", or the prompt's first sentence (cut at a word, with "…", past 80 characters). Pure.
 */
export function activityTitle(activity: Activity): string {
	if (activity.type === 'h5p') return activity.title;
	if (activity.type === 'scenario') return `A chat with ${activity.contact.name}`;
	if (activity.type === 'red-flags') return `${activity.profile.name}’s profile`;
	// A statement's full stop is dropped; a question keeps its mark.
	const sentence = firstSentence(activity.prompt.trim()).replace(/\.$/, '');
	if (sentence.length <= 80) return sentence;
	const cut = sentence.slice(0, 72).replace(/\s+\S*$/, '');
	return `${cut.replace(/[,;:]$/, '')}…`;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** One stop of a chat as the class plays it: the lead, what is said, then the choices to stop at. */
interface ChatStage {
	lead?: string;
	messages: SlideMessage[];
	choices: SlideItem[];
}

/**
 * A chat as a class plays it, stopping at each choice: its stages along the route a teacher models
 * ({@link safeRoute}), each with its messages and choices; every stage after the first opens with
 * the reply taken, as the chat itself shows it, so moving on shows what happened next. A stage with
 * nothing to show (an ending with no message) is left out. Pure.
 */
function chatStages(activity: ActivityOf<'scenario'>): ChatStage[] {
	const byId = new Map(activity.nodes.map((n) => [n.id, n]));
	const who = (from: SlideMessage['from']) =>
		from === 'them' ? activity.contact.name : from === 'you' ? 'Reply' : 'Story';
	const path = safeRoute(activity)?.path ?? [];
	const stages: ChatStage[] = [];
	let taken: SlideMessage[] = [];
	let node = byId.get(activity.start);
	for (const step of [...path, undefined]) {
		if (!node) break;
		const said = node.messages.map((m) => ({ from: m.from, who: who(m.from), text: m.text }));
		const choices = (node.choices ?? []).map((c, i) => ({ label: letter(i), text: c.text }));
		if (said.length > 0 || choices.length > 0)
			stages.push({
				...(stages.length === 0 ? { lead: `A made-up chat with ${activity.contact.name}.` } : {}),
				messages: [...taken, ...said],
				choices,
			});
		const choice = node.choices?.find((c) => c.id === step);
		if (!choice) break;
		taken = [{ from: 'you', who: who('you'), text: choice.text }];
		node = byId.get(choice.next);
	}
	return stages;
}

/** The question slides' bodies of an activity, split so each fits a slide (prompt lines aside). */
function questionBodies(activity: Activity, room: number): QuestionBody[] {
	const listParts = (items: SlideItem[], lead?: string) =>
		splitByLines(items, (i) => itemLines(i.text), room - (lead ? 1 : 0)).map(
			(run): QuestionBody => ({ style: 'list', ...(lead ? { lead } : {}), items: run }),
		);
	switch (activity.type) {
		case 'single-choice':
			return listParts(activity.options.map((o, i) => ({ label: letter(i), text: o.text })));
		case 'multiple-response':
			return listParts(
				activity.options.map((o, i) => ({ label: letter(i), text: o.text })),
				'Choose every answer that fits.',
			);
		case 'ordering': {
			const order = stableShuffle(
				activity.id,
				activity.items.map((i) => i.id),
			);
			const items = order.flatMap((id) => activity.items.filter((i) => i.id === id));
			return listParts(
				items.map((item, i) => ({ label: letter(i), text: item.text })),
				'Put these in the right order.',
			);
		}
		case 'red-flags':
			return listParts(
				activity.parts.map((p, i) => ({ label: letter(i), text: p.text })),
				`A made-up profile: ${activity.profile.name} (${activity.profile.handle}). Which parts are warning signs?`,
			);
		case 'matching':
			return [
				{
					style: 'columns',
					left: activity.pairs.map((p, i) => ({ label: String(i + 1), text: p.text })),
					right: activity.targets.map((t, i) => ({ label: letter(i), text: t.text })),
				},
			];
		case 'true-false':
			return [{ style: 'line', text: 'True or false?' }];
		case 'confidence':
			return [
				{
					style: 'line',
					text: `1 (${activity.low}) to 5 (${activity.high}). Think of your number; nobody has to share it.`,
				},
			];
		case 'h5p':
			return [{ style: 'line', text: `${activity.title}: play it together from the lesson page.` }];
		case 'scenario':
			return chatStages(activity).flatMap((stage) => chatBodies(stage, room));
	}
}

/** One chat stage's slide bodies: its messages split to fit, its choices on the last part or alone. */
function chatBodies({ lead, messages, choices }: ChatStage, room: number): QuestionBody[] {
	const choiceLines = 1 + choices.reduce((sum, c) => sum + itemLines(c.text), 0);
	const runs = splitByLines(messages, (m) => itemLines(`${m.who}: ${m.text}`), room - 1);
	const last = runs.length - 1;
	const lastLines = (runs[last] ?? []).reduce(
		(sum, m) => sum + itemLines(`${m.who}: ${m.text}`),
		1,
	);
	const bodies: QuestionBody[] = runs.map((run, i) => ({
		style: 'chat',
		...(i === 0 && lead !== undefined ? { lead } : {}),
		messages: run,
		choices: [],
	}));
	// The choices end the last part of the stage, or get a part of their own.
	if (lastLines + choiceLines <= room || messages.length === 0) {
		const end = bodies[last];
		if (end?.style === 'chat') end.choices = choices;
	} else bodies.push({ style: 'chat', messages: [], choices });
	return bodies;
}

/** The answer slides of an activity: its key's lines, explanation and discussion, split to fit. */
function answerSlides(item: PackActivity, id: string, title: string, section: Slide['section']) {
	const { activity } = item;
	const key = answerKey(activity);
	const showWhy = key.why !== '' && (key.style !== 'marks' || activity.type === 'red-flags');
	const discussion = activity.discussion ?? [];
	type Block =
		| { type: 'line'; line: AnswerLine }
		| { type: 'why'; text: string }
		| { type: 'discussion'; text: string; first: boolean };
	const blocks: Block[] = [
		...key.lines.map((line): Block => ({ type: 'line', line })),
		...(showWhy ? [{ type: 'why' as const, text: key.why }] : []),
		...discussion.map((text, i): Block => ({ type: 'discussion', text, first: i === 0 })),
	];
	const weight = (b: Block) =>
		b.type === 'line'
			? itemLines(b.line.text) + (b.line.note ? linesOf(b.line.note, 100) : 0)
			: b.type === 'why'
				? linesOf(b.text) + 0.5
				: itemLines(b.text) + (b.first ? 1 : 0);
	// The reveal button keeps a line and a half of the slide.
	const runs = splitByLines(blocks, weight, slideBudget.lines - 1.5);
	let before = 0;
	return runs.map((run, i): Slide => {
		const lines = run.flatMap((b) => (b.type === 'line' ? [b.line] : []));
		before += lines.length;
		const why = run.find((b) => b.type === 'why');
		return {
			kind: 'answer',
			id: i === 0 ? `answer-${id}` : `answer-${id}-part-${String(i + 1)}`,
			title:
				runs.length > 1
					? `${title}: the answer (${String(i + 1)} of ${String(runs.length)})`
					: `${title}: the answer`,
			section,
			item,
			style: key.style,
			lines,
			before: before - lines.length,
			...(why?.type === 'why' ? { why: why.text } : {}),
			discussion: run.flatMap((b) => (b.type === 'discussion' ? [b.text] : [])),
			part: i + 1,
			parts: runs.length,
		};
	});
}

/**
 * The small line above an activity's title on its slides: its kind, or for the module's baseline
 * and end point the phase (the baseline never shows an answer). Pure.
 */
export function slideKicker(activity: Activity): string {
	const phase = checkOf(activity)?.phase;
	if (phase === 'baseline') return 'Baseline: no right or wrong yet';
	if (phase === 'endpoint') return 'End point: the same question as at the start';
	return activityKindLabels[activity.type];
}

/**
 * The slides of one activity: its question (in parts when long), then its answer. A baseline
 * question has no answer slide: learners are never marked on what they did not know yet, and the
 * same question comes back, with its answer, at the end point.
 */
function activitySlides(item: PackActivity, id: string, section: Slide['section']): Slide[] {
	const { activity } = item;
	const title = activityTitle(activity);
	const prompt = title === activity.prompt.trim().replace(/\.$/, '') ? undefined : activity.prompt;
	const room = slideBudget.lines - (prompt ? linesOf(prompt) + 0.5 : 0);
	const bodies = questionBodies(activity, room);
	const questions = bodies.map((body, i): Slide => ({
		kind: 'question',
		id: i === 0 ? `activity-${id}` : `activity-${id}-part-${String(i + 1)}`,
		title: bodies.length > 1 ? `${title} (${String(i + 1)} of ${String(bodies.length)})` : title,
		section,
		item,
		// The prompt opens the question; later parts are under the same title.
		...(prompt && i === 0 ? { prompt } : {}),
		body,
		part: i + 1,
		parts: bodies.length,
	}));
	if (checkOf(activity)?.phase === 'baseline') return questions;
	return [...questions, ...answerSlides(item, id, title, section)];
}

/** Guidance from the pack in a slide's presenter's note: a lead-in, and its points. */
export interface NoteGuidance {
	/** A short name for element ids. */
	id: string;
	heading: string;
	items: readonly Guidance[];
}

/**
 * What a presenter needs to hand mid-session, in the notes of the title slide and the ground-rules
 * slide (presenter mode and the PowerPoint file alike): how to teach it safely (stopping a learner
 * gently who starts to say something personal in front of the group), then what to do, in order,
 * when one tells you something has happened. In the audience's words. Pure.
 */
export function safeTeachingNotes(pack: ModulePack): NoteGuidance[] {
	const learner = leaderWords(pack.module.audience).learners.replace(/s$/, '');
	return [
		{ id: 'safe', heading: 'Teaching it safely:', items: pack.guidance.safeTeaching },
		{
			id: 'disclosure',
			heading: `If a ${learner} tells you something has happened, in order:`,
			items: pack.guidance.disclosure,
		},
	];
}

/**
 * What the appendix slide says of its activities: never spare minutes at the end. Some need the
 * safeguarding lead told before they are taught (a friend who does not want to live), and a session
 * ends calmly on the help slide, not on the hardest story (a teacher's review, December 2026: "use
 * them if there is time" after the help slide offered exactly that). Pure.
 */
export function appendixLead(count: number): string {
	return (
		`${String(count)} more ${count === 1 ? 'activity' : 'activities'} for this group that the plan ` +
		"leaves out, for another session, planned like this one: read each one's notes first, as some " +
		'need your safeguarding lead told before you teach them. Not for spare minutes at the end: end on ' +
		'the help slide.'
	);
}

/**
 * The deck of a module in presenter mode, built from its session plan. Pure.
 *
 * 1. A title slide (the session's length; help lines and keys on the page);
 * 2. each plan step in order: a slide with its name and time (the ground rules on the step that
 *    `show`s them), then each activity it uses: its question (split into parts when long, e.g. a
 *    chat's messages) and its answer on slides of its own, folded until revealed;
 * 3. what to remember: each lesson's key messages; 4. where to get help.
 *
 * Then an appendix, out of the flow: activities for this audience that the plan does not use
 * (the pack's, see `offeredOutsidePlan` in module-pack.ts), reached from the slide list or by number.
 */
export function presenterSlides(pack: ModulePack): Slide[] {
	const seen = new Map<string, number>();
	const uniqueId = (id: string) => {
		const times = (seen.get(id) ?? 0) + 1;
		seen.set(id, times);
		return times === 1 ? id : `${id}-again-${String(times)}`;
	};
	const slides: Slide[] = [
		{
			kind: 'title',
			id: 'start',
			title: pack.module.title,
			section: 'flow',
			minutes: sessionMinutes(pack.plan),
		},
	];
	const hasRulesStep = pack.plan.some((s) => s.show === 'ground-rules');
	pack.plan.forEach((step, index) => {
		slides.push({
			kind: 'step',
			id: `step-${String(index + 1)}`,
			title: step.step,
			section: 'flow',
			step,
			number: index + 1,
			of: pack.plan.length,
			rules: step.show === 'ground-rules' || (!hasRulesStep && index === 0),
		});
		for (const item of step.used)
			slides.push(...activitySlides(item, uniqueId(item.activity.id), 'flow'));
	});
	for (const lesson of pack.lessons) {
		const runs = splitByLines(lesson.keyMessages, (m) => itemLines(m), slideBudget.lines - 1);
		runs.forEach((messages, i) => {
			slides.push({
				kind: 'remember',
				id: i === 0 ? `remember-${lesson.id}` : `remember-${lesson.id}-part-${String(i + 1)}`,
				title:
					runs.length > 1
						? `Remember: ${lesson.title} (${String(i + 1)} of ${String(runs.length)})`
						: `Remember: ${lesson.title}`,
				section: 'flow',
				lesson,
				messages,
				part: i + 1,
				parts: runs.length,
			});
		});
	}
	slides.push({ kind: 'help', id: 'help', title: 'Where to get help', section: 'flow' });
	const used = new Set(pack.plan.flatMap((s) => s.used.map((u) => u.activity.id)));
	// Outside the plan, a forces deck offers only forces versions (offeredOutsidePlan).
	const extra = pack.activities.filter(
		(a) => !used.has(a.activity.id) && offeredOutsidePlan(a.activity, pack.module.audience),
	);
	if (extra.length > 0) {
		slides.push({
			kind: 'appendix',
			id: 'appendix',
			title: 'Appendix: activities not in this session’s plan',
			section: 'appendix',
			count: extra.length,
		});
		for (const item of extra)
			slides.push(...activitySlides(item, uniqueId(item.activity.id), 'appendix'));
	}
	return slides;
}
