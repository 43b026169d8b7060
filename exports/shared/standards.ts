import type { PackageFormat } from '../../src/schemas/module.ts';

/**
 * The ONE table of what differs between SCORM 1.2 and SCORM 2004 4th Edition.
 *
 * Code elsewhere says `completionStatus` or `suspendData` and looks the standard's spelling up
 * here; it never branches on the standard for these facts (style anchors, rule 5). Each row cites
 * where the fact comes from:
 *
 * - SCORM 1.2: "The SCORM Run-Time Environment" (RTE, ADL, 1 Oct 2001) §3.4.4 "The SCORM Run-Time
 *   Environment Data Model" (one sub-section per `cmi.*` element, each with its data type) and
 *   "The SCORM Content Aggregation Model" (CAM) for the manifest.
 * - SCORM 2004 4th Edition: RTE §4.2.x (one sub-section per element, in alphabetical order after
 *   4.2.1 `cmi._version`), CAM §3 (content packaging) and §5 (sequencing XML binding).
 * - The XSDs in `shared/schemas/` and `shared/reference/scorm-brief.md` (§1 packaging, §2 runtime).
 */

/** The two SCORM versions we export. A subset of the module's package formats. */
export type ScormStandard = Extract<PackageFormat, 'scorm12' | 'scorm2004'>;

/** Both standards, in the order we document them. */
export const scormStandards: readonly ScormStandard[] = ['scorm12', 'scorm2004'];

/** A namespace a manifest may use. */
export interface NamespaceRow {
	/** The prefix LMS parsers expect (`''` = the default namespace of `<manifest>`). */
	prefix: string;
	/** The exact namespace URI; one character off and the LMS silently ignores the elements. */
	uri: string;
	/** The schema file for this namespace, shipped at the zip root. */
	schemaFile: string;
	/** Whether our manifests bind it on `<manifest>` and name it in `xsi:schemaLocation` (its schema ships). */
	isDeclared: boolean;
}

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

/** Everything that differs between the standards, one row per fact. */
export interface StandardFacts {
	/** How teachers and LMS admins name the standard. */
	label: string;

	// ─── Manifest (imsmanifest.xml) ─────────────────────────────────────────────────────────────

	/** Every namespace a manifest for this standard may use; the first row is the default one. */
	namespaces: readonly NamespaceRow[];
	/** Text of `<metadata><schemaversion>`; `<schema>` is always `ADL SCORM`. */
	schemaVersion: string;
	/** Local name (case matters) of the `adlcp:` attribute saying whether a resource is a SCO. */
	scormTypeAttribute: string;
	/** Folder under `shared/schemas/` that holds this standard's schema files. */
	schemaFolder: string;
	/** Schema files (XSD/DTD) shipped at the zip root, relative to {@link schemaFolder}. */
	schemaFiles: readonly string[];
	/** Our validation driver in {@link schemaFolder} (imports every schema; never shipped). */
	validationDriver: string;
	/** First line of stderr noise xmllint always prints for these schemas (judge by exit code). */
	xsdNoise: readonly string[];
	/** How the module's pass mark (0–100) is written into the manifest. */
	mastery: {
		/** Namespace of the element that carries it. */
		namespace: string;
		/** Local name of the element. */
		element: string;
		/** Manifest value = pass mark / divisor. */
		passMarkDivisor: number;
		/** Smallest value the spec allows. */
		min: number;
		/** Largest value the spec allows. */
		max: number;
		/** Where the SCO reads it back at run time (read-only). */
		cmiPath: string;
	};

