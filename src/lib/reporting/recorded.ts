import type { Audience } from '../../schemas/audience.ts';
import type { ConfidenceRecording, PackageFormat } from '../../schemas/module.ts';
import type { Reporting } from '../engine/progress.ts';

/** What a module's recorded words depend on. */
export interface RecordedModule {
	audience: Audience;
	reporting: Reporting;
	passMark: number;
	confidence: ConfidenceRecording;
}

/** One list in the words: a short heading and its items. */
export interface RecordedList {
	heading: string;
	items: string[];
}

/** What a learner reads at the start of a package about what is recorded. */
export interface RecordedWords {
	/** The box's heading, e.g. "What your school's learning platform records". */
	heading: string;
	/** One or two sentences before the lists. */
	intro: string;
	/** What is kept, then what is not (or where it stays). */
	lists: RecordedList[];
}

/** Whose learning platform it is, as the learner would say it. */
const platformOf: Record<Audience, string> = {
	school: "your school's learning platform",
	forces: "your unit's learning platform",
	adult: 'the learning platform that gave you this course',
};

/** Who can read the record. */
const readersOf: Record<Audience, string> = {
	school: 'Your teachers can see it',
	forces: 'The staff who run this course can see it',
	adult: 'The people who run this course can see it',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The words for a package that reports to an LMS (SCORM 1.2, SCORM 2004 or cmi5). */
function lmsWords(module: RecordedModule): RecordedWords {
	const platform = platformOf[module.audience];
	const score =
		module.reporting === 'pass-mark'
			? `How many questions you answered in the safest way, and if that is ${module.passMark}% or more. Nobody is ever marked as failed.`
			: 'How many questions you answered in the safest way. There is no pass or fail.';
	const sure = 'How sure you said you feel, in the questions that go from 1 to 5.';
	const kept = [
		'Your answers to the questions, and when you gave them.',
		'The choices you make in the chat stories.',
		...(module.confidence === 'reported' ? [sure] : []),
		'Which questions you skipped. Skipping is always fine.',
		'Which lessons you opened, and where you got to, so you can carry on later.',
		'Whether you have finished the course.',
		score,
		'How long you spent on it.',
	];
	const notKept = [
		...(module.confidence === 'browser'
			? [
					'How sure you feel, in the questions that go from 1 to 5. Those answers stay in this browser, on this device, until you close this tab.',
				]
			: []),
		'Which helplines you look at, or if you use "Leave this site".',
		'Anything else on this device.',
	];
	return {
		heading: `What ${platform} records`,
		intro: `${capitalise(platform)} keeps a record of this course with your name. ${readersOf[module.audience]}.`,
		lists: [
			{ heading: 'It records', items: kept },
			{ heading: 'It does not record', items: notKept },
		],
	};
}

/** The words for the offline package: nothing leaves the device. */
function offlineWords(): RecordedWords {
	return {
		heading: 'Where your answers are kept',
		intro:
			'This copy of the course works on this device only. Nothing you do here is sent anywhere: not to us, not to any website, not to anyone else.',
		lists: [
			{
				heading: 'This browser keeps',
				items: [
					'Your answers, the choices you make in the chat stories, and how sure you said you feel.',
					'Which lessons you opened, and where you got to.',
				],
			},
			{
				heading: 'For how long',
				items: [
					'Until you close this tab. If you tick "Remember my progress" under Finish, until you untick it or press "Forget".',
				],
			},
		],
	};
}

/**
 * What a package tells the learner at its start, in plain words: what their school's or unit's LMS
 * will record (answers, chat choices, confidence ratings or that they stay on this device, what was
 * skipped, where they got to, completion, the score as the module's reporting rule has it, time)
 * and what it does not; for the offline zip, that nothing leaves the device. SCORM 1.2, SCORM 2004
 * and cmi5 record the same things (`summarise` gives each the same progress, the session the same
 * answers), so they read the same. One source for the package page and for teachers
 * (`ReportingRule.astro`). Pure.
 */
export function recordedWords(module: RecordedModule, standard: PackageFormat): RecordedWords {
	return standard === 'offline' ? offlineWords() : lmsWords(module);
}
