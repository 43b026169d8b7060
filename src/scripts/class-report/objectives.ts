/**
 * The class report's "What they know" section: per learning objective, the share answered in the
 * safest way at the baseline against the end point, as a table (counts only, nobody named).
 */
import type { ClassReport, PhaseTally } from '../../lib/class-report/tally.ts';

/** Makes an element with its text (a text node, never HTML) and class. */
export type Maker = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	cls?: string,
) => HTMLElementTagNameMap[K];

/** One phase's answers in words: "3 of 5 answers in the safest way (60%)". */
function phaseWords(t: PhaseTally): string {
	if (t.answered === 0) return 'No answers yet.';
	const pct = Math.round((t.safest / t.answered) * 100);
	return `${String(t.safest)} of ${String(t.answered)} ${t.answered === 1 ? 'answer' : 'answers'} in the safest way (${String(pct)}%)`;
}

/**
 * "What learners know": per learning objective, the share answered in the safest way at the
 * baseline against the end point, as a table (counts only, nobody named), made with `el`.
 */
export function objectivesSection(r: ClassReport, el: Maker): HTMLElement {
	const part = el('section');
	part.dataset.reportChecks = '';
	part.append(el('h3', 'What they know: baseline and end point'));
	part.append(
		el(
			'p',
			'The same questions at the start and at the end of the module, counted per learning objective: how many answers were in the safest way. At the baseline learners saw no right or wrong and it was not scored.',
		),
	);
	const none = r.objectives.every(
		(o) => o.baseline.answered + o.baseline.unread + o.endpoint.answered + o.endpoint.unread === 0,
	);
	if (none) {
		part.append(
			el(
				'p',
				'No baseline or end-point answers here yet: learners have not reached them, or the file comes from a package made before they were added.',
			),
		);
		return part;
	}
	const table = el('table');
	const caption = el('caption', 'Answers in the safest way, per learning objective');
	const head = el('thead');
	const headRow = el('tr');
	for (const text of ['Learning objective', 'At the baseline', 'At the end point']) {
		const th = el('th', text);
		th.scope = 'col';
		headRow.append(th);
	}
	head.append(headRow);
	const body = el('tbody');
	for (const o of r.objectives) {
		const row = el('tr');
		const th = el('th', o.text);
		th.scope = 'row';
		if (o.lesson) th.append(el('span', ` (${o.lesson})`, 'report-activity'));
		row.append(th, el('td', phaseWords(o.baseline)), el('td', phaseWords(o.endpoint)));
		row.cells[1]?.setAttribute('data-label', 'At the baseline');
		row.cells[2]?.setAttribute('data-label', 'At the end point');
		body.append(row);
	}
	table.append(caption, head, body);
	const wrap = el('div', undefined, 'table-scroll');
	wrap.tabIndex = 0;
	wrap.setAttribute('role', 'region');
	wrap.setAttribute('aria-label', 'Baseline and end point, per learning objective');
	wrap.append(table);
	part.append(wrap);
	const old = r.objectives.reduce((n, o) => n + o.baseline.unread + o.endpoint.unread, 0);
	if (old > 0)
		part.append(
			el(
				'p',
				`${old === 1 ? '1 answer was' : `${String(old)} answers were`} not read: from an older version of the package.`,
			),
		);
	return part;
}
