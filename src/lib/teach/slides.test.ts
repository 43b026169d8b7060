import { describe, expect, test } from 'vitest';
import { LessonSchema } from '../../schemas/lesson.ts';
import { ModuleSchema } from '../../schemas/module.ts';
import type { PlanStep } from '../../schemas/lesson-plan.ts';
import { sample } from '../engine/fixtures.test-data.ts';
import { modulePack } from './module-pack.ts';
import {
	activityTitle,
	presenterSlides,
	safeTeachingNotes,
	slideBudget,
	splitByLines,
	type Slide,
} from './slides.ts';

const source = {
	id: 's3',
	title: 'Source',
	publisher: 'Publisher',
	url: 'https://example.org/',
	accessed: '2026-11-23',
};
const lesson = (id: string, activities: unknown[]) =>
	LessonSchema.parse({
		id,
		title: `Lesson ${id}`,
		summary: 'A lesson summary that is long enough to pass.',
		audiences: ['school', 'forces'],
		minutes: 20,
		objectives: ['Know one thing.'],
		keyMessages: ['One thing to remember.'],
		sources: [source],
		activities,
	});

/** A chat whose opening has many long messages: more than one slide can hold. */
const longChat = {
	...sample.scenario,
	id: 'long-chat',
	nodes: sample.scenario.nodes.map((n) =>
		n.id === 'a'
			? {
					...n,
					messages: Array.from({ length: 12 }, (_, i) => ({
						from: 'them' as const,
						text: `Message ${String(i + 1)}: ${'a long line of chat that goes on and on '.repeat(3)}`,
					})),
				}
			: n,
	),
};
const forcesOnly = { ...sample.single, id: 'forces-only', audiences: ['forces'] };
const schoolOnly = { ...sample.multi, id: 'school-only', audiences: ['school'] };
const lessons = [
	lesson('one', [sample.single, forcesOnly, schoolOnly, sample.flags]),
	lesson('two', [sample.trueFalse, longChat, sample.ordering]),
];

/** The plan uses activities in another order than the lessons: two's before one's. */
const plan: PlanStep[] = [
	{
		minutes: 5,
		step: 'Ground rules',
		does: 'Agree the ground rules.',
		activities: [],
		show: 'ground-rules',
	},
	{
		minutes: 20,
		step: 'Chat first',
		does: 'Play the chat together.',
		activities: ['long-chat', 'q-tf'],
	},
	{
		minutes: 25,
		step: 'Then choose',
		does: 'Choose and discuss.',
		activities: ['q-single', 'q-flags'],
	},
];

const packFor = (audience: 'school' | 'forces', lessonPlan: PlanStep[] = plan) => {
	const module = ModuleSchema.parse({
		id: 'sample',
		title: 'Sample module',
		audience,
		ageRange: { min: 11, max: 14 },
		description: 'A module description that is long enough.',
		lessons: ['one', 'two'],
		reporting: 'completion',
		passMark: 80,
		minutes: 50,
		lessonPlan,
	});
	return modulePack({ ...module, audience }, lessons);
};
const deckFor = (audience: 'school' | 'forces', lessonPlan: PlanStep[] = plan) =>
	presenterSlides(packFor(audience, lessonPlan));

/** The activity ids of the slides in a section, in order, once each. */
const activityOrder = (slides: Slide[], section: Slide['section']) => [
	...new Set(
		slides.flatMap((s) =>
			s.section === section && (s.kind === 'question' || s.kind === 'answer')
				? [s.item.activity.id]
				: [],
		),
	),
];

