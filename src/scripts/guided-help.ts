/**
 * The guided help path in the browser (src/components/GuidedHelp.astro): one question at a time,
 * Back, "I'd rather not say" (and, at once, who to call for someone who says they are not safe),
 * then what they said, each answer open to change, and the steps and lines for the answers, picked by the same
 * `selectGuided` as the build over the rules the page carries (`data-when`, `data-urgent`). The
 * answers live in this closure only: nothing is written to storage, the URL or the history, and
 * nothing is sent; a reload starts again. Escape is left alone, so the quick exit (Escape twice)
 * works in every state. The second tap of a double tap is not an answer to the question it
 * brought up ({@link isSecondTap}).
 */
import {
	answer,
	atIntro,
	back,
	begin,
	carryOn,
	change,
	isResult,
	type GuidedFlow,
} from '../lib/guided-help/flow.ts';
import { isSecondTap } from '../lib/guided-help/second-tap.ts';
import {
	UNANSWERED,
	selectGuided,
	type Condition,
	type Selectable,
} from '../lib/guided-help/select.ts';

/** A step or line element and the rule it carries. */
interface Item extends Selectable {
	el: HTMLElement;
}

function parseCondition(text: string | undefined): Condition {
	if (!text) return {};
	try {
		const value: unknown = JSON.parse(text);
		return value && typeof value === 'object' ? (value as Condition) : {};
	} catch {
		return {};
	}
}

function itemsOf(root: HTMLElement, selector: string): Item[] {
	return [...root.querySelectorAll<HTMLElement>(selector)].map((el) => {
		const urgent = Number(el.dataset['urgent']);
		return {
			el,
			when: parseCondition(el.dataset['when']),
			...(Number.isFinite(urgent) && urgent > 0 ? { urgent } : {}),
		};
	});
}

/** Shows `shown` in that order inside their list, and hides the others. */
function showInOrder(all: readonly Item[], shown: readonly Item[]): void {
	const visible = new Set(shown);
	for (const item of all) item.el.hidden = !visible.has(item);
	for (const item of shown) item.el.parentElement?.append(item.el);
}

