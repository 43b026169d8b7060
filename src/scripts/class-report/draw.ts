/**
 * Draws the class report from counts only, with text nodes (never HTML): per lesson the hardest
 * activities first, the confidence ratings, and the objectives table (objectives.ts).
 */
import type { ClassReport, ReportModule } from '../../lib/class-report/tally.ts';
import { objectivesSection } from './objectives.ts';

/** "1 learner", "3 learners". */
export const people = (n: number) => `${String(n)} ${n === 1 ? 'learner' : 'learners'}`;

/**
 * Draws report `r` of `module` under `summary`, into the page's parts that `$` finds, hides any
 * problem, says the report is ready and moves focus to its heading.
 */
export function drawReport(
	$: (sel: string) => HTMLElement,
	r: ClassReport,
	module: ReportModule,
	summary: string,
): void {
	const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
		const node = document.createElement(tag);
		if (text !== undefined) node.textContent = text;
		if (cls) node.className = cls;
		return node;
	};
	$('[data-report-heading]').textContent = `Your class: ${module.title}`;
	$('[data-report-summary]').textContent = summary;
	const lessons = $('[data-report-lessons]');
	lessons.replaceChildren();
	if (r.objectives.length > 0) lessons.append(objectivesSection(r, el));
	const ratingsInFile = r.lessons.some((l) => l.confidence.some((c) => c.answered > 0));
	const sure = el('section');
	sure.append(el('h3', 'Confidence before and after'));
	if (r.confidenceStaysOnDevice)
		sure.append(
			el(
				'p',
				"This module keeps learners' confidence ratings in their own browser: they never reach your LMS, so they are not in this file. To compare before and after, use a show of hands or ratings on paper in the session.",
			),
		);
	else if (!ratingsInFile) sure.append(el('p', 'This file holds no confidence ratings yet.'));
	else {
		if (module.confidence === 'browser')
			sure.append(
				el(
					'p',
					"This file holds confidence ratings because it comes from an older package of this module. The current package keeps them in the learner's browser.",
				),
			);
		const list = el('ul');
		for (const c of r.lessons.flatMap((l) => l.confidence)) {
			const item = el('li');
			item.append(el('span', `Activity ${String(c.number)}: ${c.prompt} `, 'report-activity'));
			item.append(
				el(
					'span',
					c.mean === undefined
						? 'Nobody rated this yet.'
						: `Average ${c.mean.toFixed(1)} out of 5, from ${people(c.answered)} (1 is "${c.low}", 5 is "${c.high}"). ` +
								c.counts.map((n, i) => `${String(i + 1)}: ${String(n)}`).join(', ') +
								'.',
				),
			);
			list.append(item);
		}
		sure.append(list);
	}
	for (const lesson of r.lessons) {
		const part = el('section');
		part.append(el('h3', lesson.title));
		if (lesson.activities.length > 0) {
			part.append(el('p', 'Hardest first:'));
			const list = el('ul');
			for (const a of lesson.activities) {
				const item = el('li');
				item.append(el('span', `Activity ${String(a.number)}: ${a.prompt}`, 'report-activity'));
				item.append(el('br'));
				const read = a.answered - a.unread;
				const pct = read === 0 ? 0 : Math.round((a.safest / read) * 100);
				item.append(
					el(
						'strong',
						a.answered === 0
							? 'Nobody answered this yet.'
							: read === 0
								? `Answered by ${people(a.answered)}.`
								: `${String(a.safest)} of ${people(read)} answered in the safest way (${String(pct)}%).`,
					),
				);
				if (a.unread > 0)
					item.append(
						el(
							'span',
							` ${a.unread === 1 ? '1 answer was' : `${String(a.unread)} answers were`} not read: ${a.unread === 1 ? 'it uses' : 'they use'} codes from an older version of the package. Upload the current SCORM 1.2 package to read them all.`,
						),
					);
				list.append(item);
			}
			part.append(list);
		}
		for (const n of lesson.notJudged)
			part.append(
				el(
					'p',
					`Activity ${String(n.number)}: ${n.prompt} Answered by ${people(n.answered)}. This content checks its own answers, so they are not counted here.`,
				),
			);
		lessons.append(part);
	}
	lessons.append(sure);
	if (r.unknownIds.length > 0)
		lessons.append(
			el(
				'p',
				`${String(r.unknownIds.length)} ${r.unknownIds.length === 1 ? 'question' : 'questions'} in the file ${r.unknownIds.length === 1 ? 'is' : 'are'} not in the current version of this module, and ${r.unknownIds.length === 1 ? 'was' : 'were'} left out.`,
			),
		);
	$('[data-report-problem]').hidden = true;
	$('[data-report-result]').hidden = false;
	$('[data-report-status]').textContent = `Report ready: ${people(r.learners)}, ${module.title}.`;
	$('[data-report-heading]').focus();
}
