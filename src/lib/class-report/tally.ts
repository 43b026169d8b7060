// Over 300 lines on purpose: the report's shape (the documented types the page draws and the
// module JSON carries) and the pure counting that fills it, the one chunk the report page loads
// when a file is opened; reading the file (read-export.ts) and decoding answers (decode.ts) are apart.
/**
 * The class report: for each activity of a module, how many learners answered it and how many in
 * the safest way (the engine's `checkAnswer`), the hardest first within each lesson; confidence
 * ratings before and after where the export holds them. Counts only: nothing per learner leaves
 * this function. Pure.
 */
import type { Activity } from '../../schemas/activity.ts';
import type { Audience } from '../../schemas/audience.ts';
import type { ConfidenceRecording } from '../../schemas/module.ts';
import { checkAnswer, isScored } from '../engine/answers.ts';
import { checkOf, checkQuestionId } from '../knowledge-check.ts';
import { decodeResponse } from './decode.ts';
import type { ExportAttempt, MoodleExport } from './read-export.ts';

/** A module as the report page loads it (`/teach/report/<id>.json`). */
export interface ReportModule {
	id: string;
	title: string;
	audience: Audience;
	confidence: ConfidenceRecording;
	lessons: { id: string; title: string; activities: readonly Activity[] }[];
	/** Each learning objective of the module's lessons (`<lesson id>-<n>`): its lesson's title and words. */
	objectives: Record<string, { lesson: string; text: string }>;
}

/** What the page needs of every module before a file is read: to find which one a file is. */
export interface ReportModuleEntry {
	id: string;
	title: string;
	/** Every activity id of the module (the interaction ids of its packages, without prefix). */
	activityIds: string[];
}

/** One scored activity's counts. */
export interface ActivityTally {
	id: string;
	/** Its number in the module (the teacher pack's number). */
	number: number;
	prompt: string;
	/** Learners with an answer (each once, see {@link latestAnswers}). */
	answered: number;
	/** Of those whose codes read, how many answered in the safest way. */
	safest: number;
	/** Answers whose codes do not read against this version of the module (an older package). */
	unread: number;
}

/** A confidence rating's counts: how many learners chose 1 … 5. */
export interface ConfidenceTally {
	id: string;
	number: number;
	prompt: string;
	low: string;
	high: string;
	/** counts[0] is how many chose 1, … counts[4] how many chose 5. */
	counts: number[];
	answered: number;
	/** The mean rating, or undefined when nobody rated. */
	mean: number | undefined;
}

/** One lesson of the report. */
export interface LessonTally {
	id: string;
	title: string;
	/** Scored activities, hardest first (lowest share answered in the safest way). */
	activities: ActivityTally[];
	/** Activities whose answers the report cannot judge (H5P content judges itself). */
	notJudged: { id: string; number: number; prompt: string; answered: number }[];
	confidence: ConfidenceTally[];
}

/** Answers to the questions of one phase: how many, and how many in the safest way. */
export interface PhaseTally {
	/** Answers that read against this version of the module (each learner once per question). */
	answered: number;
	/** Of those, answered in the safest way. */
	safest: number;
	/** Answers whose codes do not read (an older package). */
	unread: number;
}

/** One question of the knowledge check, at both ends. */
export interface CheckQuestionTally {
	/** The question's id (`baseline-<id>`, `endpoint-<id>`). */
	id: string;
	prompt: string;
	baseline: PhaseTally;
	endpoint: PhaseTally;
}

/** A learning objective: the class at the baseline against the end point, over its questions. */
export interface ObjectiveTally {
	/** `<lesson id>-<n>`, as the LMS records it (`cmi.interactions.n.objectives.0.id`). */
	id: string;
	/** The objective's words and its lesson's title (the id when the module does not hold it). */
	text: string;
	lesson: string;
	baseline: PhaseTally;
	endpoint: PhaseTally;
	questions: CheckQuestionTally[];
}

/** The whole report. */
export interface ClassReport {
	moduleId: string;
	learners: number;
	attempts: number;
	lessons: LessonTally[];
	/**
	 * What learners know, per learning objective: the share answered in the safest way at the
	 * baseline against the end point, in the module's order; empty for a module without a check.
	 */
	objectives: ObjectiveTally[];
	/** True when the module keeps ratings in the learner's browser and the file holds none. */
	confidenceStaysOnDevice: boolean;
	/** Interaction ids in the file that are no activity of the module. */
	unknownIds: string[];
}

/**
 * Each learner once per activity: the response of their latest attempt (highest attempt number,
 * then the later row) that answered it. Returns activity id → responses, one per learner. Pure.
 */
