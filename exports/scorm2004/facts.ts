import type { RuntimeFacts } from '../scorm/facts.ts';

/**
 * SCORM 2004 4th Edition at run time: the CMI paths, API names, vocabulary, limits, time formats and response
 * rules the package's SCORM runtime reads (types and sources: `exports/scorm/facts.ts`).
 * Browser-safe: a SCORM 2004 4th Edition package loads these facts and no other standard's.
 */

/** ISO 8601 duration as 2004's `timeinterval (second,10,2)`: `P[yY][mM][dD][T[hH][nM][s[.s]S]]`. */
const ISO_DURATION =
	/^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

/** 2004's `time (second,10,0)`: ISO 8601 date-time, optional fraction and zone. */
const ISO_TIMESTAMP =
	/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d{1,2}(?:Z|[+-]\d{2}(?::\d{2})?)?)?)?)?)?)?)?$/;

/** The SCORM 2004 4th Edition row of the runtime facts. */
export const scorm2004Facts: RuntimeFacts = {
	label: 'SCORM 2004 4th Edition',
	cmi: {
		// spec: RTE 4.2.4 cmi.completion_status.
		completionStatus: 'cmi.completion_status',
		// spec: RTE 4.2.22 cmi.success_status.
		successStatus: 'cmi.success_status',
		// spec: RTE 4.2.20 cmi.score.* (the LMS judges success from scaled vs scaled_passing_score).
		scoreRaw: 'cmi.score.raw',
		scoreMin: 'cmi.score.min',
		scoreMax: 'cmi.score.max',
		scoreScaled: 'cmi.score.scaled',
		// spec: RTE 4.2.21 cmi.session_time (timeinterval, write-only).
		sessionTime: 'cmi.session_time',
		// spec: RTE 4.2.14 cmi.location.
		location: 'cmi.location',
		// spec: RTE 4.2.23 cmi.suspend_data.
		suspendData: 'cmi.suspend_data',
		// spec: RTE 4.2.8 cmi.exit (write-only).
		exit: 'cmi.exit',
		// spec: RTE 4.2.7 cmi.entry (read-only: ab-initio | resume | "").
		entry: 'cmi.entry',
		// spec: RTE 4.2.9 cmi.interactions._count.
		interactionsCount: 'cmi.interactions._count',
		// spec: RTE 4.2.16 cmi.mode (state, read-only: browse | normal | review).
		mode: 'cmi.mode',
		// spec: RTE 4.2.6 cmi.credit (state, read-only: credit | no-credit).
		credit: 'cmi.credit',
		// spec: RTE 4.2.12 cmi.learner_id and 4.2.13 cmi.learner_name (read-only).
		learnerId: 'cmi.learner_id',
		learnerName: 'cmi.learner_name',
		// spec: RTE 4.2.9 cmi.interactions.n.* — readable; set id, then type, before responses.
		interaction: {
			id: 'cmi.interactions.n.id',
			type: 'cmi.interactions.n.type',
			learnerResponse: 'cmi.interactions.n.learner_response',
			result: 'cmi.interactions.n.result',
			timestamp: 'cmi.interactions.n.timestamp',
			latency: 'cmi.interactions.n.latency',
			description: 'cmi.interactions.n.description',
			// spec: RTE 4.2.9 cmi.interactions.n.correct_responses.n.pattern.
			correctResponse: 'cmi.interactions.n.correct_responses.k.pattern',
			// spec: RTE 4.2.9 cmi.interactions.n.objectives.n.id (long_identifier_type), after id and type.
			objective: 'cmi.interactions.n.objectives.0.id',
		},
	},
	// spec: RTE 3.1 (API): the LMS provides "API_1484_11"; ADL's sample discovery climbs up to 500.
	api: {
		globalName: 'API_1484_11',
		maxParentDepth: 500,
		methods: {
			initialize: 'Initialize',
			terminate: 'Terminate',
			getValue: 'GetValue',
			setValue: 'SetValue',
			commit: 'Commit',
			getLastError: 'GetLastError',
			getErrorString: 'GetErrorString',
			getDiagnostic: 'GetDiagnostic',
		},
	},
	// spec: RTE 4.2.9.1 response formats: lists joined by "[,]", match pairs by "[.]",
	// true-false as "true"/"false", choices as short_identifier_type (a URI-safe string, SPM 250
	// characters); learner_response up to 4000. xAPI 1.0.3 §2.4.4.1.1 uses the same formats.
	responses: {
		listSeparator: '[,]',
		pairSeparator: '[.]',
		trueValue: 'true',
		falseValue: 'false',
		choiceNames: 'words',
		maxChoiceName: 250,
		choiceNamePattern: /^[a-z0-9](?:[a-z0-9-]{0,248}[a-z0-9])?$/,
		maxLength: 4000,
		// spec: RTE 4.2.9.1 (correct response patterns per interaction type): an LMS keeps at
		// least 10 patterns for choice, fill-in, matching, sequencing and performance, 1 for
		// true-false, likert, numeric and other.
		maxCorrectPatterns: 10,
		// spec: RTE 4.2.9 cmi.interactions.n.description, localized_string_type, SPM 250.
		maxDescription: 250,
		// spec: RTE 4.2.9 cmi.interactions.n.id, long_identifier_type: a URI, e.g. a URN, SPM 4000.
		interactionIdPrefix: 'urn:second-look:activity:',
		interactionIdPattern: /^urn:[a-z0-9][a-z0-9-]{0,31}:[A-Za-z0-9()+,\-.:=@;$_!*'%/?#]+$/,
	},
	vocabulary: {
		// spec: RTE 4.2.4 cmi.completion_status vocabulary.
		completed: 'completed',
		incomplete: 'incomplete',
		completionValues: ['completed', 'incomplete', 'not attempted', 'unknown'],
		// spec: RTE 4.2.22 cmi.success_status vocabulary.
		passed: 'passed',
		failed: 'failed',
		successValues: ['passed', 'failed', 'unknown'],
		// spec: RTE 4.2.8 cmi.exit: time-out | suspend | logout (deprecated) | normal | "".
		// "normal" or "" ends the attempt; the LMS may then wipe suspend_data (brief §2).
		exitSuspend: 'suspend',
		exitNormal: 'normal',
		exitValues: ['time-out', 'suspend', 'logout', 'normal', ''],
		// spec: RTE 4.2.7 cmi.entry: ab-initio (a new attempt) | resume | "".
		entryResume: 'resume',
		entryNew: 'ab-initio',
		// spec: RTE 4.2.9 cmi.interactions.n.result: correct | incorrect | unanticipated | neutral | real.
		resultCorrect: 'correct',
		resultIncorrect: 'incorrect',
		resultNeutral: 'neutral',
		// spec: RTE 4.2.9 cmi.interactions.n.type.
		interactionTypes: [
			'true-false',
			'choice',
			'fill-in',
			'long-fill-in',
			'matching',
			'performance',
			'sequencing',
			'likert',
			'numeric',
			'other',
		],
		// spec: RTE 4.2.16 cmi.mode: "browse" = presented without the intent of recording any
		// information about the current learner session; "review" = the learner attempt has
		// recorded information and the SCO is presented without the intent of updating it.
		modeNormal: 'normal',
		modeReview: 'review',
		modeBrowse: 'browse',
		// spec: RTE 4.2.6 cmi.credit: "no-credit" = the learner will not be credited.
		creditFull: 'credit',
		creditNone: 'no-credit',
		// spec: RTE 4.2.4 has no "browsed" completion value.
		browsed: null,
		// spec: RTE 4.2.4 cmi.completion_status and RTE 4.2.22 cmi.success_status vocabularies.
		completionOrder: ['unknown', 'not attempted', 'incomplete', 'completed'],
		successOrder: ['unknown', 'failed', 'passed'],
	},
	// spec: RTE 3.1.7 error codes: 403 "Data Model Element Value Not Initialized" (GetValue of an
	// element never set); 201 general argument error, 401 undefined and 402 unimplemented element,
	// 404 read only, 406 type mismatch, 407 value out of range. 351 (general set failure) and
	// 408 (dependency not established, e.g. after a lost id) may pass: retried.
	errors: {
		notInitialized: ['403'],
		rejected: ['201', '401', '402', '404', '406', '407'],
	},
	limits: {
		// spec: RTE 4.2.23 cmi.suspend_data characterstring, SPM 64000.
		suspendData: 64000,
		// spec: RTE 4.2.14 cmi.location characterstring, SPM 1000.
		location: 1000,
		// spec: RTE 4.2.9 cmi.interactions.n.id long_identifier_type, SPM 4000.
		interactionId: 4000,
	},
	time: {
		// spec: RTE 4.2.21 cmi.session_time, timeinterval (second,10,2): ISO 8601 duration.
		sessionTime: { name: 'timeinterval', example: 'PT1H2M3.5S', pattern: ISO_DURATION },
		// spec: RTE 4.2.9 cmi.interactions.n.timestamp, time (second,10,0): ISO 8601 date-time.
		interactionTimestamp: {
			name: 'time',
			example: '2026-11-23T14:05:09.12Z',
			pattern: ISO_TIMESTAMP,
		},
		// spec: RTE 4.2.9 cmi.interactions.n.latency, timeinterval (second,10,2).
		latency: { name: 'timeinterval', example: 'PT12S', pattern: ISO_DURATION },
	},
};