describe('presenter deck', () => {
	const slides = deckFor('school');

	test('runs in plan order, each step then its activities, not in lesson order', () => {
		expect(activityOrder(slides, 'flow')).toEqual(['long-chat', 'q-tf', 'q-single', 'q-flags']);
		const steps = slides.filter((s) => s.kind === 'step').map((s) => s.title);
		expect(steps).toEqual(['Ground rules', 'Chat first', 'Then choose']);
		const at = (id: string) => slides.findIndex((s) => s.id === id);
		expect(at('step-2')).toBeLessThan(at('activity-long-chat'));
		expect(at('activity-q-tf')).toBeLessThan(at('step-3'));
	});

	test('opens with the title (session length) and ends the flow on the help slide', () => {
		expect(slides[0]).toMatchObject({ kind: 'title', title: 'Sample module', minutes: 50 });
		const flow = slides.filter((s) => s.section === 'flow');
		expect(flow.at(-1)?.kind).toBe('help');
		expect(flow.filter((s) => s.kind === 'remember').map((s) => s.title)).toEqual([
			'Remember: Lesson one',
			'Remember: Lesson two',
		]);
	});

	test('the ground rules are on the step that shows them, or after the title when none does', () => {
		expect(slides.find((s) => s.kind === 'step' && s.rules)?.title).toBe('Ground rules');
		const noRules = deckFor(
			'school',
			plan.map((step) => {
				const copy = { ...step };
				delete copy.show;
				return copy;
			}),
		);
		expect(noRules[1]).toMatchObject({ kind: 'step', number: 1, rules: true });
	});

	test('every activity the plan uses has a question and an answer; the answer follows it', () => {
		for (const id of plan.flatMap((s) => s.activities)) {
			const question = slides.findIndex((s) => s.kind === 'question' && s.item.activity.id === id);
			const answer = slides.findIndex((s) => s.kind === 'answer' && s.item.activity.id === id);
			expect(question, id).toBeGreaterThan(0);
			expect(answer, id).toBeGreaterThan(question);
		}
	});

	test('activities the plan leaves out are in the appendix, out of the flow, for this audience only', () => {
		expect(activityOrder(slides, 'appendix')).toEqual(['school-only', 'q-order']);
		expect(slides.some((s) => s.id.includes('forces-only'))).toBe(false);
		const help = slides.findIndex((s) => s.kind === 'help');
		expect(slides.findIndex((s) => s.section === 'appendix')).toBe(help + 1);
	});

	test('a forces deck offers only forces versions outside its plan (shared stories are school age)', () => {
		const forces = deckFor('forces');
		expect(activityOrder(forces, 'flow')).toEqual(['long-chat', 'q-tf', 'q-single', 'q-flags']);
		expect(activityOrder(forces, 'appendix')).toEqual(['forces-only']);
	});

	test('titles are real: from the prompt, the profile or the chat, never "Activity N"', () => {
		const titles = slides.map((s) => s.title);
		expect(titles.filter((t) => /^Activity \d/.test(t))).toEqual([]);
		expect(titles).toContain('What should Sam do first?');
		expect(titles).toContain('Mia’s profile');
		expect(titles).toContainEqual(expect.stringMatching(/^A chat with Mia \(1 of [2-9]\)$/));
		expect(titles).toContain('What should Sam do first?: the answer');
		expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
	});

	test('a long chat is split across slides, its choices on the last part', () => {
		const parts = slides.filter(
			(s): s is Extract<Slide, { kind: 'question' }> =>
				s.kind === 'question' && s.item.activity.id === 'long-chat',
		);
		expect(parts.length).toBeGreaterThan(1);
		const bodies = parts.map((p) => p.body);
		const messages = bodies.flatMap((b) => (b.style === 'chat' ? b.messages : []));
		expect(messages.map((m) => m.text)).toEqual(longChat.nodes[0]?.messages.map((m) => m.text));
		expect(bodies.map((b) => (b.style === 'chat' ? b.choices.length : -1))).toEqual([
			...parts.slice(1).map(() => 0),
			2,
		]);
		// No part holds more than a slide's budget of lines.
		for (const b of bodies)
			if (b.style === 'chat')
				expect(
					b.messages.reduce(
						(sum, m) => sum + Math.ceil(`${m.who}: ${m.text}`.length / slideBudget.chars) + 0.4,
						0,
					),
				).toBeLessThanOrEqual(slideBudget.lines);
	});
});

