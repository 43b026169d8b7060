import type { RuntimeFacts } from '../scorm/facts.ts';

/**
 * SCORM 1.2 at run time: the CMI paths, API names, vocabulary, limits, time formats and response
 * rules the package's SCORM runtime reads (types and sources: `exports/scorm/facts.ts`).
 * Browser-safe: a SCORM 1.2 package loads these facts and no other standard's.
 */

/** 1.2's CMITimespan: `HHHH:MM:SS.SS`, 2–4 digit hours, optional 1–2 digit fraction. */
const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(?:\.\d{1,2})?$/;

/** The SCORM 1.2 row of the runtime facts. */
export const scorm12Facts: RuntimeFacts = {
	label: 'SCORM 1.2',
	cmi: {
		// spec: RTE 3.4.4 cmi.core.lesson_status — ONE element carries both completion and success.
		completionStatus: 'cmi.core.lesson_status',
		successStatus: 'cmi.core.lesson_status',
		// spec: RTE 3.4.4 cmi.core.score.raw/min/max (CMIDecimal; normalised 0–100 by convention).
		scoreRaw: 'cmi.core.score.raw',
		scoreMin: 'cmi.core.score.min',
		scoreMax: 'cmi.core.score.max',
		// spec: 1.2 has no scaled score.
		scoreScaled: null,
		// spec: RTE 3.4.4 cmi.core.session_time (CMITimespan, write-only).
		sessionTime: 'cmi.core.session_time',
		// spec: RTE 3.4.4 cmi.core.lesson_location (CMIString255).
		location: 'cmi.core.lesson_location',
		// spec: RTE 3.4.4 cmi.suspend_data (CMIString4096).
		suspendData: 'cmi.suspend_data',
		// spec: RTE 3.4.4 cmi.core.exit (CMIVocabulary, write-only).
		exit: 'cmi.core.exit',
		// spec: RTE 3.4.4 cmi.core.entry (read-only: ab-initio | resume | "").
		entry: 'cmi.core.entry',
		// spec: RTE 3.4.4 cmi.interactions._count (the only readable interactions element).
		interactionsCount: 'cmi.interactions._count',
		// spec: RTE 3.4.4 cmi.core.lesson_mode (CMIVocabulary, read-only: browse | normal | review).
		mode: 'cmi.core.lesson_mode',
		// spec: RTE 3.4.4 cmi.core.credit (CMIVocabulary, read-only: credit | no-credit).
		credit: 'cmi.core.credit',
		// spec: RTE 3.4.4 cmi.core.student_id (CMIIdentifier) and student_name (CMIString255,
		// "Last, First"), both read-only.
		learnerId: 'cmi.core.student_id',
		learnerName: 'cmi.core.student_name',
		// spec: RTE 3.4.4 cmi.interactions.n.* — all write-only in 1.2.
		interaction: {
			id: 'cmi.interactions.n.id',
			type: 'cmi.interactions.n.type',
			learnerResponse: 'cmi.interactions.n.student_response',
			result: 'cmi.interactions.n.result',
			timestamp: 'cmi.interactions.n.time',
			latency: 'cmi.interactions.n.latency',
			description: null,
			// spec: RTE 3.4.4 cmi.interactions.n.correct_responses.n.pattern (CMIFeedback).
			correctResponse: 'cmi.interactions.n.correct_responses.k.pattern',
			// spec: RTE 3.4.4 cmi.interactions.n.objectives.n.id (CMIIdentifier, write-only).
			objective: 'cmi.interactions.n.objectives.0.id',
		},
	},
	// spec: RTE 3.3 (API): the LMS provides an object named "API"; ADL's sample APIWrapper
	// climbs at most 7 parents.
	api: {
		globalName: 'API',
		maxParentDepth: 7,
		methods: {
			initialize: 'LMSInitialize',
			terminate: 'LMSFinish',
			getValue: 'LMSGetValue',
			setValue: 'LMSSetValue',
			commit: 'LMSCommit',
			getLastError: 'LMSGetLastError',
			getErrorString: 'LMSGetErrorString',
			getDiagnostic: 'LMSGetDiagnostic',
		},
	},
	// spec: RTE 3.4.4 cmi.interactions.n.student_response, CMIFeedback: choice = single
	// characters [0-9a-z] separated by commas, matching = "1.a,2.b", true-false = t/f, fill-in =
	// an alphanumeric string; max 255.
	responses: {
		listSeparator: ',',
		pairSeparator: '.',
		trueValue: 't',
		falseValue: 'f',
		choiceNames: 'letters',
		maxChoiceName: 1,
		choiceNamePattern: /^[0-9a-z]$/,
		maxLength: 255,
		// spec: RTE 3.4.4 cmi.interactions.n.correct_responses is an array with no stated limit;
		// we keep to 2004's 10 so both standards carry the same patterns.
		maxCorrectPatterns: 10,
		// spec: 1.2 has no cmi.interactions.n.description.
		maxDescription: 0,
		// spec: RTE 3.4.4 cmi.interactions.n.id, CMIIdentifier: no spaces, up to 255 characters
		// (strictly: letters, digits, "-" and "_").
		interactionIdPrefix: '',
		interactionIdPattern: /^[A-Za-z0-9_-]{1,255}$/,
	},
	vocabulary: {
		// spec: RTE 3.4.4 cmi.core.lesson_status vocabulary; a SCO may not set "not attempted".
		completed: 'completed',
		incomplete: 'incomplete',
		passed: 'passed',
		failed: 'failed',
		completionValues: ['passed', 'completed', 'failed', 'incomplete', 'browsed'],
		successValues: ['passed', 'completed', 'failed', 'incomplete', 'browsed'],
		// spec: RTE 3.4.4 cmi.core.exit: time-out | suspend | logout | "" — no "normal" in 1.2.
		exitSuspend: 'suspend',
		exitNormal: '',
		exitValues: ['time-out', 'suspend', 'logout', ''],
		// spec: RTE 3.4.4 cmi.core.entry: ab-initio (first time in this attempt) | resume | "".
		entryResume: 'resume',
		entryNew: 'ab-initio',
		// spec: RTE 3.4.4 cmi.interactions.n.result: correct | wrong | unanticipated | neutral | decimal.
		resultCorrect: 'correct',
		resultIncorrect: 'wrong',
		resultNeutral: 'neutral',
		// spec: RTE 3.4.4 cmi.interactions.n.type.
		interactionTypes: [
			'true-false',
			'choice',
			'fill-in',
			'matching',
			'performance',
			'sequencing',
			'likert',
			'numeric',
		],
		// spec: RTE 3.4.4 cmi.core.lesson_mode: "browse" = presented without the intent of recording
		// information about the session; "review" = the student has recorded information and it is
		// presented without the intent of updating it; "normal" otherwise.
		modeNormal: 'normal',
		modeReview: 'review',
		modeBrowse: 'browse',
		// spec: RTE 3.4.4 cmi.core.credit: "no-credit" = the student will not be credited.
		creditFull: 'credit',
		creditNone: 'no-credit',
		// spec: RTE 3.4.4 cmi.core.lesson_status "browsed": launched in browse mode, not attempted.
		browsed: 'browsed',
		// spec: RTE 3.4.4 cmi.core.lesson_status vocabulary (one element for both). Our order:
		// passed ends everything; completed (done, no judgement) is above failed, which Moodle's
		// "passed or completed" rule does not count; failed still means done, so above incomplete.
		completionOrder: ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'],
		successOrder: ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'],
	},
	// spec: RTE 3.3.3 error codes: 101 general exception, 201 invalid argument, 401 not
	// implemented, 402 invalid set value (keyword), 403 read only, 405 incorrect data type.
	// 1.2 has no "not initialized" code for GetValue: an unset element reads "" with 0.
	errors: {
		notInitialized: [],
		rejected: ['201', '401', '402', '403', '405'],
	},
	limits: {
		// spec: RTE 3.4.4 cmi.suspend_data is CMIString4096 (Xerte#847: over it, resume breaks).
		suspendData: 4096,
		// spec: RTE 3.4.4 cmi.core.lesson_location is CMIString255.
		location: 255,
		// spec: RTE 3.4.4 cmi.interactions.n.id is CMIIdentifier (≤255, no spaces).
		interactionId: 255,
	},
	time: {
		// spec: RTE 3.4.4 cmi.core.session_time, data type CMITimespan.
		sessionTime: { name: 'CMITimespan', example: '0001:02:03.5', pattern: CMI_TIMESPAN },
		// spec: RTE 3.4.4 cmi.interactions.n.time, data type CMITime (time of day, no date).
		interactionTimestamp: {
			name: 'CMITime',
			example: '14:05:09',
			pattern: /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,2})?$/,
		},
		// spec: RTE 3.4.4 cmi.interactions.n.latency, data type CMITimespan.
		latency: { name: 'CMITimespan', example: '00:00:12', pattern: CMI_TIMESPAN },
	},
};
