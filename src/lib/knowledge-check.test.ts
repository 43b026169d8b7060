import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	answered,
	CHECK_EXTENSION,
	type StatementBase,
} from '../../exports/cmi5/runtime/statements.ts';
import { STANDARDS } from '../../exports/scorm/standards.ts';
import { interactionFields } from '../../exports/scorm/runtime/interactions.ts';
import { readContent } from '../content/read.ts';
import type { Activity } from '../schemas/activity.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Module } from '../schemas/module.ts';
import { checkAnswer, isScored, type Answer } from './engine/answers.ts';
import { summarise } from './engine/progress.ts';
import type { LearnerState } from './engine/state.ts';
import {
	baselineOf,
	checkOf,
	checkQuestionId,
	compareWords,
	objectiveParts,
} from './knowledge-check.ts';
import { hasPack, modulePack } from './teach/module-pack.ts';
import { presenterSlides } from './teach/slides.ts';

const root = join(import.meta.dirname, '../..');
let lessons: Lesson[] = [];
let modules: Module[] = [];
const lesson = (id: string) => {
	const l = lessons.find((x) => x.id === id);
	if (!l) throw new Error(`no lesson ${id}`);
	return l;
};
const activity = (id: string): Activity => {
	const a = lessons.flatMap((l) => l.activities).find((x) => x.id === id);
	if (!a) throw new Error(`no activity ${id}`);
	return a;
};
const module = (id: string) => {
	const m = modules.find((x) => x.id === id);
	if (!m) throw new Error(`no module ${id}`);
	return m;
};

beforeAll(async () => {
	const content = await readContent(root);
	expect(content.errors).toEqual([]);
	lessons = content.lessons.map((l) => l.data);
	modules = content.modules.map((m) => m.data);
});

describe('the shipped baseline and end point', () => {
	test('every school and forces module opens with 3–5 baseline questions and closes with the same ones at the end point', () => {
		for (const m of modules.filter((x) => x.audience !== 'adult')) {
			const shown = (l: Lesson) =>
				l.activities.filter((a) => !a.audiences || a.audiences.includes(m.audience));
			const first = shown(lesson(m.lessons[0] ?? ''));
			const last = shown(lesson(m.lessons.at(-1) ?? ''));
			const base = first.filter((a) => checkOf(a)?.phase === 'baseline').map(checkQuestionId);
			const end = last.filter((a) => checkOf(a)?.phase === 'endpoint').map(checkQuestionId);
			expect(base.length, m.id).toBeGreaterThanOrEqual(3);
			expect(base.length, m.id).toBeLessThanOrEqual(5);
			expect(end, m.id).toEqual(base);
			// Each names an objective of a lesson the module teaches.
			for (const a of [...first, ...last].filter((x) => checkOf(x))) {
				const ref = objectiveParts(checkOf(a)?.objective ?? '');
				expect(m.lessons, a.id).toContain(ref?.lesson);
			}
			// The plan runs the baseline near the start and the end point near the close.
			const plan = m.lessonPlan ?? [];
			const step = (name: string) => plan.findIndex((s) => s.step === name);
			expect(step('Baseline'), m.id).toBeLessThanOrEqual(2);
			expect(step('Ground rules'), m.id).toBeLessThan(step('Baseline'));
			expect(step('End point'), m.id).toBe(plan.length - 2);
			expect(plan.at(-1)?.step, m.id).toBe('Closing activity and plenary');
			expect(plan[step('Baseline')]?.activities.map((id) => checkQuestionId(activity(id)))).toEqual(
				base,
			);
			expect(plan[0]?.does, m.id).toMatch(/anonymous question box/);
		}
		// The self-paced adult module (no lesson plan) meets the questions every audience shares.
		const adult = module('adult-self-paced');
		const adultChecks = adult.lessons
			.flatMap((id) => lesson(id).activities)
			.filter((a) => checkOf(a) && (!a.audiences || a.audiences.includes('adult')));
		expect(adultChecks.map((a) => a.id)).toEqual([
			'baseline-fake-signs',
			'baseline-dont-pay',
			'baseline-evidence',
			'endpoint-fake-signs',
			'endpoint-dont-pay',
			'endpoint-evidence',
		]);
	});

	test('an end-point question pairs with its baseline question', () => {
		expect(baselineOf(activity('endpoint-dont-pay'))).toBe('baseline-dont-pay');
		expect(baselineOf(activity('baseline-dont-pay'))).toBeUndefined();
		expect(baselineOf(activity('fake-profiles-mia-card'))).toBeUndefined();
	});
});

describe('scoring: the baseline never counts', () => {
	test('a wrong baseline answer leaves the score alone; the same answer at the end point counts', () => {
		const m = module('school-ks3');
		const engineLessons = m.lessons.map((id) => lesson(id));
		const wrong: Answer = { type: 'single-choice', value: 'a' };
		const right: Answer = { type: 'single-choice', value: 'b' };
		const record = (a: Activity, answer: Answer) => ({
			status: 'answered' as const,
			attempts: 1,
			first: answer,
			latest: answer,
			result: checkAnswer(a, answer),
		});
		const base = activity('baseline-dont-pay');
		const end = activity('endpoint-dont-pay');
		expect(isScored(base)).toBe(false);
		expect(isScored(end)).toBe(true);
		const state = (entries: [Activity, Answer][]): LearnerState => ({
			visited: [],
			activities: Object.fromEntries(entries.map(([a, ans]) => [a.id, record(a, ans)])),
		});
		const onlyBaseline = summarise(engineLessons, state([[base, wrong]]), 80, 'completion');
		expect(onlyBaseline.scoredAnswered).toBe(0);
		expect(onlyBaseline.answered).toBe(1);
		const both = summarise(
			engineLessons,
			state([
				[base, wrong],
				[end, right],
			]),
			80,
			'completion',
		);
		expect(both).toMatchObject({ scoredAnswered: 1, correct: 1, score: 1 });
	});
});