	// ─── Runtime (for the later SCO runtime; not used by the manifest builders) ─────────────────

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
		/** Path of interaction `n`'s field; replace `n` with the index. */
		interaction: {
			/** Interaction id. */
			id: string;
			/** Interaction type (true-false, choice, …). */
			type: string;
			/** What the learner answered. */
			learnerResponse: string;
			/** Outcome (see {@link StandardFacts.vocabulary}). */
			result: string;
			/** When the interaction happened. */
			timestamp: string;
			/** How long the learner took. */
			latency: string;
			/** Text of the question, where the standard has it. */
			description: CmiPath;
			/** A correct-response pattern; `k` stands for the pattern's index (0, 1, …). */
			correctResponse: string;
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
		 * endings are named by their node id in both standards (src/lib/tracking/scorm/codes.ts).
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
		/** Written to {@link StandardFacts.cmi.completionStatus} when the module is finished. */
		completed: string;
		/** Written to {@link StandardFacts.cmi.completionStatus} while it is not. */
		incomplete: string;
		/** Written to {@link StandardFacts.cmi.successStatus} when the pass mark is reached. */
		passed: string;
		/** Written to {@link StandardFacts.cmi.successStatus} when it is not. */
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
		/** {@link StandardFacts.cmi.mode}: record as usual. */
		modeNormal: string;
		/** {@link StandardFacts.cmi.mode}: look back at a recorded attempt; change nothing in it. */
		modeReview: string;
		/** {@link StandardFacts.cmi.mode}: look through without the intent of recording. */
		modeBrowse: string;
		/** {@link StandardFacts.cmi.credit}: this attempt does not count; change no result. */
		creditNone: string;
		/** Status a SCO may set in browse mode when nothing was attempted (`null`: none). */
		browsed: string | null;
		/**
		 * Values of {@link StandardFacts.cmi.completionStatus}, lowest first: a later session never
		 * writes one lower than what the LMS holds. Values not listed rank below all of them.
		 */
		completionOrder: readonly string[];
		/** Values of {@link StandardFacts.cmi.successStatus}, lowest first (same rule). */
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

/** The W3C schema-instance namespace (for `xsi:schemaLocation`); the same in both standards. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The built-in `xml:` namespace (for `xml:lang`, `xml:base`). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Text of `<metadata><schema>` in both standards (1.2 CAM; 2004 4th Ed CAM §3). */
export const METADATA_SCHEMA = 'ADL SCORM';

/** Values of the scormType attribute; the same (lower-case) in both standards. */
export const SCORM_TYPES: readonly string[] = ['sco', 'asset'];

/** Namespaces a manifest binds on `<manifest>`: default first, then the prefixed ones. */
export function declaredNamespaces(facts: StandardFacts): NamespaceRow[] {
	return facts.namespaces.filter((row) => row.isDeclared);
}

/** The URI a standard binds to `prefix` (`''` = the manifest's default namespace). */
export function namespaceUri(facts: StandardFacts, prefix: string): string {
	const row = facts.namespaces.find((candidate) => candidate.prefix === prefix);
	if (row === undefined)
		throw new Error(`standards.ts has no ${facts.label} namespace "${prefix}"`);
	return row.uri;
}

/** The `xsi:schemaLocation` value: each declared namespace with its shipped schema file. */
export function schemaLocation(facts: StandardFacts): string {
	return declaredNamespaces(facts)
		.map((row) => `${row.uri} ${row.schemaFile}`)
		.join(' ');
}

/** ISO 8601 duration as 2004's `timeinterval (second,10,2)`: `P[yY][mM][dD][T[hH][nM][s[.s]S]]`. */
const ISO_DURATION =
	/^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

/** 2004's `time (second,10,0)`: ISO 8601 date-time, optional fraction and zone. */
const ISO_TIMESTAMP =
	/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d{1,2}(?:Z|[+-]\d{2}(?::\d{2})?)?)?)?)?)?)?)?$/;

/** 1.2's CMITimespan: `HHHH:MM:SS.SS`, 2–4 digit hours, optional 1–2 digit fraction. */
const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(?:\.\d{1,2})?$/;