describe('a chat in presenter mode', () => {
	test('is played stage by stage along the route a teacher models, stopping at each choice', () => {
		// Two safe endings: the one marked best (Accept, then No and block) is the route played.
		const staged = {
			...sample.scenario,
			id: 'staged-chat',
			nodes: sample.scenario.nodes.map((n) =>
				n.id === 'e'
					? {
							...n,
							messages: [{ from: 'narrator', text: 'Jay blocks her and tells his mum tonight.' }],
							ending: { ...n.ending, best: true },
						}
					: n,
			),
		};
		const module = ModuleSchema.parse({
			id: 'sample',
			title: 'Sample module',
			audience: 'school',
			ageRange: { min: 11, max: 14 },
			description: 'A module description that is long enough.',
			lessons: ['one'],
			reporting: 'completion',
			passMark: 80,
			minutes: 50,
			lessonPlan: [
				{ minutes: 5, step: 'Ground rules', does: 'Agree the ground rules.', activities: [] },
				{ minutes: 20, step: 'The chat', does: 'Play the chat.', activities: ['staged-chat'] },
				{ minutes: 25, step: 'Discuss', does: 'Discuss the chat and the help.', activities: [] },
			],
		});
		const deck = presenterSlides(
			modulePack({ ...module, audience: 'school' }, [lesson('one', [staged])]),
		);
		const stages = deck.filter(
			(s): s is Extract<Slide, { kind: 'question' }> =>
				s.kind === 'question' && s.item.activity.id === 'staged-chat',
		);
		expect(stages.map((s) => s.title)).toEqual([
			'A chat with Mia (1 of 3)',
			'A chat with Mia (2 of 3)',
			'A chat with Mia (3 of 3)',
		]);
		const bodies = stages.map((s) => s.body);
		expect(bodies.map((b) => (b.style === 'chat' ? b.lead : undefined))).toEqual([
			'A made-up chat with Mia.',
			undefined,
			undefined,
		]);
		// Each later stage opens with the reply taken, as the chat shows it, then what came next.
		expect(
			bodies.map((b) => (b.style === 'chat' ? b.messages.map((m) => `${m.who}: ${m.text}`) : [])),
		).toEqual([
			['Mia: Add me?'],
			['Reply: Accept', 'Mia: Move to another app?'],
			['Reply: No, and block', 'Story: Jay blocks her and tells his mum tonight.'],
		]);
		expect(bodies.map((b) => (b.style === 'chat' ? b.choices.length : -1))).toEqual([2, 3, 0]);
		// The answer, with the route and the endings, comes after the last stage.
		const last = deck.indexOf(stages[2] as Slide);
		expect(deck[last + 1]?.kind).toBe('answer');
	});
});

describe('activity titles', () => {
	test('a long prompt is cut at a word, a statement loses its full stop', () => {
		expect(activityTitle(sample.trueFalse)).toBe('If you have paid, it is too late');
		const long = {
			...sample.single,
			prompt:
				'Jay, 13, gets a friend request from someone he does not know, with forty mutual friends and three posts, and no other sign. What now?',
		};
		const title = activityTitle(long);
		expect(title.length).toBeLessThanOrEqual(80);
		expect(title).toMatch(/^Jay, 13, gets a friend request .*\S…$/);
	});
});

describe('splitting by lines', () => {
	test('keeps runs within the budget, never splits a block, and gives an oversized one its own run', () => {
		expect(splitByLines([3, 3, 3, 3], (n) => n, 7)).toEqual([
			[3, 3],
			[3, 3],
		]);
		expect(splitByLines([2, 9, 2], (n) => n, 7)).toEqual([[2], [9], [2]]);
		expect(splitByLines([], (n: number) => n, 7)).toEqual([[]]);
	});
});

describe("the presenter's safe-teaching notes", () => {
	test('carry how to stop a learner gently and what to do when one tells you, in order, in the audience’s words', () => {
		for (const [audience, learner] of [
			['school', 'pupil'],
			['forces', 'trainee'],
		] as const) {
			const [safe, disclosure] = safeTeachingNotes(packFor(audience));
			expect(safe?.items.map((g) => g.text).join(' ')).toContain('stop them gently');
			expect(disclosure?.heading).toBe(
				`If a ${learner} tells you something has happened, in order:`,
			);
			expect(disclosure?.items[0]?.text).toContain('You did the right thing telling me');
		}
	});
});