describe('what the LMS records', () => {
	const report = (id: string, value: string) => {
		const a = activity(id);
		const answer: Answer = { type: 'single-choice', value };
		return {
			activity: a,
			answer,
			checked: checkAnswer(a, answer),
			isFirst: true,
			latencyMs: 4000,
			at: new Date('2026-12-06T10:00:00Z'),
		};
	};

	test('SCORM 1.2 and 2004: the interaction id says the phase and the question, and its first objective is the learning objective', () => {
		const f12 = new Map(interactionFields(report('baseline-dont-pay', 'a'), STANDARDS.scorm12));
		expect(f12.get('cmi.interactions.n.id')).toBe('baseline-dont-pay');
		expect(f12.get('cmi.interactions.n.objectives.0.id')).toBe('if-it-happens-1');
		// Right or wrong still reaches the LMS, for the teacher to compare: only the score leaves it out.
		expect(f12.get('cmi.interactions.n.result')).toBe('wrong');
		const fields = interactionFields(report('endpoint-dont-pay', 'b'), STANDARDS.scorm2004);
		const names = fields.map(([name]) => name);
		// 2004: id, then type, before anything else (error 408 otherwise).
		expect(names.slice(0, 3)).toEqual([
			'cmi.interactions.n.id',
			'cmi.interactions.n.type',
			'cmi.interactions.n.objectives.0.id',
		]);
		expect(new Map(fields).get('cmi.interactions.n.id')).toBe(
			'urn:second-look:activity:endpoint-dont-pay',
		);
		// Other activities name no objective.
		const other = interactionFields(report('fake-profiles-mia-request', 'b'), STANDARDS.scorm12);
		expect(other.map(([name]) => name)).not.toContain('cmi.interactions.n.objectives.0.id');
	});

	test('cmi5: the answered statement carries the phase and the objective as a context extension', () => {
		const base: StatementBase = {
			launch: {
				endpoint: 'https://lms.example/lrs/',
				fetch: 'https://lms.example/fetch/1',
				actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'l-1' } },
				registration: 'reg-1',
				activityId: 'urn:second-look:cmi5:school-ks3:au',
			},
			contextTemplate: {},
			newId: () => 'id-1',
		};
		const s = answered(base, report('endpoint-dont-pay', 'b'));
		expect(s.context.extensions?.[CHECK_EXTENSION]).toEqual({
			phase: 'endpoint',
			objective: 'if-it-happens-1',
		});
		const plain = answered(base, report('fake-profiles-mia-request', 'b'));
		expect(plain.context.extensions?.[CHECK_EXTENSION]).toBeUndefined();
	});
});

describe('what the learner is told at the end point', () => {
	const end = () => activity('endpoint-dont-pay');
	test('what they said at the start, gently, never as a mark', () => {
		const words = compareWords(
			end(),
			{ kind: 'answered', value: 'a', correct: false },
			{ value: 'b', correct: true },
		);
		expect(words).toContain('At the start you chose “Pay, so that they go away.”');
		expect(words).toContain('something you have learnt today');
		expect(
			compareWords(
				end(),
				{ kind: 'answered', value: 'b', correct: true },
				{ value: 'b', correct: true },
			),
		).toContain('You chose the same now.');
		expect(compareWords(end(), { kind: 'skipped' }, { value: 'a', correct: false })).toContain(
			'At the start you passed this one, and that was fine.',
		);
		for (const w of [
			compareWords(
				end(),
				{ kind: 'answered', value: 'b', correct: true },
				{ value: 'a', correct: false },
			),
			compareWords(end(), { kind: 'not-met' }, { value: 'a', correct: false }),
		])
			expect(w).not.toMatch(/wrong|fail|worse|mistake/i);
	});
});

describe('presenter mode and the slides', () => {
	test('a baseline question has no answer slide; its end-point twin has one', () => {
		const m = module('school-ks4');
		if (!hasPack(m)) throw new Error('a pack');
		const slides = presenterSlides(
			modulePack(
				m,
				m.lessons.map((id) => lesson(id)),
			),
		);
		const ids = slides.map((s) => s.id);
		expect(ids).toContain('activity-baseline-dont-pay');
		expect(ids).not.toContain('answer-baseline-dont-pay');
		expect(ids).toContain('answer-endpoint-dont-pay');
		// In plan order: the baseline step's slide, its questions, … the end point, then the plenary.
		const at = (id: string) => ids.indexOf(id);
		expect(at('activity-baseline-dont-pay')).toBeLessThan(at('activity-fake-profiles-mia-card'));
		expect(at('answer-endpoint-dont-pay')).toBeGreaterThan(
			at('activity-helping-a-friend-zac-chat'),
		);
	});
});
