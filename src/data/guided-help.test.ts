import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseLesson } from '../content/read.ts';
import { findBareLaw } from '../content/lint/law.ts';
import { findPhoneNumbers, helplineNumbers } from '../content/lint/phones.ts';
import { findHarmfulPhrases } from '../content/lint/phrases.ts';
import {
	UnknownGuidedSource,
	callFirstLines,
	guidedSteps,
	stepSources,
} from '../lib/guided-help/steps.ts';
import { SourceSchema } from '../schemas/source.ts';
import {
	RATHER_NOT_SAY,
	guidedJumps,
	guidedLines,
	guidedQuestions,
	guidedSources,
	guidedStepList,
	type GuidedAnswers,
} from './guided-help.ts';
import { helplineById, mainPhone } from './helplines.ts';

/** Every way through the questions: each question answered with each of its answers or "skip". */
function everyCombination(): GuidedAnswers[] {
	let all: Record<string, string>[] = [{}];
	for (const q of guidedQuestions) {
		const values = [...q.options.map((o) => o.value), RATHER_NOT_SAY];
		all = all.flatMap((a) => values.map((v) => ({ ...a, [q.id]: v })));
	}
	return all;
}

const combinations = everyCombination();
const ids = (answers: GuidedAnswers) => guidedSteps(answers).steps.map((s) => s.id);
const lineIds = (answers: GuidedAnswers) => guidedSteps(answers).lines.map((h) => h.id);
const label = (answers: GuidedAnswers) => JSON.stringify(answers);

/** Words that put help off (the content lint's SafePathDelaysHelp, and "wait"). */
const DELAY =
	/\bwait\b|\btomorrow\b|\bnext\s+(?:morning|week|weekend)\b|\blater\b|\bin\s+the\s+morning\b|\bat\s+the\s+weekend\b|\bin\s+a\s+few\s+days\b/i;

describe('guided help data', () => {
	test('covers every combination of answers (3 to the 5th)', () => {
		expect(combinations).toHaveLength(3 ** guidedQuestions.length);
		expect(new Set(combinations.map(label)).size).toBe(combinations.length);
	});

	test('every source is valid, listed once, and one a lesson cites at the same address', () => {
		const lessonUrls = new Set(
			readdirSync('lessons')
				.filter((f) => f.endsWith('.mdx'))
				.flatMap(
					(f) =>
						parseLesson(`lessons/${f}`, readFileSync(`lessons/${f}`, 'utf8')).lesson?.data
							.sources ?? [],
				)
				.map((s) => s.url),
		);
		expect(lessonUrls.size).toBeGreaterThan(20);
		for (const source of guidedSources) {
			expect(SourceSchema.parse(source)).toEqual(source);
			expect(lessonUrls.has(source.url), `${source.id} is cited by no lesson`).toBe(true);
		}
		expect(new Set(guidedSources.map((s) => s.id)).size).toBe(guidedSources.length);
	});

	test('every step has a unique id, at least one known source, and every source is used', () => {
		expect(new Set(guidedStepList.map((s) => s.id)).size).toBe(guidedStepList.length);
		const used = new Set<string>();
		for (const step of guidedStepList) {
			expect(step.sources.length, step.id).toBeGreaterThan(0);
			for (const s of stepSources(step)) used.add(s.id);
		}
		expect([...used].sort()).toEqual(guidedSources.map((s) => s.id).sort());
	});

	test('a step citing an unknown source stops the build with a named error', () => {
		const cite = () => stepSources({ id: 'x', sources: ['nope' as 'cios'] });
		expect(cite).toThrow(UnknownGuidedSource);
		expect(cite).toThrow(/"nope"/);
	});

	test('the texts pass the content lint: numbers from the helpline table, no harmful phrase, no bare law, no delay', () => {
		const numbers = helplineNumbers();
		const texts = [
			...guidedStepList.flatMap((s) => [s.title, s.text, 'who' in s ? s.who : '']),
			...guidedQuestions.flatMap((q) => [
				q.question,
				q.topic,
				'hint' in q ? q.hint : '',
				...q.options.map((o) => o.label),
			]),
		];
		for (const text of texts) {
			for (const phone of findPhoneNumbers(text))
				expect(numbers.has(phone.digits), `${phone.written} in "${text}"`).toBe(true);
			expect(findHarmfulPhrases(text), text).toEqual([]);
			expect(findBareLaw(text), text).toEqual([]);
			expect(text, 'nobody is told to wait').not.toMatch(DELAY);
		}
	});

	test("without JavaScript, each group's link goes to the first step of the full list that says it is for them", () => {
		const listed = guidedStepList.filter((s) => !('onlyGuided' in s));
		for (const jump of guidedJumps) {
			const forThem = listed.filter((s) =>
				('who' in s ? s.who : '').toLowerCase().includes(jump.label.toLowerCase()),
			);
			expect(forThem.length, jump.label).toBeGreaterThan(0);
			expect(forThem[0]?.id, jump.label).toBe(jump.step);
		}
	});

	test('every line names a helpline of the table', () => {
		for (const line of guidedLines) expect(helplineById(line.helpline).id).toBe(line.helpline);
	});

	test('someone not safe is offered 999, Samaritans, Childline and Papyrus first, each with its number', () => {
		expect(callFirstLines().map((l) => [l.helpline.id, l.phone.number])).toEqual(
			['police', 'samaritans', 'childline', 'papyrus'].map((id) => [id, mainPhone(id)]),
		);
	});
});

