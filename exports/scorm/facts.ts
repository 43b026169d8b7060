import type { PackageFormat } from '../../src/schemas/module.ts';

/**
 * What the browser needs to know about a SCORM standard at run time: the types of the per-standard
 * runtime facts (`exports/scorm12/facts.ts`, `exports/scorm2004/facts.ts`). Browser-safe: no
 * manifest or schema facts (those are build-only: `manifest-facts.ts`).
 *
 * Code elsewhere says `completionStatus` or `suspendData` and looks the standard's spelling up in
 * its facts; it never branches on the standard for these facts (style anchors, rule 5). Each row
 * cites where the fact comes from:
 *
 * - SCORM 1.2: "The SCORM Run-Time Environment" (RTE, ADL, 1 Oct 2001) §3.4.4 "The SCORM Run-Time
 *   Environment Data Model" (one sub-section per `cmi.*` element, each with its data type).
 * - SCORM 2004 4th Edition: RTE §4.2.x (one sub-section per element, in alphabetical order after
 *   4.2.1 `cmi._version`).
 * - `shared/reference/scorm-brief.md` §2 (runtime).
 */

/** The two SCORM versions we export. A subset of the module's package formats. */
export type ScormStandard = Extract<PackageFormat, 'scorm12' | 'scorm2004'>;

/** Both standards, in the order we document them. */
export const scormStandards: readonly ScormStandard[] = ['scorm12', 'scorm2004'];

/** A CMI data model element path, or `null` when the standard has no such element. */
export type CmiPath = string | null;

/** A time format the runtime writes. */
export interface TimeFormat {
	/** The spec's name for the type. */
	name: string;
	/** An example value. */
	example: string;
	/** Matches exactly the values the spec allows. */
	pattern: RegExp;
}

/** Everything a SCORM runtime reads that differs between the standards, one row per fact. */
export interface RuntimeFacts {
	/** How teachers and LMS admins name the standard. */
	label: string;

