/**
 * A keyboard-only learner: from wherever focus is, presses only Tab, Space, Enter and arrow keys,
 * answers every activity focus reaches (first choice, as a hurried learner would), and reports what
 * happened: the activities in the order they were answered, and the Tab presses from one activity's
 * feedback to the next activity's first control.
 */
import type { Page } from '@playwright/test';

/** What has focus, as far as the driver needs to know. Read in the page. */
interface Focused {
	/** The activity holding focus, if any, and its state (`open`, `answered`, `skipped`). */
	activity: string | null;
	state: string | null;
	kind: 'radio' | 'checkbox' | 'select' | 'check' | 'flag' | 'move' | 'reply' | 'other';
	/** A radio group or the checkboxes or flags around it already have a choice. */
	chosen: boolean;
	/** A select still on "Choose…". */
	empty: boolean;
}

function describeFocus(): Focused {
	const el = document.activeElement;
	const section = el?.closest('section[data-activity]') ?? null;
	const base = {
		activity: section?.getAttribute('data-activity') ?? null,
		state: section?.getAttribute('data-state') ?? null,
		chosen: false,
		empty: false,
	};
	if (!el || !section) return { ...base, kind: 'other' };
	if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
		return {
			...base,
			kind: el.type,
			chosen: section.querySelector(`input[type="${el.type}"]:checked`) !== null,
		};
	if (el instanceof HTMLSelectElement) return { ...base, kind: 'select', empty: el.value === '' };
	if (el instanceof HTMLButtonElement) {
		const text = el.textContent;
		if (/Check my answer|Save my answer/.test(text)) return { ...base, kind: 'check' };
		if (el.hasAttribute('aria-pressed'))
			return {
				...base,
				kind: 'flag',
				chosen: section.querySelector('[aria-pressed="true"]') !== null,
			};
		if (/Move (up|down)/.test(text)) return { ...base, kind: 'move' };
		if (el.classList.contains('chat-choice')) return { ...base, kind: 'reply' };
	}
	return { ...base, kind: 'other' };
}

/** What a keyboard run did. */
export interface KeyboardRun {
	/** Activity ids in the order they were answered. */
	answered: string[];
	/** Per answered activity after the first: Tab presses from the one before's answer to it. */
	tabsBetween: { from: string; to: string; tabs: number }[];
	/** Keys pressed in all. */
	keys: number;
}

/**
 * Tabs on from the current focus and answers each open activity it reaches, until `expected`
 * activities are answered (or `maxKeys` keys). Only Tab, Space, Enter and ArrowDown are pressed.
 */
export async function answerAllByKeyboard(
	page: Page,
	expected: number,
	maxKeys = 1500,
): Promise<KeyboardRun> {
	const run: KeyboardRun = { answered: [], tabsBetween: [], keys: 0 };
	let tabsSince = 0;
	let moved: string | undefined;
	const press = async (key: string) => {
		run.keys += 1;
		if (key === 'Tab') tabsSince += 1;
		await page.keyboard.press(key);
	};
	while (run.answered.length < expected && run.keys < maxKeys) {
		const f = await page.evaluate(describeFocus);
		if (!f.activity || f.state !== 'open') {
			await press('Tab');
			continue;
		}
		if (
			run.answered.length > 0 &&
			tabsSince > 0 &&
			!run.tabsBetween.some((t) => t.to === f.activity)
		) {
			run.tabsBetween.push({ from: run.answered.at(-1) ?? '', to: f.activity, tabs: tabsSince });
		}
		tabsSince = 0;
		const act =
			(f.kind === 'radio' || f.kind === 'checkbox' || f.kind === 'flag') && !f.chosen
				? 'Space'
				: f.kind === 'select' && f.empty
					? 'ArrowDown'
					: f.kind === 'move' && moved !== f.activity
						? 'Enter'
						: f.kind === 'check' || f.kind === 'reply'
							? 'Enter'
							: 'Tab';
		if (f.kind === 'move' && act === 'Enter') moved = f.activity;
		await press(act);
		if (act === 'Enter' && (f.kind === 'check' || f.kind === 'reply')) {
			const state = await page
				.locator(`section[data-activity="${f.activity}"]`)
				.getAttribute('data-state');
			if (state === 'answered') {
				run.answered.push(f.activity);
				tabsSince = 0;
			}
		}
	}
	return run;
}

/** One focus that landed in an activity, as `recordReached` saw it. */
export interface Reached {
	id: string;
	/** Its island had not hydrated yet when focus arrived. */
	beforeHydration: boolean;
	/** For those: the element the learner last focused still had focus once the island hydrated. */
	keptFocus?: boolean;
}

/**
 * Installed before a page's own scripts: records each focus that lands in an activity, whether its
 * island had hydrated yet, and whether hydration left focus where it was (`window.__reached`). A
 * capturing listener on the window runs before the island's own.
 */
export function recordReached(): void {
	const w = window as unknown as { __reached: Reached[] };
	w.__reached = [];
	let last: Element | null = null;
	window.addEventListener(
		'focusin',
		(event) => {
			const target = event.target as Element | null;
			last = target;
			const island = target?.closest('astro-island');
			const section = target?.closest('section[data-activity]');
			if (!island || !section) return;
			const entry: Reached = {
				id: section.getAttribute('data-activity') ?? '',
				beforeHydration: island.hasAttribute('ssr'),
			};
			w.__reached.push(entry);
			if (entry.beforeHydration)
				island.addEventListener(
					'astro:hydrate',
					() => {
						// Where the learner last put focus (they may have pressed Tab meanwhile).
						entry.keptFocus = document.activeElement === last;
					},
					{ once: true },
				);
		},
		true,
	);
}

/** What `recordReached` saw so far. */
export const reached = (page: Page): Promise<Reached[]> =>
	page.evaluate(() => (window as unknown as { __reached: Reached[] }).__reached);
