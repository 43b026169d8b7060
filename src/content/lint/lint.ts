import { helplines } from '../../data/helplines.ts';
import { contentError, type ContentError } from '../errors.ts';
import type { LoadedLesson, LoadedModule } from '../types.ts';
import { helplineNumbers, findPhoneNumbers } from './phones.ts';
import { findSafePathDelays, safePathTexts } from './delay.ts';
import { moduleErrors } from './module-rules.ts';
import { findBareLaw } from './law.ts';
import { findHarmfulPhrases, type PhraseMatch } from './phrases.ts';
import { quote } from './quote.ts';
import { findStatistics, type Statistic } from './statistics.ts';
import { lessonTexts, sourceTitleTexts, type TextUnit } from './texts.ts';
import { findTrendClaims } from './trends.ts';

/** A lesson that lists sources but cites none of them has, in effect, no sources. */
function checkSourcesCited(lesson: LoadedLesson): ContentError[] {
	const { data, scan, file, yaml } = lesson;
	const cited = scan.blocks.some((b) => b.cites.length) || data.activities.length > 0;
	if (cited) return [];
	return [
		contentError(
			'NoSources',
			{ file, ...yaml.locate(['sources']) },
			`Lesson "${data.id}" lists ${data.sources.length} source(s) but cites none: its prose has no <Cite> and it has no activities.`,
			`Put <Cite id="${data.sources[0]?.id ?? 's1'}" /> right after each fact, statistic and piece of advice it backs.`,
		),
	];
}

function statisticErrors(lesson: LoadedLesson, units: readonly TextUnit[]): ContentError[] {
	const sourceIds = lesson.data.sources.map((s) => s.id).join(', ');
	const found = units.map((unit) => ({
		unit,
		stats: unit.parts.flatMap((p) => findStatistics(p)),
	}));
	// Figures that a cited paragraph or activity states: a key message may repeat them.
	const citedNumbers = new Set(
		found.filter((f) => f.unit.refs?.length).flatMap((f) => f.stats.flatMap((s) => s.numbers)),
	);
	const errors: ContentError[] = [];
	for (const { unit, stats } of found) {
		if (unit.refs?.length) continue;
		for (const stat of stats) {
			if (unit.origin === 'field' && isRepeated(stat, citedNumbers)) continue;
			const what = `The statistic "${stat.figure}" (${stat.reason}) in the ${unit.label}`;
			const [message, hint] =
				unit.origin === 'field'
					? [
							`${what} cannot carry a source: ${quote(stat.sentence)}`,
							`State the figure in the prose with its <Cite id="…" />; then the ${unit.label.replace(/ \d+$/, '')} may repeat it. Or leave the number out here.`,
						]
					: unit.origin === 'activity'
						? [
								`${what} has no source: the activity's "sources" is empty. ${quote(stat.sentence)}`,
								`Add the id of the figure's source to the activity's "sources" (${sourceIds}).`,
							]
						: [
								`${what} has no <Cite> in the same paragraph: ${quote(stat.sentence)}`,
								`Add <Cite id="…" /> for its source in the same paragraph (${sourceIds}), or leave the figure out.`,
							];
			errors.push(contentError('UnsourcedStatistic', unit.where, message, hint));
		}
	}
	return errors;
}

function isRepeated(stat: Statistic, citedNumbers: ReadonlySet<string>): boolean {
	return stat.numbers.length > 0 && stat.numbers.every((n) => citedNumbers.has(n));
}