/** Makes one guided help path work. */
export function installGuidedHelp(root: HTMLElement): void {
	const intro = root.querySelector<HTMLElement>('[data-guided-intro]');
	const questionsBox = root.querySelector<HTMLElement>('[data-guided-questions]');
	const result = root.querySelector<HTMLElement>('[data-guided-result]');
	const resultHeading = root.querySelector<HTMLElement>('[data-guided-result-heading]');
	const now = root.querySelector<HTMLElement>('[data-guided-now]');
	const nowHeading = now?.querySelector<HTMLElement>('[tabindex]');
	const carryOnButton = root.querySelector<HTMLElement>('[data-guided-carry-on]');
	if (!intro || !questionsBox || !result || !resultHeading || !now || !nowHeading) return;
	const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
	const questions = fieldsets.map((f) => f.dataset['question'] ?? '');
	const steps = itemsOf(root, '[data-step]');
	const lines = itemsOf(root, '[data-line]');
	const notSafe = parseCondition(root.dataset['notSafe']);
	const allSteps = steps.filter((s) => !s.el.hidden);
	const setText = (selector: string, isShown: boolean) => {
		for (const el of root.querySelectorAll<HTMLElement>(selector)) el.hidden = !isShown;
	};

	let flow: GuidedFlow = atIntro;
	/** When the view last changed (a question, the result), for {@link isSecondTap}. */
	let shownAt = -Infinity;
	/** The pointer of the last press, for a browser whose click does not say (not a PointerEvent). */
	let lastPointer = '';
	/**
	 * The second tap of a double tap, anywhere in the path: what just appeared (an answer, a number
	 * to call, the urgent numbers scrolled to the top) may be under the finger.
	 */
	const secondTap = (event: MouseEvent, pointerType: string) =>
		isSecondTap({ detail: event.detail, pointerType }, performance.now() - shownAt);
	root.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), {
		capture: true,
	});
	// Its press must not move focus off the new question's heading to the answer under the finger.
	root.addEventListener(
		'mousedown',
		(event) => {
			if (secondTap(event, lastPointer)) event.preventDefault();
		},
		{ capture: true },
	);

	const urgent = root.querySelector<HTMLElement>('.guided-urgent');
	/**
	 * Focus on `el`, scrolled into view below the sticky top bar (the page's scroll-padding-top
	 * keeps the bar's height clear): with the urgent numbers whole above it when they and `mustSee`
	 * (a whole question; the result's heading) fit on the screen together, as on a phone; else
	 * `mustSee` at the top. Never the numbers half under the bar, as a nearest scroll left them.
	 */
	const focus = (
		el: HTMLElement | null | undefined,
		mustSee: HTMLElement | null | undefined = el,
	) => {
		if (!el || !mustSee) return;
		el.focus({ preventScroll: true });
		const clear = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
		const both =
			urgent && !urgent.hidden
				? mustSee.getBoundingClientRect().bottom - urgent.getBoundingClientRect().top
				: Infinity;
		(urgent && both <= window.innerHeight - clear ? urgent : mustSee).scrollIntoView({
			block: 'start',
		});
	};

	const render = (moveFocus: boolean) => {
		if (moveFocus) shownAt = performance.now();
		const onResult = isResult(flow, questions);
		const calling = Boolean(flow.callFirst);
		intro.hidden = flow.at !== -1;
		questionsBox.hidden = flow.at < 0 || onResult || calling;
		now.hidden = !calling;
		// Who to call first repeats the urgent numbers (and adds Papyrus), in their place.
		if (urgent) urgent.hidden = calling;
		if (carryOnButton)
			carryOnButton.textContent =
				flow.at >= questions.length ? 'Carry on to your steps' : 'Carry on with the questions';
		result.hidden = !onResult;
		fieldsets.forEach((fieldset, i) => {
			fieldset.hidden = i !== flow.at;
			const chosen = flow.answers[questions[i] ?? ''];
			for (const button of fieldset.querySelectorAll<HTMLButtonElement>('[data-answer]'))
				button.setAttribute('aria-pressed', String(button.dataset['answer'] === chosen));
		});
		if (onResult) {
			showInOrder(steps, selectGuided(steps, flow.answers, notSafe));
			showInOrder(lines, selectGuided(lines, flow.answers, notSafe));
			resultHeading.textContent = 'Your steps';
			setText('[data-guided-result-intro]', false);
			setText('[data-guided-result-mine]', true);
			showSaid();
		}
		if (!moveFocus) return;
		if (onResult) focus(resultHeading);
		else if (calling) focus(nowHeading, now);
		else if (flow.at >= 0) {
			const fieldset = fieldsets[flow.at];
			focus(fieldset?.querySelector<HTMLElement>('[tabindex]'), fieldset);
		} else focus(root.querySelector<HTMLElement>('[data-guided-start]'));
	};

	/** "You said": each answer as its button reads, "I'd rather not say" for one not answered. */
	const showSaid = () => {
		for (const item of root.querySelectorAll<HTMLElement>('[data-said]')) {
			const question = item.dataset['said'] ?? '';
			const value = flow.answers[question] ?? UNANSWERED;
			const chosen = fieldsets[questions.indexOf(question)]?.querySelector<HTMLElement>(
				`[data-answer="${CSS.escape(value)}"]`,
			);
			const slot = item.querySelector<HTMLElement>('[data-said-value]');
			if (slot) slot.textContent = chosen?.textContent.trim() ?? '';
		}
		setText('[data-guided-said]', true);
	};

	/** Every step and line, as without JavaScript. */
	const showAll = () => {
		intro.hidden = true;
		questionsBox.hidden = true;
		now.hidden = true;
		result.hidden = false;
		showInOrder(steps, allSteps);
		showInOrder(lines, lines);
		resultHeading.textContent = 'All the steps';
		setText('[data-guided-result-intro]', true);
		setText('[data-guided-result-mine]', false);
		setText('[data-guided-said]', false);
		flow = { at: questions.length, answers: {} };
		shownAt = performance.now();
		focus(resultHeading);
	};

	root.addEventListener('click', (event) => {
		// Some browsers' click is not a PointerEvent: then the last press says which pointer it was.
		if (secondTap(event, event.pointerType || lastPointer)) {
			event.preventDefault();
			return;
		}
		const target = (event.target as Element | null)?.closest<HTMLElement>('button');
		if (!target || !root.contains(target)) return;
		if (target.matches('[data-guided-start]')) flow = begin();
		else if (target.matches('[data-guided-restart]')) flow = begin();
		else if (target.matches('[data-guided-all]')) {
			showAll();
			return;
		} else if (target.matches('[data-guided-back], [data-guided-result-back]')) {
			// Back from "all the steps" (no answers) returns to the introduction.
			flow =
				Object.keys(flow.answers).length === 0 && flow.at > 0 ? atIntro : back(flow, questions);
		} else if (target.dataset['guidedChange'] !== undefined)
			flow = change(flow, questions, target.dataset['guidedChange']);
		else if (target.matches('[data-guided-carry-on]')) flow = carryOn(flow);
		else if (target.dataset['answer'] !== undefined)
			flow = answer(flow, questions, target.dataset['answer'], notSafe);
		else return;
		render(true);
	});

	for (const el of root.querySelectorAll<HTMLElement>('[data-guided-js]')) el.hidden = false;
	for (const el of root.querySelectorAll<HTMLElement>('[data-guided-nojs]')) el.hidden = true;
	render(false);
}