export function latestAnswers(attempts: readonly ExportAttempt[]): Map<string, string[]> {
	type Held = { attempt: number; row: number; response: string };
	const best = new Map<string, Map<number, Held>>();
	for (const a of attempts)
		for (const i of a.interactions) {
			if (i.response === '') continue;
			const byLearner = best.get(i.id) ?? new Map<number, Held>();
			const held = byLearner.get(a.learner);
			if (!held || a.attempt > held.attempt || (a.attempt === held.attempt && a.row > held.row))
				byLearner.set(a.learner, { attempt: a.attempt, row: a.row, response: i.response });
			best.set(i.id, byLearner);
		}
	return new Map([...best].map(([id, m]) => [id, [...m.values()].map((v) => v.response)]));
}

/** The share of read answers in the safest way; activities with none read sort last. */
const share = (t: ActivityTally) => {
	const read = t.answered - t.unread;
	return read === 0 ? 2 : t.safest / read;
};

/** Counts of one question's answers (one per learner) at one phase. Pure. */
function phaseTally(activity: Activity, responses: readonly string[]): PhaseTally {
	const tally: PhaseTally = { answered: 0, safest: 0, unread: 0 };
	for (const r of responses) {
		const answer = decodeResponse(activity, r);
		if (!answer) tally.unread++;
		else {
			tally.answered++;
			if (checkAnswer(activity, answer).correct) tally.safest++;
		}
	}
	return tally;
}

const addTally = (a: PhaseTally, b: PhaseTally): PhaseTally => ({
	answered: a.answered + b.answered,
	safest: a.safest + b.safest,
	unread: a.unread + b.unread,
});
const emptyTally = (): PhaseTally => ({ answered: 0, safest: 0, unread: 0 });

/**
 * The baseline against the end point per learning objective: each check question's answers (each
 * learner once, see {@link latestAnswers}) at both ends, added up per objective it names. Counts
 * only. Pure.
 */
export function objectiveTallies(
	module: ReportModule,
	phase: (activity: Activity) => PhaseTally,
): ObjectiveTally[] {
	const byObjective = new Map<string, ObjectiveTally>();
	const questions = new Map<string, CheckQuestionTally>();
	for (const activity of module.lessons.flatMap((l) => l.activities)) {
		const check = checkOf(activity);
		const question = checkQuestionId(activity);
		if (!check || question === undefined) continue;
		let objective = byObjective.get(check.objective);
		if (!objective) {
			const words = module.objectives[check.objective];
			objective = {
				id: check.objective,
				text: words?.text ?? check.objective,
				lesson: words?.lesson ?? '',
				baseline: emptyTally(),
				endpoint: emptyTally(),
				questions: [],
			};
			byObjective.set(check.objective, objective);
		}
		let q = questions.get(question);
		if (!q) {
			q = { id: question, prompt: activity.prompt, baseline: emptyTally(), endpoint: emptyTally() };
			questions.set(question, q);
			objective.questions.push(q);
		}
		const tally = phase(activity);
		q[check.phase] = tally;
		objective[check.phase] = addTally(objective[check.phase], tally);
	}
	return [...byObjective.values()];
}

/**
 * What a report is counted from, activity by activity: a read export ({@link fileCounts}) or the
 * counts a teacher entered in presenter mode (room-tallies.ts). Counts only, never a learner.
 */
export interface ReportCounts {
	/** A scored activity: how many answered, how many in the safest way, how many could not be read. */
	scored(activity: Activity): { answered: number; safest: number; unread: number };
	/** A baseline or end-point question: its counts at its phase ({@link PhaseTally}). */
	phase(activity: Activity): PhaseTally;
	/** A confidence check: how many chose 1 … 5. */
	ratings(activity: Activity): number[];
	/** An activity the report cannot judge: how many answered. */
	answered(activity: Activity): number;
	learners: number;
	attempts: number;
	/** Ids counted that are no activity of the module. */
	unknownIds(known: ReadonlySet<string>): string[];
}