function phoneErrors(units: readonly TextUnit[]): ContentError[] {
	const known = helplineNumbers();
	const listed = helplines
		.map((h) => ({
			name: h.name,
			phones: h.contacts.flatMap((c) => (c.kind === 'phone' ? [c.number] : [])),
		}))
		.filter((h) => h.phones.length)
		.map((h) => `${h.name} ${h.phones.join(', ')}`)
		.join('; ');
	return units.flatMap((unit) =>
		unit.parts.flatMap((part) =>
			findPhoneNumbers(part)
				.filter((p) => !known.has(p.digits))
				.map((p) =>
					contentError(
						'UnknownPhoneNumber',
						unit.where,
						`The phone number "${p.written}" in the ${unit.label} is not in the helpline table (src/data/helplines.ts).`,
						`Leave phone numbers out of lessons: the support lines at the start and end show the right ones. If you must name one, use a number from the table (${listed}), or add the helpline to the table with its source first.`,
					),
				),
		),
	);
}

/** What a listed phrase does wrong, and what to write instead: the lesson's voice and a model answer alike. */
function phraseProblem({ phrase, found }: PhraseMatch): { says: string; reword: string } {
	return {
		says: `says "${found}" (${phrase.kind} phrasing, list entry "${phrase.id}"). ${phrase.why}`,
		reword: `Reword it, e.g. "${phrase.instead}"`,
	};
}

/**
 * A source whose title uses a listed phrase: learners read it in the source list, and it is the
 * publisher's title, so the fix is another source that says the same.
 */
function sourceTitleErrors(units: readonly TextUnit[]): ContentError[] {
	return units.flatMap((unit) =>
		unit.parts.flatMap((part) =>
			findHarmfulPhrases(part).map((match) =>
				contentError(
					'HarmfulPhrase',
					unit.where,
					`The ${unit.label} ${phraseProblem(match).says} Learners read every source's title in the lesson's source list.`,
					'Cite another page that says the same (the publisher\u2019s general guidance, for example), and remove this source.',
				),
			),
		),
	);
}

function phraseErrors(units: readonly TextUnit[]): ContentError[] {
	return units
		.filter((u) => u.isLessonVoice)
		.flatMap((unit) =>
			unit.parts.flatMap((part) =>
				findHarmfulPhrases(part).map((match) => {
					const { says, reword } = phraseProblem(match);
					return contentError(
						'HarmfulPhrase',
						unit.where,
						`The ${unit.label} ${says}`,
						`${reword} To show a character's or a myth's words in order to correct them, put them in quotation marks. The list is src/data/harmful-phrases.ts.`,
					);
				}),
			),
		);
}

/** The under-18 law stated without the victim and "you won't be in trouble" in the same sentence. */
function lawErrors(units: readonly TextUnit[]): ContentError[] {
	return units
		.filter((u) => u.isLessonVoice)
		.flatMap((unit) =>
			unit.parts.flatMap((part) =>
				findBareLaw(part).map((sentence) =>
					contentError(
						'LawWithoutReassurance',
						unit.where,
						`The ${unit.label} states the law on nude images of under-18s without saying, in the same sentence, who the victim is and that they won't be in trouble for getting help: ${quote(sentence, 160)} Read alone, the law tells a frightened young person that they are the one in trouble (brief §1.10).`,
						`End the same sentence with the victim and the reassurance, e.g. "…is against the law to protect young people, so the person in the image is the victim, and they won't be in trouble for getting help."`,
					),
				),
			),
		);
}

/** Scenario texts on a path to a safe ending that put help off until tomorrow. */
function delayErrors(lesson: LoadedLesson): ContentError[] {
	const { data, file, yaml } = lesson;
	return data.activities.flatMap((activity, a) =>
		activity.type !== 'scenario'
			? []
			: findSafePathDelays(activity).map((d) =>
					contentError(
						'SafePathDelaysHelp',
						{ file, ...yaml.locate(['activities', a, 'nodes', d.node, ...d.path]) },
						`Activity "${activity.id}", ${d.label}, is on a path to a safe ending but puts help off ("${d.words}"): ${quote(d.text, 160)} A model answer that waits teaches the learner to wait, while blackmail can start within an hour and help is there now.`,
						`Make the safe path get help the same day: a parent or carer tonight, Childline (24 hours), CEOP's online report, or the police (101, 999 in danger). Waiting may appear only on a path that ends unsafe, with feedback that says why not to wait.`,
					),
				),
	);
}