	/** Data model paths. `n` stands for the interaction index. */
	cmi: {
		/** Where completion is reported. */
		completionStatus: string;
		/** Where pass/fail is reported. */
		successStatus: string;
		/** Raw score. */
		scoreRaw: string;
		/** Lowest possible raw score. */
		scoreMin: string;
		/** Highest possible raw score. */
		scoreMax: string;
		/** Score scaled to −1…1, where the standard has it. */
		scoreScaled: CmiPath;
		/** Time spent in this session (write-only). */
		sessionTime: string;
		/** Bookmark. */
		location: string;
		/** Saved state for resume. */
		suspendData: string;
		/** How the learner left (write-only). */
		exit: string;
		/** `ab-initio` or `resume` (read-only). */
		entry: string;
		/** Number of interactions recorded so far. */
		interactionsCount: string;
		/** How the LMS wants the SCO to behave: normal, browse or review (read-only). */
		mode: string;
		/** Whether this attempt counts for credit: credit or no-credit (read-only). */
		credit: string;
		/** The learner's id, as the LMS gives it (read-only). */
		learnerId: string;
		/** The learner's name, as the LMS gives it (read-only). */
		learnerName: string;
		/** Path of interaction `n`'s field; replace `n` with the index. */
		interaction: {
			/** Interaction id. */
			id: string;
			/** Interaction type (true-false, choice, …). */
			type: string;
			/** What the learner answered. */
			learnerResponse: string;
			/** Outcome (see {@link RuntimeFacts.vocabulary}). */
			result: string;
			/** When the interaction happened. */
			timestamp: string;
			/** How long the learner took. */
			latency: string;
			/** Text of the question, where the standard has it. */
			description: CmiPath;
			/** A correct-response pattern; `k` stands for the pattern's index (0, 1, …). */
			correctResponse: string;
			/** The first objective's id: the learning objective a baseline or end-point question checks. */
			objective: string;
		};
	};
	/** The run-time API object a SCO looks for, and its methods. */
	api: {
		/** The name of the API object on the LMS window. */
		globalName: 'API' | 'API_1484_11';
		/** How many parent windows to climb looking for it (ADL's sample discovery code). */
		maxParentDepth: number;
		methods: {
			initialize: string;
			terminate: string;
			getValue: string;
			setValue: string;
			commit: string;
			getLastError: string;
			getErrorString: string;
			getDiagnostic: string;
		};
	};
	/** How learner and correct responses are written for interactions. */
	responses: {
		/** Between items of a list (choices picked, items in order, match pairs). */
		listSeparator: string;
		/** Between the two sides of a match pair. */
		pairSeparator: string;
		/** A true/false answer. */
		trueValue: string;
		falseValue: string;
		/**
		 * How a choice, item, part or match target is named in a response: `letters` (a, b, c… by
		 * position: 1.2 allows only single characters) or `words` (a short identifier a teacher can
		 * read: the author's id when it is a word, else the first words of its text). Chat story
		 * endings are named by their node id in both standards (exports/scorm/runtime/codes.ts).
		 */
		choiceNames: 'letters' | 'words';
		/** Longest name of one choice in a response (1.2: one character; 2004: short_identifier_type). */
		maxChoiceName: number;
		/** Every character a choice name may use (checked by the tests on every activity). */
		choiceNamePattern: RegExp;
		/** Longest learner response the LMS must store. */
		maxLength: number;
		/** How many correct-response patterns one interaction may carry (the LMS must keep them all). */
		maxCorrectPatterns: number;
		/** Longest question text in `description` (0: the standard has no description). */
		maxDescription: number;
		/** Put before an activity id to make an interaction id (2004 ids are URIs). */
		interactionIdPrefix: string;
		/** Every interaction id this standard accepts (checked by the tests on every activity). */
		interactionIdPattern: RegExp;
	};
	/** Values the runtime writes. */
	vocabulary: {
		/** Written to {@link RuntimeFacts.cmi.completionStatus} when the module is finished. */
		completed: string;
		/** Written to {@link RuntimeFacts.cmi.completionStatus} while it is not. */
		incomplete: string;
		/** Written to {@link RuntimeFacts.cmi.successStatus} when the pass mark is reached. */
		passed: string;
		/** Written to {@link RuntimeFacts.cmi.successStatus} when it is not. */
		failed: string;
		/** Every value a SCO may write to the completion element. */
		completionValues: readonly string[];
		/** Every value a SCO may write to the success element. */
		successValues: readonly string[];
		/** `exit` while unfinished, so the next launch resumes. */
		exitSuspend: string;
		/** `exit` when finished. */
		exitNormal: string;
		/** Every value a SCO may write to `exit`. */
		exitValues: readonly string[];
		/** `entry` value meaning "resume from suspend_data". */
		entryResume: string;
		/** `entry` value meaning "a new attempt": nothing stored to resume. */
		entryNew: string;
		/** Interaction result: right answer. */
		resultCorrect: string;
		/** Interaction result: wrong answer. */
		resultIncorrect: string;
		/** Interaction result: no right or wrong (reflection, survey). */
		resultNeutral: string;
		/** Every interaction type the standard defines. */
		interactionTypes: readonly string[];
		/** {@link RuntimeFacts.cmi.mode}: record as usual. */
		modeNormal: string;
		/** {@link RuntimeFacts.cmi.mode}: look back at a recorded attempt; change nothing in it. */
		modeReview: string;
		/** {@link RuntimeFacts.cmi.mode}: look through without the intent of recording. */
		modeBrowse: string;
		/** {@link RuntimeFacts.cmi.credit}: this attempt counts (what an LMS gives a new attempt). */
		creditFull: string;
		/** {@link RuntimeFacts.cmi.credit}: this attempt does not count; change no result. */
		creditNone: string;
		/** Status a SCO may set in browse mode when nothing was attempted (`null`: none). */
		browsed: string | null;
		/**
		 * Values of {@link RuntimeFacts.cmi.completionStatus}, lowest first: a later session never
		 * writes one lower than what the LMS holds. Values not listed rank below all of them.
		 */
		completionOrder: readonly string[];
		/** Values of {@link RuntimeFacts.cmi.successStatus}, lowest first (same rule). */
		successOrder: readonly string[];
	};
	/** What GetLastError's codes mean for the runtime (read after a "false" or empty return). */
	errors: {
		/** After GetValue returned "": the element simply has no value yet (not a failure). */
		notInitialized: readonly string[];
		/** After SetValue returned "false": this value will never be accepted; retrying is useless. */
		rejected: readonly string[];
	};
	/** Maximum lengths (characters) the LMS must store; treat them as hard limits. */
	limits: {
		/** Suspend data. */
		suspendData: number;
		/** Bookmark. */
		location: number;
		/** Interaction id. */
		interactionId: number;
	};
	/** Time formats. */
	time: {
		/** Session time. */
		sessionTime: TimeFormat;
		/** Interaction timestamp. */
		interactionTimestamp: TimeFormat;
		/** Interaction latency. */
		latency: TimeFormat;
	};
}