describe('guidedSteps, for every combination of answers', () => {
	test('a question not answered counts as "I\'d rather not say"', () => {
		const allSkipped = Object.fromEntries(guidedQuestions.map((q) => [q.id, RATHER_NOT_SAY]));
		expect(guidedSteps({})).toEqual(guidedSteps(allSkipped as GuidedAnswers));
	});

	test.each(combinations.map((a) => [label(a), a] as const))('%s', (_name, answers) => {
		const result = guidedSteps(answers);
		const steps = ids(answers);
		const lines = lineIds(answers);
		const text = result.steps.map((s) => `${s.title} ${s.text}`).join(' ');

		// Every step with its sources.
		for (const step of result.steps) expect(stepSources(step).length, step.id).toBeGreaterThan(0);

		// Someone not safe: 999, Samaritans and Childline (unless 18 or over) first.
		if (answers.safe === 'no') {
			expect(result.urgent).toBe(true);
			expect(steps[0]).toBe('urgent');
			const urgent =
				answers.age === 'adult' ? ['police', 'samaritans'] : ['police', 'samaritans', 'childline'];
			expect(lines.slice(0, urgent.length)).toEqual(urgent);
		} else {
			expect(result.urgent).toBe(false);
			expect(steps).not.toContain('urgent');
		}

		// The same calm start and the same core steps for everyone, in the lesson's order.
		expect(steps[answers.safe === 'no' ? 1 : 0]).toBe('dont-panic');
		for (const core of ['no-more', 'evidence', 'stop-contact', 'suspend', 'fake', 'talk'])
			expect(steps, core).toContain(core);
		expect(steps.indexOf('evidence')).toBeLessThan(steps.indexOf('stop-contact'));
		expect(steps.at(-1)).toBe('talk');

		// Exactly one step about paying, the right one.
		const pay = steps.filter((s) => ['paid', 'dont-pay', 'pay-unsaid'].includes(s));
		expect(pay).toEqual([
			answers.paid === 'yes' ? 'paid' : answers.paid === 'no' ? 'dont-pay' : 'pay-unsaid',
		]);
		if (answers.paid !== 'no') expect(text).toMatch(/cancel the payment/);

		// Exactly one step about reporting; anyone who may be under 18 gets CEOP and Childline.
		const report = steps.filter((s) => s.startsWith('report-') && s !== 'report-account');
		expect(report).toHaveLength(1);
		if (answers.age !== 'adult') {
			expect(lines).toEqual(expect.arrayContaining(['ceop', 'childline', 'report-remove']));
			expect(text).toMatch(/CEOP/);
			expect(text).toMatch(/won't be in trouble for getting help/);
		} else {
			expect(lines).not.toContain('ceop');
			expect(lines).toEqual(expect.arrayContaining(['revenge-porn-helpline', 'stopncii']));
		}
		if (answers.age !== 'under18') expect(text).toMatch(/call the police on 101/i);
		expect(lines).toEqual(expect.arrayContaining(['police', 'samaritans']));

		// Something shared (or not said): the removal route for their age, and the platform.
		const remove = steps.filter((s) => s.startsWith('remove-'));
		if (answers.shared === 'no') expect(remove).toEqual([]);
		else {
			expect(remove).toEqual([
				answers.age === 'under18'
					? 'remove-under18'
					: answers.age === 'adult'
						? 'remove-adult'
						: 'remove-unsaid',
			]);
			expect(steps).toContain('report-account');
			if (answers.age !== 'adult') expect(text).toMatch(/Report Remove/);
			if (answers.age !== 'under18') expect(text).toMatch(/StopNCII/);
		}
		// Take It Down is for images taken under 18, whatever the age now: at every age, with its
		// address, wherever something has been shared (or might be), and its line with it.
		if (answers.shared === 'no') expect(lines).not.toContain('take-it-down');
		else {
			expect(text).toMatch(/Take It Down[^.]*, at takeitdown\.ncmec\.org/);
			expect(lines).toContain('take-it-down');
		}

		// The forces routes, with their limits, only for someone who serves.
		if (answers.forces === 'yes') {
			expect(lines).toEqual(expect.arrayContaining(['forces-welfare', 'ssafa-forcesline']));
			if (answers.age === 'under18') {
				expect(steps).toContain('forces-under18');
				expect(text).toMatch(/trainers must pass on/);
				// A recruit has trainers and welfare staff, not teachers.
				expect(text).toMatch(/Tell your welfare staff, the padre, or a parent or carer today/);
				expect(text).not.toMatch(/teacher/i);
			} else {
				expect(steps).toContain('forces');
				expect(text).toMatch(/ask what they would have to pass on/);
			}
		} else {
			expect(steps.filter((s) => s.startsWith('forces'))).toEqual([]);
			expect(lines).not.toContain('forces-welfare');
		}

		// Nobody is told to wait.
		expect(text).not.toMatch(DELAY);
		expect(new Set(steps).size).toBe(steps.length);
		expect(new Set(lines).size).toBe(lines.length);
	});
});

describe('what the steps promise (a safeguarding lead’s read, December 2026)', () => {
	const sentences = (text: string) => text.split(/(?<=[.:])\s+/);

	test('Report Remove is offered to under-18s only: it turns away an 18-year-old, whenever the image was taken', () => {
		for (const step of guidedStepList)
			for (const sentence of sentences(step.text).filter((s) => s.includes('Report Remove')))
				expect(sentence, step.id).not.toMatch(/18 or over|taken when you were under 18/);
		const unsaid = guidedStepList.find((s) => s.id === 'remove-unsaid')?.text ?? '';
		expect(unsaid).toMatch(/^Under 18: Report Remove/);
		expect(unsaid).toMatch(/18 or over: StopNCII\.org/);
	});

	test('someone in danger is told to tell a person nearby, not only given numbers', () => {
		const urgent = guidedStepList.find((s) => s.id === 'urgent')?.text ?? '';
		expect(urgent).toMatch(/If someone you trust is nearby.*tell them now/);
		// Before the numbers to call, after 999.
		expect(urgent.indexOf('someone you trust')).toBeLessThan(urgent.indexOf('Samaritans'));
	});

	test('no step or help line promises a child the police keep it secret', () => {
		for (const step of guidedStepList) expect(step.text, step.id).not.toMatch(/in confidence/);
		for (const { helpline } of guidedLines)
			expect(helplineById(helpline).note ?? '', helpline).not.toMatch(/in confidence/);
	});
});