/**
 * A choice on a scenario's safe path is a model answer: the learner is shown it as what to do, so it
 * is held to the lesson's own voice (a character's reply is written in quotes: those are unwrapped
 * first). "'Screenshot everything, then block them'" on the way to a safe ending teaches copying the
 * image too.
 */
function modelAnswerErrors(lesson: LoadedLesson): ContentError[] {
	const { data, file, yaml } = lesson;
	return data.activities.flatMap((activity, a) =>
		activity.type !== 'scenario'
			? []
			: safePathTexts(activity)
					.filter((t) => t.kind === 'choice')
					.flatMap((t) =>
						findHarmfulPhrases(unwrapQuotes(t.text)).map((match) => {
							const { says, reword } = phraseProblem(match);
							return contentError(
								'HarmfulPhrase',
								{ file, ...yaml.locate(['activities', a, 'nodes', t.node, ...t.path]) },
								`Activity "${activity.id}", ${t.label}, leads to a safe ending, so it is a model answer, and it ${says}`,
								`${reword} The list is src/data/harmful-phrases.ts.`,
							);
						}),
					),
	);
}

/** A text less one pair of quotation marks around all of it ("'Let's tell your mum.'"). Pure. */
function unwrapQuotes(text: string): string {
	const m = /^\s*(["'“‘])([\s\S]*)(["'”’])\s*$/.exec(text);
	return m ? (m[2] ?? '') : text;
}

/** Trend claims ("increasing", "year on year") without a year in the sentence and a source. */
function trendErrors(units: readonly TextUnit[]): ContentError[] {
	return units
		.filter((u) => u.isLessonVoice)
		.flatMap((unit) =>
			unit.parts.flatMap((part) =>
				findTrendClaims(part)
					.filter((t) => !t.dated || !unit.refs?.length)
					.map((t) =>
						contentError(
							'UndatedTrend',
							unit.where,
							`The ${unit.label} claims a trend ("${t.words}") ${t.dated ? 'with no source: it cannot carry a <Cite>' : unit.refs?.length ? 'without saying when' : 'without saying when, and with no source'}: ${quote(t.sentence, 160)} A trend is true of a time; undated, it goes stale and reads as a scare.`,
							unit.origin === 'field'
								? 'State the trend in the prose, with its year and <Cite id="…" />, or leave it out of this field.'
								: `Name the year the source gives in the same sentence ("In May 2018, the NCA warned that…") and keep its <Cite id="…" /> in the paragraph, or drop the trend.`,
						),
					),
			),
		);
}

/**
 * The content lint (issue 5, "Content checks"): sources cited, statistics sourced, phone numbers
 * from the helpline table only, no victim-blaming or scare phrasing, and a reading age within each
 * school module's target; and (issue 14) the under-18 law always with the victim and "you won't be
 * in trouble", no safe scenario path that waits until tomorrow, every trend claim dated, and no text that calls
 * confidence ratings private in a module that reports them; and no story about someone under 18 in a
 * module for adults. Pure: reads the loaded content and returns every problem found.
 */
export function lintContent(
	lessons: readonly LoadedLesson[],
	modules: readonly LoadedModule[],
): ContentError[] {
	const errors: ContentError[] = [];
	for (const lesson of lessons) {
		const units = lessonTexts(lesson);
		errors.push(
			...checkSourcesCited(lesson),
			...statisticErrors(lesson, units),
			...phoneErrors(units),
			...phraseErrors(units),
			...sourceTitleErrors(sourceTitleTexts(lesson)),
			...lawErrors(units),
			...delayErrors(lesson),
			...modelAnswerErrors(lesson),
			...trendErrors(units),
		);
	}
	errors.push(...moduleErrors(lessons, modules));
	return errors;
}