/** The table itself: one row of {@link StandardFacts} per standard. */
export const STANDARDS: Readonly<Record<ScormStandard, StandardFacts>> = {
	scorm12: {
		label: 'SCORM 1.2',
		// spec: 1.2 CAM (IMS CP 1.1.2 + ADL extensions); brief §1; targetNamespace of each XSD.
		namespaces: [
			{
				prefix: '',
				uri: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
				schemaFile: 'imscp_rootv1p1p2.xsd',
				isDeclared: true,
			},
			{
				prefix: 'adlcp',
				uri: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
				schemaFile: 'adlcp_rootv1p2.xsd',
				isDeclared: true,
			},
			// Inline IMS metadata: allowed; its XSD ships, so we bind it and name it like ADL's samples.
			{
				prefix: 'imsmd',
				uri: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
				schemaFile: 'imsmd_rootv1p2p1.xsd',
				isDeclared: true,
			},
		],
		// spec: 1.2 CAM, <metadata><schemaversion>; brief §1.
		schemaVersion: '1.2',
		// spec: adlcp_rootv1p2.xsd declares attribute "scormtype" (all lower case), values sco|asset.
		scormTypeAttribute: 'scormtype',
		schemaFolder: 'scorm12',
		// spec: shared/schemas/README.md "Which files go inside a package"; brief §1 "Root".
		schemaFiles: [
			'imscp_rootv1p1p2.xsd',
			'adlcp_rootv1p2.xsd',
			'imsmd_rootv1p2p1.xsd',
			'ims_xml.xsd',
		],
		validationDriver: 'scorm12_validate.xsd',
		// spec: shared/schemas/README.md "Expected noise for 1.2" (ADL's ims_xml.xsd binds the xml
		// namespace as default; libxml2 reports it and carries on).
		xsdNoise: ['namespace error : xml namespace URI cannot be the default namespace'],
		// spec: 1.2 CAM <adlcp:masteryscore> on <item> (adlcp_rootv1p2.xsd only limits its length
		// to 200); RTE 3.4.4 cmi.student_data.mastery_score is a CMIDecimal 0–100 the LMS may
		// compare with cmi.core.score.raw to set passed/failed.
		mastery: {
			namespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
			element: 'masteryscore',
			passMarkDivisor: 1,
			min: 0,
			max: 100,
			cmiPath: 'cmi.student_data.mastery_score',
		},
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
	},

	scorm2004: {
		label: 'SCORM 2004 4th Edition',
		// spec: 2004 4th Ed CAM §3 (IMS CP 1.1.4 + ADL CP/SEQ/NAV extensions) and §5 (IMS SS);
		// brief §1; targetNamespace of each XSD.
		namespaces: [
			{
				prefix: '',
				uri: 'http://www.imsglobal.org/xsd/imscp_v1p1',
				schemaFile: 'imscp_v1p1.xsd',
				isDeclared: true,
			},
			{
				prefix: 'adlcp',
				uri: 'http://www.adlnet.org/xsd/adlcp_v1p3',
				schemaFile: 'adlcp_v1p3.xsd',
				isDeclared: true,
			},
			{
				prefix: 'adlseq',
				uri: 'http://www.adlnet.org/xsd/adlseq_v1p3',
				schemaFile: 'adlseq_v1p3.xsd',
				isDeclared: true,
			},
			{
				prefix: 'adlnav',
				uri: 'http://www.adlnet.org/xsd/adlnav_v1p3',
				schemaFile: 'adlnav_v1p3.xsd',
				isDeclared: true,
			},
			{
				prefix: 'imsss',
				uri: 'http://www.imsglobal.org/xsd/imsss',
				schemaFile: 'imsss_v1p0.xsd',
				isDeclared: true,
			},
			// Inline LOM metadata: allowed; we do not inline it, so its schemas are not shipped.
			{
				prefix: 'lom',
				uri: 'http://ltsc.ieee.org/xsd/LOM',
				schemaFile: 'lom.xsd',
				isDeclared: false,
			},
		],
		// spec: 2004 4th Ed CAM §3, <metadata><schemaversion> = "2004 4th Edition".
		schemaVersion: '2004 4th Edition',
		// spec: adlcp_v1p3.xsd declares attribute "scormType" (capital T), values sco|asset.
		scormTypeAttribute: 'scormType',
		schemaFolder: 'scorm2004-4th',
		// spec: shared/schemas/README.md "Which files go inside a package" (no LOM: we inline none).
		schemaFiles: [
			'imscp_v1p1.xsd',
			'adlcp_v1p3.xsd',
			'adlseq_v1p3.xsd',
			'adlnav_v1p3.xsd',
			'imsss_v1p0.xsd',
			'imsss_v1p0auxresource.xsd',
			'imsss_v1p0control.xsd',
			'imsss_v1p0delivery.xsd',
			'imsss_v1p0limit.xsd',
			'imsss_v1p0objective.xsd',
			'imsss_v1p0random.xsd',
			'imsss_v1p0rollup.xsd',
			'imsss_v1p0seqrule.xsd',
			'imsss_v1p0util.xsd',
			'xml.xsd',
			'XMLSchema.dtd',
			'datatypes.dtd',
		],
		validationDriver: 'scorm2004_4th_validate.xsd',
		xsdNoise: [],
		// spec: 2004 4th Ed CAM §5 <imsss:primaryObjective satisfiedByMeasure="true"> +
		// <imsss:minNormalizedMeasure> (measureType −1…1); RTE 4.2.19 cmi.scaled_passing_score.
		mastery: {
			namespace: 'http://www.imsglobal.org/xsd/imsss',
			element: 'minNormalizedMeasure',
			passMarkDivisor: 100,
			min: -1,
			max: 1,
			cmiPath: 'cmi.scaled_passing_score',
		},
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
	},
};