/** The counts of a read export: each learner once per activity ({@link latestAnswers}). Pure. */
export function fileCounts(file: MoodleExport): ReportCounts {
	const answers = latestAnswers(file.attempts);
	const responses = (activity: Activity) => answers.get(activity.id) ?? [];
	return {
		scored(activity) {
			const t = phaseTally(activity, responses(activity));
			return { answered: responses(activity).length, safest: t.safest, unread: t.unread };
		},
		phase: (activity) => phaseTally(activity, responses(activity)),
		ratings(activity) {
			const counts = [0, 0, 0, 0, 0];
			for (const r of responses(activity)) {
				const answer = decodeResponse(activity, r);
				if (answer?.type === 'confidence')
					counts[answer.value - 1] = (counts[answer.value - 1] ?? 0) + 1;
			}
			return counts;
		},
		answered: (activity) => responses(activity).length,
		learners: file.learners,
		attempts: file.attempts.length,
		unknownIds: (known) =>
			[...answers.keys(), ...file.attempts.flatMap((a) => a.interactions.map((i) => i.id))].filter(
				(id, i, all) => !known.has(id) && all.indexOf(id) === i,
			),
	};
}

/** The class report of a read export against a module. Pure. */
export function classReport(module: ReportModule, file: MoodleExport): ClassReport {
	return reportFromCounts(module, fileCounts(file));
}

/** The class report of some counts against a module: numbered, hardest first. Pure. */
export function reportFromCounts(module: ReportModule, counts: ReportCounts): ClassReport {
	const known = new Set<string>();
	let number = 0;
	let ratings = 0;
	const lessons = module.lessons.map((lesson): LessonTally => {
		const tally: LessonTally = {
			id: lesson.id,
			title: lesson.title,
			activities: [],
			notJudged: [],
			confidence: [],
		};
		for (const activity of lesson.activities) {
			number++;
			known.add(activity.id);
			// Baseline and end-point questions are counted together, per objective (objectiveTallies).
			if (checkOf(activity)) continue;
			if (activity.type === 'confidence') {
				const rated = counts.ratings(activity);
				const answered = rated.reduce((s, n) => s + n, 0);
				ratings += answered;
				tally.confidence.push({
					id: activity.id,
					number,
					prompt: activity.prompt,
					low: activity.low,
					high: activity.high,
					counts: rated,
					answered,
					mean:
						answered === 0 ? undefined : rated.reduce((s, n, i) => s + n * (i + 1), 0) / answered,
				});
				continue;
			}
			if (activity.type === 'h5p' || !isScored(activity)) {
				tally.notJudged.push({
					id: activity.id,
					number,
					prompt: activity.prompt,
					answered: counts.answered(activity),
				});
				continue;
			}
			tally.activities.push({
				id: activity.id,
				number,
				prompt: activity.prompt,
				...counts.scored(activity),
			});
		}
		tally.activities.sort((a, b) => share(a) - share(b) || a.number - b.number);
		return tally;
	});
	return {
		moduleId: module.id,
		learners: counts.learners,
		attempts: counts.attempts,
		lessons,
		objectives: objectiveTallies(module, (activity) => counts.phase(activity)),
		confidenceStaysOnDevice: module.confidence === 'browser' && ratings === 0,
		unknownIds: counts.unknownIds(known),
	};
}

/** Which module a file is from, and any other module that holds every activity it holds too. */
export interface Detected {
	module: ReportModuleEntry;
	/** Other modules with as many of the file's activities: the teacher must choose. */
	alsoMatches: ReportModuleEntry[];
}

/**
 * Which module a file is from: among the modules that hold the most of its interaction ids, the
 * closest (Jaccard: shared ids over all ids of the two). A file with only shared lessons answered
 * (the first lesson of KS3 is in the forces module too) also names the others. Undefined when no
 * module has any of its ids. Pure.
 */
export function detectModule(
	file: MoodleExport,
	modules: readonly ReportModuleEntry[],
): Detected | undefined {
	const ids = new Set(file.attempts.flatMap((a) => a.interactions.map((i) => i.id)));
	const scored = modules
		.map((entry) => {
			const own = new Set(entry.activityIds);
			const common = [...ids].filter((id) => own.has(id)).length;
			return { entry, common, closeness: common / (ids.size + own.size - common) };
		})
		.filter((m) => m.common > 0)
		.sort((a, b) => b.common - a.common || b.closeness - a.closeness);
	const [best] = scored;
	if (!best) return undefined;
	return {
		module: best.entry,
		alsoMatches: scored
			.slice(1)
			.filter((m) => m.common === best.common)
			.map((m) => m.entry),
	};
}

/** The share of a file's interaction ids that are activities of a module, 0 to 1. Pure. */
export function coverage(file: MoodleExport, entry: ReportModuleEntry): number {
	const ids = new Set(file.attempts.flatMap((a) => a.interactions.map((i) => i.id)));
	if (ids.size === 0) return 0;
	const own = new Set(entry.activityIds);
	return [...ids].filter((id) => own.has(id)).length / ids.size;
}
